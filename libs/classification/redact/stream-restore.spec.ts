import fc from 'fast-check';
import { pseudonymize } from './pseudonymize';

const VALUES: [string, string][] = [
  ['PERSON', 'Jane Doe'],
  ['PERSON', 'John Roe'],
  ['EMAIL_ADDRESS', 'jane@example.com'],
  ['US_SSN', '078-05-1120'],
];

/** A vault that issued <PERSON_1>, <PERSON_2>, <EMAIL_ADDRESS_1>, <US_SSN_1>. */
function vault() {
  const text = VALUES.map(([, v]) => v).join(' ');
  let at = 0;
  const findings = VALUES.map(([entityType, v]) => {
    const f = { entityType, start: at, end: at + v.length };
    at += v.length + 1;
    return f;
  });
  return pseudonymize([text], [findings]).vault;
}

/** Runs `chunks` through a fresh restorer, checking the hold-back bound after every push. */
function stream(chunks: readonly string[]) {
  const v = vault();
  const r = v.streamRestorer();
  let out = '';
  for (const c of chunks) {
    out += r.push(c);
    expect(r.pending).toBeLessThanOrEqual(v.holdBackLimit);
  }
  return { out: out + r.end(), v, pending: r.pending };
}

describe('streamRestorer', () => {
  it('restores a placeholder split across chunks', () => {
    expect(stream(['Hello <PER', 'SON_1>, see <EMAIL_', 'ADDRESS_1', '>.']).out).toBe('Hello Jane Doe, see jane@example.com.');
  });

  it('restores a placeholder split into single characters', () => {
    expect(stream([...'x<US_SSN_1>y']).out).toBe('x078-05-1120y');
  });

  it('emits at once what cannot start a placeholder', () => {
    const r = vault().streamRestorer();
    expect(r.push('a < b and <div> and <PERSON_3')).toBe('a < b and <div> and <PERSON_3');
    expect(r.push(' x <PERSON_')).toBe(' x ');
    expect(r.pending).toBe('<PERSON_'.length);
    expect(r.push('2> ok')).toBe('John Roe ok');
    expect(r.push('<PERS')).toBe('');
    expect(r.end()).toBe('<PERS');
    expect(r.pending).toBe(0);
  });

  it('equals restore(whole) for random texts and random chunkings, holding back a bounded tail', () => {
    const pieceArb = fc.constantFrom(
      '<PERSON_1>',
      '<PERSON_2>',
      '<EMAIL_ADDRESS_1>',
      '<US_SSN_1>',
      '<PERSON_9>',
      '<PERSON_1',
      '<',
      '>',
      '<<',
      'PERSON_1>',
      '_',
      '1',
      ' ',
      'text',
      '😀',
      '\ud83d',
      '\n',
      'é',
    );
    fc.assert(
      fc.property(fc.array(pieceArb, { maxLength: 30 }), fc.array(fc.nat(40), { maxLength: 20 }), (pieces, cuts) => {
        const whole = pieces.join('');
        const points = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let prev = 0;
        for (const p of points) {
          chunks.push(whole.slice(prev, p));
          prev = p;
        }
        chunks.push(whole.slice(prev));
        const { out, v, pending } = stream(chunks);
        expect(out).toBe(v.restore(whole));
        expect(pending).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });
});
