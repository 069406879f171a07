/**
 * Prompt token counting with the o200k_base tokenizer (GPT-4o family), as a cost estimate for routing.
 *
 * The vocabulary (merge ranks) and the pre-tokenisation regex come from `gpt-tokenizer`; the split is done
 * by pretokenize.ts (by hand for ASCII, the regex otherwise) and the byte-pair merge is reimplemented here
 * because the library's merge decodes every candidate pair with a TextDecoder (about 1-2 µs per character
 * of text it has not seen before) and is quadratic in the length of one piece (100 KB without a space
 * takes seconds). This counter:
 *  - MUST return exactly the library's `countTokens(text, { disallowedSpecial: new Set() })` (the spec
 *    checks this against random and adversarial text);
 *  - treats special-token text such as `<|endoftext|>` as plain text, never throws on user content;
 *  - keeps no cache of user text (the library's merge cache would hold prompt fragments, i.e. PII);
 *  - short pieces take the textbook scan, long ones a heap (O(n log n)).
 *
 * Layout, built once (about 0.1 s, most of it parsing the library's rank module) and ~4.5 MB in all:
 *  - `keyBytes` holds every vocabulary entry's UTF-8 bytes back to back, `keyStart[rank]` where the
 *    entry of that rank starts (its end is `keyStart[rank + 1]`);
 *  - `slots` is an open-addressing (linear probing) hash table over those byte sequences; a slot holds
 *    the rank plus the top bits of the hash, so most mismatches are rejected without touching the bytes;
 *  - `pairTable` gives the rank of every two-byte token directly (the most frequent lookup in a merge).
 * The library's rank array is loaded only for the build and then released (see loadO200kRanks), so its
 * 200k strings (~20 MB) are not kept. A text is UTF-8-encoded once into a scratch buffer, and every lookup
 * hashes a (start, end) byte range of it: no substring is allocated per piece or per merge candidate.
 * Scratch buffers are module-level (counting is synchronous, so reuse is safe); after each count, also a
 * failed one, the text's bytes and every pair rank the merges kept are zeroed and oversized arrays dropped,
 * so nothing of the text outlives the call.
 */
import { type ChatMessage, loadO200kRanks, messageTexts, type O200kRanks } from '@libs/core';
import { nextPieceEnd, pieceStart } from './pretokenize';

/** Per-message framing (`<|im_start|>role ... <|im_end|>`), as OpenAI's counting guide adds. */
export const MESSAGE_OVERHEAD_TOKENS = 4;

const PAIR_SHIFT = 2 ** 32; // heap key = rank * 2^32 + position; ranks < 2^18, so keys stay exact doubles

// A slot is (hash >>> SLOT_BITS) << RANK_BITS | rank, or -1 when empty: 13 tag bits + 18 rank bits, so
// it stays a positive int32. The slot index uses the low SLOT_BITS bits of the hash, the tag the others.
const SLOT_BITS = 19; // 512k slots for ~200k entries: load 0.38, about 1.3 probes per hit, 1.8 per miss
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const RANK_BITS = 18;
const RANK_MASK = (1 << RANK_BITS) - 1;

interface Vocabulary {
  keyBytes: Uint8Array;
  keyStart: Int32Array;
  slots: Int32Array;
}

let vocabulary: Vocabulary | null = null;
/** Rank of every two-byte token, indexed by (b1 << 8) | b2; -1 when the pair is not a token. */
const pairTable = new Int32Array(65536).fill(-1);
const encoder = new TextEncoder();

/** FNV-1a over bytes[start, end), then a murmur-style finaliser so the low (slot) bits mix well. */
function hashRange(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ (bytes[i] as number), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}

function sameKey(v: Vocabulary, rank: number, bytes: Uint8Array, start: number, end: number): boolean {
  const from = v.keyStart[rank] as number;
  if ((v.keyStart[rank + 1] as number) - from !== end - start) return false;
  for (let i = start; i < end; i++) if (v.keyBytes[from + i - start] !== bytes[i]) return false;
  return true;
}

/** Slot index holding bytes[start, end), or of the empty slot where it would go. */
function findSlot(v: Vocabulary, bytes: Uint8Array, start: number, end: number): number {
  const h = hashRange(bytes, start, end);
  const tag = h >>> SLOT_BITS;
  for (let slot = h & SLOT_MASK; ; slot = (slot + 1) & SLOT_MASK) {
    const s = v.slots[slot] as number;
    if (s < 0) return slot;
    if (s >>> RANK_BITS === tag && sameKey(v, s & RANK_MASK, bytes, start, end)) return slot;
  }
}

