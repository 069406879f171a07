import { digitCount, linesWithDigits } from '../medical-record';
import { scanText, type TextScan } from '../scan';
import type { Span } from '../types';

/**
 * HEALTH_PLAN_ID: a member, subscriber or policy number right after its cue ("member ID XZH783574178",
 * "Subscriber #: W123456789", "numéro d'adhérent 77 1234 5678", "número de afiliado 1234567"). It
 * identifies a person (an insurance contract), so it is personal; in a health context it is a health
 * plan beneficiary number, one of HIPAA's identifiers, and the request is PHI (SPEC §4: health context
 * plus an identifier of a person). Only ids holding at least four digits count ("member ID field", "plan
 * number 2" are none); the cue must be right before the id, and the scan is one regex pass over the
 * lines that hold four digits.
 */
export const MEMBER_ID_SCORE = 0.7;

/** English and German cues take a suffix ("member ID", "Mitgliedsnummer"). */
const CUE =
  '(?:member(?:ship)?|subscriber|insured|beneficiary|enrollee|insurance|health[ \\t]plan|policy|policyholder|mitglieds|versicherungs|polis|lid)' +
  '(?:[ \\t-]?(?:id|number|no\\.?|nr\\.?|num|#|nummer|-?nr\\.?))';
/** Romance languages put "number of" first: "numéro d'adhérent", "número de afiliado", "numero di tessera". */
const LEAD_CUE =
  "(?:num[ée]ro|n[úu]mero|n[°º])[ \\t]{1,2}(?:d'|de[ \\t]{1,2}|di[ \\t]{1,2})?(?:adh[ée]rent|afiliad[oa]|afiliaci[oó]n|asegurad[oa]|p[oó]liza|polizza|tessera)";
const CONNECT = '[ \\t]{0,3}(?:[:#=]|is)?[ \\t]{0,3}';
// Letters and digits; groups joined by '-', or by a space before a group of digits ("77 1234 5678").
const ID = '([A-Z0-9](?:[A-Z0-9]|-(?=[A-Z0-9])|[ ](?=\\d{2})){5,22})';
const MEMBER_RE = new RegExp(`\\b(?:${CUE}|${LEAD_CUE})${CONNECT}${ID}(?![\\w-])`, 'gi');

/** "national insurance number" is the UK's NINO (ids/uk-nino.ts), not a health plan's. */
const NATIONAL_BEFORE = /national[ \t]$/i;

/** Fewest digits a reported id holds. */
const MIN_ID_DIGITS = 4;

/**
 * No part of MEMBER_RE admits a line break, and a reported id holds MIN_ID_DIGITS digits: only the
 * lines that hold that many are scanned, each stretch alone (see `linesWithDigits`); its edges read
 * as a line break does to `\b` and to the lookaheads, so the matches are those of a whole-text scan.
 */
export function detectMemberIds(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  const lines = linesWithDigits(text, scan, MIN_ID_DIGITS);
  for (let i = 0; i < lines.length; i += 2) detectIn(text, lines[i] as number, lines[i + 1] as number, out);
}

function detectIn(text: string, from: number, to: number, out: Span[]): void {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  MEMBER_RE.lastIndex = 0;
  for (let m = MEMBER_RE.exec(part); m !== null; m = MEMBER_RE.exec(part)) {
    const id = m[1] as string;
    const at = from + m.index;
    if (digitCount(id) < MIN_ID_DIGITS || NATIONAL_BEFORE.test(text.slice(Math.max(0, at - 9), at))) continue;
    const end = at + m[0].length;
    out.push({ entityType: 'HEALTH_PLAN_ID', start: end - id.length, end, score: MEMBER_ID_SCORE });
  }
}
