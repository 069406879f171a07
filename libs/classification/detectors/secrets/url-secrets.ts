import { domainKind } from '../net/domains';
import type { Span } from '../types';
import { isPlaceholder, isReference, looksGenerated, looksLikePassword } from './values';

/**
 * API_KEY_SECRET inside URLs:
 *   - the password of a URL's userinfo: `postgres://app:S3cr3t@db:5432/app`, `mongodb+srv://u:p@…`,
 *     `redis://:p@cache`, `amqp://u:p@mq`, `jdbc:mysql://u:p@host` (any scheme);
 *   - incoming-webhook URLs, whose path is the credential: Slack (`hooks.slack.com/services/T…/B…/…`,
 *     `/workflows/…`, `/triggers/…`), Discord (`discord.com/api/webhooks/<id>/<token>`), Microsoft
 *     Teams / Office 365 connectors (`<tenant>.webhook.office.com/webhookb2/<guid>@<guid>/IncomingWebhook/<hex>/<guid>`),
 *     Google Chat (`chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…`): the path (and query) is reported;
 *   - signatures of signed URLs and SAS tokens: `X-Amz-Signature=`, `X-Goog-Signature=`,
 *     `X-Amz-Security-Token=`, CloudFront/GCS v2 `Signature=`, Azure SAS `sig=` (with `sv=`/`se=`
 *     nearby), also outside a URL (`SharedAccessSignature=sv=…&sig=…`, SigV4 `Authorization` headers).
 *
 * Documentation examples are not secrets: placeholders (`<password>`, `XXXXXXXX`, `password`), templates
 * (`${DB_PASS}`), a password equal to its user (`guest:guest`), and weak passwords on documentation hosts
 * (`https://user:pass@example.com`).
 *
 * Linear time: each `://` and each `=` is looked at once over a bounded window.
 */
export const URL_PASSWORD_SCORE = 0.8;
export const URL_PASSWORD_AS_EMAIL_SCORE = 1.0;
export const WEBHOOK_SCORE = 0.9;
export const SIGNATURE_SCORE = 0.85;

const MAX_AUTHORITY = 512;
const MAX_PATH = 1024;

function isSchemeChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 45 || c === 46;
}

function isAuthorityChar(c: number): boolean {
  return (
    c > 32 &&
    c !== 47 &&
    c !== 63 &&
    c !== 35 &&
    c !== 34 &&
    c !== 39 &&
    c !== 60 &&
    c !== 62 &&
    c !== 96 &&
    c !== 92 &&
    c !== 123 &&
    c !== 125
  );
}

function isUrlChar(c: number): boolean {
  return (
    c > 32 &&
    c !== 34 &&
    c !== 39 &&
    c !== 60 &&
    c !== 62 &&
    c !== 96 &&
    c !== 92 &&
    c !== 123 &&
    c !== 125 &&
    c !== 124 &&
    c !== 94 &&
    c < 127
  );
}

/** RFC 2606 / 6761 names used in documentation. */
const DOC_HOST_RE = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid)$/i;
const PERCENT_ESCAPE_RE = /^%[0-9A-Fa-f]{2}/;

function userinfoPassword(text: string, from: number, colon: number, at: number, host: string, out: Span[]): void {
  const password = text.slice(colon + 1, at);
  const user = text.slice(from, colon);
  if (password === user) return; // documented defaults: guest:guest, admin:admin
  if (!PERCENT_ESCAPE_RE.test(password) && isReference(password, 0, true)) return;
  if (!looksLikePassword(password, true)) return;
  if (DOC_HOST_RE.test(host) && !looksGenerated(password)) return;
  // `https://user:hunter2@github.com` also reads as the address `hunter2@github.com` (EMAIL_ADDRESS,
  // score 1.0, which would hide the credential), and so does the tail of a password with RFC 3986
  // sub-delimiters (`u:AGDLs!ePQBab3W@host` reads as `ePQBab3W@host`): whenever the password ends in a
  // character an address's local part may end in. Then the span runs to the end of the host at the
  // same score: at least as long as that address, it wins the tie as the earlier detector.
  if (isEmailLocalChar(password.charCodeAt(password.length - 1)) && host.includes('.') && domainKind(host.toLowerCase()) === 'public') {
    out.push({ entityType: 'API_KEY_SECRET', start: colon + 1, end: at + 1 + host.length, score: URL_PASSWORD_AS_EMAIL_SCORE });
    return;
  }
  out.push({ entityType: 'API_KEY_SECRET', start: colon + 1, end: at, score: URL_PASSWORD_SCORE });
}

/** A character of an e-mail local part as the EMAIL_ADDRESS detector reads it (A-Z a-z 0-9 . _ % + -). */
function isEmailLocalChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

const SLACK_PATH = /^\/(?:services|workflows|triggers)\/T[A-Z0-9]{6,12}\/[A-Z0-9]{6,14}\/(?:[0-9]{6,20}\/)?([A-Za-z0-9]{16,64})/;
const DISCORD_PATH = /^\/api\/(?:v\d{1,2}\/)?webhooks\/\d{17,20}\/([A-Za-z0-9_-]{60,100})/;
const TEAMS_PATH =
  /^\/webhook(?:b2)?\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/([0-9a-f]{32})\/[0-9a-f-]{36}(?:\/[A-Za-z0-9_-]{1,128})?/i;
