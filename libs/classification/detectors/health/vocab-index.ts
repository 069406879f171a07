import { CLINICAL_SUFFIXES, CLINICAL_TERMS, HEALTH_TERM_KINDS, KIND } from '../health-vocab';
import { hashFolded } from './fold';

/**
 * The clinical vocabulary as a word-level trie whose edges live in one open-addressing hash table:
 * the key of an edge is (parent node, hash pair of the folded word). The root's edges are the first
 * words of all terms, so finding every term in a text is one probe per word (and, for a word that
 * starts a phrase, one more per following word of the phrase). A second table holds word endings
 * (INN stems such as "-sartan", German compound heads such as "-entzundung"), keyed by the hash pair
 * of the reversed ending.
 *
 * Collisions: a pair of 32-bit hashes is compared, nothing else; with ~10^4 keys the chance that a
 * given word collides with one is ~10^-15, which is negligible against the vocabulary's own errors.
 */

/** First slot probed for key `a` (the first hash alone, so a probe can start before the second is known). */
export function slotOf(a: number, mask: number): number {
  return (a ^ (a >>> 15)) & mask;
}

/** Open addressing, linear probing; keys are int32 pairs, values positive ints (0 = empty). */
export class PairTable {
  readonly k1: Int32Array;
  readonly k2: Int32Array;
  readonly val: Int32Array;
  readonly mask: number;
  size = 0;

