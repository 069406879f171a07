import type { Span } from '../types';
import { detectUkPostcodes, UK_POSTCODE_PERSONAL_SCORE, UK_POSTCODE_SCORE } from './uk-postcode';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectUkPostcodes(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectUkPostcodes', () => {
  it.each([
    ['M1 1AA', ['M1 1AA']],
    ['W1A 1HQ and DN55 1PT', ['W1A 1HQ', 'DN55 1PT']],
    ['My address is SW1A 1AA in London', ['SW1A 1AA']],
    ['EC1A1BB, GIR 0AA', ['EC1A1BB', 'GIR 0AA']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each(['QA1 1AA', 'VA1 1AA', 'XA1 1AA', 'M1 1CA', 'M1 1AI', '1A1 1AA', 'ABCM11AADEF', 'upgrade to v2 2AB', 'A4 paper'])(
    'finds nothing in %p',
    (text) => expect(values(text)).toEqual([]),
  );
});

describe('detectUkPostcodes: whose postcode', () => {
  const scores = (text: string): number[] => {
    const out: Span[] = [];
    detectUkPostcodes(text, out);
    return out.map((s) => s.score);
  };
  it.each(['My postcode is SW1A 1AA', 'I live in M1 1AA', 'Address: EC1A 1BB', 'our home address postcode: DN55 1PT'])(
    "%p is someone's own",
    (text) => expect(scores(text)).toEqual([UK_POSTCODE_PERSONAL_SCORE]),
  );
  it.each(['The office postcode is SW1A 1AA', 'Parcels for M1 1AA are delayed'])('%p is just an area', (text) =>
    expect(scores(text)).toEqual([UK_POSTCODE_SCORE]),
  );
});
