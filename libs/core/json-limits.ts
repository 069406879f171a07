/** Shape limits on a parsed JSON request body. */
export interface JsonLimits {
  /** Deepest nesting of objects and arrays accepted; the top-level value is depth 1. */
  maxDepth: number;
  /** Most object keys plus array elements accepted, counted over the whole document. */
  maxItems: number;
}

/**
 * Defaults sized so that real requests pass with a wide margin: a deep tool or JSON schema nests a few
 * dozen levels at most, and a 1 MiB body of short messages holds well under 100,000 keys and elements.
 */
export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 64, maxItems: 100_000 };

export type JsonLimitBreach = { limit: 'depth'; max: number } | { limit: 'items'; max: number };

/**
 * Checks a value produced by `JSON.parse` against `limits`. Iterative (an explicit stack, never recursion),
 * so a hostile document cannot overflow the call stack; it stops at the first breach, so the work is
 * bounded by the limits, not by the document.
 *
 * MUST return null for every document within both limits and a breach for every other one.
 */
export function checkJsonLimits(value: unknown, limits: JsonLimits = DEFAULT_JSON_LIMITS): JsonLimitBreach | null {
  if (typeof value !== 'object' || value === null) return null;
  const stack: Array<{ v: object; depth: number }> = [{ v: value, depth: 1 }];
  let items = 0;
  while (stack.length > 0) {
    const { v, depth } = stack.pop() as { v: object; depth: number };
    if (depth > limits.maxDepth) return { limit: 'depth', max: limits.maxDepth };
    const children: unknown[] = Array.isArray(v) ? v : Object.values(v);
    items += children.length;
    if (items > limits.maxItems) return { limit: 'items', max: limits.maxItems };
    for (const c of children) if (typeof c === 'object' && c !== null) stack.push({ v: c, depth: depth + 1 });
  }
  return null;
}

/** The client-facing sentence for a breach: names the limit, never the content. */
export function jsonLimitMessage(b: JsonLimitBreach): string {
  return b.limit === 'depth'
    ? `Request body nests deeper than ${b.max} levels.`
    : `Request body has more than ${b.max} keys and array elements in total.`;
}
