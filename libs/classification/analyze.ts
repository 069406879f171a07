import { detectSecretTokens } from './detectors/secrets';
import { detectSecretAssignments } from './detectors/secret-assignments';
import { detectUrlSecrets } from './detectors/secrets/url-secrets';
import { detectConnectionStrings } from './detectors/secrets/connection-strings';
import { detectServiceAccountKeys } from './detectors/secrets/service-account';
import { detectProsePasswords } from './detectors/secrets/prose-passwords';
import { detectCliCredentials } from './detectors/secrets/cli-credentials';
import { detectCreditCards } from './detectors/ids/credit-card';
import { detectUsSsn } from './detectors/ids/us-ssn';
import { detectMedicalRecordNumbers } from './detectors/medical-record';
import { detectHealthContext } from './detectors/health';
import { CLINICAL_DETECTORS, CLINICAL_NEEDS_DIGIT } from './detectors/clinical';
import { IDS_DETECTORS } from './detectors/ids';
import { NET_DETECTORS } from './detectors/net';
import { NER_DETECTORS } from './detectors/ner';
import { FIELD_DETECTORS, FIELD_NEEDS_DIGIT, forgetFieldNames } from './detectors/fields';
import type { Detector, Span } from './detectors/types';
import { forgetTokenRuns, scanText } from './detectors/scan';
import { forgetGermanAnswer } from './detectors/ner/noun-capitalising';
import { forgetFramedText } from './detectors/ner/notable';
import { normalize, toOriginalSpan } from './normalize';
import { isStandInName, isStandInNumber, isStandInPlace, PLACEHOLDER_CONTEXT } from './detectors/placeholder';
import { PHONE_BUSINESS_SCORE } from './detectors/net/business-phone';
import { roleOf } from './categories';
import { isDrugWord, LIKELY, NOTABLE_LIVING_SCORE, NOTABLE_SCORE, SURE } from './detectors/ner/entities';
import { FIRST, wordClass } from './detectors/ner/lexicon';
import { DATE_SCORE, DOB_SCORE } from './detectors/net/date-time';

/** Every detector, in tie-break order (earlier wins a tie on score and length). */
export const DETECTORS: readonly Detector[] = [
  detectSecretTokens,
  detectSecretAssignments,
  detectUrlSecrets,
  detectConnectionStrings,
  detectServiceAccountKeys,
  detectCliCredentials,
  detectProsePasswords,
  detectCreditCards,
  detectUsSsn,
  detectMedicalRecordNumbers,
  detectHealthContext,
  ...CLINICAL_DETECTORS,
  ...IDS_DETECTORS,
  ...NET_DETECTORS,
  ...NER_DETECTORS,
  ...FIELD_DETECTORS,
];

/**
 * Detectors whose every match holds an ASCII digit (their patterns all require `\d`): on a text
 * without one they cannot match, so they are skipped (most prose has no digit at all).
 */
export const NEEDS_DIGIT: ReadonlySet<Detector> = new Set<Detector>([
  detectCreditCards,
  detectUsSsn,
  detectMedicalRecordNumbers,
  ...CLINICAL_NEEDS_DIGIT,
  ...IDS_DETECTORS,
  ...FIELD_NEEDS_DIGIT,
]);
const DIGIT_GATED: readonly boolean[] = DETECTORS.map((d) => NEEDS_DIGIT.has(d));

/**
 * Detector spans with their detector's rank (its index in DETECTORS; lower wins ties) kept in a
 * parallel array, not as a property added to each span: adding one would change every span's shape
 * and allocate a property store per span.
 */
interface Ranked {
  spans: readonly Span[];
  ranks: readonly number[];
}

function better(r: Ranked, a: number, b: number): boolean {
  const sa = r.spans[a] as Span;
  const sb = r.spans[b] as Span;
  if (sa.score !== sb.score) return sa.score > sb.score;
  const la = sa.end - sa.start;
  const lb = sb.end - sb.start;
  if (la !== lb) return la > lb;
  return (r.ranks[a] ?? 0) < (r.ranks[b] ?? 0);
}

function byStart(r: Ranked): (a: number, b: number) => number {
  return (a, b) => {
    const sa = r.spans[a] as Span;
    const sb = r.spans[b] as Span;
    return sa.start - sb.start || sb.end - sa.end || (r.ranks[a] ?? 0) - (r.ranks[b] ?? 0);
  };
}

