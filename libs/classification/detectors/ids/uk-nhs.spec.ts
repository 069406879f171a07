import { detectUkNhs, NHS_CONTEXT_SCORE, NHS_SCORE, nhsValid } from './uk-nhs';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUkNhs(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUkNhs', () => {
  it.each([
    ['401-023-2137', [['401-023-2137', NHS_SCORE]]],
    ['221 395 1837', [['221 395 1837', NHS_SCORE]]],
    ['0032698674', [['0032698674', NHS_SCORE]]],
    ['NHS number: 943 476 5919', [['943 476 5919', NHS_CONTEXT_SCORE]]],
    ['nhs no 9434765919', [['9434765919', NHS_CONTEXT_SCORE]]], // NANP-shaped, but cued
    ['{"nhsNumber":"943-476-5919"}', [['943-476-5919', NHS_CONTEXT_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    '401-023-2138', // check digit fails
    '401 023-2137', // mixed separators
    '9434765919', // bare and shaped like a NANP phone number
    '1712345672', // bare and shaped like a Unix timestamp (passes mod 11)
    'call 943 476 5919', // after a phone cue
    'ticket 0032698674',
    '51 824 753 5564', // part of a longer spaced number
    '0000000000',
    "Buffer.from('0123456789', 'hex')", // a placeholder run (passes mod 11)
    '* [`0847954331`](https://github.com/nodejs/node/commit/0847954331)', // a commit id in code
    'merge 3960290675',
    '94347659190',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it.each([
    ['9434765919', true],
    ['9434765918', false],
    ['1712345672', true],
  ])('nhsValid(%p) is %p', (digits, ok) => expect(nhsValid(digits)).toBe(ok));
});
