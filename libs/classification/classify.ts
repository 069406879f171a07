import { messageTexts, type Category, type ChatMessage, type DataLevel } from '@libs/core';
import { analyzeSpans, forgetLastText, livingFiguresInPrivateText } from './analyze';
import { categoriesForFindings, findingRole, levelFor, roleOf } from './categories';
import { decodedViews, labelledView, toSourceSpan, type DecodedView } from './decode';
import { isAnimalsFinding, isVeterinaryText } from './detectors/health/veterinary';
import { OverlapIndex } from './overlap-index';

/** One detected entity. Offsets are UTF-16, end-exclusive, on the original (un-normalised) text. */
export interface Finding {
  entityType: string;
  start: number;
  end: number;
  score: number;
  /** Index into `messageTexts(messages)` (or into the `texts` given to `classifyTexts`). */
  text: number;
}

/**
 * The classifier's verdict on a whole conversation.
 * Invariants: `categories` and the keys of `entities` are sorted and unique; `level` follows from
 * `categories` alone (the shell raises it with the declared header and the tenant floor);
 * `explanation` names entity types and counts and MUST NEVER contain a detected value.
 */
export interface Classification {
  level: DataLevel;
  categories: Category[];
  findings: Finding[];
  entities: Record<string, number>;
  healthContext: boolean;
  explanation: string;
}

/** Presidio `/analyze` result shape. */
export interface PresidioResult {
  entity_type: string;
  start: number;
  end: number;
  score: number;
}

/** Presidio-shaped analysis of one text (UTF-16 offsets, end-exclusive, sorted, non-overlapping). */
export function analyzeText(text: string): PresidioResult[] {
  try {
    return analyzeSpans(text).map((s) => ({ entity_type: s.entityType, start: s.start, end: s.end, score: s.score }));
  } finally {
    forgetLastText();
  }
}

function explain(entities: Record<string, number>, healthContext: boolean, categories: readonly Category[], level: DataLevel): string {
  const types = Object.keys(entities);
  if (types.length === 0) return `No sensitive data detected: ${level}.`;
  // Identifiers first, then the health context they sit in; alphabetical within each group.
  const ordered = [...types.filter((t) => roleOf(t) !== 'health'), ...types.filter((t) => roleOf(t) === 'health')];
  const list = ordered.map((t) => `${entities[t] ?? 0} ${t}`).join(', ');
  const context = healthContext ? ' in health context' : '';
  const cats = categories.length > 0 ? categories.join(', ') : 'no identifiers';
  return `Detected ${list}${context}: ${cats} -> ${level}.`;
}

function overlapsSameType(a: Finding, list: readonly Finding[]): boolean {
  return list.some((b) => b.text === a.text && b.entityType === a.entityType && a.start < b.end && b.start < a.end);
}

/** Health context survives overlaps: a term inside another detector's span still counts. */
function isHealthType(entityType: string): boolean {
  return roleOf(entityType) === 'health';
}

/**
 * Findings of one text: its own, plus those of its decoded views (percent-encoding, HTML entities,
 * quoted-printable, base64 text), mapped onto the encoded source so redaction covers it.
 */
function analyzeInto(text: string, index: number, out: Finding[], label: string | null): void {
  const from = out.length;
  for (const s of analyzeSpans(text, isHealthType))
    out.push({ entityType: s.entityType, start: s.start, end: s.end, score: s.score, text: index });
  const views = decodedViews(text);
  if (label !== null && text.length > 0) views.push(labelledView(label, text));
  if (views.length === 0) return;
  const seen = new OverlapIndex();
  for (let i = from; i < out.length; i++) seen.add((out[i] as Finding).entityType, (out[i] as Finding).start, (out[i] as Finding).end);
  for (const view of views) addViewFindings(view, index, seen, out, from);
}

function addViewFindings(view: DecodedView, index: number, seen: OverlapIndex, out: Finding[], from: number): void {
  for (const s of analyzeSpans(view.text, isHealthType)) {
    const [start, end] = toSourceSpan(view, s.start, s.end);
    if (end <= start) continue; // only in the label, which is a text of its own
    // What the source already shows is counted once; only what the decoding revealed is added.
    if (seen.overlaps(s.entityType, start, end)) {
      if (start === 0 && !KEEPS_SOURCE_SCORE.has(s.entityType)) raiseScore(out, from, s.entityType, end, s.score);
      continue;
    }
    seen.add(s.entityType, start, end);
    out.push({ entityType: s.entityType, start, end, score: s.score, text: index });
  }
}

/**
 * Types whose score a label never raises: a key such as `name` or `ip` must not turn a notable person's
 * name, a place or a reserved address personal (their scores say what they are, not how sure we are).
 */
const KEEPS_SOURCE_SCORE = new Set(['PERSON', 'LOCATION', 'ORGANIZATION', 'NRP', 'IP_ADDRESS', 'URL']);