/** Rank of the token bytes[start, end), or -1. */
function lookup(v: Vocabulary, bytes: Uint8Array, start: number, end: number): number {
  const s = v.slots[findSlot(v, bytes, start, end)] as number;
  return s < 0 ? -1 : s & RANK_MASK;
}

/**
 * Writes `text` as UTF-8 at out[at] (room for 3 bytes per char assumed) and returns the end. Lone
 * surrogates become EF BF BD, exactly as TextEncoder (the library's encoder) does. A plain loop: calling
 * TextEncoder for each of 200k short strings costs more than the whole build.
 */
function writeUtf8(text: string, out: Uint8Array, at: number): number {
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[at++] = c;
      continue;
    }
    if (c < 0x800) {
      out[at++] = 0xc0 | (c >> 6);
      out[at++] = 0x80 | (c & 63);
      continue;
    }
    if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(++i) - 0xdc00);
      out[at++] = 0xf0 | (c >> 18);
      out[at++] = 0x80 | ((c >> 12) & 63);
      out[at++] = 0x80 | ((c >> 6) & 63);
      out[at++] = 0x80 | (c & 63);
      continue;
    }
    if ((c & 0xf800) === 0xd800) c = 0xfffd;
    out[at++] = 0xe0 | (c >> 12);
    out[at++] = 0x80 | ((c >> 6) & 63);
    out[at++] = 0x80 | (c & 63);
  }
  return at;
}

/** Appends the entry's bytes as the old Map keyed them and returns the end, or `at` to skip the entry. */
function writeEntry(value: string | readonly number[], out: Uint8Array, at: number, strict: Utf8Check): number {
  if (typeof value === 'string') return writeUtf8(value, out, at);
  // The library looks byte entries up only when the bytes are not valid UTF-8; mirror that.
  const bytes = Uint8Array.from(value);
  try {
    strict.decode(bytes);
    return at;
  } catch {
    out.set(bytes, at);
    return at + bytes.length;
  }
}

type Utf8Check = InstanceType<typeof TextDecoder>;

function build(ranks: O200kRanks): Vocabulary {
  if (ranks.length > RANK_MASK) throw new Error(`o200k vocabulary has ${ranks.length} ranks, more than a slot holds`);
  const strict = new TextDecoder('utf-8', { fatal: true });
  const keyStart = new Int32Array(ranks.length + 1);
  const v: Vocabulary = { keyBytes: new Uint8Array(1 << 21), keyStart, slots: new Int32Array(1 << SLOT_BITS).fill(-1) };
  let used = 0;
  for (let rank = 0; rank < ranks.length; rank++) {
    keyStart[rank] = used;
    keyStart[rank + 1] = used;
    // `in` skips holes in the rank array, as the library's forEach does.
    if (!(rank in ranks)) continue;
    const value = ranks[rank] as string | readonly number[];
    if (used + 3 * value.length > v.keyBytes.length) {
      const grown = new Uint8Array(v.keyBytes.length * 2);
      grown.set(v.keyBytes);
      v.keyBytes = grown;
    }
    const end = writeEntry(value, v.keyBytes, used, strict);
    if (end === used) continue;
    keyStart[rank + 1] = end;
    // A repeated key keeps the later rank, as Map.set did.
    const h = hashRange(v.keyBytes, used, end);
    v.slots[findSlot(v, v.keyBytes, used, end)] = ((h >>> SLOT_BITS) << RANK_BITS) | rank;
    // Later ranks overwrite here too, so the pair table agrees with the slots.
    if (end - used === 2) pairTable[((v.keyBytes[used] as number) << 8) | (v.keyBytes[used + 1] as number)] = rank;
    used = end;
  }
  v.keyBytes = v.keyBytes.slice(0, used);
  return v;
}

function vocab(): Vocabulary {
  vocabulary ??= build(loadO200kRanks());
  return vocabulary;
}

/** Builds the vocabulary table now (about 0.1 s) instead of on the first request. */
export function warmTokenizer(): void {
  vocab();
}

