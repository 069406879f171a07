import { isLetterAt } from '../context';
import type { Span } from '../types';
import { AMBIGUOUS, COMMON, NAME, wordClass } from './lexicon';

/**
 * PERSON, cue-based only (no NER): capitalised words right after a cue that introduces a name —
 * "Patient: Jane Doe", "patient John Smith", "Mr./Mrs./Ms./Dr. Name Surname", "my name is X Y",
 * "Name: X Y". Label cues need two words (a first and last name); honorifics and "my name is"
 * accept one. A later NER-backed engine replaces this for names without a cue.
 */
export const PERSON_SCORE = 0.85;

/** Capitalised words that follow cues without being names ("Patient Name:", "Patient Safety ..."). */
const STOP =
  '(?!(?:Name|Names|Information|Info|Record|Records|ID|Id|Number|No|Safety|Care|Portal|History|Notes?|Summary|' +
  'Details|Data|Education|Experience|Satisfaction|Advocate|Access|Services?|The|This|That|Is|Was|Has|Had|With|And|' +
  'Of|In|On|At|For|To|From|Apt|Apartment|Suite|Unit|Box|Street|Road|Avenue|Mrs|Mr|Ms|Mx|Miss|Dr|Prof)\\b)';
/** Jane, O'Brien, Mary-Jane, D'Angelo, Pálffy — bounded so a start never scans far. */
const WORD = STOP + "\\p{Lu}(?:\\p{Ll}{1,30}(?:['\u2019-]\\p{Lu}\\p{Ll}{1,30})?|['\u2019]\\p{Lu}\\p{Ll}{1,30})";
const SP = '[ \\t]{1,3}';
const INITIAL = '(?:' + SP + '\\p{Lu}\\.)?';
const TWO_OR_THREE = WORD + INITIAL + SP + WORD + '(?:' + SP + WORD + ')?';
const ONE_TO_THREE = WORD + '(?:' + INITIAL + SP + WORD + '(?:' + SP + WORD + ')?)?';

const LABEL_CUE = '(?:[Pp]atient|[Ff]ull[ \\t][Nn]ame|[Pp]atient[ \\t][Nn]ame|[Nn]ame)[ \\t]{0,3}:[ \\t]{0,3}';
const PATIENT_CUE = '[Pp]atient' + SP;
const HONORIFIC_CUE = '(?:Mrs|Mr|Ms|Mx|Miss|Dr|Prof)\\.?' + SP;
const SELF_CUE = '(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir)[ \\t]name[ \\t]is' + SP;

// The cue's left boundary is checked in code, not by a leading lookbehind: a regex that starts with
// a literal lets the engine skip ahead, which halves the scan time on ordinary prose.
const PERSON_RE = new RegExp(
  `(?:(?:${LABEL_CUE}|${PATIENT_CUE})(${TWO_OR_THREE})|(?:${HONORIFIC_CUE}|${SELF_CUE})(${ONE_TO_THREE}))(?![\\p{L}\\p{N}_])`,
  'gu',
);

export function detectPersons(text: string, out: Span[]): void {
  detectLabelledNames(text, out);
  PERSON_RE.lastIndex = 0;
  for (let m = PERSON_RE.exec(text); m !== null; m = PERSON_RE.exec(text)) {
    if (isLetterAt(text, m.index - 1)) {
      PERSON_RE.lastIndex = m.index + 1; // the cue was inside a word ("ProfMr."); retry after it
      continue;
    }
    const name = m[1] ?? m[2] ?? '';
    if (m[1] !== undefined && isCodeNameKey(text, m.index, name)) continue;
    const end = m.index + m[0].length;
    out.push({ entityType: 'PERSON', start: end - name.length, end, score: PERSON_SCORE });
  }
}

/**
 * "- name: Notify Slack", "  name: Upload Artifacts": a lowercase `name` key opening its line (after
 * indentation and a YAML list dash), as CI workflows and code write it, whose value starts with an
 * ordinary word that is no given name (a verb in the imperative, a noun) names a step or a job, not a
 * person. A form's "Name:" label, or a given name after the key ("name: Rose Smith"), still counts.
 */
function isCodeNameKey(text: string, cueAt: number, value: string): boolean {
  if (!text.startsWith('name', cueAt)) return false;
  for (let i = cueAt - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    if (c !== 32 && c !== 9 && c !== 45) return false;
  }
  let e = 0;
  while (e < value.length && value.charCodeAt(e) > 64) e++; // the first word: letters up to a space or a quote
  const c = wordClass(value.slice(0, e).toLowerCase());
  return (c & COMMON) !== 0 && (c & (NAME | AMBIGUOUS)) === 0;
}

