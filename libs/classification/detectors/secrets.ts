import { allSame } from './ids/checks';
import { isDocumentationExample } from './secrets/values';
import { tokenRuns } from './scan';
import type { Span } from './types';

/**
 * API_KEY_SECRET from vendor token formats, JWTs, PEM private keys, HTTP auth headers, password hashes
 * (bcrypt, Argon2, SHA-crypt) and Twilio auth tokens next to their account SID.
 * (Assignments like `password=...` and passwords in connection strings: secret-assignments.ts; passwords
 * in prose and on command lines: secrets/prose-passwords.ts, secrets/cli-credentials.ts.)
 *
 * Linear time: every alternative begins with a literal prefix at a token start (a match right after
 * a word character is dropped and the scan resumes one character later), and the only unbounded
 * repetitions are single character classes followed by a character outside the class.
 */
export const VENDOR_TOKEN_SCORE = 0.95;
export const JWT_SCORE = 0.85;
export const PRIVATE_KEY_SCORE = 1.0;
export const AUTH_HEADER_SCORE = 0.8;
export const PASSWORD_HASH_SCORE = 0.9;
export const TWILIO_TOKEN_SCORE = 0.85;

/**
 * One alternation of `alternatives` (each starting with a literal letter or digit), grouped by that
 * first character with the order kept within each group: "a1|b1|a2" becomes "a(?:1|2)|b1".
 * Alternatives with different first characters never match at the same position, so the matches
 * are the same; V8 then tries one group per position instead of every alternative (about 30% faster
 * on prose).
 */
function byFirstChar(alternatives: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    const first = a.charAt(0);
    if (!/[A-Za-z0-9]/.test(first)) throw new Error(`not a literal first character: ${a}`);
    groups.set(first, [...(groups.get(first) ?? []), a.slice(1)]);
  }
  return [...groups].map(([first, rests]) => (rests.length === 1 ? first + (rests[0] ?? '') : `${first}(?:${rests.join('|')})`)).join('|');
}

const TOKEN_RE = new RegExp(
  '(?:' +
    byFirstChar([
      'sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}', // OpenAI, Anthropic (sk-ant-api03-...)
      'A(?:KIA|SIA|BIA|CCA)[0-9A-Z]{16}(?![0-9A-Za-z])', // AWS access key id
      'gh[pousr]_[A-Za-z0-9]{36,}', // GitHub classic tokens
      'github_pat_[A-Za-z0-9_]{22,}', // GitHub fine-grained tokens
      'glpat-[A-Za-z0-9_-]{20,}', // GitLab
      'xox[abeprs]-[A-Za-z0-9-]{10,}', // Slack
      'AIza[0-9A-Za-z_-]{35}(?![\\w-])', // Google API key
      'sk_(?:live|test)_[0-9A-Za-z]{16,}', // Stripe secret key
      'rk_(?:live|test)_[0-9A-Za-z]{16,}', // Stripe restricted key
      'hf_[A-Za-z0-9]{30,}', // Hugging Face
      'npm_[A-Za-z0-9]{36,}', // npm
      'eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}', // JWT (header.payload.signature)
      // Vendor formats with a distinctive prefix, each as documented (length and alphabet):
      'secret_[A-Za-z0-9]{43}(?![\\w-])', // Notion internal integration token (legacy)
      'ntn_[A-Za-z0-9]{40,50}(?![\\w-])', // Notion token (2024 format)
      'whsec_[A-Za-z0-9+/=]{24,}', // Stripe webhook signing secret (pk_live_ is publishable: not listed)
      'shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![\\w-])', // Shopify admin / shared secret / custom / private app
      'ATATT3[A-Za-z0-9_=-]{150,}', // Atlassian API token
      'ATCTT3[A-Za-z0-9_=-]{150,}', // Atlassian (Confluence/Jira cloud) API token
      'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![\\w-])', // SendGrid
      'key-[0-9a-f]{32}(?![\\w-])', // Mailgun private API key
      'SK[0-9a-f]{32}(?![\\w-])', // Twilio API key SID (its secret is an assignment)
      'dapi[0-9a-f]{32}(?:-[0-9]{1,2})?(?![\\w-])', // Databricks personal access token
      'do[opr]_v1_[0-9a-f]{64}(?![\\w-])', // DigitalOcean personal / OAuth / refresh token
      'dp\\.(?:st|sa|ct|pt|scim|audit)\\.(?:[A-Za-z0-9_-]{2,35}\\.)?[A-Za-z0-9]{40,44}(?![\\w-])', // Doppler
      'pypi-AgE[A-Za-z0-9_-]{50,}', // PyPI API token (a macaroon)
      'lin_(?:api|oauth)_[A-Za-z0-9]{40}(?![\\w-])', // Linear
      'PMAK-[0-9a-f]{24}-[0-9a-f]{34}(?![\\w-])', // Postman
      'glsa_[A-Za-z0-9]{32}_[0-9a-fA-F]{8}(?![\\w-])', // Grafana service account token
      'glc_[A-Za-z0-9+/]{32,400}={0,2}', // Grafana Cloud access policy token
      'gl(?:ptt|rt|dt|cbt|oas)-[A-Za-z0-9_-]{20,}', // GitLab trigger / runner / deploy / CI build / OAuth secrets
      'hv[sbr]\\.[A-Za-z0-9_-]{24,}', // HashiCorp Vault service / batch / recovery token
      'HRKU-AA[A-Za-z0-9_-]{58}(?![\\w-])', // Heroku (2024 format; older keys are UUIDs: assignments)
      'GOCSPX-[A-Za-z0-9_-]{28}(?![\\w-])', // Google OAuth client secret
      'sq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}(?![\\w-])', // Square access token / application secret
      'NRAK-[A-Z0-9]{27}(?![\\w-])', // New Relic user API key
      'pul-[0-9a-f]{40}(?![\\w-])', // Pulumi access token
      'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{9,16}-[0-9a-f]{40,64}', // Slack app-level token
      'AGE-SECRET-KEY-1[0-9A-Z]{58}(?![\\w-])', // age private key
    ]) +
    ')',
  'g',
);

