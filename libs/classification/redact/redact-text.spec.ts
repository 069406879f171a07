import fc from 'fast-check';
import { analyzeText } from '../classify';
import type { Operator, OperatorMap } from './operators';
import { redactText } from './redact-text';

const KEY = Buffer.alloc(32, 1);

/** Places `values` into filler pieces and returns the text with findings on it. */
function compose(fillers: readonly string[], values: readonly { entityType: string; value: string }[]) {
  let text = fillers[0] ?? '';
  const findings: { entityType: string; start: number; end: number; score: number }[] = [];
  values.forEach((v, i) => {
    findings.push({ entityType: v.entityType, start: text.length, end: text.length + v.value.length, score: 0.9 });
    text += v.value + (fillers[i + 1] ?? '');
  });
  return { text, findings };
}

describe('redactText', () => {
  const text = '😀 Mail jane@example.com or call 415-555-0132 👩‍⚕️ today';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const findings = [
    { entityType: 'EMAIL_ADDRESS', ...at('jane@example.com'), score: 1 },
    { entityType: 'PHONE_NUMBER', ...at('415-555-0132'), score: 0.75 },
  ];

  it.each<[string, OperatorMap, string]>([
    ['replace by default', {}, '😀 Mail <EMAIL_ADDRESS> or call <PHONE_NUMBER> 👩‍⚕️ today'],
    ['DEFAULT operator', { DEFAULT: { type: 'redact' } }, '😀 Mail  or call  👩‍⚕️ today'],
    [
      'per-type over DEFAULT',
      { DEFAULT: { type: 'redact' }, PHONE_NUMBER: { type: 'mask', masking_char: '*', chars_to_mask: 4, from_end: true } },
      '😀 Mail  or call 415-555-**** 👩‍⚕️ today',
    ],
    [
      'keep one type',
      { DEFAULT: { type: 'replace', new_value: '[x]' }, EMAIL_ADDRESS: { type: 'keep' } },
      '😀 Mail jane@example.com or call [x] 👩‍⚕️ today',
    ],
  ])('%s, offsets exact around emoji', (_name, ops, expected) => expect(redactText(text, findings, ops)).toBe(expected));

  it('hashes per tenant key', () => {
    const out = redactText(text, findings, { DEFAULT: { type: 'hash', key: KEY } });
    expect(out).toMatch(/^😀 Mail [0-9a-f]{64} or call [0-9a-f]{64} 👩‍⚕️ today$/);
  });

  it('does not resolve operators through the prototype', () => {
    const f = [{ entityType: 'constructor', start: 0, end: 3, score: 1 }];
    expect(redactText('abc def', f, {})).toBe('<constructor> def');
  });

  it('refuses invalid operators, naming the field', () => {
    expect(() => redactText('abc', [], { PERSON: { type: 'mask', masking_char: 'xx' } })).toThrow(
      'Invalid redaction operators: operators.PERSON.masking_char must be exactly one character',
    );
  });

  it('redacts what the analyzer finds, on the original text with invisible characters', () => {
    const original = 'card 4111\u200b1111\u200b1111\u200b1111 now';
    const out = redactText(
      original,
      analyzeText(original).map((r) => ({ entityType: r.entity_type, start: r.start, end: r.end })),
    );
    expect(out).toBe('card <CREDIT_CARD> now');
  });
});

describe('redactText: invariants', () => {
  // Values always contain a letter in g-z; fillers and every operator's output never do
  // (replace emits upper case, hash emits hex, mask emits '*'), so a leak is unambiguous.
  const valueArb = fc
    .tuple(
      fc.constantFrom(...'ghijklmnopqrstuvwxyz'),
      fc.string({ unit: fc.constantFrom(...'ghijklmnopqrstuvwxyz0123456789@.-+😀'), maxLength: 20 }),
    )
    .map(([a, b]) => a + b);
  const fillerArb = fc.string({
    unit: fc.constantFrom(' ', ',', '\n', 'A', 'Z', '0', '9', '😀', '👩‍⚕️', '<', '>', '\u200b', 'é'),
    maxLength: 8,
  });
  const opArb: fc.Arbitrary<Operator> = fc.oneof(
    fc.constant<Operator>({ type: 'replace' }),
    fc.constant<Operator>({ type: 'redact' }),
    fc.constant<Operator>({ type: 'hash', key: KEY }),
    fc.constant<Operator>({ type: 'mask', masking_char: '*' }),
    fc.constant<Operator>({ type: 'mask', masking_char: '*', chars_to_mask: 1000, from_end: true }),
  );
  const entityArb = fc.constantFrom('PERSON', 'EMAIL_ADDRESS', 'US_SSN');

  it('never contains a detected value, whatever the operators', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ entityType: entityArb, value: valueArb }), { maxLength: 6 }),
        fc.array(fillerArb, { minLength: 7, maxLength: 7 }),
        fc.dictionary(entityArb, opArb),
        opArb,
        (values, fillers, ops, fallback) => {
          const { text, findings } = compose(fillers, values);
          const out = redactText(text, findings, { ...ops, DEFAULT: fallback });
          for (const v of values) expect(out.includes(v.value)).toBe(false);
          expect(out).not.toMatch(/[g-z]/);
        },
      ),
    );
  });

  it('rewrites every covered unit, even with overlapping, unsorted findings on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '😀', '\ud83d', '\ude00', ' ', 'é'), maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(35), fc.nat(12)), { maxLength: 6 }),
        (text, raw) => {
          const findings = raw.map(([start, n]) => ({ entityType: 'X', start, end: start + n, score: 1 }));
          const out = redactText(text, findings, { DEFAULT: { type: 'replace', new_value: '#' } });
          // Expected: mark covered units (widened to whole pairs), collapse each covered run to '#'.
          const covered = new Array<boolean>(text.length).fill(false);
          for (const f of findings) for (let i = f.start; i < Math.min(f.end, text.length); i++) covered[i] = true;
          for (let i = 0; i + 1 < text.length; i++) {
            const pair = /[\ud800-\udbff]/.test(text[i] ?? '') && /[\udc00-\udfff]/.test(text[i + 1] ?? '');
            if (pair && (covered[i] || covered[i + 1])) covered[i] = covered[i + 1] = true;
          }
          const kept = text
            .split('')
            .filter((_c, i) => !covered[i])
            .join('');
          expect(out.replace(/#/g, '')).toBe(kept);
          expect(out.split('#').length - 1).toBeLessThanOrEqual(findings.length);
        },
      ),
    );
  });
});