/**
 * Labels of forms and claim records that name a name field, in English, German, French, Spanish,
 * Italian, Dutch and Portuguese ("Patient First Name:", "Last Name:", "Surname:", "Nachname:",
 * "Vorname:", "Nom :", "Prénom :", "Apellido:", "Cognome:", "Achternaam:"), before the colon.
 * The label's first letter is a capital: a form writes "Last Name:", code writes `last_name:`.
 */
const PART_LABEL = new RegExp(
  '(?<![\\p{L}\\p{N}_])(?:(?:patient|member|cardholder|subscriber|insured|beneficiary|guarantor|employee)[ \\t]{1,2})?' +
    '(?:(?:first|last|given|family|middle|maiden)[ \\t]?name|surname|forename|' +
    'nachname|vorname|familienname|geburtsname|pr[ée]nom|nom(?:[ \\t]de[ \\t](?:famille|naissance))?|' +
    '(?:primer[ \\t]|segundo[ \\t])?apellidos?|nombres?|cognome|nome|achternaam|voornaam|sobrenome)[ \\t]{0,2}$',
  'iu',
);
/** Labels of a whole name ("Name:", "Patient Name:", "NOMBRE COMPLETO:"): an all-capitals value needs two words. */
const FULL_LABEL =
  /(?<![\p{L}\p{N}_])(?:(?:patient|member|cardholder|subscriber|insured|full|complete)[ \t]{1,2}name|name|nom[ \t]complet|nombre[ \t]completo|naam)[ \t]{0,2}$/iu;
/** A name word in capitals ("HOLLOWAY", "O'BRIEN", "MÜLLER-LÜDENSCHEIDT") or capitalised ("García"). */
const UPPER_WORD = "\\p{Lu}[\\p{Lu}'’-]{1,30}(?![\\p{Ll}])";
const LABELLED_VALUE = new RegExp(
  `[ \\t]{0,3}((?:${UPPER_WORD}|${WORD})(?:[ \\t](?:${UPPER_WORD}|${WORD})){0,2})(?![\\p{L}\\p{N}_]|[ \\t]?[(\\[{])`,
  'uy',
);
/** The given names after "LAST, " in a whole-name field ("Name: HOLLOWAY, DARNELL M"). */
const COMMA_GIVEN = new RegExp(`,[ \\t]{0,2}(${UPPER_WORD}(?:[ \\t](?:${UPPER_WORD}|\\p{Lu}))?)(?![\\p{L}\\p{N}_])`, 'uy');
/** Values that fill a name field without being a name. */
const NOT_A_NAME = new Set([
  'none',
  'null',
  'unknown',
  'redacted',
  'required',
  'optional',
  'string',
  'text',
  'varchar',
  'char',
  'tbd',
  'test',
  'same',
  'patient',
  'name',
  'first',
  'last',
  'n',
  'na',
]);

/**
 * A name after an explicit name label, in capitals as claim records and forms print it ("310-CA
 * Patient First Name: DARNELL", "Nachname: MÜLLER", "NAME: JANE DOE", "Name: HOLLOWAY, DARNELL")
 * or capitalised after a label the general cues do not know ("Apellido: García", "Nom : Dupont").
 * Found from each ':' that a capital follows, so ordinary text costs one indexOf per colon.
 */
function detectLabelledNames(text: string, out: Span[]): void {
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    LABELLED_VALUE.lastIndex = colon + 1;
    const v = LABELLED_VALUE.exec(text);
    if (v === null) continue;
    const name = v[1] ?? '';
    const before = text.slice(Math.max(0, colon - 40), colon);
    const part = PART_LABEL.exec(before);
    const full = part === null ? FULL_LABEL.exec(before) : null;
    const label = part ?? full;
    if (label === null || !/^\p{Lu}/u.test(label[0])) continue;
    const words = name.split(/[ \t]/);
    const allCaps = words.every((w) => !/\p{Ll}/u.test(w));
    const start = v.index + v[0].length - name.length;
    let end = start + name.length;
    if (full !== null && allCaps && words.length === 1) {
      // Claim records print a whole name as "LAST, FIRST MIDDLE".
      COMMA_GIVEN.lastIndex = end;
      const given = COMMA_GIVEN.exec(text);
      if (given !== null) {
        words.push(...(given[1] ?? '').split(/[ \t]/));
        end += given[0].length;
      }
    }
    // A capitalised name after a whole-name label is the general cues' (PERSON_RE, the NER cues).
    if (full !== null && (!allCaps || words.length < 2)) continue;
    if (words.some((w) => NOT_A_NAME.has(w.toLowerCase())) || words.every(isOrdinaryWord)) continue;
    out.push({ entityType: 'PERSON', start, end, score: PERSON_SCORE });
  }
}

/** An ordinary word that is no given name or surname ("ACCOUNT", "MANAGER"). */
function isOrdinaryWord(word: string): boolean {
  const c = wordClass(word.toLowerCase());
  return (c & COMMON) !== 0 && (c & (NAME | AMBIGUOUS)) === 0;
}
