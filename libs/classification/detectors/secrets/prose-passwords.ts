import type { Span } from '../types';
import { charClasses, isReference, looksLikePassword } from './values';

/**
 * API_KEY_SECRET for passwords disclosed in prose (support tickets, chat), in the gateway's languages:
 *   en `my password is _K5w2mA!-CQIIF`, `password: Hunter2024!`, `pw: …`, `the password for the VPN is …`
 *   de `mein Passwort ist …`, `Kennwort lautet …`, `Benutzer x, Passwort n9aUpKlCWi&koQ-`
 *   fr `mon mot de passe est …`, `mdp : …`      es `mi contraseña es …`     it `la mia password è …`
 *   nl `mijn wachtwoord is …`                   pt `minha senha é …`
 *   ro/tr `parola …`, tr `şifrem …`, cs `heslo je …`, pl `hasło: …`, sv `lösenord är …`, da/no `adgangskode`,
 *   `passord er …`, fi `salasana on …`, hu `jelszó: …`
 * Shape: a password word, then optionally `for <up to 4 words>`, a copula (`is`, `ist`, `lautet`, `est`,
 * `es`, `è`, `é`, …), an adverb (`now`, `jetzt`, …) and `:`, then the value (quoted or up to a space).
 * (`password=…` is code: secret-assignments.ts.)
 * The value is judged by secrets/values.ts as a human password that must hold a digit or a symbol (a
 * plain word is prose: "my password is not working", "the password is expired", "password is required",
 * "password is too short", "reset your password"), and is not a placeholder or a reference. A bare
 * password word followed by a value (no copula or colon) needs a stronger value: 8+ characters with
 * letters and digits. Lengths and counts ("password is 12-16 characters", "8+ Zeichen") are not passwords.
 *
 * Not reported: a PIN ("PIN 4821"). Four to six digits after "PIN" are far more often a postal PIN code,
 * a SIM/card PIN instruction or a reference number than a disclosed secret, and alone unlock nothing.
 *
 * Linear time: one case-insensitive regex of literal cue words; after each, a bounded hand scan
 * (at most a few hundred characters) that resumes the regex past the value.
 */
export const PROSE_PASSWORD_SCORE = 0.7;

const CUE_RE =
  /(password|passwort|passwd|passphrase|passcode|kennwort|wachtwoord|mot de passe|mdp|contraseña|contrasena|senha|parola|parolă|parolei|şifre|şifrem|şifresi|şifreniz|heslo|hasło|haslo|lösenord|losenord|adgangskode|passord|salasana|jelszó|jelszo|jelszavam|pwd|pw)(?![A-Za-z0-9_\-À-ÿ])/gi;
/** Cue words that may be followed directly by the value ("Passwort n9aUpKlCWi&koQ-"). */
const BARE_OK = new Set([
  'password',
  'passwort',
  'passphrase',
  'passcode',
  'kennwort',
  'wachtwoord',
  'mot de passe',
  'contraseña',
  'contrasena',
  'senha',
  'parola',
  'parolă',
  'parolei',
  'şifre',
  'şifrem',
  'şifresi',
  'şifreniz',
  'heslo',
  'hasło',
  'haslo',
  'lösenord',
  'losenord',
  'adgangskode',
  'passord',
  'salasana',
  'jelszó',
  'jelszo',
  'jelszavam',
]);
const COPULAS = new Set([
  'is',
  'was',
  'ist',
  'war',
  'lautet',
  'est',
  'était',
  'etait',
  'es',
  'era',
  'è',
  "e'",
  'é',
  'e',
  'sono',
  'este',
  'je',
  'är',
  'er',
  'on',
  'jest',
]);
const ADVERBS = new Set([
  'now',
  'still',
  'jetzt',
  'nun',
  'noch',
  'maintenant',
  'toujours',
  'ahora',
  'todavía',
  'ora',
  'adesso',
  'ancora',
  'nu',
  'nog',
  'agora',
]);
const FOR_WORDS = new Set(['for', 'für', 'fuer', 'pour', 'para', 'per', 'voor', 'of', 'de', 'del', 'van', 'do', 'da']);
/** Words after a number that make it a length or a count, not a password. */
const UNIT_RE =
  /^(?:characters?|chars?|letters?|digits?|symbols?|zeichen|stellen|ziffern|caract[èe]res?|chiffres?|caracteres?|d[íi]gitos?|caratteri|cifre|tekens|cijfers|days?|tage?n?|jours?|d[íi]as?|giorni|dagen|minutes?|hours?|months?|weeks?|times?|mal|fois|veces|volte|keer)\b/i;
