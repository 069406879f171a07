import { AT_RUN, execAtRuns, scanText, type RunFilter, type TextScan } from '../scan';
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
 * Addresses that cannot point at one person's device on the public internet are still reported
 * (they are IP addresses, and redactable) but at {@link IP_RESERVED_SCORE}, below
 * {@link IP_PERSONAL_MIN_SCORE}, so the classifier does not count them as personal data
 * ({@link isImpersonalIpSpan}): the IANA special-purpose registries' private, shared, loopback,
 * link-local, documentation, benchmarking, multicast, reserved and unspecified blocks — IPv4
 * 0/8, 10/8 and 172.16/12 and 192.168/16 (RFC 1918), 100.64/10 (RFC 6598), 127/8, 169.254/16
 * (RFC 3927), 192.0.0/24, 192.0.2/24 and 198.51.100/24 and 203.0.113/24 (RFC 5737), 198.18/15
 * (RFC 2544), 224/4, 240/4, 255.255.255.255; IPv6 ::, ::1, fc00::/7 (RFC 4193), fe80::/10,
 * ff00::/8, 2001:db8::/32 (RFC 3849), 3fff::/20 (RFC 9637), 100::/64 (RFC 6666), and an
 * IPv4-mapped or NAT64 address whose IPv4 part is reserved. The well-known public DNS resolvers
 * ({@link PUBLIC_RESOLVERS_V4}, {@link PUBLIC_RESOLVERS_V6}: Google, Cloudflare, Quad9, OpenDNS) are
 * scored the same way: they are shared anycast infrastructure, written in every network how-to, and
 * locate no one.
 *
 * Linear time: IPv6 runs are found from each ':' and expanded by hand, each character visited at
 * most twice; the IPv4 regex has bounded alternatives and a left boundary.
 */
export const IP_SCORE = 0.6;
export const IP_UNSPECIFIED_SCORE = 0.1;
/** Score of an address from a reserved block (private, loopback, documentation, …): below the personal threshold, above a phone-shaped guess (0.4) on the same digits. */
export const IP_RESERVED_SCORE = 0.45;
/** Below this score an IP_ADDRESS finding identifies no one (see {@link isImpersonalIpSpan}). */
export const IP_PERSONAL_MIN_SCORE = 0.5;

/** An IP_ADDRESS finding from a reserved block (or the unspecified address): not personal data. */
export function isImpersonalIpSpan(f: { entityType: string; score: number }): boolean {
  return f.entityType === 'IP_ADDRESS' && f.score < IP_PERSONAL_MIN_SCORE;
}

/** [first octet, second octet, prefix length] of the IPv4 special-purpose blocks (RFC 6890 and successors). */
const V4_RESERVED: readonly (readonly [number, number, number])[] = [
  [0, 0, 8],
  [10, 0, 8],
  [100, 64, 10],
  [127, 0, 8],
  [169, 254, 16],
  [172, 16, 12],
  [192, 168, 16],
  [198, 18, 15],
  [224, 0, 4],
  [240, 0, 4],
];
/** The /24 blocks: IETF protocol assignments and the three documentation networks (RFC 5737). */
const V4_RESERVED_24 = new Set(['192.0.0', '192.0.2', '198.51.100', '203.0.113']);

/** Public anycast DNS resolvers (Google, Cloudflare, Quad9, OpenDNS), as their operators publish them. */
export const PUBLIC_RESOLVERS_V4: ReadonlySet<string> = new Set([
  '8.8.8.8',
  '8.8.4.4',
  '1.1.1.1',
  '1.0.0.1',
  '9.9.9.9',
  '149.112.112.112',
  '208.67.222.222',
  '208.67.220.220',
]);
/** The same resolvers' IPv6 addresses. */
export const PUBLIC_RESOLVERS_V6: readonly string[] = [
  '2001:4860:4860::8888',
  '2001:4860:4860::8844',
  '2606:4700:4700::1111',
  '2606:4700:4700::1001',
  '2620:fe::fe',
  '2620:fe::9',
  '2620:119:35::35',
  '2620:119:53::53',
];
/** PUBLIC_RESOLVERS_V6 as their eight groups joined, so any spelling ("2620:00fe:0:0::fe") matches. */
const RESOLVER_V6_GROUPS = new Set(PUBLIC_RESOLVERS_V6.map((a) => (ipv6Groups(a) ?? []).join(':')));

/** Is the dotted quad `ip` (already validated) in a reserved IPv4 block? */
export function isReservedIpv4(ip: string): boolean {
  const parts = ip.split('.').map(Number);
  const [a = 0, b = 0] = parts;
  if (ip === '255.255.255.255') return true;
  if (V4_RESERVED_24.has(parts.slice(0, 3).join('.'))) return true;
  const top16 = (a << 8) | b;
  for (const [ra, rb, len] of V4_RESERVED) {
    const shift = 16 - Math.min(len, 16);
    if (top16 >> shift === ((ra << 8) | rb) >> shift) return true;
  }
  return false;
}

