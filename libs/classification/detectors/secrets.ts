import type { Span } from './types';

/**
 * API_KEY_SECRET from vendor token formats, JWTs, PEM private keys and HTTP auth headers.
 * (Assignments like `password=...` and passwords in connection strings: secret-assignments.ts.)
 *
 * Linear time: every alternative begins with a literal prefix at a token start (the lookbehind
 * rejects starts inside a token), and the only unbounded repetitions are single character classes
 * followed by a character outside the class.
 */
export const VENDOR_TOKEN_SCORE = 0.95;
export const JWT_SCORE = 0.85;
export const PRIVATE_KEY_SCORE = 1.0;
export const AUTH_HEADER_SCORE = 0.8;

const TOKEN_RE = new RegExp(
  '(?<![\\w-])(?:' +
    [
      'sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}', // OpenAI, Anthropic (sk-ant-api03-...)
      '(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![0-9A-Za-z])', // AWS access key id
      'gh[pousr]_[A-Za-z0-9]{36,}', // GitHub classic tokens
      'github_pat_[A-Za-z0-9_]{22,}', // GitHub fine-grained tokens
      'glpat-[A-Za-z0-9_-]{20,}', // GitLab
      'xox[abeprs]-[A-Za-z0-9-]{10,}', // Slack
      'AIza[0-9A-Za-z_-]{35}(?![\\w-])', // Google API key
      '(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}', // Stripe secret and restricted keys
      'hf_[A-Za-z0-9]{30,}', // Hugging Face
      'npm_[A-Za-z0-9]{36,}', // npm
      'eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}', // JWT (header.payload.signature)
    ].join('|') +
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

function detectTokens(text: string, out: Span[]): void {
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    // "sk-" also starts slugs ("sk-this-is-a-long-slug"); real keys are random and mix digits in.
    if (t.startsWith('sk-') && !hasDigitAndLetter(t, 3)) continue;
    const score = t.startsWith('eyJ') ? JWT_SCORE : VENDOR_TOKEN_SCORE;
    out.push({ entityType: 'API_KEY_SECRET', start: m.index, end: m.index + t.length, score });
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
  AUTH_RE.lastIndex = 0;
  for (let m = AUTH_RE.exec(text); m !== null; m = AUTH_RE.exec(text)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    if (!hasDigitAndLetter(value, 0)) continue;
    out.push({ entityType: 'API_KEY_SECRET', start, end: start + value.length, score: AUTH_HEADER_SCORE });
  }
}

export function detectSecretTokens(text: string, out: Span[]): void {
  detectTokens(text, out);
  detectPrivateKeys(text, out);
  detectAuthHeaders(text, out);
}
