import { sqlInsertView } from './sql-view';
import { ViewBuilder, type DecodedView } from './view-builder';
import { forEachLongRunIn, tokenRuns } from './detectors/scan';
import { spokenDigitsView } from './spoken-digits';

/**
 * Encoded text a provider would read as text (SPEC §4): percent-encoding, HTML entities,
 * quoted-printable and base64/base64url runs that decode to text. Each decoding is a *view* of a
 * text with a map back to the original offsets, so findings in the view land on the encoded source.
 *
 * Bounded: a view is never longer than its source, each pass is linear, and views are decoded again
 * at most MAX_DEPTH times (base64 of percent-encoded text), so the total work stays linear.
 */

export type { DecodedView } from './view-builder';

export const MAX_DEPTH = 2;
/** Shortest base64 run worth decoding (12 bytes): shorter runs are words and ids, not payloads. */
export const MIN_BASE64_RUN = 16;
/** Share of printable characters a decoded base64 run needs to count as text. */
const MIN_PRINTABLE = 0.9;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  colon: ':',
  comma: ',',
  period: '.',
  sol: '/',
  commat: '@',
  num: '#',
  percnt: '%',
  lpar: '(',
  rpar: ')',
  semi: ';',
  equals: '=',
  plus: '+',
  hyphen: '-',
  dash: '-',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  middot: '·',
  deg: '°',
  micro: 'µ',
  sup2: '²',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  Eacute: 'É',
  Egrave: 'È',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  atilde: 'ã',
  aring: 'å',
  Aacute: 'Á',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  otilde: 'õ',
  Oacute: 'Ó',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  Uacute: 'Ú',
  ntilde: 'ñ',
  Ntilde: 'Ñ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  oslash: 'ø',
  aelig: 'æ',
  oelig: 'œ',
  iexcl: '¡',
  iquest: '¿',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  times: '×',
  divide: '÷',
  plusmn: '±',
  frac12: '½',
  le: '≤',
  ge: '≥',
  ne: '≠',
  shy: '',
};

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 32;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

function hexByteAt(s: string, i: number): number {
  if (i + 1 >= s.length) return -1;
  const h = hexValue(s.charCodeAt(i));
  const l = hexValue(s.charCodeAt(i + 1));
  return h < 0 || l < 0 ? -1 : (h << 4) | l;
}

/**
 * Does the text use quoted-printable (soft line breaks, or two `=XX` escapes in upper-case hex)? Only the
 * escapes quoted-printable needs count (RFC 2045: 8-bit bytes, '=' itself, a space or tab at a line's
 * end): `cc=5300…&exp=0728` in a query string has two `=XX` of digits, and decoding them as bytes broke
 * the card number the URL carried.
 */
const QP_ESCAPE = /=(?:[89A-F][0-9A-F]|3D|20|09)/g;

function looksQuotedPrintable(s: string): boolean {
  if (/=\r?\n/.test(s)) return true;
  QP_ESCAPE.lastIndex = 0;
  return QP_ESCAPE.test(s) && QP_ESCAPE.test(s);
}

/**
 * How much unchanged text a view keeps around its decoded part: enough for any cue and its value,
 * so one escape in a long text costs a short second look, not a second pass over everything.
 */
const VIEW_CONTEXT = 240;

interface EscapeModes {
  percent: boolean;
  qp: boolean;
  formPlus: boolean;
  entity: boolean;
}

/**
 * Decodes the escape at `s[i]` into `b` (a %XX byte, a quoted-printable byte or soft line break, a
 * form-encoded '+', an HTML entity) and returns how many source characters it used; 0 when none.
 */
function unescapeAt(s: string, i: number, m: EscapeModes, b: ViewBuilder): number {
  const c = s.charCodeAt(i);
  if (c === 37 /* % */ && m.percent) {
    const v = hexByteAt(s, i + 1);
    if (v < 0) return 0;
    b.byte(v, i, i + 3);
    return 3;
  }
  if (c === 61 /* = */ && m.qp) {
    if (s.charCodeAt(i + 1) === 10) return 2; // soft line break: nothing in the view
    if (s.charCodeAt(i + 1) === 13 && s.charCodeAt(i + 2) === 10) return 3;
    const v = hexByteAt(s, i + 1);
    if (v < 0 || !/[0-9A-F]{2}/.test(s.slice(i + 1, i + 3))) return 0;
    b.byte(v, i, i + 3);
    return 3;
  }
  if (c === 43 /* + */ && m.formPlus && isAlnumAt(s, i - 1) && isAlnumAt(s, i + 1)) {
    b.char(' ', i, i + 1);
    return 1;
  }
  if (c === 38 /* & */ && m.entity) {
    const ent = entityAt(s, i);
    if (ent === null) return 0;
    b.char(ent.text, i, i + ent.length);
    return ent.length;
  }
  return 0;
}

