/**
 * Is a value written where a secret goes a real secret, a reference to one, or a placeholder?
 * Shared by the assignment, URL, connection-string and service-account detectors.
 *
 * Every function here looks at one bounded value (callers cap values at a few hundred characters),
 * with anchored regexes made of single character classes, so the cost per candidate is constant.
 */

/** Shannon entropy of `s` in bits per character. */
export function entropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Character classes present: lower, upper, digit, other (bit flags). */
export function charClasses(s: string): number {
  let f = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) f |= 1;
    else if (c >= 65 && c <= 90) f |= 2;
    else if (c >= 48 && c <= 57) f |= 4;
    else f |= 8;
  }
  return f;
}

function bitCount(f: number): number {
  return (f & 1) + ((f >> 1) & 1) + ((f >> 2) & 1) + ((f >> 3) & 1);
}

export function hasDigit(s: string): boolean {
  return (charClasses(s) & 4) !== 0;
}

/** Words that stand in for a secret in docs, templates and tests (compared letters-only, lowercased). */
const PLACEHOLDER_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'secrets',
  'token',
  'apikey',
  'key',
  'accesskey',
  'secretkey',
  'changeme',
  'changeit',
  'example',
  'examples',
  'sample',
  'dummy',
  'test',
  'testing',
  'fake',
  'mock',
  'demo',
  'redacted',
  'removed',
  'hidden',
  'masked',
  'placeholder',
  'todo',
  'tbd',
  'fixme',
  'none',
  'null',
  'nil',
  'empty',
  'undefined',
  'foo',
  'bar',
  'baz',
  'foobar',
  'qux',
  'xxx',
  'xxxx',
  'value',
  'string',
  'str',
  'required',
  'optional',
  'notset',
  'unset',
  'default',
  'replaceme',
  'insertkeyhere',
  'enterpasswordhere',
  'mypassword',
  'yourpassword',
  'mysecret',
  'yoursecret',
  'myapikey',
  'yourapikey',
  'mytoken',
  'yourtoken',
  'mykey',
  'yourkey',
  'secretkey',
  'supersecret',
  'topsecret',
  'tiger',
  'scott',
  'yourpasswordhere',
  'yourkeyhere',
  'yourtokenhere',
  'yoursecrethere',
  'abc',
  'abcdef',
]);
/** Fragments that mark a value as a stand-in wherever they appear in it. */
const PLACEHOLDER_FRAGMENT_RE =
  /your|example|placeholder|changeme|change_me|change-me|replace|redacted|dummy|sample|insert|xxxx|here$|^my(?:[_-]?(?:password|passwd|pwd|pass|secret|api[_-]?key|key|token|user))|<|>|\.\.\.|\*\*\*/i;
/** Alphanumeric runs made of one repeated character, or counting runs: 000000, 12345678, abcdef. */
const SEQUENTIAL = '0123456789abcdefghijklmnopqrstuvwxyz';

function lettersOnlyLower(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) r += String.fromCharCode(c);
  }
  return r;
}

export function allSame(s: string): boolean {
  for (let i = 1; i < s.length; i++) if (s.charCodeAt(i) !== s.charCodeAt(0)) return false;
  return true;
}

/**
 * AWS's documentation convention: every example credential in its documentation ends in `EXAMPLE`
 * (access key ids: `AKIAIOSFODNN7EXAMPLE`, `AKIAI44QH8DHBEXAMPLE`) or `EXAMPLEKEY` (secret keys:
 * `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`). Such a value is a documentation example, which the
 * issue lists among the hard negatives that stay clean. Upper case only: a random key can end in
 * `example` only by a one-in-billions chance, never in that exact upper-case word.
 */
export function isDocumentationExample(value: string): boolean {
  // Only AWS's own shapes: a key id (AKIA/ASIA and 16 characters, the last seven "EXAMPLE") and a 40-character
  // secret key ending in "EXAMPLEKEY". Appending EXAMPLE to any other token must not hide it.
  return DOC_KEY_ID.test(value) || (value.length === 40 && value.endsWith('EXAMPLEKEY'));
}
const DOC_KEY_ID = /^A[KS]IA[A-Z0-9]{9}EXAMPLE$/;

/**
 * Placeholders: `<your-key>`, `YOUR_API_KEY`, `changeme`, `xxxx`, `****`, `...`, `password`,
 * `example`, `REDACTED`, `sk_test_your_key_here`, `000000`, and documentation examples. A value
 * that merely contains a marker word but is otherwise random (`a8Kq…sampleRate…`) is judged on what
 * remains once the marker is removed.
 */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0 || allSame(value) || isDocumentationExample(value)) return true;
  const letters = lettersOnlyLower(value);
  if (PLACEHOLDER_WORDS.has(letters) && !strongRandom(value)) return true;
  const lower = value.toLowerCase();
  if (SEQUENTIAL.includes(lower) || allSame(value.replace(/[^A-Za-z0-9]/g, ''))) return true;
  const fragment = PLACEHOLDER_FRAGMENT_RE.exec(value);
  if (fragment !== null) {
    const rest = value.slice(0, fragment.index) + value.slice(fragment.index + fragment[0].length);
    if (!strongRandom(rest)) return true;
  }
  return false;
}

/** Random-looking on its own: long enough, several character classes, high entropy. */
function strongRandom(s: string): boolean {
  return s.length >= 16 && bitCount(charClasses(s)) >= 2 && entropy(s) >= 3.5;
}

/**
 * References to a secret kept elsewhere (a variable, an env var, a template, a vault path, a call).
 * `next` is the character right after the value (a call or index follows its name).
 */
