import type { Span } from '../types';
import { isPlaceholder, looksGenerated } from './values';

/**
 * API_KEY_SECRET in cloud service-account key files (Google Cloud's JSON key:
 * `{"type": "service_account", "private_key_id": "<40 hex>", "private_key": "-----BEGIN PRIVATE KEY-----\n…"}`):
 * the private key (the whole JSON string value, escaped newlines included, also when it is base64
 * or truncated) and, in a service-account file, the private key id.
 * Only runs on texts that contain `private_key`.
 *
 * Linear time: each key is found by a literal-prefix regex; the value's closing quote is searched
 * once, within a bounded window.
 */
export const SERVICE_ACCOUNT_KEY_SCORE = 1.0;
export const SERVICE_ACCOUNT_KEY_ID_SCORE = 0.85;

const PRIVATE_KEY_RE = /["']?private_key(_id)?["']?[ \t]{0,8}[:=][ \t]{0,8}(["'])/g;
const MAX_KEY_VALUE = 16_384;
const KEY_ID_RE = /^[0-9a-f]{40}$/;
const PEM_HEADER_RE = /^-----BEGIN (?:[A-Z0-9]{1,16} ){0,3}PRIVATE KEY-----/;
/** base64 of "-----BEGIN" (a PEM key encoded once more). */
const PEM_B64 = 'LS0tLS1CRUdJTi';

export function detectServiceAccountKeys(text: string, out: Span[]): void {
  if (text.indexOf('_key') === -1 || text.indexOf('private_key') === -1) return; // '_' is rare in prose: a fast first scan
  const serviceAccount = text.indexOf('service_account') !== -1;
  PRIVATE_KEY_RE.lastIndex = 0;
  for (let m = PRIVATE_KEY_RE.exec(text); m !== null; m = PRIVATE_KEY_RE.exec(text)) {
    const start = m.index + m[0].length;
    const quote = m[2] ?? '"';
    const limit = Math.min(text.length, start + MAX_KEY_VALUE);
    let end = start;
    // A JSON string ends at an unescaped quote; escaped newlines (`\n`) stay inside it.
    while (end < limit && text[end] !== quote && text.charCodeAt(end) !== 10) end += text.charCodeAt(end) === 92 ? 2 : 1;
    if (end >= limit || text[end] !== quote) continue;
    const value = text.slice(start, end);
    PRIVATE_KEY_RE.lastIndex = end;
    if (m[1] === '_id') {
      if (!serviceAccount || !KEY_ID_RE.test(value) || isPlaceholder(value)) continue;
      out.push({ entityType: 'API_KEY_SECRET', start, end, score: SERVICE_ACCOUNT_KEY_ID_SCORE });
      continue;
    }
    const pem = PEM_HEADER_RE.test(value);
    if (!pem && !value.startsWith(PEM_B64) && !(value.length >= 64 && looksGenerated(value, 64))) continue;
    out.push({ entityType: 'API_KEY_SECRET', start, end, score: SERVICE_ACCOUNT_KEY_SCORE });
  }
}
