import type { Span } from '../types';
import { domainKind, isBareHostTld } from './domains';

/**
 * URL (Presidio's UrlRecognizer scores): "http(s)/ftp/ws(s)://host…" -> 0.6 when the host ends in
 * an ICANN public suffix; a bare "host.tld/path" without a scheme -> 0.5, only for common TLDs
 * that are not also file extensions or code attributes ("setup.py", "README.md", "user.id").
 *
 * A URL whose host is an IP address is left to IP_ADDRESS (the address is the personal part and
 * must not be hidden inside a longer, non-personal span); an e-mail address or other identifier
 * inside a query string wins over the URL on score when spans are resolved.
 *
 * Linear time: a scheme URL is a literal prefix followed by one bounded character class, so the
 * scan resumes after each match; bare hosts start only at a word boundary.
 */
export const URL_SCORE = 0.6;
export const BARE_URL_SCORE = 0.5;

const SCHEME_RE = /\b(?:https?|ftps?|wss?):\/\/[^\s<>"'`{}|\\^]{1,2048}/gi;
// Bare hosts: a cheap scan for "x.y" finds where one could be; the host is then read (sticky) from
// the start of its run of host characters, so most prose costs one regex pass.
const DOT_HINT = /[a-z0-9]\.[a-z]/gi;
const BARE_AT = /(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,8}([a-z]{2,24})(?![\w@-]|\.[a-z0-9])/iy;
const NOT_BEFORE_HOST = /[_@\/:%+=]/;
const REST_RE = /(?::\d{1,5})?(?:[/?#][^\s<>"'`{}|\\^]{0,2048})?/y;
const IPV4_HOST = /^\d{1,3}(?:\.\d{1,3}){3}$/;

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHostChar = (c: number): boolean => isAlnum(c) || c === 45 || c === 46;

/** Drops trailing sentence punctuation and unbalanced closing brackets from a URL's end (one pass). */
function trimEnd(text: string, start: number, end: number): number {
  let paren = 0;
  let square = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) paren++;
    else if (c === 41) paren--;
    else if (c === 91) square++;
    else if (c === 93) square--;
  }
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 41 && paren < 0) paren++;
    else if (c === 93 && square < 0) square++;
    else if (!(c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || c === 34 || c === 42)) break;
    e--;
  }
  return e;
}

/** Host of a scheme URL ("user:pw@host:port" -> host), or null when it is an IP address or invalid. */
function schemeHost(url: string): string | null {
  const from = url.indexOf('//') + 2;
  let to = from;
  while (to < url.length && !'/?#'.includes(url.charAt(to))) to++;
  let authority = url.slice(from, to);
  const at = authority.lastIndexOf('@');
  if (at !== -1) authority = authority.slice(at + 1);
  if (authority.startsWith('[')) return null; // IPv6 literal
  const colon = authority.indexOf(':');
  const host = colon === -1 ? authority : authority.slice(0, colon);
  return IPV4_HOST.test(host) ? null : host;
}

export function detectUrls(text: string, out: Span[]): void {
  const covered: number[] = []; // [start, end] pairs of scheme URLs, in order
  SCHEME_RE.lastIndex = 0;
  for (let m = SCHEME_RE.exec(text); m !== null; m = SCHEME_RE.exec(text)) {
    const end = trimEnd(text, m.index, m.index + m[0].length);
    covered.push(m.index, end);
    const host = schemeHost(text.slice(m.index, end));
    if (host === null || domainKind(host) !== 'public') continue;
    out.push({ entityType: 'URL', start: m.index, end, score: URL_SCORE });
  }
  let k = 0;
  let done = 0; // everything before has been read as (part of) a host
  DOT_HINT.lastIndex = 0;
  for (let h = DOT_HINT.exec(text); h !== null; h = DOT_HINT.exec(text)) {
    let start = h.index;
    while (start > done && isHostChar(text.charCodeAt(start - 1))) start--;
    let runEnd = h.index + 2;
    while (runEnd < text.length && isHostChar(text.charCodeAt(runEnd))) runEnd++;
    done = runEnd;
    DOT_HINT.lastIndex = runEnd;
    if (!isAlnum(text.charCodeAt(start)) || (start > 0 && NOT_BEFORE_HOST.test(text.charAt(start - 1)))) continue;
    while (k < covered.length && (covered[k + 1] as number) <= start) k += 2;
    if (k < covered.length && (covered[k] as number) <= start) continue;
    BARE_AT.lastIndex = start;
    const m = BARE_AT.exec(text);
    const tld = m?.[1];
    // "ASP.NET", "Node.JS": a capitalised TLD is a product name, not a link.
    if (m === null || tld === undefined || tld !== tld.toLowerCase() || !isBareHostTld(tld)) continue;
    REST_RE.lastIndex = start + m[0].length;
    const rest = REST_RE.exec(text);
    const end = trimEnd(text, start, start + m[0].length + (rest === null ? 0 : rest[0].length));
    out.push({ entityType: 'URL', start, end, score: BARE_URL_SCORE });
    done = Math.max(done, end);
    DOT_HINT.lastIndex = done;
  }
}
