import { AMBIGUOUS, COMMON, NAME } from './lexicon';
import { isNameParticle } from './terms';
import { GAP_COMMA, GAP_LINE, GAP_SENTENCE, GAP_SPACE, LOWER, TITLE, type Token } from './tokens';
import { classOf } from './word-class';

/**
 * Context cues around a chunk, read from the neighbouring tokens only (constant work per chunk).
 * Strong cues decide a type even for a word that is also an ordinary word ("her maiden name is Key");
 * weak cues only choose among types for a word no gazetteer knows.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Lowercased word `k` places before token `i` in the same clause, or '' across a break. */
export function wordBefore(tokens: readonly Token[], i: number, k = 1): string {
  for (let d = 0; d < k; d++) {
    const t = tokens[i - d];
    if (t === undefined || t.gap !== GAP_SPACE) return '';
  }
  return tokens[i - k]?.lower ?? '';
}

/** Lowercased word right after token `j` in the same clause, or ''. */
export function wordAfter(tokens: readonly Token[], j: number): string {
  const t = tokens[j + 1];
  return t !== undefined && t.gap === GAP_SPACE ? t.lower : '';
}

/** The token starts a sentence, a line or a quotation, so its capital proves nothing. */
export function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.gap !== GAP_SPACE && t.gap !== GAP_COMMA;
}

/** The word before token `i` across a label break ("Name: X", "last name? X", "Where: X"), or ''. */
function labelBefore(tokens: readonly Token[], i: number): string {
  const t = tokens[i];
  return t !== undefined && t.gap === GAP_SENTENCE ? (tokens[i - 1]?.lower ?? '') : '';
}

const NAMING = set('named called name call calls');
const SELF = set("i'm i am me");
/** "my wife Sarah", "her son Tom", "my kid Agi": a relative or a colleague introduced by name. */
const RELATION = set(`wife husband partner spouse son daughter kid kids child baby mother mom mum father dad brother sister
  uncle aunt cousin nephew niece grandmother grandfather grandma grandpa granddaughter grandson friend boyfriend
  girlfriend fiance fiancé fiancee colleague coworker boss manager neighbor neighbour roommate patient client tenant
  sohn tochter ehefrau ehemann vater mutter bruder schwester enkel enkelin nachbar nachbarin kollege kollegin freund freundin
  patientin fils fille femme mari père mère frère sœur voisin voisine collègue ami amie patiente hijo hija esposa esposo
  marido padre madre hermano hermana vecino vecina compañero compañera amigo amiga paciente figlio figlia moglie marito
  fratello sorella vicino vicina collega amico amica paziente zoon dochter vrouw vader moeder broer zus buurman buurvrouw
  vriend vriendin patiënt filho filha pai mãe irmão irmã vizinho vizinha colega syn córka żona mąż ojciec matka brat
  siostra sąsiad sąsiadka pacjent pacjentka dotter fru pappa mamma bror syster granne datter søster bror nabo`);
/**
 * Possessives in the vocabularies' languages ("my son X", "mein Sohn X", "ma fille X", "mijn zoon X"; before a
 * species, someone's pet: "unser Hund Bella").
 */
export const POSSESSIVES = set(`my your his her our their mein meine meinem meinen unser unsere unserem unseren dein deine
  sein seine ihr ihre mon ma mes notre nos ton ta son sa mi mis nuestro nuestra su tu mio mia nostro nostra mijn onze ons
  jouw zijn haar meu minha nosso nossa mój moja mojego mojej nasz nasza můj moje naše min mitt mina vår vårt våra vores mit
  din benim bizim`);
const SIGN_OFF = set('regards thanks cheers sincerely best yours cordially respectfully dear hi hello hey');
const PERSON_BEFORE = set(
  'dear hi hello hey thanks thank cc attn told asked ask tell meet met contact contacted emailed phoned said says wrote writes replied mrs mr ms dr',
);
const HONORIFICS = set('mr mrs ms miss mx dr prof sir');
const PERSON_AFTER = set('said says told asked wrote replied explained added shouted');

