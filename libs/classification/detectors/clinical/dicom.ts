import { validDate } from '../ids/checks';
import { DOB_SCORE } from '../net/date-time';
import { hasDigitRun, scanText, type TextScan } from '../scan';
import type { Span } from '../types';

/**
 * DICOM attributes that identify a patient, as DICOM dumps, PACS query strings and headers write
 * them: a person name in the PN value representation, `FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX`
 * ("KOWALCZYK^IRENA", "Hollis^Augustine"; "%5E" in a URL is decoded before this runs), after a
 * name attribute (PatientName, "Patient's Name", ReferringPhysicianName, (0010,0010), (0008,0090));
 * and a birth date in the DA representation (YYYYMMDD, a real date) after PatientBirthDate or
 * (0010,0030). Only after those cues: '^' also joins words in code (XOR), regexes and git revisions.
 * The name is a PERSON, the birth date a DATE_TIME at the date-of-birth score.
 */
export const DICOM_NAME_SCORE = 0.85;

/** A name attribute, by keyword, description or tag, then its separator (": ", "=", " PN ", "[…]"). */
const NAME_CUE =
  /(?:(?<![A-Za-z])(?:patient|referring[ _]?physician|performing[ _]?physician|operators?|requesting[ _]?physician)(?:'s)?[ _]?name|\((?:0010,0010|0008,0090|0008,1050|0032,1032)\))[ \t]*(?:PN[ \t]*)?(?:[:=][ \t]*|\[|[ \t]+)"?/gi;
/** The PN value: at least family and given name, each a word of letters (apostrophe, hyphen, space inside). */
const PN_VALUE =
  /\p{L}[\p{L}'’-]{1,40}(?: \p{L}[\p{L}'’-]{0,40})?\^\p{L}[\p{L}'’-]{0,40}(?: \p{L}[\p{L}'’-]{0,40})?(?:\^[\p{L}'’. -]{0,40}){0,3}/uy;
const BIRTH_CUE = /(?:(?<![A-Za-z])patient'?s?[ _]?birth[ _]?date|\(0010,0030\))[ \t]*(?:DA[ \t]*)?(?:[:=][ \t]*|\[|[ \t]+)"?/gi;
const DA_VALUE = /(\d{4})(\d{2})(\d{2})(?!\d)/y;

export function detectDicom(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  if (text.indexOf('^') !== -1) {
    NAME_CUE.lastIndex = 0;
    for (let m = NAME_CUE.exec(text); m !== null; m = NAME_CUE.exec(text)) {
      PN_VALUE.lastIndex = NAME_CUE.lastIndex;
      const v = PN_VALUE.exec(text);
      if (v === null) continue;
      let end = v.index + v[0].length;
      while (end > v.index && ' ^-'.includes(text.charAt(end - 1))) end--; // empty trailing components
      out.push({ entityType: 'PERSON', start: v.index, end, score: DICOM_NAME_SCORE });
    }
  }
  // Cheap gates first: most texts hold no eight-digit run, or no birth cue at all.
  if (!hasDigitRun(scan, 8) || (text.indexOf('irth') === -1 && text.indexOf('IRTH') === -1 && text.indexOf('0010,0030') === -1)) return;
  BIRTH_CUE.lastIndex = 0;
  for (let m = BIRTH_CUE.exec(text); m !== null; m = BIRTH_CUE.exec(text)) {
    DA_VALUE.lastIndex = BIRTH_CUE.lastIndex;
    const d = DA_VALUE.exec(text);
    if (d === null || !validDate(Number(d[1]), Number(d[2]), Number(d[3]))) continue;
    out.push({ entityType: 'DATE_TIME', start: d.index, end: d.index + 8, score: DOB_SCORE });
  }
}