const GCHAT_PATH = /^\/v1\/spaces\/[A-Za-z0-9_-]{6,64}\/messages\?[^\s]*?\btoken=([A-Za-z0-9_%-]{20,128})/;

function webhookPattern(host: string): RegExp | null {
  const h = host.toLowerCase();
  if (h === 'hooks.slack.com') return SLACK_PATH;
  if (h === 'discord.com' || h === 'discordapp.com' || h === 'ptb.discord.com' || h === 'canary.discord.com') return DISCORD_PATH;
  if (h.endsWith('.webhook.office.com') || h === 'outlook.office.com' || h === 'outlook.office365.com') return TEAMS_PATH;
  if (h === 'chat.googleapis.com') return GCHAT_PATH;
  return null;
}

function webhook(text: string, pathStart: number, pattern: RegExp, out: Span[]): void {
  let end = pathStart;
  const limit = Math.min(text.length, pathStart + MAX_PATH);
  while (end < limit && isUrlChar(text.charCodeAt(end))) end++;
  const m = pattern.exec(text.slice(pathStart, end));
  if (m === null || isPlaceholder(m[1] ?? '')) return;
  out.push({ entityType: 'API_KEY_SECRET', start: pathStart, end: pathStart + m[0].length, score: WEBHOOK_SCORE });
}

function detectInUrls(text: string, out: Span[]): void {
  for (let idx = text.indexOf('://'); idx !== -1; idx = text.indexOf('://', idx + 3)) {
    if (idx === 0 || !isSchemeChar(text.charCodeAt(idx - 1))) continue;
    const from = idx + 3;
    const limit = Math.min(text.length, from + MAX_AUTHORITY);
    let end = from;
    let at = -1;
    let colon = -1;
    for (; end < limit; end++) {
      const c = text.charCodeAt(end);
      if (!isAuthorityChar(c)) break;
      if (c === 64) at = end;
      else if (c === 58 && at === -1 && colon === -1) colon = end;
    }
    const hostStart = at === -1 ? from : at + 1;
    let hostEnd = hostStart;
    while (hostEnd < end && text.charCodeAt(hostEnd) !== 58) hostEnd++;
    const host = text.slice(hostStart, hostEnd);
    if (at !== -1 && colon !== -1 && colon < at && at - colon >= 2) userinfoPassword(text, from, colon, at, host, out);
    if (text.charCodeAt(end) === 47) {
      const pattern = webhookPattern(host);
      if (pattern !== null) webhook(text, end, pattern, out);
    }
  }
}

/** Signature parameters (`name=`); `sig` is Azure's SAS signature, which needs `sv=`/`se=` nearby. */
const SIGNATURE_NAMES = ['X-Amz-Signature', 'X-Goog-Signature', 'X-Amz-Security-Token', 'Signature', 'sig'];
const SIGNATURE_VALUE_RE = /[A-Za-z0-9%+/_.~-]{16,4096}={0,2}/y;
const SAS_WINDOW = 1024;
const SAS_FIELD_RE = /(?<![\w-])s[ve]=/;

function hasSasFields(text: string, start: number, end: number): boolean {
  return SAS_FIELD_RE.test(text.slice(Math.max(0, start - SAS_WINDOW), Math.min(text.length, end + SAS_WINDOW)));
}

/** The signature parameter whose name ends right before the `=` at `eq`, or null. */
function signatureName(text: string, eq: number): string | null {
  for (const name of SIGNATURE_NAMES) {
    const from = eq - name.length;
    if (from < 0 || !text.startsWith(name, from)) continue;
    const before = from === 0 ? 32 : text.charCodeAt(from - 1);
    const wordChar =
      (before >= 48 && before <= 57) || (before >= 65 && before <= 90) || (before >= 97 && before <= 122) || before === 95 || before === 45;
    if (!wordChar) return name;
  }
  return null;
}

/**
 * Anchored on each `=` (indexOf: prose without one costs a single scan); the name is compared
 * backwards and the value read by one sticky, bounded character class, after which the scan resumes.
 */
function detectSignatures(text: string, out: Span[]): void {
  let sas: boolean | undefined; // any `sv=`/`se=` in the text at all (looked up once, on the first `sig=`)
  for (let eq = text.indexOf('='); eq !== -1; eq = text.indexOf('=', eq + 1)) {
    const c = text.charCodeAt(eq - 1);
    if (c !== 103 && c !== 101 && c !== 110) continue; // the names end in g, e or n
    const name = signatureName(text, eq);
    if (name === null) continue;
    SIGNATURE_VALUE_RE.lastIndex = eq + 1;
    const m = SIGNATURE_VALUE_RE.exec(text);
    if (m === null) continue;
    const start = eq + 1;
    const end = start + m[0].length;
    eq = end - 1;
    if (name === 'sig') {
      sas ??= text.indexOf('sv=') !== -1 || text.indexOf('se=') !== -1;
      if (!sas || !hasSasFields(text, start - 4, end)) continue;
    }
    if (!looksGenerated(m[0], 16)) continue;
    out.push({ entityType: 'API_KEY_SECRET', start, end, score: SIGNATURE_SCORE });
  }
}

export function detectUrlSecrets(text: string, out: Span[]): void {
  if (text.indexOf('://') !== -1) detectInUrls(text, out);
  detectSignatures(text, out);
}