/**
 * A date or an identifier that opens the text, found again in a view with a higher score, keeps that
 * score: the label before it is the cue the source alone lacks ("dob: 1961-04-30" for
 * `{"dob": "1961-04-30"}`, a date being personal only as a date of birth; "member_mbi: 2VG4PR4HK37", a
 * compact Medicare number being weak without its cue). Not for KEEPS_SOURCE_SCORE. Only at offset 0,
 * where a label cues; the source's own findings come first and in start order, so the search stops at
 * the first that starts later.
 */
function raiseScore(out: Finding[], from: number, entityType: string, end: number, score: number): void {
  for (let i = from; i < out.length && (out[i] as Finding).start === 0; i++) {
    const f = out[i] as Finding;
    if (f.end === end && f.entityType === entityType && f.score < score) f.score = score;
  }
}

/**
 * Classifies the given texts as one conversation (health context in one text taints identifiers in another).
 * `labels[i]`, when given, is the key a value sits under elsewhere (`mrn`): the value is also read as `mrn: value`.
 * `extra` findings (e.g. from an external Presidio analyzer) are merged in; one that overlaps a built-in
 * finding of the same type on the same text is not counted twice.
 */
export function classifyTexts(
  texts: readonly string[],
  extra: readonly Finding[] = [],
  labels?: readonly (string | null)[],
): Classification {
  const findings: Finding[] = [];
  try {
    for (let i = 0; i < texts.length; i++) analyzeInto(texts[i] ?? '', i, findings, labels?.[i] ?? null);
  } finally {
    forgetLastText();
  }
  if (extra.length > 0) {
    const builtIn = findings.slice();
    for (const f of extra) if (!overlapsSameType(f, builtIn)) findings.push(f);
  }
  // A living public figure is personal when the conversation anywhere holds a health finding or a date of birth
  // ("Draft a get-well card for Senator Mark Jensen." and "He was diagnosed with …" may be two messages).
  livingFiguresInPrivateText(findings);
  const counts = new Map<string, number>();
  let healthContext = false;
  const animalRecords = new AnimalRecords(texts, findings);
  for (const f of findings) {
    counts.set(f.entityType, (counts.get(f.entityType) ?? 0) + 1);
    if (!healthContext && roleOf(f.entityType) === 'health') healthContext = !animalRecords.isAnimalsHealth(f);
  }
  const entities: Record<string, number> = {};
  for (const t of [...counts.keys()].sort()) entities[t] = counts.get(t) ?? 0;
  const categories = categoriesForFindings(findings, healthContext);
  const level = levelFor(categories);
  return { level, categories, findings, entities, healthContext, explanation: explain(entities, healthContext, categories, level) };
}

/**
 * An animal's conditions and drugs are no person's health (detectors/health/veterinary.ts): a health finding in
 * a text that is an animal's care record, in a sentence that neither speaks of nor names a person. What each
 * text is, and where its named people stand (sorted, for a binary search), is worked out once per text and only
 * when a health finding asks, so a long record of many findings stays linear.
 */
class AnimalRecords {
  private readonly record: (boolean | undefined)[] = [];
  private readonly people: ([number, number][] | undefined)[] = [];

  constructor(
    private readonly texts: readonly string[],
    private readonly findings: readonly Finding[],
  ) {}

  isAnimalsHealth(f: Finding): boolean {
    const text = this.texts[f.text] ?? '';
    if (!(this.record[f.text] ??= isVeterinaryText(text))) return false;
    const people = (this.people[f.text] ??= this.peopleOf(f.text));
    return isAnimalsFinding(text, f.start, f.end, (a, b) => spanWithin(people, a, b));
  }

  /** [start, end] of the personal PERSON findings of text `index`, by start. */
  private peopleOf(index: number): [number, number][] {
    return this.findings
      .filter((p) => p.text === index && p.entityType === 'PERSON' && findingRole(p) === 'personal')
      .map((p): [number, number] => [p.start, p.end])
      .sort((x, y) => x[0] - y[0]);
  }
}

/**
 * Does one of `spans` ([start, end], sorted by start; PERSON findings of one text never overlap) lie within
 * [a, b)? The first one starting at a or later decides.
 */
function spanWithin(spans: readonly [number, number][], a: number, b: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as [number, number])[0] < a) lo = mid + 1;
    else hi = mid;
  }
  const first = spans[lo];
  return first !== undefined && first[1] <= b;
}

/** Classifies every text a provider would see (SPEC §4): contents, text parts, names, tool call arguments. */
export function classify(messages: readonly ChatMessage[], extra: readonly Finding[] = []): Classification {
  return classifyTexts(messageTexts(messages), extra);
}

/**
 * Builds the classifier's lazily made tables (the name lexicon, which reads the o200k vocabulary) now, by
 * classifying one made-up sentence: at start-up instead of on the first request, which was about 0.1 s
 * slower for it and left the build's garbage to be collected while serving.
 */
export function warmClassifier(): void {
  classifyTexts(['Warm-up: Jane Doe lives at 12 Main Street, Springfield; call 555-0100 or jane@example.org.']);
}