/**
 * Forms of address in German, French, Spanish, Italian and Dutch, which those languages write
 * lowercase mid-sentence: "Herr Müller", "Mme Dubois", "la señora García", "il signor Rossi",
 * "mevrouw de Vries". ("M." for Monsieur only with its full stop, see {@link foreignHonorific}.)
 */
const FOREIGN_HONORIFICS = set(`herr herrn frau fräulein hr mme mlle mmes monsieur madame mademoiselle
  señor senor señora senora señorita senorita sr sra srta doña signor signore signora signorina sig sigra
  dott meneer mevrouw mejuffrouw mevr dhr`);
/** Self-introductions ending in a verb: "je m'appelle X", "me llamo X", "mi chiamo X", "ich heiße X", "ik heet X". */
const FOREIGN_SELF = set("m'appelle m’appelle llamo chiamo heiße heisse heet");
/** "Mein Name ist X", "mon nom est X", "mi nombre es X", "il mio nome è X", "mijn naam is X". */
const NAME_NOUNS = set('name nom nombre nome naam');
const NAME_COPULAS = set('is ist est es è');
/** Titles that follow a form of address without being a name: "Herr Doktor", "Frau Professor". */
export const ADDRESSED_TITLES = set(
  'doktor doctor docteur dottore dottor professor professeur profesor professore direktor directeur director präsident président presidente',
);

/** Bit `c - 'a'` for each first letter a-z of `words`, bit 26 for any other first unit. */
function firstLetters(words: Iterable<string>): number {
  let mask = 0;
  for (const w of words) mask |= letterBit(w);
  return mask;
}

function letterBit(w: string): number {
  const c = w.charCodeAt(0) - 97;
  return c >>> 0 < 26 ? 1 << c : 1 << 26;
}

/** Can `w` be one of the words `firstLetters` summarised? A necessary condition, one bit test. */
function mayStartWith(letters: number, w: string): boolean {
  return (letters & letterBit(w)) !== 0;
}

/** The forms of address start with few letters: most words fail that test before the set lookup. */
const FOREIGN_HONORIFIC_LETTERS = firstLetters(FOREIGN_HONORIFICS);

/** Is token `k` a foreign form of address ("Herr", "señora", "Mme.", "M.")? */
export function foreignHonorific(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  return (mayStartWith(FOREIGN_HONORIFIC_LETTERS, t.lower) && FOREIGN_HONORIFICS.has(t.lower)) || (t.text === 'M' && t.dot);
}

/**
 * Start of a name cued by a foreign form of address or self-introduction before token `i`, over
 * up to two lowercase particles ("mevrouw de Vries" -> the index of "de"); -1 without such a cue.
 */
export function foreignCueStart(tokens: readonly Token[], i: number): number {
  let a = i;
  while (a > 0 && i - a < 2 && (tokens[a] as Token).gap === GAP_SPACE && isNameParticle(tokens[a - 1] as Token)) a--;
  const t = tokens[a] as Token;
  const prev = tokens[a - 1];
  if (prev === undefined) return -1;
  // "Mme. Dubois", "Sra. García": the abbreviation's full stop reads as a sentence gap.
  const joined = t.gap === GAP_SPACE || (t.gap === GAP_SENTENCE && prev.dot);
  if (!joined) return -1;
  if (foreignHonorific(tokens, a - 1) || (t.gap === GAP_SPACE && FOREIGN_SELF.has(prev.lower))) return a;
  const w1 = wordBefore(tokens, a);
  return NAME_COPULAS.has(w1) && NAME_NOUNS.has(wordBefore(tokens, a, 2)) ? a : -1;
}

/** Token k is a relation after a possessive, capitalised as German writes nouns ("Mein Sohn Finn", "Unser Nachbar Herbert"). */
export function relationAfterPossessive(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && RELATION.has(t.lower) && POSSESSIVES.has(wordBefore(tokens, k));
}

/** Token k is a possessive before a relation noun ("Mein" in "Mein Sohn Finn"). */
export function possessiveBeforeRelation(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t !== undefined && next !== undefined && next.gap === GAP_SPACE && POSSESSIVES.has(t.lower) && RELATION.has(next.lower);
}