/** Versions (`v1.2.3`) and compound adjectives (`2FA-protected`, `AES256-encrypted`): prose, not passwords. */
const PROSE_SHAPE_RE = /^(?:v?\d{1,4}(?:\.\d{1,4}){1,3}|[A-Za-z0-9]{1,8}-[a-z]{4,24})$/;
/** A code expression where a value would be: `auth[1]`, `cfg.get(`, `row.password`. */
const CODE_EXPRESSION_RE = /^[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){0,8}[[(]/;
const MAX_WORD = 40;
const MAX_VALUE = 128;
const OPEN_QUOTES = '"\'`«„“‘';
const CLOSE_QUOTE: Record<string, string> = { '"': '"', "'": "'", '`': '`', '«': '»', '„': '“', '“': '”', '‘': '’' };
/** Closing punctuation trimmed from the end of an unquoted value. */
const TRAILING = '.,;:)]}»”’"\'`';

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

function skipSpaces(text: string, i: number): number {
  const limit = Math.min(text.length, i + 8);
  while (i < limit && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The word (letters, digits, `'`, `.`, `@`, `_`, `-`) starting at `i`, bounded; '' when none. */
function wordAt(text: string, i: number): string {
  let e = i;
  const limit = Math.min(text.length, i + MAX_WORD);
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c <= 32 || c === 160 || c === 58 || c === 61 || c === 44 || c === 34) break;
    e++;
  }
  return text.slice(i, e);
}

interface Value {
  start: number;
  end: number;
  quoted: boolean;
}

/** Reads the value at `i`: a quoted string on one line, or a run of non-space characters minus closing punctuation. */
function readValue(text: string, i: number): Value | null {
  const open = text[i] ?? '';
  if (OPEN_QUOTES.includes(open)) {
    const close = CLOSE_QUOTE[open] ?? open;
    const limit = Math.min(text.length, i + 1 + MAX_VALUE);
    let e = i + 1;
    while (e < limit && text[e] !== close && text.charCodeAt(e) !== 10) e++;
    if (e >= limit || text[e] !== close) return null;
    if (open === '`' && text.slice(i + 1, e).includes(' ')) return null; // inline code with spaces, not a password
    return { start: i + 1, end: e, quoted: true };
  }
  const limit = Math.min(text.length, i + MAX_VALUE);
  let e = i;
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (c <= 32 || c === 160) break;
    e++;
  }
  if (e === limit && e < text.length && text.charCodeAt(e) > 32) return null; // longer than any password
  while (e > i && TRAILING.includes(text[e - 1] ?? '')) e--;
  return e > i ? { start: i, end: e, quoted: false } : null;
}

/** Letters (any script) with hyphens or apostrophes only: prose ("re-entry", "l'utilisateur"). */
function wordLike(v: string): boolean {
  return /^[\p{L}'’-]+$/u.test(v);
}

function acceptable(value: string, bare: boolean, text: string, end: number): boolean {
  const c0 = value.charCodeAt(0);
  if (c0 === 92 || c0 === 41 || c0 === 93 || c0 === 125 || c0 === 44 || c0 === 59) return false; // `\"`, `)`, `]`, `}`, `,`, `;`
  // A quoted phrase is a password only while it is short (a passphrase), not a quoted sentence or code.
  if (value.includes(' ') && (value.length > 40 || value.split(' ').length > 5)) return false;
  if (value.includes('://') || value.includes('${') || wordLike(value) || PROSE_SHAPE_RE.test(value)) return false;
  if (!looksLikePassword(value, false)) return false;
  const classes = charClasses(value);
  const letters = (classes & 3) !== 0;
  const digits = (classes & 4) !== 0;
  if (!letters) {
    // Numbers with punctuation are lengths, ranges and dates ("12-16", "8+") unless long.
    let count = 0;
    for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) >= 48 && value.charCodeAt(i) <= 57) count++;
    if (count < 6) return false;
  }
  // After a bare cue, code reads like a value (`password VARCHAR(255)`): no brackets there.
  if (bare && !(value.length >= 8 && letters && digits && !/[()[\]{}]/.test(value))) return false;
  const next = skipSpaces(text, end);
  if (UNIT_RE.test(text.slice(next, next + 16))) return false;
  return true;
}

