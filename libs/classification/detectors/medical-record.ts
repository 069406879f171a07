import { scanText, type TextScan } from './scan';
import type { Span } from './types';

/**
 * MEDICAL_RECORD_NUMBER: an id right after a record-number cue. A medical identifier, so PHI by
 * itself (SPEC §4). Only the id is reported. Cues, in several languages:
 *   - "MRN", "medical record number/no./#/ID", "med rec #", "chart number", "hospital number",
 *     "patient ID/number/no./#", "Pat-ID", "encounter number/#/ID", "patient account number";
 *   - German "Patienten-ID", "Patientennummer", "Patienten-Nr.", "Fallnummer", "Fall-Nr.";
 *   - French "numéro de dossier (médical/patient)", "N° patient", "N° de dossier", "IPP", "NIP";
 *   - Spanish "número de historia clínica", "historia clínica", "NHC", "N° de historia";
 *   - Italian "cartella clinica" (a bare "cartella", also "folder", only before five digits or more),
 *     Portuguese "processo clínico", Dutch "patiëntnummer", "dossiernummer", "ziekenhuisnummer", Swedish
 *     "journalnummer", Polish "nr historii choroby".
 * The acronyms (MRN, IPP, NIP, NHC) must be upper case (except "mrn"); the words are matched
 * case-insensitively. Ids are letters and digits with '-', '/', '.' or single spaces between
 * groups ("MR-2024-0042", "12 345 678"), and hold at least 3 digits (the acronyms: 4), so
 * "MRN field is required" or "patient number 2" are no ids.
 */
export const MRN_SCORE = 0.85;

// Grouped by first letter, so a word that is no cue fails on its first or second character.
const WORD_CUE = [
  'm(?:edical[ \\t]{1,3}records?(?:[ \\t]{1,3}(?:number|no\\.?|nr\\.?|#|id))?|ed[ \\t]{0,3}rec(?:ord)?[ \\t]{0,3}(?:#|no\\.?|number)|rn)',
  '(?:c(?:hart|ase[ \\t]{1,3}record)|hospital)[ \\t]{1,3}(?:number|no\\.?|#|id)',
  'pat(?:ient(?:(?:[ \\t]{1,3}|-)?(?:id(?:entifier)?|number|no\\.?|nr\\.?|#)|[ \\t]{1,3}account[ \\t]{1,3}(?:number|no\\.?|#)|en(?:-?id|-?nummer|-?nr\\.?))|\\.?[ \\t]?-?id)',
  '(?:encounter|admission|visit)[ \\t]{1,3}(?:number|no\\.?|#|id)',
  'fall(?:-?nummer|-?nr\\.?)',
  'n(?:um[ée]ro[ \\t]{1,3}(?:de[ \\t]{1,3})?(?:dossier|patient)(?:[ \\t]{1,3}(?:m[ée]dical|patient))?' +
    '|[°º][ \\t]{0,2}(?:de[ \\t]{1,3})?(?:dossier|patient|historia)(?:[ \\t]{1,3}cl[íi]nica)?' +
    '|[úu]mero[ \\t]{1,3}de[ \\t]{1,3}historia[ \\t]{1,3}cl[íi]nica)',
  'historia[ \\t]{1,3}cl[íi]nica',
  // Italian "cartella clinica"; a bare "cartella" (also "folder") only before five digits or more.
  'cartella(?:[ \\t]{1,3}cl[íi]nica|(?=[ \\t]{1,3}(?:n\\.?[ \\t]{0,2})?\\d{5}))',
  'processo[ \\t]{1,3}cl[íi]nico',
  '(?:pati[ëe]nt|dossier|ziekenhuis|journal)nummer',
  'n(?:ume)?r[ \\t]{1,3}historii[ \\t]{1,3}choroby',
].join('|');
const ACRONYMS = ['MRN', 'IPP', 'NIP', 'NHC'];
const ACRONYM_CUE = `(?:${ACRONYMS.join('|')})`;

// An acronym in parentheses may follow the cue: "Patienten-ID (MRN) 8111962", "patient ID (PID): 4471".
const CONNECT =
  '(?:[ \\t]{0,2}\\([A-Za-z]{2,6}\\))?[ \\t]{0,3}(?:[:#=\\-]|is|of|es|est)?[ \\t]{0,3}(?:#|n[°º]|no\\.?|nr\\.?|n\\.)?[ \\t]{0,2}';
// Letters/digits, groups joined by one '-', '/', '.' or space (a space only between digit groups).
const ID = '([A-Za-z0-9](?:[A-Za-z0-9]|[-/.](?=[A-Za-z0-9])|[ ](?=\\d{2,4}(?![A-Za-z]))(?<=\\d[ ])){3,23})';
const TAIL = '(?![\\w-]|[./]\\w)';

