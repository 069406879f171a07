/**
 * Canonical JSON for ledger leaves (SPEC §7): object keys sorted by UTF-16 code units, no whitespace,
 * integers only (no floats, NaN or Infinity), strings escaped as JSON.stringify does.
 * The same value MUST always give the same bytes; anything that is not representable throws.
 */
export type CanonicalValue = null | boolean | number | string | CanonicalValue[] | { [k: string]: CanonicalValue | undefined };

export function canonicalJson(value: CanonicalValue): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isSafeInteger(value)) throw new TypeError('canonical JSON allows safe integers only');
      return Object.is(value, -0) ? '0' : String(value);
    case 'string':
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
      const keys = Object.keys(value)
        .filter((k) => value[k] !== undefined)
        .sort();
      let out = '{';
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i] as string;
        if (i > 0) out += ',';
        out += JSON.stringify(k) + ':' + canonicalJson(value[k] as CanonicalValue);
      }
      return out + '}';
    }
    default:
      throw new TypeError(`canonical JSON cannot encode ${typeof value}`);
  }
}
