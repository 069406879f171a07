/**
 * Prompt token counting with the o200k_base tokenizer (GPT-4o family), as a cost estimate for routing.
 *
 * The vocabulary (merge ranks) and the pre-tokenisation regex come from `gpt-tokenizer`; the byte-pair
 * merge itself is reimplemented here because the library's merge decodes every candidate pair with a
 * TextDecoder (about 1-2 µs per character of text it has not seen before) and is quadratic in the length
 * of one piece (100 KB without a space takes seconds). This counter:
 *  - MUST return exactly the library's `countTokens(text, { disallowedSpecial: new Set() })` (the spec
 *    checks this against random and adversarial text);
 *  - treats special-token text such as `<|endoftext|>` as plain text, never throws on user content;
 *  - keeps no cache of user text (the library's merge cache would hold prompt fragments, i.e. PII);
 *  - short pieces take the textbook scan, long ones a heap (O(n log n)); scratch buffers are module-level
 *    (counting is synchronous, so reuse is safe). About 2-3x faster than the library on unseen text.
 * Only the rank data is loaded, not the library's encoder, so the vocabulary is held once (~20 MB).
 */
import bpeRanks from 'gpt-tokenizer/cjs/bpeRanks/o200k_base';
import { O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/cjs/encodingParams/constants';
import { type ChatMessage, messageTexts } from '@libs/core';

/** Per-message framing (`<|im_start|>role ... <|im_end|>`), as OpenAI's counting guide adds. */
export const MESSAGE_OVERHEAD_TOKENS = 4;

/** Our own copy: the library's regex object is global and shared, so its lastIndex is not ours. */
const SPLIT = new RegExp(O200K_TOKEN_SPLIT_REGEX.source, 'gu');
const NON_ASCII = /[^\x00-\x7f]/;
const PAIR_SHIFT = 2 ** 32; // heap key = rank * 2^32 + position; ranks < 2^18, so keys stay exact doubles

/** Byte string (one char per UTF-8 byte, code 0-255) -> rank. Built once, lazily (~200k entries). */
let rankTable: Map<string, number> | null = null;
/** Rank of every two-byte token, indexed by (b1 << 8) | b2; -1 when the pair is not a token. */
const pairTable = new Int32Array(65536).fill(-1);

function toByteString(text: string): string {
  // Lone surrogates become EF BF BD, exactly as the library's TextEncoder does.
  return NON_ASCII.test(text) ? Buffer.from(text, 'utf8').toString('latin1') : text;
}

function ranks(): Map<string, number> {
  if (rankTable) return rankTable;
  const strict = new TextDecoder('utf-8', { fatal: true });
  const table = new Map<string, number>();
  // forEach skips holes in the rank array, as the library does.
  bpeRanks.forEach((value, rank) => {
    if (typeof value === 'string') {
      table.set(toByteString(value), rank);
      return;
    }
    // The library looks byte entries up only when the bytes are not valid UTF-8; mirror that.
    const bytes = Uint8Array.from(value);
    try {
      strict.decode(bytes);
    } catch {
      table.set(Buffer.from(bytes).toString('latin1'), rank);
    }
  });
  for (const [bytes, rank] of table) {
    if (bytes.length === 2) pairTable[(bytes.charCodeAt(0) << 8) | bytes.charCodeAt(1)] = rank;
  }
  rankTable = table;
  return table;
}

/** Builds the vocabulary table now (about 0.1 s) instead of on the first request. */
export function warmTokenizer(): void {
  ranks();
}

function rankOf(bytes: string, start: number, end: number, table: Map<string, number>): number {
  if (end - start === 2) return pairTable[(bytes.charCodeAt(start) << 8) | bytes.charCodeAt(start + 1)] as number;
  return table.get(bytes.substring(start, end)) ?? -1;
}

/** Pieces up to this many bytes take the textbook quadratic scan, faster than a heap when short. */
const SHORT_PIECE = 24;
const starts = new Int32Array(SHORT_PIECE + 1);
const shortRanks = new Int32Array(SHORT_PIECE);

/** The textbook merge: lowest rank first, leftmost on ties (exactly what the library does). */
function shortPairCount(bytes: string, table: Map<string, number>): number {
  const n = bytes.length;
  for (let i = 0; i <= n; i++) starts[i] = i;
  for (let i = 0; i + 1 < n; i++) shortRanks[i] = rankOf(bytes, i, i + 2, table);
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
    shortRanks[at] = at + 1 < parts ? rankOf(bytes, starts[at] as number, starts[at + 2] as number, table) : -1;
    if (at > 0) shortRanks[at - 1] = rankOf(bytes, starts[at - 1] as number, starts[at + 1] as number, table);
  }
  return parts;
}

// Scratch state for bytePairCount, grown on demand and reused across calls.
let next = new Int32Array(256); // next[i]: start of the part after the part starting at i; -1 once merged away
let prev = new Int32Array(256);
let pairRank = new Int32Array(256); // rank of (part at i, following part); -1 when none
const heap: number[] = [];

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
 * Number of tokens the standard BPE merge yields for one piece: repeatedly merge the adjacent pair with
 * the lowest rank, leftmost first on ties. A heap with lazy invalidation gives the same sequence of
 * merges as the textbook scan. A stale heap entry is detected by its rank: when a part changes, its pair
 * covers strictly more bytes, hence a different vocabulary entry and a different rank.
 */
function bytePairCount(bytes: string, table: Map<string, number>): number {
  const n = bytes.length;
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
    const r = i + 1 < n ? rankOf(bytes, i, i + 2, table) : -1;
    pairRank[i] = r;
    if (r >= 0) heapPush(r * PAIR_SHIFT + i);
  }
  let parts = n;
  const rerank = (i: number): void => {
    const j = next[i] as number;
    const r = j < n ? rankOf(bytes, i, next[j] as number, table) : -1;
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

/** Exact o200k_base token count of `text`, special-token text counted as plain text. */
export function countTextTokens(text: string): number {
  if (text.length === 0) return 0;
  const table = ranks();
  let count = 0;
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(text); m !== null; m = SPLIT.exec(text)) {
    const bytes = toByteString(m[0]);
    if (bytes.length === 1 || table.has(bytes)) count += 1;
    else if (bytes.length <= SHORT_PIECE) count += shortPairCount(bytes, table);
    else count += bytePairCount(bytes, table);
  }
  return count;
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