// The current text's UTF-8 bytes; grown on demand, zeroed after each count.
let text8 = new Uint8Array(4096);
/** Above this size the scratch is dropped after a count rather than kept for the next one. */
const KEEP_SCRATCH = 1 << 16;

function rankOf(v: Vocabulary, start: number, end: number): number {
  if (end - start === 2) return pairTable[((text8[start] as number) << 8) | (text8[start + 1] as number)] as number;
  return lookup(v, text8, start, end);
}

/** Pieces up to this many bytes take the textbook quadratic scan, faster than a heap when short. */
const SHORT_PIECE = 24;
const starts = new Int32Array(SHORT_PIECE + 1);
const shortRanks = new Int32Array(SHORT_PIECE);

/** The textbook merge over text8[from, to): lowest rank first, leftmost on ties (what the library does). */
function shortPairCount(v: Vocabulary, from: number, to: number): number {
  const n = to - from;
  for (let i = 0; i <= n; i++) starts[i] = from + i;
  for (let i = 0; i + 1 < n; i++) shortRanks[i] = rankOf(v, from + i, from + i + 2);
  let parts = n;
  while (parts > 1) {
    let best = -1;
    let at = -1;
    for (let i = 0; i + 1 < parts; i++) {
      const r = shortRanks[i] as number;
      if (r >= 0 && (best < 0 || r < best)) {
        best = r;
        at = i;
      }
    }
    if (at < 0) break;
    // Part `at` absorbs part `at + 1`: drop boundary at+1 and the pair rank that started there.
    starts.copyWithin(at + 1, at + 2, parts + 1);
    shortRanks.copyWithin(at + 1, at + 2, parts - 1);
    parts--;
    shortRanks[at] = at + 1 < parts ? rankOf(v, starts[at] as number, starts[at + 2] as number) : -1;
    if (at > 0) shortRanks[at - 1] = rankOf(v, starts[at - 1] as number, starts[at + 1] as number);
  }
  return parts;
}

// Scratch state for bytePairCount, grown on demand and reused across calls.
let next = new Int32Array(256); // next[i]: start of the part after the part starting at i; -1 once merged away
let prev = new Int32Array(256);
let pairRank = new Int32Array(256); // rank of (part at i, following part); -1 when none
const heap: number[] = [];
/** The longest piece bytePairCount saw during the current count: how much of pairRank to clear after it. */
let longestPiece = 0;

function heapPush(key: number): void {
  let i = heap.length;
  heap.push(key);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = heap[parent] as number;
    if (p <= key) break;
    heap[i] = p;
    i = parent;
  }
  heap[i] = key;
}

function heapPop(): number {
  const top = heap[0] as number;
  const last = heap.pop() as number;
  const n = heap.length;
  if (n === 0) return top;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= n) break;
    const r = l + 1;
    const c = r < n && (heap[r] as number) < (heap[l] as number) ? r : l;
    const cv = heap[c] as number;
    if (cv >= last) break;
    heap[i] = cv;
    i = c;
  }
  heap[i] = last;
  return top;
}

/**
 * Number of tokens the standard BPE merge yields for the piece text8[from, to): repeatedly merge the
 * adjacent pair with the lowest rank, leftmost first on ties. A heap with lazy invalidation gives the same
 * sequence of merges as the textbook scan. A stale heap entry is detected by its rank: when a part
 * changes, its pair covers strictly more bytes, hence a different vocabulary entry and a different rank.
 * Positions in next/prev/pairRank are relative to `from`.
 */
function bytePairCount(v: Vocabulary, from: number, to: number): number {
  const n = to - from;
  if (n > longestPiece) longestPiece = n;
  if (next.length < n + 1) {
    const size = Math.max(n + 1, next.length * 2);
    next = new Int32Array(size);
    prev = new Int32Array(size);
    pairRank = new Int32Array(size);
  }
  heap.length = 0;
  for (let i = 0; i < n; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
    const r = i + 1 < n ? rankOf(v, from + i, from + i + 2) : -1;
    pairRank[i] = r;
    if (r >= 0) heapPush(r * PAIR_SHIFT + i);
  }
  let parts = n;
  const rerank = (i: number): void => {
    const j = next[i] as number;
    const r = j < n ? rankOf(v, from + i, from + (next[j] as number)) : -1;
    pairRank[i] = r;
    if (r >= 0) heapPush(r * PAIR_SHIFT + i);
  };
  while (heap.length > 0) {
    const key = heapPop();
    const r = Math.floor(key / PAIR_SHIFT);
    const i = key - r * PAIR_SHIFT;
    if (next[i] === -1 || pairRank[i] !== r) continue;
    const j = next[i] as number;
    const k = next[j] as number;
    next[i] = k;
    next[j] = -1;
    if (k < n) prev[k] = i;
    parts--;
    rerank(i);
    const p = prev[i] as number;
    if (p >= 0) rerank(p);
  }
  return parts;
}

