import type { Span } from './types';
import { isReference, looksGenerated, looksLikePassword } from './secrets/values';

/**
 * API_KEY_SECRET from where secrets are written down rather than from their shape: assignments in
 * code, config, `.env` files and connection strings:
 *   `password=...`, `DB_PASSWORD: ...`, `"api_key": "..."`, `client_secret = ...`, `dbPassword: '...'`,
 *   Docker's `"auth": "<base64 of user:password>"` (a generated-looking value only),
 *   `export API_KEY=...`, `User Id=sa;Password=...;`, `AccountKey=...;`, `SharedAccessKey=...`,
 *   and XML / .NET config: `<password>...</password>`, `<add key="ApiKey" value="..."/>`
 * Only the value is reported, so redaction keeps the key name readable.
 *
 * Values are judged (secrets/values.ts): a password-like key takes short human passwords; any
 * other key needs a generated-looking value (length, character mix, entropy). References
 * (`var.db_password`, `${DB_PASSWORD}`, `import.meta.env.X`, `getenv("X")`, `!Ref DbPassword`, …),
 * placeholders (`<your-key>`, `YOUR_API_KEY`, `changeme`, `****`, …), types (`password: string`)
 * and plain words after a colon (`Password: Enter your password`) are not secrets.
 * (Passwords in URLs: secrets/url-secrets.ts.)
 *
 * Linear time: the scan is anchored on a separator character found by a one-character-class
 * regex, and looks at most a bounded window around it.
 */
export const ASSIGNMENT_SCORE = 0.7;

const SEPARATOR_RE = /[:=]/g;
/** The key's tail (lowercased); it must start the key or follow `_`/`-`/`.` or a camelCase hump. */
const SECRET_KEY_RE =
  /(pgpassword|password|passwd|passphrase|pass|pwd|passwort|kennwort|wachtwoord|passord|adgangskode|motdepasse|mot[_-]?de[_-]?passe|contrasena|senha|haslo|(?:php|j|asp\.net_)?sessionid|phpsessid|salasana|heslo|parola|sifre|losenord|sessid|session[_-]?(?:id|token|key)|session|connect\.sid|secret|client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|secret[_-]?key[_-]?base|private[_-]?key|signing[_-]?key|encryption[_-]?key|master[_-]?key|app[_-]?key|account[_-]?key|shared[_-]?access[_-]?key|access[_-]?token|auth[_-]?token|refresh[_-]?token|token|auth)$/;
/** Keys whose value is not a secret although the key ends like one. */
const NOT_SECRET_KEY_RE =
  /(?:page|next|continuation|cursor|sync|csrf|xsrf|max|num|input|output|prompt|completion|public|publishable)[_-]?(?:tokens?|key)$/;
/** Last letters of those keys (d, e, t, y, n, s, h, a, o), lowercased: most `:` in prose fail this cheap test. */
const KEY_LAST_CHAR = new Set([100, 101, 116, 121, 110, 115, 104, 97, 111]);
/** Keys whose values are passwords chosen by people: short values count. */
const HUMAN_SECRET = new Set([
  'pgpassword',
  'password',
  'passwd',
  'passphrase',
  'pass',
  'pwd',
  'secret',
  // "password" in German, Dutch, Norwegian, Danish, French, Spanish, Portuguese and Polish
  'passwort',
  'kennwort',
  'wachtwoord',
  'passord',
  'adgangskode',
  'motdepasse',
  'mot_de_passe',
  'mot-de-passe',
  'contrasena',
  'senha',
  'haslo',
  'salasana',
  'heslo',
  'parola',
  'sifre',
  'losenord',
]);
const MAX_KEY = 48;
const MAX_VALUE = 256;

function isKeyChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

function isValueChar(c: number): boolean {
  // Anything but whitespace, quotes, and the punctuation that ends a value in code or prose.
  return (
    c > 32 &&
    c !== 34 &&
    c !== 39 &&
    c !== 96 &&
    c !== 44 &&
    c !== 59 &&
    c !== 60 &&
    c !== 62 &&
    c !== 38 &&
    c !== 40 &&
    c !== 41 &&
    c !== 123 &&
    c !== 125 &&
    c !== 91 &&
    c !== 93
  );
}

function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The secret key name ending at `keyEnd` (its matched tail, lowercased), or null. */
function secretKey(text: string, k: number, keyEnd: number): string | null {
  const key = text.slice(k, keyEnd);
  const lower = key.toLowerCase();
  const m = SECRET_KEY_RE.exec(lower);
  if (m === null || NOT_SECRET_KEY_RE.test(lower)) return null;
  const i = m.index;
  if (i > 0) {
    const before = key.charCodeAt(i - 1);
    const camel = isUpper(key.charCodeAt(i)) && isLowerOrDigit(before);
    if (!(before === 95 || before === 45 || before === 46 || camel)) return null;
  }
  return m[1] ?? null;
}