// '\\b' first (not a lookbehind): V8 then skips most positions cheaply. No lookahead for the cue's
// first letters: V8 finds them itself from the alternatives, and a lookahead there made the scan
// nearly twice as slow.
// The id is optional, so a cue without one still matches and the scan can look a few words further (FAR_RE).
const WORD_RE = new RegExp(`\\b(?:${WORD_CUE})${CONNECT}(?:${ID}${TAIL})?`, 'gi');
const ACRONYM_RE = new RegExp(`\\b${ACRONYM_CUE}${CONNECT}(?:${ID}${TAIL})?`, 'g');

/**
 * A cue whose id is a few words on, in the same sentence: "Medical record number; for this batch
 * always 48290806", "MRN, which is usually 00123456". Between them one ',' ';' or ':' and one to five
 * lower-case words (no digit, no full stop, no line break); the id is then digits only (groups joined
 * by '-', '/', '.' or a space) with at least FAR_MIN_DIGITS of them, so "patient number grew from 120"
 * or "MRN is shown in 2024" stay unread. Sticky, tried where the cue's connector ends.
 */
const FAR_RE =
  /[ \t]{0,3}(?:[;,:][ \t]{0,3})?((?:[a-z]{2,12}[ \t]{1,3}){0,4}[a-z]{2,12}:?[ \t]{1,3})(\d(?:\d|[-/. ](?=\d)){5,17})(?![\w-]|[./]\w)/y;
const FAR_MIN_DIGITS = 6;
/** Words that are another number's cue: an id after one of them is that number, not the record's. */
const OTHER_NUMBER_WORDS = new Set(
  'phone telephone tel fax mobile cell pager born dob date birthday ssn card account order invoice ticket zip postcode code insurance policy member npi dea license licence room bed ward tracking'.split(
    ' ',
  ),
);

function farId(part: string, at: number): RegExpExecArray | null {
  FAR_RE.lastIndex = at;
  const m = FAR_RE.exec(part);
  if (m === null || digitCount(m[2] ?? '') < FAR_MIN_DIGITS) return null;
  for (const w of (m[1] ?? '').split(/[ \t:]+/)) if (OTHER_NUMBER_WORDS.has(w)) return null;
  return m;
}

/** How many ASCII digits `s` holds (record numbers, member ids and table cells need a minimum). */
export function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

function scan(text: string, re: RegExp, from: number, to: number, minDigits: number, out: Span[], seen: Set<number>): void {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    let id = m[1] ?? '';
    let end = from + m.index + m[0].length;
    if (digitCount(id) < minDigits) {
      // "MRN field", "medical record number format": no id right after the cue; perhaps a few words on.
      const far = farId(part, m.index + m[0].length - id.length);
      if (far === null) continue;
      id = far[2] ?? '';
      end = from + far.index + far[0].length;
      re.lastIndex = far.index + far[0].length;
    }
    const start = end - id.length;
    if (seen.has(start)) continue;
    seen.add(start);
    out.push({ entityType: 'MEDICAL_RECORD_NUMBER', start, end, score: MRN_SCORE });
  }
}

/** Fewest digits a reported id holds (after a word cue; the acronyms need 4). */
const MIN_ID_DIGITS = 3;

/**
 * The stretches of whole lines that hold at least `min` digits, as [from, to) pairs (`to` at a line
 * break or the end). For a pattern no part of which admits a line break, a match never spans one and
 * each line is scanned as if alone; when a reported id needs `min` digits, a line with fewer can hold
 * none, and the match it might hold hides none in another line. Those lines, most of a text, are skipped.
 */
export function linesWithDigits(text: string, digits: TextScan, min: number): number[] {
  const spans: number[] = [];
  let k = 0;
  while (k < digits.runs) {
    const first = digits.runStarts[k] as number;
    const from = text.lastIndexOf('\n', first) + 1;
    const next = text.indexOf('\n', first);
    const to = next === -1 ? text.length : next;
    let count = 0;
    for (; k < digits.runs && (digits.runStarts[k] as number) < to; k++)
      count += (digits.runEnds[k] as number) - (digits.runStarts[k] as number);
    if (count < min) continue;
    if (spans.length > 0 && spans[spans.length - 1] === from - 1) spans[spans.length - 1] = to;
    else spans.push(from, to);
  }
  return spans;
}

export function detectMedicalRecordNumbers(text: string, out: Span[], digits: TextScan = scanText(text)): void {
  const seen = new Set<number>();
  const lines = linesWithDigits(text, digits, MIN_ID_DIGITS);
  for (let i = 0; i < lines.length; i += 2) scan(text, WORD_RE, lines[i] as number, lines[i + 1] as number, MIN_ID_DIGITS, out, seen);
  // The acronyms are upper case: most texts hold none of them, and four substring searches cost less than the scan.
  if (!ACRONYMS.some((a) => text.includes(a))) return;
  for (let i = 0; i < lines.length; i += 2) scan(text, ACRONYM_RE, lines[i] as number, lines[i + 1] as number, 4, out, seen);
}