/** "my name is X", "name: X", "called X", "call me X", "I'm X": decides PERSON even for an ordinary word. */
export function strongPersonBefore(tokens: readonly Token[], i: number): boolean {
  const w1 = wordBefore(tokens, i);
  const w2 = wordBefore(tokens, i, 2);
  if (foreignCueStart(tokens, i) >= 0) return true;
  if (w1 === 'named' || w1 === 'called' || w1 === "i'm") return true;
  if (w1 === 'is' || w1 === 'am') return w2 === 'name' || SELF.has(w2);
  if (w1 === 'me' || w1 === 'him' || w1 === 'her' || w1 === 'them') return NAMING.has(w2); // "everyone calls me X", "named him X"
  if (RELATION.has(w1)) return POSSESSIVES.has(w2);
  return NAME_LABELS.has(labelBefore(tokens, i)) && !isCodeKeyValue(tokens, i);
}

/** "name" as a form, a record or a JSON key labels it, in the languages the vocabularies cover. */
const NAME_LABELS = set('name namn navn nome nombre nom naam nimi imię imie jméno jmeno isim adı nume név nev');

/**
 * "- name: Deploy", `name: build`: a lowercase `name` key opening its line, as YAML and code write it, before an
 * ordinary word that is no given name names a step, a job or a field, not a person. A form's "Name:"
 * label, or a word that is also a given name after the key ("name: Rose"), still decides PERSON.
 */
function isCodeKeyValue(tokens: readonly Token[], i: number): boolean {
  const key = tokens[i - 1];
  // A key opens its line ("- name:", "  name:"); "what's your last name? Baba" is a question.
  if (key === undefined || key.text !== 'name' || (key.gap !== GAP_LINE && i > 1)) return false;
  const c = classOf(tokens[i] as Token);
  if ((c & COMMON) === 0 || (c & (NAME | AMBIGUOUS)) !== 0) return false;
  // An ordinary first word before a capitalised word no table knows as ordinary is a full name
  // ({"name":"Saga Nordström"}), not a step ("name: Build Docker Image").
  const next = tokens[i + 1];
  return next === undefined || next.gap !== GAP_SPACE || next.shape !== TITLE || (classOf(next) & COMMON) !== 0;
}

/** "Dear X", "with X", "by X", or X on the line after a sign-off ("Regards,\nX"). */
export function personCueBefore(tokens: readonly Token[], i: number): boolean {
  const w1 = wordBefore(tokens, i);
  if (w1 !== '') return PERSON_BEFORE.has(w1);
  if (HONORIFICS.has(labelBefore(tokens, i))) return true; // "ms. Marcela"
  const t = tokens[i];
  const prev = tokens[i - 1];
  return t !== undefined && prev !== undefined && (t.gap === GAP_LINE || t.gap === GAP_COMMA) && SIGN_OFF.has(prev.lower);
}

/** "X said", "X's", a speaker label "X:" at the start of a line. */
export function personCueAfter(text: string, tokens: readonly Token[], j: number, first: number): boolean {
  const t = tokens[j] as Token;
  if (t.possessive) return true;
  if (text.charCodeAt(t.end) === 58 && (tokens[first] as Token).gap >= GAP_SENTENCE) {
    // A speaker: "Nicole: Remember me", 'Koppány: "Who'. A field label is followed by a value
    // ("Steuernummer: 0981…", "Kennzeichen: HH-AB-1234"), not by words.
    const next = tokens[j + 1];
    const c = text.charCodeAt(t.end + 1);
    return next !== undefined && (next.shape === TITLE || next.shape === LOWER) && (c === 32 || c === 34) && next.start - t.end <= 3;
  }
  return PERSON_AFTER.has(wordAfter(tokens, j));
}

const SETTLED = set('live lives lived living grew born based located situated stay stays staying stayed resides reside');
const MOTION = set(`travel travelling traveling trip go going goes went fly flew flying move moved moving drive drove
  welcome relocate relocated relocating return returned returning arrive arrived arriving head headed heading`);
const ORIGIN = set('originally here came come comes moved relocated emigrated immigrated');
const PLACE_LABELS = set('where location city town country place');
const LOCATION_BEFORE = set('in from near into towards toward across around outside via visit visiting visited');