/**
 * For each set of active modes (bit 1 percent, 2 qp, 4 formPlus, 8 entity), a regex for the characters an
 * escape of those modes may start with ('%', '=', '+', '&'): V8 skips to the next one faster than a loop.
 */
const ESCAPE_STARTS: readonly RegExp[] = Array.from({ length: 16 }, (_, bits) => {
  const chars = ['%', '=', '+', '&'].filter((_c, k) => (bits & (1 << k)) !== 0).join('');
  return new RegExp(chars === '' ? '[^\\s\\S]' : `[${chars.replace('+', '\\+')}]`, 'g');
});

function modeBits(m: EscapeModes): number {
  return (m.percent ? 1 : 0) | (m.qp ? 2 : 0) | (m.formPlus ? 4 : 0) | (m.entity ? 8 : 0);
}

/** Where the next character after `i` that may start an escape of the active modes is, or the text's end. */
function nextEscapeStart(s: string, i: number, startRe: RegExp): number {
  startRe.lastIndex = i + 1;
  return startRe.test(s) ? startRe.lastIndex - 1 : s.length;
}

/**
 * One pass that undoes percent-encoding, HTML entities and (when the text looks like it)
 * quoted-printable, keeping a map to the source. Null when nothing was decoded.
 */
export function unescapeView(s: string): DecodedView | null {
  const hasPercent = s.includes('%') && PERCENT_ESCAPE.test(s);
  const hasEntity = s.includes('&') && s.includes(';') && ENTITY_ANY.test(s);
  const qp = s.includes('=') && looksQuotedPrintable(s);
  // In a query string or form body (`?a=b&c=d`), '+' between words is a space ("John+Smith").
  const formPlus = s.includes('+') && s.includes('=') && QUERY_PARAM.test(s);
  if (!hasPercent && !hasEntity && !qp && !formPlus) return null;
  const b = new ViewBuilder(s.length);
  const modes: EscapeModes = { percent: hasPercent, qp, formPlus, entity: hasEntity };
  const startRe = ESCAPE_STARTS[modeBits(modes)] as RegExp;
  let first = -1;
  let last = -1;
  let i = 0;
  while (i < s.length) {
    const used = unescapeAt(s, i, modes, b);
    if (used > 0) {
      if (first < 0) first = b.length;
      last = b.length;
      i += used;
      continue;
    }
    // This character and those after it up to the next that may start an escape stay as they are.
    const j = nextEscapeStart(s, i, startRe);
    b.plain(s, i, j);
    i = j;
  }
  if (first < 0) return null;
  // Widened to whitespace so no word is cut at either edge.
  let from = first - VIEW_CONTEXT;
  let to = last + VIEW_CONTEXT;
  const built = b.view();
  if (from <= 0 && to >= built.text.length) return built;
  while (from > 0 && !/\s/.test(built.text.charAt(from - 1))) from--;
  while (to < built.text.length && !/\s/.test(built.text.charAt(to))) to++;
  return {
    text: built.text.slice(Math.max(0, from), to),
    starts: built.starts.slice(Math.max(0, from), to),
    ends: built.ends.slice(Math.max(0, from), to),
  };
}

const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
const ENTITY_ANY = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,9});/;
const QUERY_PARAM = /(?:^|[?&;])[\w.%-]{1,64}=[^\s&]*\+/;

function isAlnumAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 37 || c >= 0xc0;
}

const ENTITY_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,9}));/y;

function entityAt(s: string, i: number): { text: string; length: number } | null {
  ENTITY_RE.lastIndex = i;
  const m = ENTITY_RE.exec(s);
  if (m === null) return null;
  let text: string | undefined;
  if (m[1] !== undefined || m[2] !== undefined) {
    const cp = m[1] !== undefined ? Number(m[1]) : parseInt(m[2] as string, 16);
    if (cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) text = String.fromCodePoint(cp);
  } else {
    text = NAMED_ENTITIES[m[3] as string];
  }
  return text === undefined ? null : { text, length: m[0].length };
}

function isPrintableText(t: string): boolean {
  if (t.length === 0 || t.includes('\ufffd')) return false;
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 32 || c === 9 || c === 10 || c === 13) printable++;
    if ((c | 32) >= 97 && (c | 32) <= 122) letters++;
  }
  return printable / t.length >= MIN_PRINTABLE && letters >= Math.min(4, t.length / 4);
}

