import { hasContextBefore } from '../context';
import { hasDigitRun, scanText, type TextScan } from '../scan';
import type { Span } from '../types';
import { digitsOf, scanAfterCues, trivialDigits } from './checks';

/**
 * NL_BSN (the Dutch burgerservicenummer, named like Presidio's other national ids): nine digits
 * (eight when a leading zero is left out) that pass the "elfproef", the sum of the digits weighted
 * 9, 8, 7, 6, 5, 4, 3, 2 and -1 being a multiple of 11; written whole, in groups of three
 * ("123 456 782", "123.456.782") or as 1234.56.782. One random nine-digit number in eleven passes,
 * so it is reported only within a short window after its cue: "BSN", "burgerservicenummer",
 * "sofinummer" (the BSN's predecessor, same number). A national identifier: PII.
 */
export const BSN_SCORE = 0.85;

const BSN_RE = /(?<![\w.,-])(?:\d{8,9}|\d{4}\.\d{2}\.\d{3}|\d{3}([ .-])\d{3}\1\d{3})(?![\w]|[-.,]\d)/g;
const BSN_CUE_SOURCE = '(?<![a-z])(?:bsn(?:[ -]?(?:nummer|nr))?|burger[ -]?service[ -]?nummer|sofi[ -]?(?:nummer|nr))(?![a-z])';
const BSN_CUE = new RegExp(BSN_CUE_SOURCE, 'i');
const BSN_CUES = new RegExp(BSN_CUE_SOURCE, 'gi');
const CONTEXT_WINDOW = 32;
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

/** The elfproef over nine digits (an eight-digit BSN is read with its leading zero). */
export function bsnValid(raw: string): boolean {
  const d = raw.length === 8 ? '0' + raw : raw;
  if (d.length !== 9 || trivialDigits(d)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return sum % 11 === 0;
}

/** Could a BSN_RE match be in this text: a run of 8-9 digits, or a group of 3-4 right before another run? */
function mayHoldBsn(scan: TextScan): boolean {
  if (hasDigitRun(scan, 8, 9)) return true;
  for (let k = 0; k + 1 < scan.runs; k++) {
    const len = (scan.runEnds[k] as number) - (scan.runStarts[k] as number);
    if ((len === 3 || len === 4) && scan.runStarts[k + 1] === (scan.runEnds[k] as number) + 1) return true;
  }
  return false;
}

/**
 * Every cue holds "bsn", "ummer" (burgerservicenummer, sofinummer) or "sofi" (sofinr), in lower or
 * upper case: substring searches that spare the case-insensitive cue scan on nearly every text.
 */
function mayHoldCue(text: string): boolean {
  return (
    text.includes('bsn') ||
    text.includes('BSN') ||
    text.includes('Bsn') ||
    text.includes('ummer') ||
    text.includes('UMMER') ||
    text.includes('ofi') ||
    text.includes('OFI')
  );
}

export function detectNlBsn(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  if (!mayHoldBsn(scan) || !mayHoldCue(text)) return; // spares the cue scan
  scanAfterCues(text, BSN_CUES, CONTEXT_WINDOW, BSN_RE, (m) => {
    if (!bsnValid(digitsOf(m[0])) || !hasContextBefore(text, m.index, BSN_CUE, CONTEXT_WINDOW)) return;
    out.push({ entityType: 'NL_BSN', start: m.index, end: m.index + m[0].length, score: BSN_SCORE });
  });
}