const PEM_RE = /-----BEGIN (?:[A-Z0-9]{1,16} ){0,3}PRIVATE KEY(?: BLOCK)?-----/g;
const PEM_END = '-----END';
/** A PEM block longer than this is reported by its header only. */
const MAX_PEM = 20_000;

const AUTH_RE = /\b(?:[Bb]earer|[Bb]asic)[ \t]+([A-Za-z0-9_.~+/-]{16,}={0,2})(?![\w.~+/=-])/g;

function hasDigitAndLetter(s: string, from: number): boolean {
  let digit = false;
  let letter = false;
  for (let i = from; i < s.length && !(digit && letter); i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = true;
  }
  return digit && letter;
}

/** Longest vendor prefix the stand-in test skips: "sk-ant-api03-" is 13 characters. */
const MAX_PREFIX = 16;

/**
 * Where the part after a token's vendor prefix begins: after the last '_' or '-' within its first
 * MAX_PREFIX characters ("sk_live_", "sk-proj-", "ghp_", "xoxb-"), else after four characters
 * ("AKIA", "AIza"). Multi-part prefixes (`sk_live_`) are skipped whole, so a body of one repeated
 * character after them reads as a stand-in too.
 */
function prefixEnd(t: string): number {
  for (let i = Math.min(t.length, MAX_PREFIX) - 1; i >= 2; i--) {
    const c = t.charCodeAt(i);
    if (c === 95 || c === 45) return i + 1;
  }
  return 4;
}

/** A word character or '-': a token never starts right after one (checked in code, so the regex keeps its literal prefixes). */
function isTokenChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
}

/**
 * A match lies inside a run of the units a TOKEN_RE match may hold ([A-Za-z0-9_.+/=-]) at least 15
 * long (the shortest match, `xox?-` + 10; prose has few such runs: `tokenRuns`), so the regex scans
 * only those runs, each on its own: at a run's edges the pattern reads what it would in the whole
 * text (no lookbehind; its lookaheads reject only run units, none outside a run).
 */
function detectTokens(text: string, out: Span[]): void {
  const runs = tokenRuns(text);
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] as number;
    detectTokensIn(text, start, text.slice(start, runs[i + 1]), out);
  }
}

function detectTokensIn(text: string, offset: number, run: string, out: Span[]): void {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(run); m !== null; m = TOKEN_RE.exec(run)) {
    const at = offset + m.index;
    if (at > 0 && isTokenChar(text.charCodeAt(at - 1))) {
      TOKEN_RE.lastIndex = m.index + 1;
      continue;
    }
    const t = m[0];
    // "sk-" also starts slugs ("sk-this-is-a-long-slug"); real keys are random and mix digits in.
    if (t.startsWith('sk-') && !hasDigitAndLetter(t, 3)) continue;
    // Prefixes that are also words (`secret_…`, `key-…`, `SK…`) need a random body: digits and letters mixed.
    const c0 = t.charCodeAt(0);
    if ((c0 === 115 || c0 === 107 || c0 === 83) && !t.startsWith('sk')) {
      const body = c0 === 83 ? 2 : Math.max(t.indexOf('_'), t.indexOf('-')) + 1;
      if (!hasDigitAndLetter(t, body)) continue;
    }
    const jwt = t.startsWith('eyJ');
    // A stand-in after a vendor prefix: AKIAXXXXXXXXXXXXXXXX, ghp_xxxx…, sk_live_XXXX…, sk-proj-0000…;
    // and AWS's documentation examples (AKIAIOSFODNN7EXAMPLE).
    if (isDocumentationExample(t)) continue;
    if (
      !jwt &&
      allSame(
        t
          .slice(prefixEnd(t))
          .replace(/[^A-Za-z0-9]/g, '')
          .toLowerCase(),
      )
    )
      continue;
    out.push({ entityType: 'API_KEY_SECRET', start: at, end: at + t.length, score: jwt ? JWT_SCORE : VENDOR_TOKEN_SCORE });
  }
}