  constructor(capacity: number) {
    let cap = 16;
    while (cap < capacity * 2) cap <<= 1;
    this.k1 = new Int32Array(cap);
    this.k2 = new Int32Array(cap);
    this.val = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get(a: number, b: number): number {
    const { k1, k2, val, mask } = this;
    let s = slotOf(a, mask);
    for (;;) {
      const v = val[s] ?? 0;
      if (v === 0) return 0;
      if (k1[s] === a && k2[s] === b) return v;
      s = (s + 1) & mask;
    }
  }

  set(a: number, b: number, v: number): void {
    const { k1, k2, val, mask } = this;
    let s = slotOf(a, mask);
    while ((val[s] ?? 0) !== 0 && !(k1[s] === a && k2[s] === b)) s = (s + 1) & mask;
    if ((val[s] ?? 0) === 0) this.size++;
    k1[s] = a;
    k2[s] = b;
    val[s] = v;
  }
}

/** Mixes a trie node into a word's hash pair: the key of the edge leaving `node` by that word. */
export function edgeKey1(node: number, h1: number): number {
  return h1 ^ Math.imul(node, 0x9e3779b1);
}
export function edgeKey2(node: number, h2: number): number {
  return (h2 + Math.imul(node, 0x85ebca6b)) | 0;
}

const termCount = Object.values(CLINICAL_TERMS).reduce((n, s) => n + (s ? s.split('|').length : 0), 0);
/** Edges: (node, word) -> child node + 1. Node 0 is the root. */
export const EDGES = new PairTable(termCount * 2 + 16);
/**
 * Prefilter of first words: one bit per (first letter, second letter, length, last letter) of the
 * folded first words of all terms, letters a-z as 0-25 and anything else as 26, lengths capped at
 * 31. An ASCII word whose bit is clear starts no term and is not hashed at all.
 */
export const ROOT_FILTER = new Uint32Array(Math.ceil((27 * 27 * 32 * 27) / 32));
export function letterClass(c: number): number {
  const x = (c | 32) - 97;
  return x >= 0 && x < 26 ? x : 26;
}
export function rootFilterBit(first: number, second: number, len: number, last: number): number {
  return ((first * 27 + second) * 32 + (len > 31 ? 31 : len)) * 27 + last;
}

/** Kind code of the term ending at a node (0: none); whether it has children. */
let nodeKind = new Uint8Array(termCount * 2 + 16);
let nodeKids = new Uint8Array(termCount * 2 + 16);
let nodes = 1;

const pair = new Int32Array(2);
function addTerm(term: string, kind: number): void {
  let node = 0;
  const first = term.split(' ')[0] ?? '';
  if (first !== '') {
    const bit = rootFilterBit(
      letterClass(first.charCodeAt(0)),
      first.length > 1 ? letterClass(first.charCodeAt(1)) : 26,
      first.length,
      letterClass(first.charCodeAt(first.length - 1)),
    );
    ROOT_FILTER[bit >>> 5] = (ROOT_FILTER[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }
  for (const word of term.split(' ')) {
    if (word === '') continue;
    hashFolded(word, pair);
    const a = edgeKey1(node, pair[0] ?? 0);
    const b = edgeKey2(node, pair[1] ?? 0);
    let child = EDGES.get(a, b) - 1;
    if (child < 0) {
      child = nodes++;
      if (child >= nodeKind.length) {
        const k = new Uint8Array(nodeKind.length * 2);
        k.set(nodeKind);
        nodeKind = k;
        const c = new Uint8Array(nodeKids.length * 2);
        c.set(nodeKids);
        nodeKids = c;
      }
      EDGES.set(a, b, child + 1);
    }
    nodeKids[node] = 1;
    node = child;
  }
  // The first kind listed wins when a term is in two lists (lists are ordered by strength).
  if (node !== 0 && nodeKind[node] === 0) nodeKind[node] = kind;
}

for (const kind of HEALTH_TERM_KINDS) {
  const list = CLINICAL_TERMS[kind];
  if (list) for (const term of list.split('|')) addTerm(term, KIND[kind]);
}
export const NODE_KIND: Uint8Array = nodeKind;
export const NODE_KIDS: Uint8Array = nodeKids;

/** Endings: reversed-ending hash pair -> index + 1 into SUFFIX_KIND / SUFFIX_MIN_WORD. */
const suffixCount = Object.values(CLINICAL_SUFFIXES).reduce((n, s) => n + (s ? s.split('|').length : 0), 0);
export const SUFFIXES = new PairTable(suffixCount + 16);
export const SUFFIX_KIND = new Uint8Array(suffixCount + 1);
/** Shortest folded word an ending may match in (keeps "April" from being a "-pril" drug); the generator sets it. */
export const SUFFIX_MIN_WORD = new Uint8Array(suffixCount + 1);
/** Bit k set: some ending has k folded characters. */
export let SUFFIX_LENGTHS = 0;
export let SUFFIX_MAX = 0;
export let SUFFIX_MIN_WORD_ALL = 255;
/** Bit per last-three-letters trigram ((c1*26 + c2)*26 + c3, c3 the last): prefilter. */
export const SUFFIX_TRIGRAMS = new Uint8Array(26 * 26 * 26);

let suffixes = 0;
for (const kind of HEALTH_TERM_KINDS) {
  const list = CLINICAL_SUFFIXES[kind];
  if (!list) continue;
  for (const entry of list.split('|')) {
    const [ending = '', min = '0'] = entry.split(':');
    if (ending.length < 3 || ending.length > 30 || !/^[a-z]+$/.test(ending)) throw new Error(`bad clinical ending ${ending}`);
    const reversed = [...ending].reverse().join('');
    hashFolded(reversed, pair);
    const idx = ++suffixes;
    SUFFIXES.set(pair[0] ?? 0, pair[1] ?? 0, idx);
    SUFFIX_KIND[idx] = KIND[kind];
    const minWord = Math.max(Number(min), ending.length);
    SUFFIX_MIN_WORD[idx] = minWord;
    SUFFIX_MIN_WORD_ALL = Math.min(SUFFIX_MIN_WORD_ALL, minWord);
    SUFFIX_LENGTHS |= 1 << ending.length;
    SUFFIX_MAX = Math.max(SUFFIX_MAX, ending.length);
    const t = ending.slice(-3);
    SUFFIX_TRIGRAMS[((t.charCodeAt(0) - 97) * 26 + (t.charCodeAt(1) - 97)) * 26 + (t.charCodeAt(2) - 97)] = 1;
  }
}

/** Number of trie nodes and endings (for tests and the generator's report). */
export const VOCAB_STATS = { terms: termCount, nodes, endings: suffixes };
