import {
  afterIdCue,
  allSame,
  digitsOf,
  inLongerNumber,
  iso7064Mod1110,
  luhnValid,
  readsAsQuantity,
  validDate,
  weightedSum,
} from './checks';

describe('ids checks', () => {
  it.each([
    ['4111111111111111', true],
    ['79927398713', true],
    ['79927398710', false],
  ])('luhnValid(%p) is %p', (digits, ok) => expect(luhnValid(digits)).toBe(ok));

  it.each([
    ['1234567890', 3],
    ['13669597', 6],
  ])('iso7064Mod1110(%p) is %p', (digits, check) => expect(iso7064Mod1110(digits)).toBe(check));

  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [1900, 2, 29, false],
    [2000, 2, 29, true],
    [2024, 4, 31, false],
    [2024, 13, 1, false],
    [2024, 1, 0, false],
  ])('validDate(%p, %p, %p) is %p', (y, m, d, ok) => expect(validDate(y, m, d)).toBe(ok));

  it.each([
    ['51 824 753 5564', 3, 15, ' ', true],
    ['824 753 5564 12', 0, 12, ' ', true],
    ['NHS 824 753 5564', 4, 16, ' ', false],
    ['824 753 5564 and', 0, 12, ' ', false],
    ['8247535564', 0, 10, '', false],
  ])('inLongerNumber(%p, %p, %p) is %p', (text, start, end, sep, result) => expect(inLongerNumber(text, start, end, sep)).toBe(result));

  it.each([
    ['Order #121000358', 7, true],
    ['ticket: 121000358', 8, true],
    ['SKU AB1234563', 4, true],
    ['routing 121000358', 8, false],
    ['121000358', 0, false],
  ])('afterIdCue(%p, %p) is %p', (text, start, result) => expect(afterIdCue(text, start)).toBe(result));

  it.each([
    ['x == 1073741823', 5, 15, true],
    ['size=1490980608,', 5, 15, true],
    ['heap 293734280 bytes', 5, 14, true],
    ['took 1234567893ms', 5, 15, true],
    ['NPI 1234567893.', 4, 14, false],
    ['(1234567893)', 1, 11, false],
    ['{"free": 1490980608}', 9, 19, true],
    ['{"free": "1490980608"}', 10, 20, false],
  ])('readsAsQuantity(%p, %p, %p) is %p', (text, start, end, result) => expect(readsAsQuantity(text, start, end)).toBe(result));

  it('has small string helpers', () => {
    expect(digitsOf('12-34 5')).toBe('12345');
    expect(allSame('0000')).toBe(true);
    expect(allSame('0001')).toBe(false);
    expect(weightedSum('123', [1, 2, 3])).toBe(14);
  });
});
