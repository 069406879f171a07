import type { Span } from '../types';
import { detectAddresses } from './address';
import { findChunks } from './chunks';
import { foreignHonorific, locationCueBefore, strongLocationBefore } from './cues';
import { decideChunk, type Entity, LIKELY, NOTABLE_LIVING_SCORE, NOTABLE_SCORE, SURE } from './entities';
import { COMMON, FIRST, HONORIFIC, NAME, PLACE, phraseClass, VOCAB } from './lexicon';
import { isEponym } from './eponyms';
import { detectLowercaseNames } from './lowercase-names';
import {
  creditedForWork,
  encyclopedicFrame,
  isLivingNotableName,
  isNotableName,
  mayBeNotableWord,
  privateContext,
  sameClauseSpan,
  textFrame,
} from './notable';
import { germanNounShape } from './noun-capitalising';
import { GAP_SPACE, INITIAL, TITLE, type Token, tokenize, UPPER } from './tokens';
import { classOf } from './word-class';

/**
 * PERSON, LOCATION and ORGANIZATION from gazetteers, word shape and cues, in one linear pass:
 * tokenize, find addresses, find capitalised chunks and type each one, then all-caps place names,
 * then lowercase names in all-lowercase sentences.
 */

/** All-caps runs are acronyms ("EKS", "JSON") unless a gazetteer or a place cue says otherwise. */
function detectUpperPlaces(tokens: readonly Token[], out: Entity[]): void {
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.shape !== UPPER || t.code || t.text.length < 3) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && (tokens[j + 1] as Token).shape === UPPER && (tokens[j + 1] as Token).gap === GAP_SPACE) j++;
    let phrase = t.lower;
    for (let k = i + 1; k <= j; k++) phrase += ' ' + (tokens[k] as Token).lower;
    const known = (j > i ? phraseClass(phrase) : classOf(t)) & PLACE;
    // Unknown, or an ordinary word only in the multilingual vocabulary ("SUND", "HART") after a place cue.
    let unknown = 0;
    let foreign = 0;
    for (let k = i; k <= j; k++) {
      const c = classOf(tokens[k] as Token);
      if (c === 0) unknown++;
      else if (c === (COMMON | VOCAB)) foreign++;
    }
    const all = j - i + 1;
    const cued = (unknown === all && locationCueBefore(tokens, i)) || (unknown + foreign === all && strongLocationBefore(tokens, i));
    if (known !== 0) out.push({ type: 'LOCATION', entityType: 'LOCATION', start: t.start, end: (tokens[j] as Token).end, score: SURE });
    else if (cued) out.push({ type: 'LOCATION', entityType: 'LOCATION', start: t.start, end: (tokens[j] as Token).end, score: LIKELY });
    i = j + 1;
  }
}

const byStart = (a: Entity, b: Entity): number => a.start - b.start;

/** Appends the `named` entities that overlap no address (both sorted by start; one merge sweep). */
function keepOutsideAddresses(addresses: readonly Entity[], named: Entity[], out: Entity[]): void {
  named.sort(byStart);
  let k = 0;
  let reach = -1; // furthest end of the addresses starting before the current entity
  for (const e of named) {
    while (k < addresses.length && (addresses[k] as Entity).start < e.end) reach = Math.max(reach, (addresses[k++] as Entity).end);
    if (reach <= e.start) out.push(e);
  }
}

/** Index of the token starting at `start` (tokens are sorted by start), or -1. */
function tokenAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (tokens[mid] as Token).start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * A notable person named in an encyclopedic frame ("Who was Abraham Lincoln?") is still a PERSON,
 * but scored {@link NOTABLE_SCORE}, below the personal threshold (see `notable.ts`).
 */
const REGNAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3}|XIX|XX)$/;

/** A death notice or an obituary: it names a private person as a biography would, so nobody in it is demoted. */
const DEATH_NOTICE =
  /obituar|nachruf|traueranzeige|todesanzeige|nécrologie|avis de décès|necrológica|esquela|necrologio|overlijdensbericht|rouwadvertentie|dödsruna|nekrolog|muistokirjoitus/i;