/**
 * Keeps non-overlapping spans, preferring the higher score, then the longer span (so a card number
 * is never also reported as a phone). One sweep in start order: a span only ever competes with
 * the last kept one, because everything kept before that ends before it starts.
 * `order` gets the indices of all spans in start order; the indices kept are returned, in that order.
 */
export function resolveOverlaps(r: Ranked, order: number[]): number[] {
  for (let i = 0; i < r.spans.length; i++) order.push(i);
  order.sort(byStart(r)); // stable: full ties keep detector order, as a sort of the spans did
  const kept: number[] = [];
  for (const i of order) {
    const last = kept[kept.length - 1];
    if (last === undefined || (r.spans[i] as Span).start >= (r.spans[last] as Span).end) kept.push(i);
    else if (better(r, i, last)) kept[kept.length - 1] = i;
  }
  return kept;
}

/**
 * Forgets what detectors remember of the last text they read (kept so that two readers of one text
 * share work). The public entry points call it when they return, so no request text outlives its call.
 */
export function forgetLastText(): void {
  forgetTokenRuns();
  forgetGermanAnswer();
  forgetFramedText();
  forgetFieldNames();
}

/**
 * Runs every detector over one text: normalise, scan once for what detectors share, detect, resolve
 * overlaps, map offsets back.
 * The result is sorted by start, non-overlapping, with offsets (UTF-16, end-exclusive) on `text`;
 * with `keepLosers`, spans of those types that lost an overlap are added back (then they may overlap).
 */
export function analyzeSpans(text: string, keepLosers?: (entityType: string) => boolean): Span[] {
  if (text.length === 0) return [];
  const norm = normalize(text);
  const found: Span[] = [];
  const ranks: number[] = [];
  const scan = scanText(norm.text);
  for (let rank = 0; rank < DETECTORS.length; rank++) {
    if (scan.runs === 0 && DIGIT_GATED[rank] === true) continue;
    const from = found.length;
    (DETECTORS[rank] as Detector)(norm.text, found, scan);
    for (let i = from; i < found.length; i++) ranks[i] = rank;
  }
  if (found.length === 0) return [];
  dropDrugNames(norm.text, found, ranks);
  standInNames(norm.text, found);
  const r: Ranked = { spans: found, ranks };
  const order: number[] = [];
  let kept = resolveOverlaps(r, order);
  if (keepLosers !== undefined && kept.length < found.length) kept = withLosers(r, order, kept, keepLosers);
  publicBirthDates(norm.text, found, kept);
  livingFiguresInPrivateText(found);
  const out: Span[] = new Array<Span>(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const k = found[kept[i] as number] as Span;
    const [start, end] = toOriginalSpan(norm.map, k.start, k.end);
    out[i] = { entityType: k.entityType, start, end, score: k.score };
  }
  return out;
}

/**
 * Conventional stand-ins in text that says its data is made up identify nobody: a name ("Jane Doe", "Max
 * Mustermann"), a street or town ("Musterstraße 1, 12345 Musterstadt"), a number of ascending digits
 * ("0123 456789"). Each is scored below its type's personal threshold. Without such words they stay what
 * they are: hospitals name unidentified patients "John Doe".
 */
function standInNames(text: string, found: Span[]): void {
  let context: boolean | undefined;
  for (const s of found) {
    const lowered = standInScore(s, text);
    if (lowered === null) continue;
    context ??= PLACEHOLDER_CONTEXT.test(text);
    if (context) s.score = lowered;
  }
}

/** The score a stand-in value gets in made-up data (below its type's personal threshold), or null. */
function standInScore(s: Span, text: string): number | null {
  const value = (): string => text.slice(s.start, s.end); // only for the three types read
  if (s.entityType === 'PERSON') return s.score > NOTABLE_SCORE && isStandInName(value()) ? NOTABLE_SCORE : null;
  if (s.entityType === 'LOCATION') return s.score > LIKELY && isStandInPlace(value()) ? LIKELY : null;
  if (s.entityType === 'PHONE_NUMBER') return s.score > PHONE_BUSINESS_SCORE && isStandInNumber(value()) ? PHONE_BUSINESS_SCORE : null;
  return null;
}

/**
 * Drops a PERSON span that names a drug product (see `isDrugName`), whichever detector read it as a
 * name. `ranks` stays parallel to `found`.
 */
