import { strongPersonBefore } from './cues';
import { FIRST, HONORIFIC, LAST } from './lexicon';
import { privateContext } from './notable';
import { GAP_SPACE, type Token } from './tokens';
import { classOf } from './word-class';

/**
 * Eponyms are not people: a name directly before a clinical noun names a procedure, a sign, a
 * disease or a scale ("Ivor Lewis oesophagectomy", "Whipple procedure", "Barrett's oesophagus",
 * "Apgar score"), and in French, Spanish and Italian the name follows the noun and "de"/"di"
 * ("maladie de Crohn", "maniobra de Heimlich"), in German "Morbus" ("Morbus Crohn"). Such a span is
 * no PERSON. The name stays a person after a title or a naming cue ("Dr Ivor Lewis", "named …"),
 * as a first and last name in a private clause ("my patient Maria Keller test results"), and in
 * the possessive of a full name or of a first name before a generic noun ("Maria Keller's
 * disease", "Maria's test"): an eponym's surname takes the possessive bare ("Crohn's disease").
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Clinical nouns an eponym stands before (English and German word order). */
const HEADS_AFTER = set(`
  disease diseases syndrome syndromes sign signs score scores scale scales test tests manoeuvre maneuver manoeuvres
  maneuvers procedure procedures operation operations surgery repair resection reflex reflexes phenomenon triad palsy
  lymphoma lymphomas tumour tumor tumours tumors sarcoma carcinoma fracture fractures ulcer ulcers oesophagus esophagus
  anomaly malformation classification criteria staging dystrophy ataxia chorea encephalopathy aneurysm cyst hernia
  node nodes incision technique position disorder dementia anaemia anemia neuralgia contracture
  krankheit erkrankung syndrom zeichen skala operation lymphom tumor reflex handgriff manöver trias fraktur lähmung
  klassifikation kriterien
`);

/** Generic heads a private person's possessive also takes ("Smith's test", "Smith's operation"). */
const GENERIC_HEADS = set(`
  test tests score scores scale scales procedure procedures operation operations surgery repair resection fracture
  fractures position incision technique
`);

/** Clinical nouns an eponym follows, with "de", "d'", "di", "del" between (French, Spanish, Italian). */
const HEADS_BEFORE = set(`
  maladie syndrome signe score échelle test manœuvre manoeuvre opération intervention lymphome tumeur réflexe triade
  fracture paralysie classification critères
  enfermedad síndrome signo puntuación escala prueba maniobra operación intervención linfoma tumor reflejo tríada
  fractura parálisis clasificación criterios
  malattia morbo sindrome segno punteggio scala manovra intervento linfoma tumore riflesso
  morbus
`);
const LINKS = set("de d' d’ di del du des");

/** Procedures by their suffix: "oesophagectomy", "tracheotomy", "Gastrektomie", "colectomía". */
const PROCEDURE_SUFFIX = /(?:ectom(?:y|ies|ie|ía|ia)|ektomie|otom(?:y|ie|ía|ia)|ostom(?:y|ie|ía|ia)|plast(?:y|ie|ia)|pexy|rrhaphy)$/;

function isHeadAfter(t: Token): boolean {
  return HEADS_AFTER.has(t.lower) || (t.lower.length > 7 && PROCEDURE_SUFFIX.test(t.lower));
}

/** Is the name at tokens [a, b] an eponym (see above)? */
export function isEponym(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a] as Token;
  const before = tokens[a - 1];
  if ((before !== undefined && (classOf(before) & HONORIFIC) !== 0) || strongPersonBefore(tokens, a)) return false;
  // "Maniobra de Heimlich" read as one chunk at a sentence start: the noun opens it.
  if (a < b && HEADS_BEFORE.has(first.lower) && (first.lower === 'morbus' || LINKS.has((tokens[a + 1] as Token).lower))) return true;
  if (before !== undefined && first.gap === GAP_SPACE) {
    if (before.lower === 'morbus') return true;
    const head = tokens[a - 2];
    if (LINKS.has(before.lower) && head !== undefined && before.gap === GAP_SPACE && HEADS_BEFORE.has(head.lower)) return true;
  }
  const last = tokens[b] as Token;
  const next = tokens[b + 1];
  if (next === undefined || next.gap !== GAP_SPACE || !isHeadAfter(next)) return false;
  // "Maria Keller's test", "Maria's operation": a person's own; "Crohn's disease" is not.
  if (last.possessive && (a < b || (GENERIC_HEADS.has(next.lower) && (classOf(first) & (FIRST | LAST)) === FIRST))) return false;
  // A first and last name before a clinical noun in a private clause may be a patient's record line.
  return a === b || !privateContext(tokens, a, b);
}
