import { detectSecretTokens } from './detectors/secrets';
import { detectSecretAssignments } from './detectors/secret-assignments';
import { detectCreditCards } from './detectors/ids/credit-card';
import { detectUsSsn } from './detectors/ids/us-ssn';
import { detectMedicalRecordNumbers } from './detectors/medical-record';
import { detectHealthContext } from './detectors/health';
import { IDS_DETECTORS } from './detectors/ids';
import { NET_DETECTORS } from './detectors/net';
import { NER_DETECTORS } from './detectors/ner';
import type { Detector, Span } from './detectors/types';
import { normalize, toOriginalSpan } from './normalize';

/** Every detector, in tie-break order (earlier wins a tie on score and length). */
export const DETECTORS: readonly Detector[] = [
  detectSecretTokens,
  detectSecretAssignments,
  detectCreditCards,
  detectUsSsn,
  detectMedicalRecordNumbers,
  detectHealthContext,
  ...IDS_DETECTORS,
  ...NET_DETECTORS,
  ...NER_DETECTORS,
];

/**
 * Detectors whose every match holds an ASCII digit (their patterns all require `\d`): on a text
 * without one they cannot match, so they are skipped (most prose has no digit at all).
 */
export const NEEDS_DIGIT: ReadonlySet<Detector> = new Set<Detector>([detectCreditCards, detectUsSsn, ...IDS_DETECTORS]);
const DIGIT_GATED: readonly boolean[] = DETECTORS.map((d) => NEEDS_DIGIT.has(d));

function hasAsciiDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

interface Ranked extends Span {
  rank: number;
}

function better(a: Ranked, b: Ranked): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return a.rank < b.rank;
}

function byStart(a: Ranked, b: Ranked): number {
  return a.start - b.start || b.end - a.end || a.rank - b.rank;
}

/**
 * Keeps non-overlapping spans, preferring the higher score, then the longer span (so a card number
 * is never also reported as a phone). One sweep in start order: a span only ever competes with
 * the last kept one, because everything kept before that ends before it starts.
 */
export function resolveOverlaps(spans: Ranked[]): Ranked[] {
  spans.sort(byStart);
  const kept: Ranked[] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (last === undefined || s.start >= last.end) kept.push(s);
    else if (better(s, last)) kept[kept.length - 1] = s;
  }
  return kept;
}

/**
 * Runs every detector over one text: normalise, detect, resolve overlaps, map offsets back.
 * The result is sorted by start, non-overlapping, with offsets (UTF-16, end-exclusive) on `text`.
 */
export function analyzeSpans(text: string): Span[] {
  if (text.length === 0) return [];
  const norm = normalize(text);
  const found: Ranked[] = [];
  const digits = hasAsciiDigit(norm.text);
  for (let rank = 0; rank < DETECTORS.length; rank++) {
    if (!digits && DIGIT_GATED[rank] === true) continue;
    const from = found.length;
    (DETECTORS[rank] as Detector)(norm.text, found);
    for (let i = from; i < found.length; i++) (found[i] as Ranked).rank = rank;
  }
  if (found.length === 0) return [];
  const kept = resolveOverlaps(found);
  const out: Span[] = new Array<Span>(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const k = kept[i] as Ranked;
    const [start, end] = toOriginalSpan(norm.map, k.start, k.end);
    out[i] = { entityType: k.entityType, start, end, score: k.score };
  }
  return out;
}
