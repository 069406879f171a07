import { WordTable } from './word-table';

describe('WordTable', () => {
  it('answers like the Map it was built from, for present and absent keys', () => {
    const entries = new Map<string, number>();
    for (let i = 0; i < 5000; i++) entries.set(`w${i.toString(36)}`, i + 1);
    entries.set('', 7);
    entries.set('zürich', 4);
    const table = new WordTable(entries);
    for (const [key, flags] of entries) expect(table.get(key)).toBe(flags);
    for (const absent of ['w', 'w-1', 'zurich', 'Zürich', 'w0 ', 'x'.repeat(40)]) expect(table.get(absent)).toBe(0);
  });
});