function demoteNotable(text: string, tokens: readonly Token[], named: Entity[]): void {
  let notice: boolean | undefined; // read once, and only when a name would be demoted
  const demoted: [number, number][] = [];
  const demotedNames = new Set<string>();
  const others: [Entity, number, number][] = [];
  for (const e of named) {
    if (e.type !== 'PERSON') continue;
    const a = tokenAt(tokens, e.start);
    if (a < 0) continue;
    let b = a;
    while (b + 1 < tokens.length && (tokens[b + 1] as Token).start < e.end) b++;
    const publicMention = isPublicMention(text, tokens, e, a, b);
    // A holder of a public office, and a notable named in a biographical text outside the frame's clause, are
    // named publicly but may be someone else: health or a birth date in the conversation makes them personal again.
    const weak = !publicMention && (holdsOffice(tokens, a, b) || framedByText(text, tokens, e, a, b));
    if ((publicMention || weak) && !(notice ??= DEATH_NOTICE.test(text))) {
      const name = text.slice(e.start, e.end);
      e.score = weak || isLivingNotableName(name) ? NOTABLE_LIVING_SCORE : NOTABLE_SCORE;
      demoted.push([a, b]);
      if (e.score === NOTABLE_SCORE) demotedNames.add(name);
    } else {
      others.push([e, a, b]);
    }
  }
  // A name in the same clause as a demoted one belongs to the same subject matter ("Who was Miguel de
  // Cervantes and why is Don Quixote important?"), unless a private word is near it.
  // The same notable named again elsewhere ("the Anne Frank House … who Anne Frank was") is the same mention.
  for (const [e, a, b] of others) {
    const near = demoted.some(([da, db]) => (db < a ? sameClauseSpan(tokens, db, a) : b < da && sameClauseSpan(tokens, b, da)));
    if ((near || namedAgain(text, e, demotedNames)) && !privateContext(tokens, a, b)) e.score = NOTABLE_SCORE;
  }
}

/**
 * Public offices written before a holder's name ("President Christine Lagarde", "Bundeskanzlerin Angela
 * Merkel", "Regierungssprecher Steffen Seibert", "le ministre Bruno Le Maire"): heads of state and
 * government, ministers, members of parliament, royalty and church offices, in the vocabularies'
 * languages. Not company roles (a CEO, a director) nor "Papa" (also "dad").
 */
const OFFICES = new Set(
  `president presidente présidente präsident präsidentin prezydent prezident prezidentka președinte
  chancellor kanzler kanzlerin bundeskanzler bundeskanzlerin bundespräsident bundespräsidentin kanselier
  minister ministerin ministre ministro ministra premier premierminister premierministerin
  senator senatorin sénateur senatore senador governor gouverneur gobernador governatore
  congressman congresswoman congressmember mep abgeordneter abgeordnete député députée diputado diputada deputato deputata
  regierungssprecher regierungssprecherin spokesperson porte-parole portavoz portavoce
  king queen könig königin roi reine rey reina koning koningin kung drottning konge dronning król królowa
  pope papst pape papież pápež cardinal kardinal cardinale cardenal archbishop erzbischof archevêque arzobispo arcivescovo
  ambassador botschafter botschafterin ambassadeur embajador ambasciatore
  commissioner kommissar kommissarin commissaire comisario commissario secretary-general generalsekretär`.split(/\s+/),
);

/** A notable full name in a text framed as biographical (see `textFrame`), not after a form of address ("Herr Thomas Mann"). */
function framedByText(text: string, tokens: readonly Token[], e: Entity, a: number, b: number): boolean {
  if (!mayBeNotableWord((tokens[b] as Token).lower) || !textFrame(tokens, a, b)) return false;
  const before = tokens[a - 1];
  if (before !== undefined && ((classOf(before) & HONORIFIC) !== 0 || foreignHonorific(tokens, a - 1))) return false;
  return isNotableName(text.slice(e.start, e.end));
}

/** A name of two words or more right after a public office, or opening with one, in no private context. */
function holdsOffice(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a] as Token;
  const before = tokens[a - 1];
  const titled = isOffice(first) ? b - a >= 2 : b > a && before !== undefined && first.gap === GAP_SPACE && isOffice(before);
  return titled && !privateContext(tokens, a, b);
}

/** A capitalised office ("President", "Bundeskanzlerin"), not a given name ("Regina"), not lowercase after a noun ("Club president"). */
function isOffice(t: Token): boolean {
  return (t.shape === TITLE || t.shape === UPPER) && OFFICES.has(t.lower) && (classOf(t) & FIRST) === 0;
}

/** Is `e` written exactly as a name of two words or more that was demoted as notable? */
function namedAgain(text: string, e: Entity, demotedNames: ReadonlySet<string>): boolean {
  if (demotedNames.size === 0) return false;
  const name = text.slice(e.start, e.end);
  return name.includes(' ') && demotedNames.has(name);
}

/** A notable person in an encyclopedic frame, a sovereign's regnal name in one, or an author credited for a quoted work. */
function isPublicMention(text: string, tokens: readonly Token[], e: Entity, a: number, b: number): boolean {
  // A regnal numeral after the name ("Elizabeth I", "Louis XIV") names a monarch or a pope.
  const next = tokens[b + 1];
  // Only all-caps words can be numerals: the shape test spares nearly every name the regex.
  if (next !== undefined && next.gap === GAP_SPACE && (next.shape === UPPER || next.shape === INITIAL) && REGNAL.test(next.text)) {
    return a === b && encyclopedicFrame(tokens, a, b + 1);
  }
  if (creditedForWork(text, tokens, a, b)) return true;
  // Cheapest test first: the last word's set lookup, then the frame, then the whole name.
  if (mayBeNotableWord((tokens[b] as Token).lower)) {
    if (encyclopedicFrame(tokens, a, b) && isNotableName(text.slice(e.start, e.end))) return true;
  }
  // "Wie lange war Angela Merkel Bundeskanzlerin": a notable name, then an office or a noun the
  // chunk took along. The mention is the name's; the span shrinks to it.
  const k = Math.max(nameBeforeNouns(tokens, a, b), fullNameBeforeWord(text, tokens, a, b));
  if (k < a || !mayBeNotableWord((tokens[k] as Token).lower) || !encyclopedicFrame(tokens, a, b)) return false;
  if (!isNotableName(text.slice(e.start, (tokens[k] as Token).end))) return false;
  e.end = (tokens[k] as Token).end;
  return true;
}

