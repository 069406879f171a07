/**
 * Keyword lists for route rules (SPEC §5): which named lists have a word or phrase in the request.
 *
 * Matching is case- and accent-insensitive (NFKD, combining marks dropped, lower case, ß as ss) and on word
 * boundaries: a phrase matches a run of whole words, so `refund` matches "Refund!" but not "refunding".
 * Scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) count each character as a word, so
 * `退款` matches inside "我要退款". All lists are compiled into one word trie and every text is scanned once.
 *
 * Contract: the result names lists only, never the words that matched (they may be personal content).
 */
import { createHash } from 'node:crypto';
import type { KeywordLists } from './rule-schema';

const UNSPACED =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const WORD = new RegExp(`[${UNSPACED}]|(?:(?![${UNSPACED}])[\\p{L}\\p{N}])+`, 'gu');
const MARKS = /\p{M}+/gu;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Lists whose phrase ends here. */
  lists: string[];
}

export interface KeywordMatcher {
  /** The lists (of `wanted`, or all) with a word or phrase in any of the texts. Stops once all are found. */
  scan(texts: readonly string[], wanted?: ReadonlySet<string>): Set<string>;
}

/** Folds case and accents; the same folding is applied to list entries and to request text. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(/ß/g, 'ss');
}

export function words(text: string): string[] {
  return foldText(text).match(WORD) ?? [];
}

const compiled = new WeakMap<KeywordLists, KeywordMatcher>();

/** The matcher of a bundle's lists, compiled once per lists object. */
export function keywordMatcher(lists: KeywordLists): KeywordMatcher {
  let m = compiled.get(lists);
  if (!m) {
    m = compile(lists);
    compiled.set(lists, m);
  }
  return m;
}

function compile(lists: KeywordLists): KeywordMatcher {
  const root: TrieNode = { next: new Map(), lists: [] };
  for (const [name, phrases] of Object.entries(lists)) {
    for (const phrase of phrases) {
      let node = root;
      for (const w of words(phrase)) {
        let child = node.next.get(w);
        if (!child) node.next.set(w, (child = { next: new Map(), lists: [] }));
        node = child;
      }
      if (node !== root && !node.lists.includes(name)) node.lists.push(name);
    }
  }
  return { scan: (texts, wanted) => scan(root, texts, wanted ?? new Set(Object.keys(lists))) };
}

function scan(root: TrieNode, texts: readonly string[], wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    const tokens = words(text);
    for (let i = 0; i < tokens.length; i++) {
      let node = root.next.get(tokens[i] as string);
      for (let j = i + 1; node; j++) {
        for (const l of node.lists) if (wanted.has(l)) found.add(l);
        if (found.size === wanted.size) return found;
        node = j < tokens.length ? node.next.get(tokens[j] as string) : undefined;
      }
    }
  }
  return found;
}

const fingerprints = new WeakMap<KeywordLists, Record<string, string>>();

/**
 * A short hash per list of what the list matches (its phrases as folded words, deduplicated and sorted), so
 * a recorded scan result can be reused for a later bundle exactly when that bundle's list matches the same.
 * Hashes policy words, never request text. Computed once per lists object.
 */
export function keywordFingerprints(lists: KeywordLists): Record<string, string> {
  let f = fingerprints.get(lists);
  if (!f) {
    f = {};
    for (const [name, phrases] of Object.entries(lists)) {
      const folded = [...new Set(phrases.map((p) => words(p).join(' ')).filter((p) => p !== ''))].sort();
      f[name] = createHash('sha256').update(JSON.stringify(folded)).digest('hex').slice(0, 16);
    }
    fingerprints.set(lists, f);
  }
  return f;
}
