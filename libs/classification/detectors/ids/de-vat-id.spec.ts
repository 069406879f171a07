import { DE_VAT_CONTEXT_SCORE, DE_VAT_SCORE, DE_VAT_UNCHECKED_SCORE, detectDeVatIds } from './de-vat-id';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectDeVatIds(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectDeVatIds', () => {
  it.each([
    ['DE136695976', [['DE136695976', DE_VAT_SCORE]]],
    ['DE129273398', [['DE129273398', DE_VAT_SCORE]]],
    ['USt-IdNr.: DE136695976', [['DE136695976', DE_VAT_SCORE]]],
    ['de136695976', [['de136695976', DE_VAT_SCORE]]],
    ['DE 136 695 976', [['DE 136 695 976', DE_VAT_SCORE]]],
    ['DE-136-695-976', [['DE-136-695-976', DE_VAT_SCORE]]],
    ['DE.136.695.976', [['DE.136.695.976', DE_VAT_SCORE]]],
    ['de 136-695.976', [['de 136-695.976', DE_VAT_SCORE]]],
    ['Rechnung USt-IdNr. DE 136 695 976 von Beispiel GmbH', [['DE 136 695 976', DE_VAT_SCORE]]],
    ['DE123456789', [['DE123456789', DE_VAT_UNCHECKED_SCORE]]], // the check digit is not published: kept
    ['VAT id DE123456789', [['DE123456789', DE_VAT_CONTEXT_SCORE]]],
    ['?vat=DE814902238&x=1', [['DE814902238', DE_VAT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'AT123456789', // another country
    'FR12345678901',
    'DE12345678', // eight digits
    'DE1234567890', // ten digits
    'DEabcdefghi',
    'DE89370400440532013000', // an IBAN
    'DE89 3704 0044 0532 0130 00',
    'CODE136695976', // glued to a word
    'DE136695976-1',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