/** Offices and callings a German or Dutch sentence puts after a name ("… Bundeskanzlerin", "… Physiker"), as word endings. */
const OFFICE_ENDINGS = (
  'kanzler kanzlerin kanselier präsident präsidentin president minister ministerin premier könig königin koning koningin ' +
  'kaiser kaiserin papst fürst fürstin herzog herzogin bürgermeister bürgermeisterin vorsitzender vorsitzende regent ' +
  'regentin physiker physikerin chemiker chemikerin komponist komponistin maler malerin dichter dichterin ' +
  'schriftsteller schriftstellerin philosoph philosophin erfinder erfinderin'
).split(' ');

/** Not a name: an ordinary word, a title, an office ("Bundeskanzlerin") or a German noun shape. */
function isTitleNoun(t: Token): boolean {
  const c = classOf(t);
  if ((c & NAME) !== 0) return false;
  if ((c & (COMMON | HONORIFIC)) !== 0 || germanNounShape(t.text)) return true;
  for (const end of OFFICE_ENDINGS) if (t.lower.endsWith(end)) return true;
  return false;
}

/** Index of the name's last token when the last one or two tokens of [a, b] are nouns or titles (see isTitleNoun), else -1. */
function nameBeforeNouns(tokens: readonly Token[], a: number, b: number): number {
  let k = b;
  while (k > a && b - k < 2 && isTitleNoun(tokens[k] as Token)) k--;
  return k < b ? k : -1;
}

/**
 * Index of the name's last token when [a, b] is a notable full name of two words or more followed by one
 * capitalised word that is no name ("Varför instiftade Alfred Nobel Nobelpriset"), else -1. The chunker
 * takes any capitalised word after a name along; the full name before it must be in the table.
 */
function fullNameBeforeWord(text: string, tokens: readonly Token[], a: number, b: number): number {
  if (b - a < 2) return -1;
  const last = tokens[b] as Token;
  const c = classOf(last);
  // A word the lexicon knows, and never as a name; or a compound on the surname itself ("Nobelpreis").
  // An unknown word may be a surname: "Alfred Nobel Okafor" is somebody else.
  if ((c & NAME) !== 0 || (c === 0 && !last.lower.startsWith((tokens[b - 1] as Token).lower))) return -1;
  return isNotableName(text.slice((tokens[a] as Token).start, (tokens[b - 1] as Token).end)) ? b - 1 : -1;
}

/** Drops the PERSON spans that name a procedure, a sign or a disease ("Whipple procedure"; see eponyms.ts). */
function dropEponyms(tokens: readonly Token[], named: Entity[]): void {
  let kept = 0;
  for (const e of named) {
    if (e.type === 'PERSON') {
      const a = tokenAt(tokens, e.start);
      let b = a;
      while (a >= 0 && b + 1 < tokens.length && (tokens[b + 1] as Token).start < e.end) b++;
      if (a >= 0 && isEponym(tokens, a, b)) continue;
    }
    named[kept++] = e;
  }
  named.length = kept;
}

/** Entities of one text (offsets on `text`), addresses first; names inside an address are dropped. */
export function findEntities(text: string): Entity[] {
  const tokens = tokenize(text);
  const addresses: Entity[] = [];
  detectAddresses(text, tokens, addresses);
  const named: Entity[] = [];
  for (const chunk of findChunks(text, tokens)) decideChunk(text, tokens, chunk, named);
  detectUpperPlaces(tokens, named);
  detectLowercaseNames(text, tokens, named);
  dropEponyms(tokens, named);
  demoteNotable(text, tokens, named);
  const found = addresses.slice();
  keepOutsideAddresses(addresses, named, found);
  return found;
}

/**
 * The ner family's main detector (see `Detector`). Invariants: spans are PERSON, LOCATION or
 * ORGANIZATION with scores in (0, 1], inside `text`, and addresses never overlap the other two
 * types; time is linear in `text.length`;
 * nothing downloads, reads files or keeps request text between calls (the gazetteers are built
 * once from the packages, lazily).
 */
export function detectNamedEntities(text: string, out: Span[]): void {
  // An entity is already a span (see `Entity.entityType`): no copy per entity.
  for (const e of findEntities(text)) out.push(e);
}