function detectAssignments(text: string, out: Span[]): void {
  SEPARATOR_RE.lastIndex = 0;
  for (let m = SEPARATOR_RE.exec(text); m !== null; m = SEPARATOR_RE.exec(text)) {
    const p = m.index;
    const next = text.charCodeAt(p + 1);
    if (next === 61 || next === 62 || next === 47 || next === 58) continue; // "==", "=>", "://", "::"
    let k = p;
    while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 9)) k--;
    if (k > 0 && isQuote(text.charCodeAt(k - 1))) k--;
    const keyEnd = k;
    const floor = Math.max(0, keyEnd - MAX_KEY);
    while (k > floor && isKeyChar(text.charCodeAt(k - 1))) k--;
    if (k === keyEnd || !KEY_LAST_CHAR.has(text.charCodeAt(keyEnd - 1) | 32)) continue;
    // A segment of a colon path (`{{resolve:secretsmanager:Name:SecretString:password}}`, an ARN), not a key;
    // PowerShell's `$env:API_KEY = ...` is one.
    if (k > 0 && text.charCodeAt(k - 1) === 58 && !(k >= 4 && text.slice(k - 4, k - 1).toLowerCase() === 'env')) continue;
    // `${JWT_SECRET:?set JWT_SECRET}`: the shell's "error if unset" message, not a value (a `:-` default
    // is a literal value and is judged like one).
    if (k >= 2 && text.charCodeAt(k - 1) === 123 && text.charCodeAt(k - 2) === 36 && next === 63) continue;
    const key = secretKey(text, k, keyEnd);
    if (key === null) continue;
    let v = p + 1;
    while (v < text.length && (text.charCodeAt(v) === 32 || text.charCodeAt(v) === 9)) v++;
    const quote = v < text.length && isQuote(text.charCodeAt(v)) ? text.charCodeAt(v) : 0;
    if (quote !== 0) v++;
    let e = v;
    const limit = Math.min(text.length, v + MAX_VALUE);
    if (quote !== 0) {
      // A quoted value runs to its closing quote (on the same line), spaces included.
      while (e < limit && text.charCodeAt(e) !== quote && text.charCodeAt(e) !== 10) e++;
      if (e >= limit || text.charCodeAt(e) !== quote) continue;
    } else {
      while (e < limit && isValueChar(text.charCodeAt(e))) e++;
      // Sentence punctuation after an unquoted value is not part of it.
      while (e > v && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 33 || text.charCodeAt(e - 1) === 63)) e--;
    }
    const value = text.slice(v, e);
    if (value.length === 0 || isReference(value, text.charCodeAt(e), quote !== 0)) continue;
    const codeLike = quote !== 0 || m[0] === '=';
    if (!secretValue(key, value, codeLike)) continue;
    out.push({ entityType: 'API_KEY_SECRET', start: v, end: e, score: ASSIGNMENT_SCORE });
    SEPARATOR_RE.lastIndex = Math.max(e, p + 1);
  }
}

/** Whether a secret key's value is a real secret (human password keys take short passwords). */
function secretValue(key: string, value: string, codeLike: boolean): boolean {
  return HUMAN_SECRET.has(key) ? looksLikePassword(value, codeLike) : looksGenerated(value);
}

/**
 * XML and .NET config: `<password>…</password>`, `<db:ApiKey>…</db:ApiKey>`, `<add key="ApiKey" value="…"/>`
 * (appSettings). Element and key names are judged like assignment keys (after any namespace or section prefix).
 * Linear time: `</` and `<add` prefilters; each `<` is looked at over a bounded window.
 */
const XML_ELEMENT_RE = /<([A-Za-z_][\w.:-]{0,47})(?:[ \t][^<>\r\n]{0,128})?>[ \t]{0,8}([^<\r\n]{1,256}?)[ \t]{0,8}<\/\1>/g;
const ADD_KEY_RE = /<add[ \t]{1,8}key[ \t]{0,4}=[ \t]{0,4}"([^"<>\r\n]{1,64})"[ \t]{1,8}value[ \t]{0,4}=[ \t]{0,4}"([^"<>\r\n]{1,256})"/gi;

function keyOf(name: string): string | null {
  const local = name.slice(Math.max(name.lastIndexOf(':'), name.lastIndexOf('/')) + 1);
  return local.length === 0 ? null : secretKey(local, 0, local.length);
}

function detectXml(text: string, out: Span[]): void {
  if (text.indexOf('</') !== -1) {
    XML_ELEMENT_RE.lastIndex = 0;
    for (let m = XML_ELEMENT_RE.exec(text); m !== null; m = XML_ELEMENT_RE.exec(text)) {
      const key = keyOf(m[1] ?? '');
      const value = m[2] ?? '';
      if (key === null || isReference(value, 0, true) || !secretValue(key, value, true)) continue;
      let start = m.index + m[0].indexOf('>') + 1; // names and attributes hold no '>'
      while (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9) start++;
      out.push({ entityType: 'API_KEY_SECRET', start, end: start + value.length, score: ASSIGNMENT_SCORE });
    }
  }
  if (text.indexOf('<add') !== -1) {
    ADD_KEY_RE.lastIndex = 0;
    for (let m = ADD_KEY_RE.exec(text); m !== null; m = ADD_KEY_RE.exec(text)) {
      const key = keyOf(m[1] ?? '');
      const value = m[2] ?? '';
      if (key === null || isReference(value, 0, true) || !secretValue(key, value, true)) continue;
      const start = m.index + m[0].length - 1 - value.length;
      out.push({ entityType: 'API_KEY_SECRET', start, end: start + value.length, score: ASSIGNMENT_SCORE });
    }
  }
}

export function detectSecretAssignments(text: string, out: Span[]): void {
  detectAssignments(text, out);
  detectXml(text, out);
}
