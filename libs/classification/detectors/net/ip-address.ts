import type { Span } from '../types';

/**
 * IP_ADDRESS (Presidio's IpRecognizer, validated as Python's `ipaddress` would):
 *   - IPv4 with octets 0-255 and no leading zeros, optionally with a CIDR prefix (/0-32);
 *   - IPv6 in full, compressed ("2001:db8::1", "::1") and IPv4-embedded ("::ffff:192.0.2.1") forms,
 *     with an optional zone ("%eth0") and prefix (/0-128); "::" alone scores 0.1 like Presidio.
 * Inside URLs too ("http://10.0.0.1:8080/", "http://[2001:db8::1]/"): the URL detector leaves
 * IP hosts to this one.
 *
 * Not reported: "1.2.3.4" after a version cue ("upgrade to v2.3.11, or 1.2.3.4"), since all-single-digit
 * dotted quads are far more often versions; "a::b" and "::2" (code, slices), which are valid IPv6 but
 * never written as addresses.
 *
 * Linear time: IPv6 runs are found from each ':' and expanded by hand, each character visited at
 * most twice; the IPv4 regex has bounded alternatives and a left boundary.
 */
export const IP_SCORE = 0.6;
export const IP_UNSPECIFIED_SCORE = 0.1;

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const V4_RE = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`, 'g');
const V4_EXACT = new RegExp(`^(?:${OCTET}\\.){3}${OCTET}$`);
const PREFIX_RE = /\/(\d{1,3})(?![\w]|\.\d)/y;
const ZONE_RE = /%[A-Za-z0-9_]{1,15}/y;
const VERSION_JUST_BEFORE = /\b(?:v|ver|version|release|rel|build|firmware|fw)\.?[ \t:]{0,3}$/i;
const VERSION_NEAR = /\b(?:v\d|ver|version|release|build|firmware|sdk|update|upgrade|patch|npm|pip|package|lib(?:rary)?)\b/i;
const MAX_V6_RUN = 64;

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isV6Char = (c: number): boolean => isHex(c) || c === 58 || c === 46;
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** End of an optional "/prefix" (kept only when <= max) at `from`. */
function withPrefix(text: string, from: number, max: number): number {
  PREFIX_RE.lastIndex = from;
  const m = PREFIX_RE.exec(text);
  return m !== null && Number(m[1]) <= max ? from + m[0].length : from;
}

function hexGroupsOk(parts: readonly string[]): boolean {
  for (const p of parts) if (p.length === 0 || p.length > 4) return false;
  return true;
}

/** Score of an IPv6 address, 0 when `s` is not one (or is one only in theory, like "a::b"). */
export function ipv6Score(s: string): number {
  if (s === '::') return IP_UNSPECIFIED_SCORE;
  const dbl = s.indexOf('::');
  if (dbl !== -1 && s.indexOf('::', dbl + 1) !== -1) return 0;
  const left = dbl === -1 ? s.split(':') : dbl === 0 ? [] : s.slice(0, dbl).split(':');
  const right = dbl === -1 ? [] : dbl + 2 === s.length ? [] : s.slice(dbl + 2).split(':');
  const tailParts = dbl === -1 ? left : right;
  let units = left.length + right.length;
  const last = tailParts[tailParts.length - 1];
  let v4 = false;
  if (last !== undefined && last.includes('.')) {
    if (!V4_EXACT.test(last)) return 0;
    tailParts.pop();
    units += 1; // an embedded IPv4 address fills two groups
    v4 = true;
  }
  if (!hexGroupsOk(left) || !hexGroupsOk(right)) return 0;
  if (dbl === -1 ? units !== 8 : units > 7) return 0;
  if (!v4 && units <= 2 && dbl !== -1) {
    // "::1" is the loopback; "fe80::1" has a real first group; "a::b", "::2" are code.
    if (left.length === 0) return right.length === 1 && right[0] === '1' ? IP_SCORE : 0;
    if ((left[0] as string).length < 3) return 0;
  }
  return IP_SCORE;
}

function detectV6(text: string, out: Span[], spans: number[]): void {
  let floor = 0;
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', floor)) {
    let s = colon;
    while (s > floor && isV6Char(text.charCodeAt(s - 1))) s--;
    let e = colon + 1;
    while (e < text.length && isV6Char(text.charCodeAt(e))) e++;
    floor = e;
    let coreEnd = e;
    while (coreEnd > s && text.charCodeAt(coreEnd - 1) === 46) coreEnd--; // sentence full stop
    while (s < coreEnd && text.charCodeAt(s) === 46) s++;
    if (coreEnd - s > MAX_V6_RUN || (s > 0 && isWordChar(text.charCodeAt(s - 1)))) continue;
    const score = ipv6Score(text.slice(s, coreEnd));
    if (score === 0) continue;
    let end = coreEnd;
    if (end === e) {
      ZONE_RE.lastIndex = end;
      const zone = ZONE_RE.exec(text);
      if (zone !== null) end += zone[0].length;
      end = withPrefix(text, end, 128);
    }
    if (end < text.length && isWordChar(text.charCodeAt(end))) continue;
    if (score === IP_UNSPECIFIED_SCORE && text.charCodeAt(end) === 45) continue; // "x[::-1]" is a slice
    out.push({ entityType: 'IP_ADDRESS', start: s, end, score });
    spans.push(s, end);
  }
}

function looksLikeVersion(text: string, start: number, ip: string): boolean {
  if (VERSION_JUST_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  // All octets single digits ("1.2.3.4"): only without a version cue nearby and not "1.2.3.4-beta".
  if (ip.length !== 7 || ip === '0.0.0.0') return false;
  const after = text.charCodeAt(start + ip.length);
  if ((after === 45 || after === 43) && isWordChar(text.charCodeAt(start + ip.length + 1))) return true;
  return VERSION_NEAR.test(text.slice(Math.max(0, start - 40), start));
}

export function detectIpAddresses(text: string, out: Span[]): void {
  const v6: number[] = []; // [start, end] pairs, in order
  detectV6(text, out, v6);
  V4_RE.lastIndex = 0;
  let k = 0;
  for (let m = V4_RE.exec(text); m !== null; m = V4_RE.exec(text)) {
    const start = m.index;
    const core = start + m[0].length;
    while (k < v6.length && (v6[k + 1] as number) <= start) k += 2;
    if (k < v6.length && (v6[k] as number) < core) continue; // inside an IPv6 address already reported
    if (looksLikeVersion(text, start, m[0])) continue;
    out.push({ entityType: 'IP_ADDRESS', start, end: withPrefix(text, core, 32), score: IP_SCORE });
  }
}