const REFERENCE_PREFIX_RE =
  /^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|env\.|ENV\.|var\.|local\.|locals\.|data\.|module\.|config\.|conf\.|cfg\.|settings\.|self\.|this\.|params\.|args\.|props\.|values\.|secrets\.|vars\.|inputs\.|context\.|ctx\.|req\.|request\.|vault:|ref\+|arn:aws|secretsmanager:|ssm:|awssm:|azurekeyvault:|keyvault:|gcpsm:|sm:\/\/|file:|env:|secret:|secretref:|valueFrom)/i;
/** YAML tags: `!Ref DbPassword`, `!Sub`, `!vault |`. */
const YAML_TAG_RE = /^![A-Za-z][A-Za-z:]{0,31}$/;
/** `a.b.c` identifier paths (Terraform `var.db_password`, `random_password.db.result`). */
const DOTTED_PATH_RE = /^[A-Za-z_][A-Za-z0-9_-]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_-]{0,63}){1,8}$/;
const IDENTIFIER_RE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const SECRET_WORD_RE = /pass|pwd|secret|token|key|cred|auth/i;
/** All-caps env var names: `DB_PASSWORD`, `YOUR_API_KEY`. */
const ENV_NAME_RE = /^[A-Z][A-Z0-9_]*$/;

export function isReference(value: string, next: number, quoted: boolean): boolean {
  const c0 = value.charCodeAt(0);
  // $VAR, ${VAR}, $(cmd), %VAR%, %s, #{ruby}, {{ template }}, @Microsoft.KeyVault(...), <%= erb %>
  if (c0 === 36 || c0 === 37 || c0 === 123 || c0 === 60) return true;
  if (value.includes('${') || value.includes('{{') || value.includes('#{') || value.includes('$(')) return true;
  if (value.startsWith('@Microsoft.KeyVault')) return true;
  if (!quoted && (next === 40 || next === 91)) return true; // getenv("X"), ENV['X'], os.environ["X"]
  if (REFERENCE_PREFIX_RE.test(value) || YAML_TAG_RE.test(value)) return true;
  if (!quoted && DOTTED_PATH_RE.test(value) && !hasDigitRun(value)) return true;
  if (ENV_NAME_RE.test(value) && value.includes('_')) return true;
  // A variable named after the secret: `password=db_password`, `password: hashedPassword`. A vendor
  // token whose prefix holds such a word (Notion's `secret_1XrcMF9…`) or whose random body happens to
  // spell one (`…kEy…`) is not a name: identifiers change character class a few times, tokens constantly.
  if (!quoted && IDENTIFIER_RE.test(value) && SECRET_WORD_RE.test(value) && !looksRandom(value)) return true;
  return false;
}

/**
 * A random token rather than a name: strongly random, with digits scattered through it or upper-case
 * letters side by side, as random base62 has (`dbPasswordProd2024`, `myApiKeyForProduction2024` have
 * one digit run at the end and camel humps only).
 */
export function looksRandom(s: string): boolean {
  if (!strongRandom(s)) return false;
  let marks = 0;
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const k = c >= 48 && c <= 57 ? 2 : c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 0 : -1;
    if (prev !== -1 && k !== -1 && (prev === 2) !== (k === 2))
      marks++; // between a digit and a letter
    else if (prev === 1 && k === 1) marks++; // two capitals in a row
    prev = k;
  }
  return marks * 6 >= s.length;
}

function hasDigitRun(s: string): boolean {
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

/** Types and literals that sit where a value would in code and schemas. */
const TYPE_WORDS = new Set([
  'string',
  'str',
  'number',
  'int',
  'integer',
  'bool',
  'boolean',
  'null',
  'none',
  'nil',
  'undefined',
  'true',
  'false',
  'bytes',
  'text',
  'varchar',
  'char',
  'object',
  'any',
  'unknown',
  'secretstr',
  'optional',
  'required',
  // keywords and prompts that start an expression where a value would be
  'await',
  'async',
  'new',
  'function',
  'lambda',
  'yield',
  'return',
  'typeof',
  'input',
  'getpass',
  'prompt',
]);

/**
 * A secret chosen by a person (a `password=` value): short values count, but not types,
 * references, placeholders, or an unquoted plain word after `:` ("Password: Enter", `password: Optional`).
 */
export function looksLikePassword(value: string, codeLike: boolean): boolean {
  if (value.length < 4 || value.length > 256) return false;
  if (TYPE_WORDS.has(value.toLowerCase())) return false;
  const classes = charClasses(value);
  if (!codeLike && (classes & 0b1100) === 0) return false; // letters only, in prose
  if (!codeLike && /^\p{L}+$/u.test(value)) return false; // one word with accents, in prose ("Senha: obrigatória")
  // Quoted words with spaces and nothing else are prose ("This is my plan"), not a password.
  if (value.includes(' ') && (charClasses(value.replace(/ /g, '')) & 0b1100) === 0) return false;
  return !isPlaceholder(value);
}

/**
 * A generated secret (API key, token, signature, account key): at least 12 characters, a digit
 * or a long mixed-case run, entropy of a random string, and not a placeholder.
 */
export function looksGenerated(value: string, minLength = 12): boolean {
  if (value.length < minLength || value.length > 4096) return false;
  const classes = charClasses(value);
  const digits = (classes & 4) !== 0;
  if (!digits && !(value.length >= 20 && (classes & 3) === 3)) return false;
  if (bitCount(classes) < 2) return false;
  if (entropy(value) < (value.length >= 24 ? 3.3 : 3.0)) return false;
  return !isPlaceholder(value);
}