function dropDrugNames(text: string, found: Span[], ranks: number[]): void {
  let kept = 0;
  for (let i = 0; i < found.length; i++) {
    const s = found[i] as Span;
    if (!(s.entityType === 'PERSON' && isDrugName(text, s))) {
      found[kept] = s;
      ranks[kept++] = ranks[i] as number;
    }
  }
  found.length = kept;
  ranks.length = kept;
}

/** Words a product name puts after a drug's name: salts, forms and release types ("Metformin Hydrochloride"). */
const SALT_OR_FORM = new Set(
  `hydrochloride hcl sodium potassium calcium magnesium maleate sulfate sulphate succinate tartrate besylate besilate
  mesylate citrate acetate phosphate fumarate bromide chloride dihydrate monohydrate trihydrate er xr sr cr xl la
  retard tablet tablets capsule capsules injection solution suspension cream ointment gel spray oral`.split(/\s+/),
);

/**
 * A PERSON span that is a drug's own name alone, or followed only by its salt or form ("Metformin
 * Hydrochloride", "Name: Atorvastatin Calcium"): a product. A person named like a drug keeps their name when a
 * surname or any other word follows ("Lyrica Thompson", "Morphine Okoro").
 */
function isDrugName(text: string, s: Span): boolean {
  const words = text.slice(s.start, s.end).split(/\s+/);
  const first = words[0] ?? '';
  if (!isDrugWord(text, s.start, s.start + first.length) || (wordClass(first.toLowerCase()) & FIRST) !== 0) return false;
  for (let i = 1; i < words.length; i++) if (!SALT_OR_FORM.has((words[i] as string).toLowerCase())) return false;
  return true;
}

/**
 * The kept spans plus those of the wanted types that lost an overlap (sorted by start): a health term
 * inside a span another detector claimed still makes a health context, even though only one of them
 * can be reported to a Presidio-style client.
 */
function withLosers(r: Ranked, order: readonly number[], kept: number[], wanted: (entityType: string) => boolean): number[] {
  const keptSet = new Set(kept);
  const losers = order.filter((i) => !keptSet.has(i) && wanted((r.spans[i] as Span).entityType));
  return losers.length === 0 ? kept : [...kept, ...losers].sort(byStart(r));
}

/**
 * A living politician's name stops being a public mention (NOTABLE_LIVING_SCORE) when the same text holds a
 * health finding or a date of birth: a living person's health is no encyclopedic fact, and a name shared
 * with a private namesake ("Wann wurde Peter Müller entlassen? Er hatte einen Herzinfarkt.") must not hide
 * a patient. Losers of an overlap count too: a health term inside another span is still a health term.
 */
export function livingFiguresInPrivateText(found: { entityType: string; score: number }[]): void {
  let living = false;
  let privateData = false;
  for (const s of found) {
    if (s.entityType === 'PERSON' && s.score === NOTABLE_LIVING_SCORE) living = true;
    else if ((s.entityType === 'DATE_TIME' && s.score >= DOB_SCORE) || roleOf(s.entityType) === 'health') privateData = true;
  }
  if (!living || !privateData) return;
  for (const s of found) if (s.entityType === 'PERSON' && s.score === NOTABLE_LIVING_SCORE) s.score = SURE;
}

/** A sentence ends between two spans: '.', '!' or '?' before white space, or a line break. */
const SENTENCE_BREAK = /[.!?](?:\s|$)|\n/;
/** Farthest a birth date may sit after the name it belongs to ("X was born in Hyde Park on …"). */
const MAX_NAME_TO_DATE = 80;

/**
 * A date of birth (DOB_SCORE) whose sentence names a notable person, scored NOTABLE_SCORE ("Franklin
 * D. Roosevelt was born on January 30, 1882"), is that person's public birth date, an encyclopedic
 * fact like the name: it is lowered to DATE_SCORE, a date that is not personal. Only when the
 * nearest PERSON before it in the same sentence is that notable one (a private name in between, or
 * none, keeps the date personal). `kept` indexes `found` in start order.
 */
function publicBirthDates(text: string, found: Span[], kept: readonly number[]): void {
  let person: Span | null = null;
  for (const i of kept) {
    const s = found[i] as Span;
    if (s.entityType === 'PERSON') person = s;
    else if (s.entityType === 'DATE_TIME' && s.score >= DOB_SCORE && person !== null && person.score === NOTABLE_SCORE) {
      if (s.start - person.end <= MAX_NAME_TO_DATE && !SENTENCE_BREAK.test(text.slice(person.end, s.start))) s.score = DATE_SCORE;
    }
  }
}
