import { prepareSpans, rewrite, type RedactionSpan } from './spans';
import { createStreamRestorer, type StreamRestorer } from './stream-restore';

/**
 * Placeholders issued for one conversation and the real values behind them.
 * The values live only in private fields: logging or serialising a vault shows none of them.
 */
export interface PseudonymVault {
  /** Number of distinct placeholders issued. */
  readonly size: number;
  /** Longest placeholder length - 1: the most a stream restorer ever holds back. 0 when none. */
  readonly holdBackLimit: number;
  /** Replaces every placeholder this vault issued with its value; anything else stays as is. */
  restore(text: string): string;
  /** A fresh restorer for one streamed response (see `StreamRestorer`). */
  streamRestorer(): StreamRestorer;
}

export interface PseudonymizeOptions {
  /** Only these entity types are pseudonymised; the rest stay in the text. Default: all. */
  readonly entityTypes?: readonly string[];
}

/** Every `<NAME>` token a placeholder could be; matches never contain an interior '<' or '>'. */
const TOKEN = /<([A-Za-z0-9_]+)>/g;

class Vault implements PseudonymVault {
  readonly #values: ReadonlyMap<string, string>;
  readonly holdBackLimit: number;
  #prefixes: Set<string> | null = null;

  constructor(values: ReadonlyMap<string, string>) {
    this.#values = values;
    let longest = 0;
    for (const placeholder of values.keys()) longest = Math.max(longest, placeholder.length);
    this.holdBackLimit = Math.max(0, longest - 1);
  }

  get size(): number {
    return this.#values.size;
  }

  restore(text: string): string {
    if (this.#values.size === 0 || text.indexOf('<') < 0) return text;
    return text.replace(TOKEN, (token) => this.#values.get(token) ?? token);
  }

  streamRestorer(): StreamRestorer {
    if (this.#prefixes === null) {
      this.#prefixes = new Set();
      for (const placeholder of this.#values.keys()) {
        for (let i = 1; i < placeholder.length; i++) this.#prefixes.add(placeholder.slice(0, i));
      }
    }
    return createStreamRestorer((t) => this.restore(t), this.#prefixes, this.holdBackLimit);
  }

  toJSON(): { size: number } {
    return { size: this.size };
  }
}

/** An entity type as it appears in a placeholder: `[A-Z0-9_]`, so it matches `TOKEN`. */
function label(entityType: string): string {
  return entityType.toUpperCase().replace(/[^A-Z0-9_]/g, '_') || 'ENTITY';
}

/**
 * The suffix index that keeps issued placeholders out of the input. Index 0 is the plain form
 * `<PERSON_1>`; index k >= 1 is `<PERSON_1_k>`. Every `<...>` token already in the input blocks
 * at most two indexes (the plain form, and the suffixed one it spells), so the smallest unblocked
 * index is found in one pass. Deterministic: the same input always gets the same placeholders.
 */
function freeSuffix(texts: readonly string[], names: ReadonlySet<string>): number {
  const blocked = new Set<number>();
  for (const text of texts) {
    for (const m of text.matchAll(TOKEN)) {
      const token = m[1] ?? '';
      if (names.has(token)) blocked.add(0);
      const cut = token.lastIndexOf('_');
      const digits = token.slice(cut + 1);
      if (cut > 0 && /^[1-9]\d{0,8}$/.test(digits) && names.has(token.slice(0, cut))) blocked.add(Number(digits));
    }
  }
  let k = 0;
  while (blocked.has(k)) k++;
  return k;
}

/**
 * Replaces findings with placeholders for egress, consistently across a whole conversation:
 * the same (entity type, value) always gets the same placeholder, numbered per type in order of
 * first appearance (`<PERSON_1>`, `<EMAIL_ADDRESS_1>`, `<PERSON_2>`...). Should the input already
 * contain a would-be placeholder (say the literal text `<PERSON_1>`), every placeholder of this
 * call gets the smallest suffix that is absent from the input instead (`<PERSON_1_1>`), so that
 * restoring never rewrites text the user wrote.
 * `findingsPerText[i]` are on `texts[i]`, as the analyzer reports them (see `prepareSpans`).
 * Linear in the total text length (plus sorting, should findings come unsorted).
 */
export function pseudonymize(
  texts: readonly string[],
  findingsPerText: readonly (readonly RedactionSpan[])[],
  opts: PseudonymizeOptions = {},
): { texts: string[]; vault: PseudonymVault } {
  const only = opts.entityTypes === undefined ? null : new Set(opts.entityTypes);
  const nameOf = new Map<string, string>(); // type + NUL + value -> name (placeholder without <>)
  const counters = new Map<string, number>();
  const spansPerText = texts.map((text, i) => {
    const spans = prepareSpans(text, findingsPerText[i] ?? []).filter((s) => only === null || only.has(s.entityType));
    for (const s of spans) {
      const key = `${s.entityType}\u0000${text.slice(s.start, s.end)}`;
      if (nameOf.has(key)) continue;
      const base = label(s.entityType);
      const n = (counters.get(base) ?? 0) + 1;
      counters.set(base, n);
      nameOf.set(key, `${base}_${n}`);
    }
    return spans;
  });
  const suffix = freeSuffix(texts, new Set(nameOf.values()));
  const placeholder = (name: string): string => (suffix === 0 ? `<${name}>` : `<${name}_${suffix}>`);
  const values = new Map<string, string>();
  const out = texts.map((text, i) =>
    rewrite(text, spansPerText[i] ?? [], (span, value) => {
      const p = placeholder(nameOf.get(`${span.entityType}\u0000${value}`) ?? '');
      values.set(p, value);
      return p;
    }),
  );
  return { texts: out, vault: new Vault(values) };
}

/** Groups flat findings (each with the index of its text, as `classify` returns them) per text. */
export function findingsPerText<T extends RedactionSpan & { readonly text: number }>(findings: readonly T[], textCount: number): T[][] {
  const out: T[][] = Array.from({ length: textCount }, () => []);
  for (const f of findings) out[f.text]?.push(f);
  return out;
}