/** The eight 16-bit groups of a valid IPv6 address (embedded IPv4 as two groups), or null. */
function ipv6Groups(s: string): number[] | null {
  let text = s;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) !== -1) {
    const v4 = text
      .slice(lastColon + 1)
      .split('.')
      .map(Number);
    tail = [((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0)];
    text = text.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = text.indexOf('::');
  const head = dbl === -1 ? text.split(':') : dbl === 0 ? [] : text.slice(0, dbl).split(':');
  const rest = dbl === -1 ? [] : dbl + 2 === text.length ? [] : text.slice(dbl + 2).split(':');
  const fill = 8 - head.length - rest.length;
  if (fill < 0) return null;
  const groups = [...head, ...new Array<string>(fill).fill('0'), ...rest].map((g) => parseInt(g, 16));
  if (groups.length !== 8 || groups.some((g) => Number.isNaN(g))) return null;
  if (tail.length === 2) groups.splice(6, 2, tail[0] as number, tail[1] as number);
  return groups;
}

/** Is the IPv6 address `s` (already validated, without zone or prefix) in a reserved block? */
export function isReservedIpv6(s: string): boolean {
  const g = ipv6Groups(s);
  if (g === null) return false;
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroTo4 = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (zeroTo4 && g5 === 0 && g6 === 0 && (g7 === 0 || g7 === 1)) return true; // :: and ::1
  const v4 = `${g6 >> 8}.${g6 & 255}.${g7 >> 8}.${g7 & 255}`;
  if (zeroTo4 && g5 === 0xffff) return isReservedIpv4(v4); // IPv4-mapped
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return isReservedIpv4(v4); // NAT64
  if ((g0 & 0xfe00) === 0xfc00) return true; // unique local (RFC 4193)
  if ((g0 & 0xffc0) === 0xfe80) return true; // link-local
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  if (g0 === 0x2001 && g1 === 0x0db8) return true; // documentation (RFC 3849)
  if (g0 === 0x3fff && (g1 & 0xf000) === 0) return true; // documentation (RFC 9637, 3fff::/20)
  return g0 === 0x0100 && g1 === 0 && g2 === 0 && g3 === 0; // discard-only (RFC 6666)
}

/** Is the IPv6 address `s` (already validated, without zone or prefix) a public DNS resolver's? */
export function isPublicResolverIpv6(s: string): boolean {
  // Every resolver address starts 2001:4860, 2606:4700 or 2620: skip the parse for any other.
  if (!(s.startsWith('2001:4860:') || s.startsWith('2606:4700:') || s.startsWith('2620:'))) return false;
  const g = ipv6Groups(s);
  return g !== null && RESOLVER_V6_GROUPS.has(g.join(':'));
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const V4_RE = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?![\\w]|\\.\\d)`, 'y');
/**
 * Digit runs where a V4_RE match may begin (see `execAtRuns`): its first octet is a whole run (no word
 * character before it, a '.' after it) of at most three digits.
 */
const admitV4: RunFilter = (text, s, e) => e - s <= 3 && text.charCodeAt(e) === 46;
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

/**
 * A cheap necessary condition for `ipv6Score(text.slice(s, e)) > 0`, read without slicing: an
 * address without "::" has eight groups (seven colons, six before an embedded IPv4 tail), so a run
 * like "Date:" or "ca:" is none.
 */
function mayBeV6(text: string, s: number, e: number): boolean {
  let colons = 0;
  for (let i = s; i < e; i++) {
    if (text.charCodeAt(i) !== 58) continue;
    if (text.charCodeAt(i + 1) === 58 && i + 1 < e) return true;
    colons++;
  }
  return colons >= 6;
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
    if (coreEnd - s > MAX_V6_RUN || (s > 0 && isWordChar(text.charCodeAt(s - 1))) || !mayBeV6(text, s, coreEnd)) continue;
    const core = text.slice(s, coreEnd);
    const score = ipv6Score(core);
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
    const reserved = score === IP_SCORE && (isReservedIpv6(core) || isPublicResolverIpv6(core));
    out.push({ entityType: 'IP_ADDRESS', start: s, end, score: reserved ? IP_RESERVED_SCORE : score });
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

export function detectIpAddresses(text: string, out: Span[], scan: TextScan = scanText(text)): void {
  const v6: number[] = []; // [start, end] pairs, in order
  detectV6(text, out, v6);
  let k = 0;
  execAtRuns(text, scan, V4_RE, AT_RUN, admitV4, (m) => {
    const start = m.index;
    const core = start + m[0].length;
    while (k < v6.length && (v6[k + 1] as number) <= start) k += 2;
    if (k < v6.length && (v6[k] as number) < core) return; // inside an IPv6 address already reported
    if (looksLikeVersion(text, start, m[0])) return;
    const score = isReservedIpv4(m[0]) || PUBLIC_RESOLVERS_V4.has(m[0]) ? IP_RESERVED_SCORE : IP_SCORE;
    out.push({ entityType: 'IP_ADDRESS', start, end: withPrefix(text, core, 32), score });
  });
}