/** Tokens of the piece text8[from, to): one when it is a vocabulary entry, else the merge's count. */
function pieceCount(v: Vocabulary, from: number, to: number): number {
  const n = to - from;
  if (n === 1 || rankOf(v, from, to) >= 0) return 1;
  return n <= SHORT_PIECE ? shortPairCount(v, from, to) : bytePairCount(v, from, to);
}

/** UTF-8 length of text[from, to), counting a lone surrogate as the 3 bytes of U+FFFD (as TextEncoder). */
function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Encodes `text` into text8 (grown when needed) and returns its byte length. */
function encodeText(text: string): number {
  if (text8.length < text.length * 3) text8 = new Uint8Array(Math.max(text.length * 3, text8.length * 2));
  return encoder.encodeInto(text, text8).written;
}

/** Counts the pieces of `text`, whose UTF-8 bytes (`size` of them) are in text8. */
function countEncoded(v: Vocabulary, text: string, size: number): number {
  // One byte per char means ASCII: char positions are byte positions.
  const ascii = size === text.length;
  let count = 0;
  let char = 0; // for non-ASCII text: the char position `byte` corresponds to
  let byte = 0;
  for (let end = nextPieceEnd(text, 0); end >= 0; end = end < text.length ? nextPieceEnd(text, end) : -1) {
    if (ascii) {
      count += pieceCount(v, pieceStart, end);
      continue;
    }
    // Pieces end on code point boundaries (the split is by code point), so a surrogate pair is never split.
    const from = byte + utf8Length(text, char, pieceStart);
    byte = from + utf8Length(text, pieceStart, end);
    char = end;
    count += pieceCount(v, from, byte);
  }
  return count;
}

/** Exact o200k_base token count of `text`, special-token text counted as plain text. */
export function countTextTokens(text: string): number {
  if (text.length === 0) return 0;
  const v = vocab();
  const size = encodeText(text);
  try {
    return countEncoded(v, text, size);
  } finally {
    release(size);
  }
}

/** True when no scratch array holds anything of the last text (what `release` promises; for the spec). */
export function scratchIsClear(): boolean {
  return text8.every((b) => b === 0) && shortRanks.every((r) => r === 0) && pairRank.every((r) => r === 0) && heap.length === 0;
}

/**
 * Forgets the text, also when a count failed: zeroes its bytes and every pair rank the merges kept (a rank
 * is a vocabulary entry, i.e. a piece of the text), and drops scratch arrays that one large text made large.
 */
function release(size: number): void {
  text8.fill(0, 0, size);
  if (text8.length > KEEP_SCRATCH) text8 = new Uint8Array(4096);
  shortRanks.fill(0);
  pairRank.fill(0, 0, longestPiece + 1);
  heap.length = 0;
  longestPiece = 0;
  if (next.length > KEEP_SCRATCH) {
    next = new Int32Array(256);
    prev = new Int32Array(256);
    pairRank = new Int32Array(256);
  }
}

/**
 * Estimated prompt tokens of a chat: every text a provider would see (contents, text parts, names, tool
 * call names and arguments) plus MESSAGE_OVERHEAD_TOKENS per message. Non-text parts (images, audio)
 * are not counted. A cost estimate for routing, not the provider's billed usage.
 */
export function countPromptTokens(
  messages: readonly ChatMessage[],
  definitions: { tools?: unknown; responseFormat?: unknown } = {},
): number {
  let total = messages.length * MESSAGE_OVERHEAD_TOKENS;
  for (const text of messageTexts(messages)) total += countTextTokens(text);
  // Tool definitions and a response schema reach the provider too, and it bills them as input (SPEC §5).
  for (const d of [definitions.tools, definitions.responseFormat])
    if (d !== undefined && d !== null) total += countTextTokens(JSON.stringify(d));
  return total;
}