/** "lives in X", "originally from X", "travelling to X", "arrived at X", "Where: X". */
export function strongLocationBefore(tokens: readonly Token[], i: number): boolean {
  const w1 = wordBefore(tokens, i);
  const w2 = wordBefore(tokens, i, 2);
  if (w1 === 'in') return SETTLED.has(w2) || w2 === 'up';
  if (w1 === 'from') return ORIGIN.has(w2);
  if (w1 === 'to' || w1 === 'at') return MOTION.has(w2);
  if (w1 === 'of') return w2 === 'corner'; // "the corner of X and Y"
  return PLACE_LABELS.has(labelBefore(tokens, i));
}

/** "in X", "from X", "near X". */
export function locationCueBefore(tokens: readonly Token[], i: number): boolean {
  return LOCATION_BEFORE.has(wordBefore(tokens, i)) || strongLocationBefore(tokens, i);
}

const EMPLOYMENT = set('work works worked working job intern interned employed');
const ORG_AFTER = set('office offices headquarters hq employees staff ceo cfo cto founders shareholders stock shares');

const ORG_NOUNS = set(`company companies agency bank firm startup start-up organization organisation corporation
  nonprofit non-profit charity brand manufacturer retailer provider vendor consultancy conglomerate insurer
  publisher studio label carrier airline supplier distributor`);

const AFTER_HEAD = set('that which based in with and for from of headquartered founded');

/** "X is a design agency", "X is an American multinational investment bank": a definition of a firm. */
function definedAsOrg(tokens: readonly Token[], j: number): boolean {
  const verb = wordAfter(tokens, j);
  const article = wordAfter(tokens, j + 1);
  if ((verb !== 'is' && verb !== 'was') || (article !== 'a' && article !== 'an')) return false;
  for (let k = j + 3; k <= j + 8; k++) {
    const t = tokens[k];
    if (t === undefined || t.gap !== GAP_SPACE) return false;
    if (ORG_NOUNS.has(t.lower)) {
      // The head noun, not a modifier: "is a bank manager" defines a person.
      const next = tokens[k + 1];
      return next === undefined || next.gap !== GAP_SPACE || AFTER_HEAD.has(next.lower);
    }
  }
  return false;
}

/** "works for X", "joined X", "employed by X", "X's office", "X headquarters", "X is a … company". */
export function orgCue(tokens: readonly Token[], i: number, j: number): boolean {
  const w1 = wordBefore(tokens, i);
  if (w1 === 'joined') return true;
  if (w1 === 'for' || w1 === 'at' || w1 === 'by') return EMPLOYMENT.has(wordBefore(tokens, i, 2));
  if (ORG_AFTER.has(wordAfter(tokens, j)) || ((tokens[j] as Token).possessive && ORG_AFTER.has(tokens[j + 1]?.lower ?? ''))) return true;
  return definedAsOrg(tokens, j);
}

/**
 * A company's legal form right after the name (one space, no comma: "Jonas Krüger, AG Musterbau" is a
 * person and an employer), as registers and invoices write it, dotted or not ("Officine Meccaniche Brenta
 * S.p.A.", "Müller Logistik GmbH", "Kowalski sp. z o.o."). Two-letter forms that are also region codes or
 * words (AB, SA, NV, AS) count only dotted; none counts with a ':' or a digit after it ("Oy:n", "KG 2").
 */
const LEGAL_FORM_AFTER =
  /^[ \t](?:S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.a\.s\.|S\.n\.c\.|S\.A\.|S\.L\.|S\.L\.U\.|S\.A\.S\.|SARL|S\.à r\.l\.|B\.V\.|N\.V\.|GmbH|AG|KG|OHG|e\.V\.|Ltd\.?|LLC|LLP|Inc\.?|plc|PLC|Oy|Oyj|ApS|A\/S|Lda\.?|Ltda\.?|sp\. z o\.o\.|S\.A\.R\.L\.)(?![\p{L}\p{N}:]|[ \t]?\d)/u;

export function legalFormAfter(text: string, tokens: readonly Token[], j: number): boolean {
  const end = (tokens[j] as Token).end;
  return LEGAL_FORM_AFTER.test(text.slice(end, end + 16));
}
