import { hasContextBefore } from '../context';
import { AT_RUN, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';
import type { Span } from '../types';

/**
 * FR_NIR, the French social security number (numéro d'inscription au répertoire, INSEE): sex (1, 2; 3, 7,
 * 8 for provisional numbers), year and month of birth (01-12, or 20-42 and 50-99 when unknown), the
 * département (two digits, 2A or 2B for Corsica; 97/98 with a three-digit commune for overseas), commune
 * and order number, then a two-digit key, 97 minus the first thirteen digits modulo 97 (2A and 2B read as
 * 19 and 18). Written whole or grouped by spaces or dots ("2 62 11 75 140 130 92"). The key leaves one
 * random number in 97, and the structure more; still, about one random 15-digit id in 300 (an IMEI, a trace
 * id) passes, so alone it is reported at NIR_SCORE, which identifies no one (categories.ts), and only after a
 * cue (NIR, sécurité sociale, n° SS, INSEE, carte Vitale) or as a labelled value (`nir=…`) at
 * NIR_CONTEXT_SCORE. A national identifier: PII.
 */
export const NIR_SCORE = 0.3;
/** Below a medical record number's 0.85: a 15-digit number under both cues stays the medical identifier. */
export const NIR_CONTEXT_SCORE = 0.8;

const NIR_RE = /(?<![\w.-])([12378])([ .]?)(\d{2})\2(\d{2})\2(\d{2}|2[ABab])\2(\d{3})\2(\d{3})\2(\d{2})(?![\w]|[.-]\d)/y;
/**
 * Digit runs where a NIR_RE match may begin (see `execAtRuns`): no word character before it, so a
 * match starts a run, with the sex digit; the run is that digit alone (a separator follows) or holds
 * at least sex, year and month (no separator).
 */
const admitNir: RunFilter = (text, s, e) => {
  const c = text.charCodeAt(s);
  return (c === 49 || c === 50 || c === 51 || c === 55 || c === 56) && (e - s === 1 || e - s >= 5);
};
const NIR_CUE =
  /(?<![a-z])(?:nir|n\.?i\.?r\.?|ins|s[ée]curit[ée][ _-]sociale|s[ée]cu|n(?:um(?:[ée]ro)?)?[ _°o]{0,2}ss|nss|insee|carte[ _-]vitale|social[ _-]security)(?![a-z])/i;

/** The key check over the thirteen-character body ("2A" and "2B" read as 19 and 18). */
export function nirValid(body: string, key: string): boolean {
  const digits = body.replace(/2A/i, '19').replace(/2B/i, '18');
  if (!/^\d{13}$/.test(digits)) return false;
  let mod = 0;
  for (let i = 0; i < digits.length; i++) mod = (mod * 10 + (digits.charCodeAt(i) - 48)) % 97;
  return 97 - mod === Number(key);
}

function validMonth(mm: string): boolean {
  const m = Number(mm);
  return (m >= 1 && m <= 12) || (m >= 20 && m <= 42) || m >= 50;
}

export function detectFrNir(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  execAtRuns(text, scan, NIR_RE, AT_RUN, admitNir, (m) => {
    const [, sex, , yy, mm, dept, commune, order, key] = m as unknown as string[];
    if (!validMonth(mm as string) || !nirValid(`${sex}${yy}${mm}${dept}${commune}${order}`, key as string)) return;
    const cued = hasContextBefore(text, m.index, NIR_CUE, 40);
    out.push({ entityType: 'FR_NIR', start: m.index, end: m.index + m[0].length, score: cued ? NIR_CONTEXT_SCORE : NIR_SCORE });
  });
}
