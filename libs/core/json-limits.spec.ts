import fc from 'fast-check';
import { checkJsonLimits, jsonLimitMessage, type JsonLimits } from './json-limits';

const nest = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

/** Reference: the document's depth and item count, computed recursively (fine for small documents). */
function measure(v: unknown, depth = 1): { depth: number; items: number } {
  if (typeof v !== 'object' || v === null) return { depth: 0, items: 0 };
  const children: unknown[] = Array.isArray(v) ? v : Object.values(v);
  let d = depth;
  let items = children.length;
  for (const c of children) {
    const m = measure(c, depth + 1);
    d = Math.max(d, m.depth);
    items += m.items;
  }
  return { depth: d, items };
}

describe('checkJsonLimits', () => {
  const limits: JsonLimits = { maxDepth: 4, maxItems: 10 };

  it.each([
    ['a scalar', 42, null],
    ['null', null, null],
    ['depth exactly at the limit', nest(4), null],
    ['one level deeper', nest(5), { limit: 'depth', max: 4 }],
    ['items exactly at the limit', { a: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, null],
    ['one item more', { a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, { limit: 'items', max: 10 }],
    ['keys count as items', Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i])), { limit: 'items', max: 10 }],
    ['a __proto__ key counts like any other', JSON.parse('{"__proto__":[[[[1]]]]}'), { limit: 'depth', max: 4 }],
  ])('%s', (_label, value, expected) => {
    expect(checkJsonLimits(value, limits)).toEqual(expected);
  });

  it('handles a million levels without recursion', () => {
    expect(checkJsonLimits(nest(1_000_000))).toEqual({ limit: 'depth', max: 64 });
  });

  it('agrees with a recursive measure on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (v) => {
        const m = measure(v);
        const got = checkJsonLimits(v, limits);
        if (m.depth <= limits.maxDepth && m.items <= limits.maxItems) expect(got).toBeNull();
        else expect(got).not.toBeNull();
      }),
    );
  });

  it('names the limit in the message', () => {
    expect(jsonLimitMessage({ limit: 'depth', max: 64 })).toBe('Request body nests deeper than 64 levels.');
    expect(jsonLimitMessage({ limit: 'items', max: 100000 })).toContain('100000 keys and array elements');
  });
});
