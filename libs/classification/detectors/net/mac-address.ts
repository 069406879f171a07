import type { Span } from '../types';

/**
 * MAC_ADDRESS (Presidio's MacAddressRecognizer): six hex pairs joined by one consistent separator
 * (00:1A:2B:3C:4D:5E or 00-1A-2B-3C-4D-5E), or Cisco's three dotted quads (0012.3456.789A).
 * The broadcast (FF:FF:FF:FF:FF:FF) and all-zero addresses identify no device and are skipped.
 * Fixed-width patterns tried only after a cheap hint scan: O(1) work per position.
 */
export const MAC_SCORE = 0.6;

// A separator followed by two hex digits: rare in prose, so most text is skipped by this scan and
// the full pattern is tried (sticky) only where a MAC address could start.
const HINT_RE = /[:.-][0-9A-Fa-f]{2}/g;
const MAC_AT =
  /(?:[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w]|[:.-][0-9A-Fa-f])/y;
const BOUNDARY_BEFORE = /[\w:.-]/;
const SEPARATORS = /[:.-]/g;

export function detectMacAddresses(text: string, out: Span[]): void {
  HINT_RE.lastIndex = 0;
  let done = 0;
  for (let h = HINT_RE.exec(text); h !== null; h = HINT_RE.exec(text)) {
    // The first separator sits 2 characters in ("00:1A…") or 4 (Cisco "0012.3456…").
    for (const start of [h.index - 2, h.index - 4]) {
      if (start < done || (start > 0 && BOUNDARY_BEFORE.test(text.charAt(start - 1)))) continue;
      MAC_AT.lastIndex = start;
      const m = MAC_AT.exec(text);
      if (m === null) continue;
      done = start + m[0].length;
      HINT_RE.lastIndex = done;
      const hex = m[0].replace(SEPARATORS, '').toUpperCase();
      if (hex !== 'FFFFFFFFFFFF' && hex !== '000000000000') out.push({ entityType: 'MAC_ADDRESS', start, end: done, score: MAC_SCORE });
      break;
    }
  }
}
