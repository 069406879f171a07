import { messageTexts, type ChatMessage } from '@libs/core';

/** Pure, deterministic content of the simulator's answers (the server only adds HTTP). */

/**
 * `broken_json` answers json_object/json_schema requests with text that is not JSON (cascade tests);
 * `cut_stream` sends the first events of a stream and then drops the connection; `rate_limited` answers
 * every POST 429 with `retry-after: 2`.
 */
export type SimulatorMode = 'normal' | 'echo' | 'broken_json' | 'cut_stream' | 'rate_limited';

/** mulberry32: a tiny seeded PRNG in [0, 1). Exact rates 0 and 1 hold because 0 <= x < 1. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The simulator's token estimate: one token per four UTF-16 code units, rounded up. */
export function approxTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export function promptTokens(messages: readonly ChatMessage[]): number {
  let chars = 0;
  for (const t of messageTexts(messages)) chars += t.length;
  return Math.ceil(chars / 4);
}

/** The user messages' text, in order, one per line. */
export function userText(messages: readonly ChatMessage[]): string {
  const parts: string[] = [];
  for (const m of messages) {
    if (m.role !== 'user') continue;
    if (typeof m.content === 'string') parts.push(m.content);
    else if (Array.isArray(m.content)) {
      for (const p of m.content) if (p.type === 'text' && typeof p.text === 'string') parts.push(p.text);
    }
  }
  return parts.join('\n');
}

/** Splits text into pieces of `words` words; the pieces concatenate back to the text exactly. */
export function splitWords(text: string, words = 4): string[] {
  const all = text.split(' ');
  const pieces: string[] = [];
  for (let i = 0; i < all.length; i += words) {
    const piece = all.slice(i, i + words).join(' ');
    pieces.push(i + words < all.length ? `${piece} ` : piece);
  }
  return pieces;
}

/** Splits text into pieces of `size` UTF-16 units (the argument fragments of a streamed tool call). */
export function splitEvery(text: string, size = 8): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out.length > 0 ? out : [''];
}

/** FNV-1a over UTF-16 code units: a stable seed per input text. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export const EMBEDDING_DIMS = 8;

/** A deterministic unit vector per text (same text and seed, same vector). */
export function embeddingVector(text: string, seed: number): number[] {
  const next = mulberry32(fnv1a(text) ^ seed);
  const v: number[] = [];
  let norm = 0;
  for (let i = 0; i < EMBEDDING_DIMS; i++) {
    const x = next() * 2 - 1;
    v.push(x);
    norm += x * x;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return v.map((x) => x * scale);
}

/** OpenAI's `input`: a string, strings, or token arrays (stringified). Undefined when malformed. */
export function embeddingInputs(input: unknown): string[] | undefined {
  if (typeof input === 'string') return [input];
  if (!Array.isArray(input) || input.length === 0) return undefined;
  if (input.every((x) => typeof x === 'number')) return [input.join(',')];
  const out: string[] = [];
  for (const x of input) {
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) out.push(x.join(','));
    else return undefined;
  }
  return out;
}