function detectPrivateKeys(text: string, out: Span[]): void {
  if (text.indexOf('-----BEGIN') === -1) return;
  PEM_RE.lastIndex = 0;
  // The next END marker is searched once per region, so many headers without an END stay linear.
  let endAt = -2;
  for (let m = PEM_RE.exec(text); m !== null; m = PEM_RE.exec(text)) {
    const headerEnd = m.index + m[0].length;
    if (endAt !== -1 && endAt < headerEnd) endAt = text.indexOf(PEM_END, headerEnd);
    let end = headerEnd;
    if (endAt !== -1 && endAt - headerEnd <= MAX_PEM) {
      const close = text.indexOf('-----', endAt + PEM_END.length);
      if (close !== -1 && close - endAt <= 64) end = close + 5;
    }
    out.push({ entityType: 'API_KEY_SECRET', start: m.index, end, score: PRIVATE_KEY_SCORE });
    PEM_RE.lastIndex = end;
  }
}

function detectAuthHeaders(text: string, out: Span[]): void {
  // No prefilter: two substring searches cost more than this scan (its literal cues let V8 skip ahead).
  AUTH_RE.lastIndex = 0;
  for (let m = AUTH_RE.exec(text); m !== null; m = AUTH_RE.exec(text)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    if (!hasDigitAndLetter(value, 0)) continue;
    out.push({ entityType: 'API_KEY_SECRET', start, end: start + value.length, score: AUTH_HEADER_SCORE });
  }
}

/**
 * Password hashes in modular crypt format: a leaked hash is cracked offline, so it is a credential.
 * bcrypt (`$2b$12$` + 53), Argon2 (`$argon2id$v=19$m=65536,t=3,p=4$salt$hash`), SHA-crypt
 * (`$5$`/`$6$`, optional `rounds=`, salt, 43/86 characters).
 */
const HASH_RE = new RegExp(
  '\\$(?:' +
    [
      '2[abxy]?\\$[0-3][0-9]\\$[./A-Za-z0-9]{53}',
      'argon2(?:id|i|d)\\$(?:v=[0-9]{1,3}\\$)?m=[0-9]{1,10},t=[0-9]{1,10},p=[0-9]{1,3}\\$[A-Za-z0-9+/]{8,88}\\$[A-Za-z0-9+/]{16,172}',
      '[56]\\$(?:rounds=[0-9]{1,9}\\$)?[./A-Za-z0-9]{1,16}\\$(?:[./A-Za-z0-9]{86}|[./A-Za-z0-9]{43})',
    ].join('|') +
    ')(?![./A-Za-z0-9+])',
  'g',
);

function detectPasswordHashes(text: string, out: Span[]): void {
  if (text.indexOf('$') === -1) return;
  HASH_RE.lastIndex = 0;
  for (let m = HASH_RE.exec(text); m !== null; m = HASH_RE.exec(text)) {
    out.push({ entityType: 'API_KEY_SECRET', start: m.index, end: m.index + m[0].length, score: PASSWORD_HASH_SCORE });
  }
}

/**
 * A Twilio auth token is 32 lower-case hex characters, like many digests; next to an account SID
 * (`AC` + 32 hex, within {@link TWILIO_WINDOW} characters, as in `Client("AC…", "<token>")`) it is
 * the token. The SID itself identifies the account and is not reported.
 */
const TWILIO_SID_RE = /(?<![\w-])AC[0-9a-f]{32}(?![\w-])/g;
const HEX32_RE = /(?<![\w-])[0-9a-f]{32}(?![\w-])/g;
const TWILIO_WINDOW = 256;

function detectTwilioTokens(text: string, out: Span[]): void {
  if (text.indexOf('AC') === -1) return;
  const sids: number[] = [];
  TWILIO_SID_RE.lastIndex = 0;
  for (let m = TWILIO_SID_RE.exec(text); m !== null; m = TWILIO_SID_RE.exec(text)) sids.push(m.index);
  if (sids.length === 0) return;
  let k = 0;
  HEX32_RE.lastIndex = 0;
  for (let m = HEX32_RE.exec(text); m !== null; m = HEX32_RE.exec(text)) {
    const at = m.index;
    while (k + 1 < sids.length && (sids[k + 1] as number) <= at) k++;
    const before = sids[k] as number;
    const after = k + 1 < sids.length ? (sids[k + 1] as number) : -1;
    const near =
      (before <= at && at - before <= TWILIO_WINDOW) ||
      (before > at && before - at <= TWILIO_WINDOW) ||
      (after !== -1 && after - at <= TWILIO_WINDOW);
    if (!near || !hasDigitAndLetter(m[0], 0)) continue;
    out.push({ entityType: 'API_KEY_SECRET', start: at, end: at + 32, score: TWILIO_TOKEN_SCORE });
  }
}

export function detectSecretTokens(text: string, out: Span[]): void {
  detectTokens(text, out);
  detectPrivateKeys(text, out);
  detectAuthHeaders(text, out);
  detectPasswordHashes(text, out);
  detectTwilioTokens(text, out);
}
