import { COMMON, DEMONYM, FUNCTION, NAME, ORG, PLACE, TIME, wordClass, wordClassOrTech } from './lexicon';
import type { Token } from './tokens';

/** Words that never sit at the edge of a name: "The", "I", "Monday", "German". */
export const EDGE = FUNCTION | TIME | DEMONYM;
/** Gazetteer classes: a name, a place, an organisation. */
export const KNOWN = NAME | PLACE | ORG;
/** Nationality adjectives the lexicon lacks: Swedish, Danish, Portuguese. */
const DEMONYM_SHAPE = /\p{L}{3}(?:ish|ese)$/u;

/**
 * Class of one token, cached on the token. Technical terms are ordinary words; hyphenated words take
 * their parts' classes ("Mary-Jane" is a name, "E-mail" an ordinary word).
 */
export function classOf(t: Token): number {
  if (t.cls < 0) t.cls = compute(t);
  return t.cls;
}

function compute(t: Token): number {
  const c = wordClassOrTech(t.lower);
  if (c < 0) return COMMON; // a technical term
  if (c !== 0) return c;
  if (t.lower.includes('-')) {
    let known = 0;
    let common = true;
    for (const p of t.lower.split('-')) {
      const pc = wordClass(p);
      known |= pc & KNOWN;
      if (p.length > 1 && (pc & (COMMON | EDGE)) === 0) common = false;
    }
    return known !== 0 ? known : common ? COMMON : 0;
  }
  // The suffix test first: it is what the pattern ends with, and it spares the regex on nearly every word.
  return endsWithIshOrEse(t.lower) && DEMONYM_SHAPE.test(t.lower) ? DEMONYM : 0;
}

/** `w.endsWith('ish') || w.endsWith('ese')`, on character codes (asked of every word no table knows). */
function endsWithIshOrEse(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const a = w.charCodeAt(n - 3);
  const b = w.charCodeAt(n - 2);
  const c = w.charCodeAt(n - 1);
  return (a === 105 && b === 115 && c === 104) || (a === 101 && b === 115 && c === 101); // "ish", "ese"
}
