import type { Span } from '../types';
import { detectDeKvnr, kvnrValid } from './de-kvnr';

const found = (text: string): string[] => {
  const out: Span[] = [];
  detectDeKvnr(text, out);
  return out.map((s) => `${s.entityType} ${text.slice(s.start, s.end)}`);
};

describe('DE_HEALTH_INSURANCE (KVNR)', () => {
  it.each([
    ['A', '123456780'], // the published example
    ['T', '405182637'],
  ])('%s%s passes the check', (l, d) => expect(kvnrValid(l, d)).toBe(true));

  it.each([
    ['A', '123456781'],
    ['T', '405182638'],
    ['1', '123456780'],
  ])('%s%s fails it', (l, d) => expect(kvnrValid(l, d)).toBe(false));

  it.each([
    ['Versichertennummer T405182637, Physiotherapie (Diagnose M54.5)', ['DE_HEALTH_INSURANCE T405182637']],
    ['KVNR: A123456780', ['DE_HEALTH_INSURANCE A123456780']],
    ['Health insurance number A123456780 on the eGK', ['DE_HEALTH_INSURANCE A123456780']],
  ])('%p after a cue', (text, expected) => expect(found(text)).toEqual(expected));

  it('reports a bare number at the pattern score only (below the medical-identifier threshold)', () => {
    const out: Span[] = [];
    detectDeKvnr('A123456780 and a123456780', out);
    expect(out.map((s) => s.score)).toEqual([0.5, 0.5]);
  });

  it.each([
    'Order #A123456780', // an order number of the same shape
    'ticket A123456780',
    'Versichertennummer A123456781', // the check fails
    'KVNR XA123456780', // inside a longer token
    'KVNR A1234567801', // ten digits
  ])('nothing in %p', (text) => expect(found(text)).toEqual([]));
});
