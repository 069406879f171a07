import { detectFiPersonalIdentityCodes, FI_PIC_SCORE, fiCodeValid } from './fi-personal-identity-code';
import type { Span } from '../types';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectFiPersonalIdentityCodes(text, out);
  expect(out.every((s) => s.score === FI_PIC_SCORE)).toBe(true);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('detectFiPersonalIdentityCodes', () => {
  it.each([
    ['010594Y9032', ['010594Y9032']],
    ['My personal identity code is: 010594Y9032. Thank you.', ['010594Y9032']],
    ['020594X903P is my hetu.', ['020594X903P']],
    ["Here's my henkilötunnus 020594X902N.", ['020594X902N']],
    ['My finnish id code is030594W903B.', ['030594W903B']],
    ['131052-308T', ['131052-308T']],
    ['010516B903X', ['010516B903X']],
    ['290204A123A', ['290204A123A']], // 29 February 2004
    ['{"hetu":"131052-308T"}', ['131052-308T']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    '111111-111A', // control character
    '111111+110G',
    '311190-1111',
    '310289-211C', // 31 February
    '012245A110G', // month 22
    '131052/308T',
    '131052:308T',
    '131052.308T',
    '290200+1239', // 29 February 1800 (not a leap year)
    '1131052-308T', // a digit before
    '131052-308TX',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it('validates the date in its century', () => {
    expect(fiCodeValid('290204', 'A', '123', 'A')).toBe(true);
    expect(fiCodeValid('290200', '+', '123', '9')).toBe(false);
  });
});
