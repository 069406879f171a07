import type { Span } from '../types';
import { detectAddresses } from './address';
import { findChunks } from './chunks';
import { locationCueBefore, strongLocationBefore } from './cues';
import { decideChunk, type Entity, LIKELY, SURE } from './entities';
import { COMMON, PLACE, phraseClass, VOCAB } from './lexicon';
import { detectLowercaseNames } from './lowercase-names';
import { GAP_SPACE, type Token, tokenize, UPPER } from './tokens';
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
    if (known !== 0) out.push({ type: 'LOCATION', start: t.start, end: (tokens[j] as Token).end, score: SURE });
    else if (cued) out.push({ type: 'LOCATION', start: t.start, end: (tokens[j] as Token).end, score: LIKELY });
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

/** Entities of one text (offsets on `text`), addresses first; names inside an address are dropped. */
export function findEntities(text: string): Entity[] {
  const tokens = tokenize(text);
  const addresses: Entity[] = [];
  detectAddresses(text, tokens, addresses);
  const named: Entity[] = [];
  for (const chunk of findChunks(text, tokens)) decideChunk(text, tokens, chunk, named);
  detectUpperPlaces(tokens, named);
  detectLowercaseNames(text, tokens, named);
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
  for (const e of findEntities(text)) out.push({ entityType: e.type, start: e.start, end: e.end, score: e.score });
}
