import { isNameParticle, isNameSuffix, ORG_SUFFIXES } from './terms';
import { GAP_SPACE, INITIAL, TITLE, UPPER, type Token } from './tokens';

/**
 * Proper-noun chunks: maximal runs of capitalised words on one line with only spaces between them
 * ("Krisztián Szöllösy", "Faina D. Yefremova", "Rua do Arenque", "Kevin Veitonen II"). A chunk is a
 * candidate only; `entities.ts` decides what, if anything, it is.
 */
export interface Chunk {
  /** Index of the first and last token (inclusive). */
  first: number;
  last: number;
}

/** Longest chunk, in words: names and places are short; a longer capitalised run is a title, skipped whole. */
export const MAX_CHUNK = 6;

const INITIAL_GAP = /^\.[ \t]{1,2}$/;

/** Can `t` open a chunk? Capitalised words only — never an identifier glued to code punctuation. */
function opens(t: Token): boolean {
  return t.shape === TITLE && !t.code;
}

/** Is the gap before `next` a plain space, or the ". " after an initial or an abbreviation ("J. ", "Dr. ")? */
function spaced(text: string, prev: Token, next: Token): boolean {
  if (next.gap === GAP_SPACE) return true;
  if (!prev.dot || !(prev.shape === INITIAL || prev.text.length <= 3)) return false;
  return INITIAL_GAP.test(text.slice(prev.end, next.start));
}

/** Can `next` continue a chunk that ends with `prev`? */
function continues(text: string, tokens: readonly Token[], k: number): number {
  const prev = tokens[k - 1] as Token;
  const next = tokens[k];
  if (next === undefined || next.code || prev.possessive || !spaced(text, prev, next)) return 0;
  if (next.shape === TITLE) return 1;
  if (next.shape === INITIAL) {
    // An initial inside a name ("Ravil G Yefimov", "Janka M. Szász") must be followed by a word.
    const after = tokens[k + 1];
    return after !== undefined && after.shape === TITLE && spaced(text, next, after) ? 1 : 0;
  }
  // "Kevin Veitonen II", "Drake PLC"
  if (next.shape === UPPER && (isNameSuffix(next.lower) || ORG_SUFFIXES.has(next.lower))) return 1;
  if (isNameParticle(next)) {
    // "Rua do Arenque", "Chiclana de la Frontera": particles only between capitalised words.
    let j = k + 1;
    while (j < tokens.length && j - k < 2 && isNameParticle(tokens[j] as Token)) j++;
    const after = tokens[j];
    if (after !== undefined && after.shape === TITLE && !after.code && spaced(text, tokens[j - 1] as Token, after)) {
      return j - k + 1;
    }
  }
  return 0;
}

/** All chunks of capitalised words, in order, non-overlapping. Linear in the number of tokens. */
export function findChunks(text: string, tokens: readonly Token[]): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const initialStart = t.shape === INITIAL && t.dot && !t.code;
    if (!opens(t) && !initialStart) {
      i++;
      continue;
    }
    let last = i;
    for (let step = continues(text, tokens, last + 1); step > 0; step = continues(text, tokens, last + 1)) {
      last += step;
    }
    // A long capitalised run is a heading or a title ("Guilty Pleasures Of The Seventies"), not a name.
    if (last - i < MAX_CHUNK && !(initialStart && last === i)) out.push({ first: i, last });
    i = last + 1;
  }
  return out;
}
