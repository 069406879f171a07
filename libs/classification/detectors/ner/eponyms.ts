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

/**
 * The names eponyms are made of: distinctive surnames of physicians and patients that name diseases,
 * signs, scales and operations. A name before a clinical noun is an eponym only when it is made of these
 * ("Crohn", "Guillain-Barré", "Creutzfeldt-Jakob") or is one of the full names below: "Anna Berger
 * surgery" and "John Smith procedure" are patients on a list. Common surnames that also name an eponym
 * (Smith, Baker, Bell, Turner, Murphy, Becker, Hoffmann, Weber) are left out on purpose: fail closed.
 */
const EPONYM_SURNAMES = set(`
  crohn hodgkin non-hodgkin parkinson alzheimer cushing addison barrett graves basedow hashimoto apgar glasgow babinski
  trendelenburg valsalva heimlich whipple nissen billroth hartmann roux guillain barré barre kaposi raynaud sjögren
  sjogren marfan tourette asperger huntington ménière meniere peyronie dupuytren bartholin colles wernicke korsakoff
  broca holter foley gleason breslow karnofsky mallampati caprini ranson lachman mcmurray phalen tinel romberg epley
  kernig brudzinski creutzfeldt jakob ehlers danlos hirschsprung kawasaki tay sachs paget wilms ewing burkitt
  klinefelter tietze quervain osgood schlatter perthes scheuermann bechterew bekhterev kienböck kienbock duchenne
  fallot eisenmenger brugada cheyne kussmaul virchow mcburney rovsing courvoisier finkelstein yergason lasègue lasegue
  hallpike unterberger spurling adson wolff charcot pott bouchard heberden horner pancoast zenker mallory weiss
  meckel hirschsprung nikolsky auspitz koebner köbner wegener behçet behcet sézary sezary waldenström waldenstrom
  gaucher niemann pick fabry pompe hurler hunter tay-sachs conn zollinger ellison budd chiari arnold dandy walker
`);
/** Eponyms whose surname alone is common: the whole name must be there. */
const EPONYM_NAMES = set(`
  ivor-lewis wolff-parkinson-white charcot-marie-tooth legg-calvé-perthes legg-calve-perthes de-quervain
  stevens-johnson dandy-walker budd-chiari arnold-chiari mallory-weiss zollinger-ellison
`);

/** Is the name at tokens [a, b] made of eponym names? */
function isKnownEponymName(tokens: readonly Token[], a: number, b: number): boolean {
  // "Morbus Basedow", "Maniobra de Heimlich" read as one chunk: the name follows the noun and its link.
  while (a < b && (HEADS_BEFORE.has((tokens[a] as Token).lower) || LINKS.has((tokens[a] as Token).lower))) a++;
  let full = '';
  for (let k = a; k <= b; k++) full += (k > a ? '-' : '') + (tokens[k] as Token).lower;
  if (EPONYM_NAMES.has(full)) return true;
  return full.split('-').every((part) => EPONYM_SURNAMES.has(part));
}

/** Is the name at tokens [a, b] an eponym (see above)? */
export function isEponym(tokens: readonly Token[], a: number, b: number): boolean {
  if (!isKnownEponymName(tokens, a, b)) return false;
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