/** Letters, digits, `_`, `-` and Latin-1 letters: a cue never starts right after one. */
function isCueWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || (c >= 192 && c <= 255);
}

/** Fragments every cue word holds in lower, capitalised or upper case: most texts fail a few indexOf scans. */
const CUE_FRAGMENTS = [
  'ass',
  'ASS',
  'wort',
  'WORT',
  'woord',
  'WOORD',
  'mdp',
  'MDP',
  'Mdp',
  'ntrase',
  'NTRASE',
  'enha',
  'ENHA',
  'pw',
  'PW',
  'Pw',
  'arol',
  'AROL',
  'ifre',
  'IFRE',
  'eslo',
  'ESLO',
  'asło',
  'ASŁO',
  'aslo',
  'ASLO',
  'senord',
  'SENORD',
  'gskode',
  'GSKODE',
  'alasan',
  'ALASAN',
  'elsz',
  'ELSZ',
];

function mayHaveCue(text: string): boolean {
  for (const f of CUE_FRAGMENTS) if (text.indexOf(f) !== -1) return true;
  return false;
}

export function detectProsePasswords(text: string, out: Span[]): void {
  if (!mayHaveCue(text)) return;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(text); m !== null; m = CUE_RE.exec(text)) {
    if (m.index > 0 && isCueWordChar(text.charCodeAt(m.index - 1))) {
      CUE_RE.lastIndex = m.index + 1;
      continue;
    }
    const cue = (m[1] ?? '').toLowerCase();
    let i = skipSpaces(text, m.index + m[0].length);
    let linked = false; // a copula or a separator ties the value to the cue
    // "for <up to 4 words>" must end in a copula: "the password for the admin account is …".
    let w = wordAt(text, i).toLowerCase();
    if (FOR_WORDS.has(w)) {
      let j = skipSpaces(text, i + w.length);
      let found = false;
      for (let n = 0; n < 5 && j < text.length; n++) {
        const word = wordAt(text, j);
        if (word.length === 0) break;
        if (n > 0 && COPULAS.has(word.toLowerCase())) {
          found = true;
          break;
        }
        j = skipSpaces(text, j + word.length);
      }
      if (!found) continue;
      i = j;
      w = wordAt(text, i).toLowerCase();
    }
    if (COPULAS.has(w)) {
      linked = true;
      i = skipSpaces(text, i + w.length);
      w = wordAt(text, i).toLowerCase();
    }
    if (ADVERBS.has(w) && linked) i = skipSpaces(text, i + w.length);
    const sep = text.charCodeAt(i);
    // `=` is code (`password=db_password)`): secret-assignments.ts reads it.
    if (sep === 61) continue;
    if (sep === 58 || ((sep === 45 || sep === 8211) && isSpace(text.charCodeAt(i + 1)))) {
      linked = true;
      i = skipSpaces(text, i + 1);
    }
    // A bare cue is followed by a space (not `user:password@host`, `password/`, `password.txt`).
    if (!linked && (!BARE_OK.has(cue) || i === m.index + m[0].length)) continue;
    const v = readValue(text, i);
    if (v === null) continue;
    const value = text.slice(v.start, v.end);
    if (isReference(value, text.charCodeAt(v.end), v.quoted) || value.charCodeAt(0) === 91) continue; // `[REDACTED]`
    if (!v.quoted && CODE_EXPRESSION_RE.test(value)) continue;
    if (!acceptable(value, !linked, text, v.end + (v.quoted ? 1 : 0))) continue;
    out.push({ entityType: 'API_KEY_SECRET', start: v.start, end: v.end, score: PROSE_PASSWORD_SCORE });
    CUE_RE.lastIndex = Math.max(CUE_RE.lastIndex, v.end);
  }
}
