import type { TextScan } from './scan';

/**
 * A detected span in one text. Offsets are UTF-16 code units, end-exclusive, on the text the
 * detector was given (the classifier maps them back to the original, un-normalised text).
 */
export interface Span {
  entityType: string;
  start: number;
  end: number;
  /** Presidio-style confidence in [0, 1]. */
  score: number;
}

/**
 * A detector scans one text once and appends its spans to `out`. `scan`, when given, holds facts
 * about `text` computed once for all detectors (see `scan.ts`); a detector computes it when absent.
 * MUST run in time linear in `text.length` (precompiled regexes, bounded quantifiers, no nested
 * ambiguous repetition); MUST NOT keep state between calls (global regexes reset `lastIndex`).
 */
export type Detector = (text: string, out: Span[], scan?: TextScan) => void;
