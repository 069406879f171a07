import { isLetterAt } from './context';
import type { Span } from './types';

/**
 * DATE_TIME, only as a date of birth: a date right after "DOB", "date of birth", "birth date",
 * "birthday" or "born (on)". Other dates are not personal identifiers and are not reported.
 */
export const DOB_SCORE = 0.85;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';
const DATE =
  '(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}' + // 1980-02-03
  '|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})' + // 02/03/1980, 3.2.80
  `|${MONTH}[ \\t]{1,2}\\d{1,2}${ORD},?[ \\t]{1,2}\\d{4}` + // February 3, 1980
  `|\\d{1,2}${ORD}[ \\t]{1,2}(?:of[ \\t]{1,2})?${MONTH},?[ \\t]{1,2}\\d{4})`; // 3rd of February 1980
const CUE =
  '(?:[Dd]\\.?[Oo]\\.?[Bb]\\.?|[Dd]ate[ \\t]of[ \\t][Bb]irth|[Bb]irth[ \\t]?[Dd]ate|[Bb]irthday|[Bb]orn(?:[ \\t]on)?)';
// Left boundary checked in code (see person.ts).
const DOB_RE = new RegExp(`${CUE}[ \\t]{0,3}(?:[:=-]|is|was)?[ \\t]{0,3}(${DATE})(?![\\w]|[-/.]\\d)`, 'g');

export function detectDatesOfBirth(text: string, out: Span[]): void {
  DOB_RE.lastIndex = 0;
  for (let m = DOB_RE.exec(text); m !== null; m = DOB_RE.exec(text)) {
    if (isLetterAt(text, m.index - 1)) {
      DOB_RE.lastIndex = m.index + 1;
      continue;
    }
    const date = m[1] ?? '';
    const end = m.index + m[0].length;
    out.push({ entityType: 'DATE_TIME', start: end - date.length, end, score: DOB_SCORE });
  }
}
