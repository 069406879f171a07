import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 2, x: 1 } }, '{"z":{"x":1,"y":2}}'],
    [{ s: 'line\n"quote"\u2028' }, '{"s":"line\\n\\"quote\\"\u2028"}'],
    [{ a: undefined, b: 0 }, '{"b":0}'],
    [-0, '0'],
    [[], '[]'],
  ])('encodes %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it.each([[1.5], [NaN], [Infinity], [2 ** 60]])('refuses the non-integer or unsafe number %p', (n) => {
    expect(() => canonicalJson({ n })).toThrow(TypeError);
  });

  it('does not depend on insertion order', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });
});
