import { inspect } from 'node:util';
import fc from 'fast-check';
import { findingsPerText, pseudonymize } from './pseudonymize';

/** Findings for every occurrence of each `[entityType, value]` in `text`. */
function find(text: string, entities: readonly [string, string][]) {
  const out: { entityType: string; start: number; end: number }[] = [];
  for (const [entityType, value] of entities) {
    for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + value.length))
      out.push({ entityType, start: i, end: i + value.length });
  }
  return out.sort((a, b) => a.start - b.start);
}

describe('pseudonymize', () => {
  const entities: [string, string][] = [
    ['PERSON', 'Jane Doe'],
    ['PERSON', 'John Roe'],
    ['EMAIL_ADDRESS', 'jane@example.com'],
  ];
  const texts = ['Hi, I am Jane Doe (jane@example.com).', 'John Roe wrote to Jane Doe.', 'No entities here.'];

  it('gives the same value the same placeholder across the conversation, numbered per type', () => {
    const { texts: out, vault } = pseudonymize(
      texts,
      texts.map((t) => find(t, entities)),
    );
    expect(out).toEqual(['Hi, I am <PERSON_1> (<EMAIL_ADDRESS_1>).', '<PERSON_2> wrote to <PERSON_1>.', 'No entities here.']);
    expect(vault.size).toBe(3);
    expect(vault.holdBackLimit).toBe('<EMAIL_ADDRESS_1>'.length - 1);
  });

  it('restores only the placeholders it issued', () => {
    const { vault } = pseudonymize(
      texts,
      texts.map((t) => find(t, entities)),
    );
    expect(vault.restore('Dear <PERSON_1>, <PERSON_2> and <PERSON_9> (<EMAIL_ADDRESS_1>) <person_1> <PERSON_1')).toBe(
      'Dear Jane Doe, John Roe and <PERSON_9> (jane@example.com) <person_1> <PERSON_1',
    );
    expect(vault.restore('<<PERSON_1>>')).toBe('<Jane Doe>');
  });

  it('keeps the same value apart when typed differently, and restores exact original forms', () => {
    const t = ['Paris Hilton flew to Paris.', 'zero\u200bwidth'];
    const f = [
      [
        { entityType: 'PERSON', start: 0, end: 5 },
        { entityType: 'LOCATION', start: 21, end: 26 },
      ],
      [{ entityType: 'PERSON', start: 0, end: 10 }],
    ];
    const { texts: out, vault } = pseudonymize(t, f);
    expect(out).toEqual(['<PERSON_1> Hilton flew to <LOCATION_1>.', '<PERSON_2>']);
    expect(vault.restore(out.join('|'))).toBe(t.join('|'));
  });

  it('picks a suffix when the input already contains a would-be placeholder', () => {
    const t = ['Template: Dear <PERSON_1>, signed Jane Doe', 'also <PERSON_1_1> and <EMAIL_ADDRESS_1_2>'];
    const { texts: out, vault } = pseudonymize(
      t,
      t.map((x) => find(x, [['PERSON', 'Jane Doe']])),
    );
    expect(out[0]).toBe('Template: Dear <PERSON_1>, signed <PERSON_1_2>');
    expect(vault.restore(out.join('|'))).toBe(t.join('|'));
    // Deterministic: same input, same placeholders.
    expect(
      pseudonymize(
        t,
        t.map((x) => find(x, [['PERSON', 'Jane Doe']])),
      ).texts,
    ).toEqual(out);
  });

  it('sanitises odd entity type names into the placeholder alphabet', () => {
    const { texts: out, vault } = pseudonymize(['id: abc'], [[{ entityType: 'my-id', start: 4, end: 7 }]]);
    expect(out).toEqual(['id: <MY_ID_1>']);
    expect(vault.restore('<MY_ID_1>')).toBe('abc');
  });

  it('only pseudonymises the requested types', () => {
    const { texts: out } = pseudonymize(
      texts,
      texts.map((t) => find(t, entities)),
      { entityTypes: ['EMAIL_ADDRESS'] },
    );
    expect(out[0]).toBe('Hi, I am Jane Doe (<EMAIL_ADDRESS_1>).');
  });

  it('never shows values when the vault is logged or serialised', () => {
    const { vault } = pseudonymize(
      texts,
      texts.map((t) => find(t, entities)),
    );
    expect(JSON.stringify(vault)).toBe('{"size":3}');
    expect(inspect(vault, { depth: 5, showHidden: true })).not.toContain('Jane');
  });

  it('works with an empty vault', () => {
    const { texts: out, vault } = pseudonymize(['plain'], []);
    expect(out).toEqual(['plain']);
    expect(vault.restore('<PERSON_1>')).toBe('<PERSON_1>');
    const r = vault.streamRestorer();
    expect(r.push('<PER') + r.push('SON_1>') + r.end()).toBe('<PERSON_1>');
  });

  it('groups flat classifier findings per text', () => {
    const flat = [
      { entityType: 'A', start: 0, end: 1, score: 1, text: 1 },
      { entityType: 'B', start: 2, end: 3, score: 1, text: 0 },
      { entityType: 'C', start: 0, end: 1, score: 1, text: 7 },
    ];
    expect(findingsPerText(flat, 2).map((g) => g.map((f) => f.entityType))).toEqual([['B'], ['A']]);
  });

  it('round-trips: restoring the pseudonymised texts gives back the originals, whatever they contain', () => {
    const textArb = fc
      .array(fc.constantFrom('<PERSON_1>', '<PERSON_1_1>', '<X_1>', '<', '>', '_1', 'PERSON', 'Jane', ' ', '😀', 'a'), { maxLength: 12 })
      .map((p) => p.join(''));
    const spanArb = fc.record({ entityType: fc.constantFrom('PERSON', 'X'), start: fc.nat(60), end: fc.nat(60) });
    fc.assert(
      fc.property(fc.array(fc.tuple(textArb, fc.array(spanArb, { maxLength: 4 })), { maxLength: 4 }), (conv) => {
        const { texts: out, vault } = pseudonymize(
          conv.map(([t]) => t),
          conv.map(([, f]) => f),
        );
        out.forEach((t, i) => expect(vault.restore(t)).toBe(conv[i]?.[0]));
      }),
      { numRuns: 1000 },
    );
  });
});
