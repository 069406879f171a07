import type { Span } from '../types';

/**
 * UK_POSTCODE (Presidio's UkPostcodeRecognizer): a full UK postcode, outward code and inward code,
 * with or without the space ("SW1A 1AA", "M1 1AA", "DN55 1PT", "GIR 0AA", "EC1A1BB"), in the Royal
 * Mail format: the area's first letter is not Q, V or X, its second not I, J or Z; the inward
 * code's letters exclude C, I, K, M, O and V. Scored 0.1 like Presidio: alone, a postcode names an
 * area of a few dozen households, like a street or a town, so its role is `none`; inside a postal
 * address the address line (LOCATION, scored higher) covers it and counts as personal. Given as
 * someone's own ("my postcode is …", "I live at …", "address: …") it is that person's location:
 * scored {@link UK_POSTCODE_PERSONAL_SCORE}, which the classifier counts as personal.
 *
 * Linear time: one regex pass, bounded alternatives, alphanumeric boundaries on both sides.
 */
export const UK_POSTCODE_SCORE = 0.1;
export const UK_POSTCODE_PERSONAL_SCORE = 0.5;

/** A postcode given as someone's own, in the few words before it. */
const OWN_CUE =
  /\b(?:(?:my|our|your|his|her|their)\b.{0,20}\b(?:post ?code|postal code|address|zip)|address|live|lives|living|reside|resides|based)\b[^.!?\n]{0,20}$/i;
const CUE_WINDOW = 48;

const OUTWARD = '(?:[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPS-UW]|[A-HK-Y]\\d[ABEHMNPRV-Y]))';
const INWARD = '\\d[ABD-HJLNP-UW-Z]{2}';
const POSTCODE_RE = new RegExp(`(?<![A-Za-z0-9])(?:GIR ?0AA|${OUTWARD} ?${INWARD})(?![A-Za-z0-9])`, 'g');

export function detectUkPostcodes(text: string, out: Span[]): void {
  POSTCODE_RE.lastIndex = 0;
  for (let m = POSTCODE_RE.exec(text); m !== null; m = POSTCODE_RE.exec(text)) {
    const own = OWN_CUE.test(text.slice(Math.max(0, m.index - CUE_WINDOW), m.index));
    out.push({
      entityType: 'UK_POSTCODE',
      start: m.index,
      end: m.index + m[0].length,
      score: own ? UK_POSTCODE_PERSONAL_SCORE : UK_POSTCODE_SCORE,
    });
  }
}
