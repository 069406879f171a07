import { detectUsDriverLicenses, DL_ALNUM_SCORE, DL_DIGITS_SCORE, DL_UNCUED_SCORE } from './us-driver-license';
import type { Span } from '../types';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUsDriverLicenses(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

describe('detectUsDriverLicenses', () => {
  it.each([
    ["driver's license H12234567", [['H12234567', DL_ALNUM_SCORE]]],
    ['DL: D1234567', [['D1234567', DL_ALNUM_SCORE]]],
    ['CA driver license number A1234567', [['A1234567', DL_ALNUM_SCORE]]],
    ["driver's license: A1234567", [['A1234567', DL_ALNUM_SCORE]]],
    ['driver id A1234567', [['A1234567', DL_ALNUM_SCORE]]],
    ['Lic# 12AB34567', []], // no state uses this shape
    ['driving licence 123456789', [['123456789', DL_DIGITS_SCORE]]],
    ['NY license 123 456 789', [['123 456 789', DL_DIGITS_SCORE]]],
    ['FL DL S530-460-59-345-0', [['S530-460-59-345-0', DL_ALNUM_SCORE]]],
    ['IL driver license S530-4605-9345', [['S530-4605-9345', DL_ALNUM_SCORE]]],
    ['driver license 123456789A', [['123456789A', DL_ALNUM_SCORE]]],
    ['{"driverLicense":"WA1234567"}', [['WA1234567', DL_ALNUM_SCORE]]],
    // Without a cue the commonest shape is still reported, at Presidio's weak score (not personal alone).
    ['H12234567', [['H12234567', DL_UNCUED_SCORE]]],
    ['order H12234567 shipped', [['H12234567', DL_UNCUED_SCORE]]],
  ] as [string, [string, number][]][])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'H00000000', // one digit repeated
    'H1223456', // too short for the uncued shape
    '123456789 1234567890',
    'ABCDEFG ABCDEFGH ABCDEFGHI',
    'driver license C12T345672',
    'license expires 2030-01-15', // a date
    'licence valid until 15-01-2030',
    'MIT license, see LICENSE', // no number
    'driver license 1234', // too short
    'driver license 111111111',
    'Local transit bus driver\n\nPhone:\n201-948-1927', // a job title, then a phone number
    'license no. 201-948-1927',
    'driver 123456789',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});
