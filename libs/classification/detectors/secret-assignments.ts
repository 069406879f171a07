import type { Span } from './types';

/**
 * API_KEY_SECRET from where secrets are written down rather than from their shape:
 *   - assignments `password=...`, `DB_PASSWORD: ...`, `"api_key": "..."`, `client_secret = ...`
 *   - the password of a URL's userinfo, `postgres://user:pass@host/db`
 * Only the value is reported, so redaction keeps the key name readable.
 *
 * Linear time: both scans are anchored on a separator character found by a one-character-class
 * regex or indexOf, and look at most a bounded window around it.
 */
export const ASSIGNMENT_SCORE = 0.7;
export const URL_PASSWORD_SCORE = 0.8;

const SEPARATOR_RE = /[:=]/g;
/** The key's tail must be one of these, at the start of the key or after `_`/`-`/`.`. */
const SECRET_KEY_RE =
  /(?:^|[_.-])(password|passwd|passphrase|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|token)$/;
/** Last letters of those keys (d, e, t, y, n), lowercased: most `:` in prose fail this cheap test. */
const KEY_LAST_CHAR = new Set([100, 101, 116, 121, 110]);
/** Keys whose values are passwords chosen by people: short values count. */
const HUMAN_SECRET = new Set(['password', 'passwd', 'passphrase', 'secret']);
/** Types, literals and placeholders that sit where a secret would (code, schemas, templates). */
const NOT_A_VALUE = new Set([
  'string', 'str', 'number', 'int', 'integer', 'bool', 'boolean', 'null', 'none', 'nil', 'undefined', 'true', 'false',
  'required', 'optional', 'redacted', 'hidden', 'masked', 'secret', 'password', 'your_password', 'your-password',
  'your_api_key', 'your-api-key', 'yourpassword', 'placeholder', 'example', 'xxxx', 'changeit',
]);
const REFERENCE_RE = /^(?:process\.env|os\.environ|env\.|config\.|settings\.|self\.|this\.|params\.|args\.|secrets\.|vault:)/i;
const ENV_NAME_RE = /^[A-Z][A-Z0-9_]*$/;
const MAX_KEY = 48;
const MAX_VALUE = 256;

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

function isValueChar(c: number): boolean {
  // Anything but whitespace, quotes, and the punctuation that ends a value in code or prose.
  return c > 32 && c !== 34 && c !== 39 && c !== 96 && c !== 44 && c !== 59 && c !== 60 && c !== 62 &&
    c !== 38 && c !== 40 && c !== 41 && c !== 123 && c !== 125 && c !== 91 && c !== 93;
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

function allSame(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}

function hasNonLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return true;
  }
  return false;
}

/**
 * `human`: a password-like key, where short values count. `codeLike`: written with `=` or quoted,
 * so a plain word is a value rather than the start of a sentence ("secret: This is my plan").
 */
function plausibleSecret(value: string, human: boolean, codeLike: boolean): boolean {
  if (value.length < (human ? 4 : 12) || allSame(value)) return false;
  if (human && !codeLike && value.length < 8 && !hasNonLetter(value)) return false;
  const c0 = value.charCodeAt(0);
  if (c0 === 36 || c0 === 37 || c0 === 47 || c0 === 42) return false; // $VAR, %s, /path, ***
  if (NOT_A_VALUE.has(value.toLowerCase()) || REFERENCE_RE.test(value) || ENV_NAME_RE.test(value)) return false;
  if (!human && !/\d/.test(value)) return false; // generated keys and tokens carry digits
  return true;
}

function detectAssignments(text: string, out: Span[]): void {
  SEPARATOR_RE.lastIndex = 0;
  for (let m = SEPARATOR_RE.exec(text); m !== null; m = SEPARATOR_RE.exec(text)) {
    const p = m.index;
    const next = text.charCodeAt(p + 1);
    if (next === 61 || next === 62 || next === 47) continue; // "==", "=>", "://"
    let k = p;
    while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
    if (k > 0 && isQuote(text.charCodeAt(k - 1))) k--;
    const keyEnd = k;
    const floor = Math.max(0, keyEnd - MAX_KEY);
    while (k > floor && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k === keyEnd || !KEY_LAST_CHAR.has(text.charCodeAt(keyEnd - 1) | 32)) continue;
    const key = SECRET_KEY_RE.exec(text.slice(k, keyEnd).toLowerCase());
    if (key === null) continue;
    let v = p + 1;
    while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
    const quoted = v < text.length && isQuote(text.charCodeAt(v));
    if (quoted) v++;
    let e = v;
    const limit = Math.min(text.length, v + MAX_VALUE);
    while (e < limit && isValueChar(text.charCodeAt(e))) e++;
    // Sentence punctuation after an unquoted value is not part of it.
    while (!quoted && e > v && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 33 || text.charCodeAt(e - 1) === 63)) e--;
    if (!plausibleSecret(text.slice(v, e), HUMAN_SECRET.has(key[1] ?? ''), quoted || m[0] === '=')) continue;
    out.push({ entityType: 'API_KEY_SECRET', start: v, end: e, score: ASSIGNMENT_SCORE });
    SEPARATOR_RE.lastIndex = Math.max(e, p + 1);
  }
}

function isSchemeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 45 || c === 46;
}

function isAuthorityChar(c: number): boolean {
  return c > 32 && c !== 47 && c !== 63 && c !== 35 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96;
}

function detectUrlPasswords(text: string, out: Span[]): void {
  for (let idx = text.indexOf('://'); idx !== -1; idx = text.indexOf('://', idx + 3)) {
    const s = idx - 1;
    if (s < 0 || !isSchemeChar(text.charCodeAt(s))) continue;
    const from = idx + 3;
    const limit = Math.min(text.length, from + MAX_VALUE * 2);
    let end = from;
    let at = -1;
    let colon = -1;
    for (; end < limit; end++) {
      const c = text.charCodeAt(end);
      if (!isAuthorityChar(c)) break;
      if (c === 64) at = end;
      else if (c === 58 && at === -1 && colon === -1) colon = end;
    }
    if (at === -1 || colon === -1 || colon > at || at - colon < 2) continue;
    const password = text.slice(colon + 1, at);
    const c0 = password.charCodeAt(0);
    // Templates and masks (${DB_PASS}, <password>, ****, %s) are not secrets.
    if (c0 === 36 || c0 === 37 || c0 === 123 || c0 === 42 || allSame(password)) continue;
    out.push({ entityType: 'API_KEY_SECRET', start: colon + 1, end: at, score: URL_PASSWORD_SCORE });
  }
}

export function detectSecretAssignments(text: string, out: Span[]): void {
  detectAssignments(text, out);
  detectUrlPasswords(text, out);
}