/** Six-bit value of a base64 or base64url character, -1 for any other unit (both alphabets in one table). */
const SEXTET = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) SEXTET['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
SEXTET[45] = 62; // '-'
SEXTET[95] = 63; // '_'

/**
 * Do the bytes of `body` (base64 of one alphabet) break UTF-8? Then their decoding holds U+FFFD and
 * isPrintableText refuses it, so the Buffer and the string need not be built (random ids and hashes
 * fail within a few bytes). Only whole four-character groups before any unit outside the alphabet are
 * read, which every base64 decoder turns into the same bytes; a sequence cut off where reading
 * stops is no proof, so the answer false means "not known".
 */
function breaksUtf8(body: string): boolean {
  let need = 0; // continuation bytes still due
  let lo = 0x80; // range of the next continuation byte (narrower after E0, ED, F0, F4)
  let hi = 0xbf;
  for (let i = 0; i + 4 <= body.length; i += 4) {
    let group = 0;
    for (let j = i; j < i + 4; j++) {
      const c = body.charCodeAt(j);
      const v = c < 128 ? (SEXTET[c] as number) : -1;
      if (v < 0) return false;
      group = (group << 6) | v;
    }
    for (let shift = 16; shift >= 0; shift -= 8) {
      const b = (group >> shift) & 0xff;
      if (need > 0) {
        if (b < lo || b > hi) return true;
        lo = 0x80;
        hi = 0xbf;
        need--;
      } else if (b >= 0x80) {
        if (b >= 0xc2 && b <= 0xdf) need = 1;
        else if (b >= 0xe0 && b <= 0xef) {
          need = 2;
          lo = b === 0xe0 ? 0xa0 : 0x80;
          hi = b === 0xed ? 0x9f : 0xbf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          need = 3;
          lo = b === 0xf0 ? 0x90 : 0x80;
          hi = b === 0xf4 ? 0x8f : 0xbf;
        } else return true; // a stray continuation byte, C0, C1 or F5..FF
      }
    }
  }
  return false;
}

/** Decodes a base64 or base64url payload to text, or null when it is not text (an image, random bytes). */
export function decodeBase64Text(run: string): string | null {
  const body = run.replace(/=+$/, '');
  if (body.length < MIN_BASE64_RUN - 2 || body.length % 4 === 1) return null;
  const url = /[-_]/.test(body);
  if (url && /[+/]/.test(body)) return null;
  if (breaksUtf8(body)) return null;
  const text = Buffer.from(body, url ? 'base64url' : 'base64').toString('utf8');
  return isPrintableText(text) ? text : null;
}

/** Per ASCII unit: 1 for a base64 or base64url character ([A-Za-z0-9+/_-]). */
const BASE64_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-') BASE64_CHAR[c.charCodeAt(0)] = 1;

/**
 * Views of every base64 run in `s` that decodes to text; each maps wholly onto its run. A run is a
 * maximal stretch of base64 characters at least MIN_BASE64_RUN long, with up to two '=' after it
 * (found by sampling, see `forEachLongRun`: prose is read at a fraction of its characters).
 */
export function base64Views(s: string): DecodedView[] {
  const out: DecodedView[] = [];
  const visit = (start: number, end: number): number => {
    let stop = end;
    while (stop < s.length && stop - end < 2 && s.charCodeAt(stop) === 61) stop++; // '='
    const text = decodeBase64Text(s.slice(start, stop));
    if (text !== null) out.push({ text, starts: new Int32Array(text.length).fill(start), ends: new Int32Array(text.length).fill(stop) });
    return stop;
  };
  // Base64 units and '=' are all token units, so every run (with its padding) lies in a token run
  // at least as long: only those are read, and the secret-token detector has found them already.
  const runs = tokenRuns(s);
  for (let i = 0; i < runs.length; i += 2) {
    const lo = runs[i] as number;
    const hi = runs[i + 1] as number;
    if (hi - lo >= MIN_BASE64_RUN) forEachLongRunIn(s, lo, hi, BASE64_CHAR, MIN_BASE64_RUN, visit);
  }
  return out;
}

/** Maps a span of a view back onto the view's source. */
export function toSourceSpan(view: DecodedView, start: number, end: number): [number, number] {
  const n = view.text.length;
  if (n === 0) return [0, 0];
  const s = view.starts[Math.min(Math.max(start, 0), n - 1)] ?? 0;
  const e = view.ends[Math.min(Math.max(end - 1, 0), n - 1)] ?? s;
  return [s, Math.max(s, e)];
}

/** Composes a view of a view into a view of the original source. */
function compose(outer: DecodedView, inner: DecodedView): DecodedView {
  const starts = new Int32Array(inner.text.length);
  const ends = new Int32Array(inner.text.length);
  for (let i = 0; i < inner.text.length; i++) {
    const [s, e] = toSourceSpan(outer, inner.starts[i] ?? 0, inner.ends[i] ?? 0);
    starts[i] = s;
    ends[i] = e;
  }
  return { text: inner.text, starts, ends };
}

function directViews(s: string): DecodedView[] {
  const out: DecodedView[] = [];
  const un = unescapeView(s);
  if (un !== null) out.push(un);
  for (const v of base64Views(s)) out.push(v);
  return out;
}

/** Index after up to 3 spaces or tabs from `i`. */
function skipBlanks3(s: string, i: number): number {
  const limit = i + 3;
  while (i < limit && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * Does `s` hold a JSON pair, /"[ \t]{0,3}:[ \t]{0,3}["\d]/? Checked from each '"' (indexOf skips to
 * the few there are faster than a regex scan); the blanks are skipped greedily, which is exact here
 * because a blank is never the character expected after them.
 */
function hasJsonPair(s: string): boolean {
  for (let q = s.indexOf('"'); q !== -1; q = s.indexOf('"', q + 1)) {
    const colon = skipBlanks3(s, q + 1);
    if (s.charCodeAt(colon) !== 58) continue;
    const c = s.charCodeAt(skipBlanks3(s, colon + 1));
    if (c === 34 || (c >= 48 && c <= 57)) return true;
  }
  return false;
}

/** JSON (`{"mrn":"4471","token":"…"}`) read as labelled values: quotes become spaces, offsets unchanged. */
export function jsonView(s: string): DecodedView | null {
  if (!s.includes('":') && !hasJsonPair(s)) return null;
  const n = s.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text: s.replace(/"/g, ' '), starts, ends };
}

/** `label: value`, for a value whose label sits elsewhere (a metadata key); the label maps to nothing. */
export function labelledView(label: string, value: string): DecodedView {
  const prefix = `${label}: `;
  const n = prefix.length + value.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = prefix.length; i < n; i++) {
    starts[i] = i - prefix.length;
    ends[i] = i - prefix.length + 1;
  }
  return { text: prefix + value, starts, ends };
}

/**
 * Every decoded view of `s` (not `s` itself), up to MAX_DEPTH nested decodings, mapped onto `s`; also
 * JSON read as labelled values and numbers read aloud ("four eight six four, …").
 * Empty for text without escapes or base64 runs (the common case costs one scan).
 */
export function decodedViews(s: string): DecodedView[] {
  const out: DecodedView[] = [];
  let frontier: DecodedView[] = directViews(s);
  for (let depth = 1; depth <= MAX_DEPTH && frontier.length > 0; depth++) {
    const next: DecodedView[] = [];
    for (const v of frontier) {
      out.push(v);
      if (depth < MAX_DEPTH) for (const inner of directViews(v.text)) next.push(compose(v, inner));
    }
    frontier = next;
  }
  const json = jsonView(s);
  if (json !== null) out.push(json);
  const spoken = spokenDigitsView(s);
  if (spoken !== null) out.push(spoken);
  const sql = sqlInsertView(s);
  if (sql !== null) out.push(sql);
  return out;
}

/**
 * A blob (a `data:` URL or a bare base64 payload): its text when the media type is textual or the
 * payload decodes to text; null when it is not readable (an image, audio, a PDF).
 */
export function decodeBlob(s: string): string | null {
  if (s.startsWith('data:')) {
    const comma = s.indexOf(',');
    if (comma < 0) return null;
    const meta = s.slice(5, comma).toLowerCase();
    const payload = s.slice(comma + 1);
    const textual =
      /^(?:text\/|application\/(?:json|xml|x-www-form-urlencoded|fhir\+json|hl7))/.test(meta) || meta === '' || meta.startsWith(';');
    if (!textual) return null;
    if (meta.includes(';base64')) return decodeBase64Text(payload) ?? (payload.length === 0 ? '' : null);
    return unescapeView(payload)?.text ?? payload;
  }
  return decodeBase64Text(s.trim());
}

/** The media kind of an unreadable blob, for the record (never its content). */
export function blobKind(s: string): 'image' | 'audio' | 'file' {
  if (s.startsWith('data:image/')) return 'image';
  if (s.startsWith('data:audio/')) return 'audio';
  return 'file';
}
