// h7 held-out request set: deterministic generator (Node 20 ESM, no dependencies).
// Written from SPEC §4 and bench/requests/README.md only (no look at the detector or other cases).
// `node bench/requests-heldout/h7-gen.mjs` writes h7-cases.jsonl next to this file, byte-identical
// on every run, and prints counts by level / category / kind / lang.
// Synthetic people and values only; every check digit is computed below.
import { writeFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- seeded randomness
let seed = 0x4837_2026;
function rnd() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const digits = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += ri(0, 9);
  return s;
};
const pad = (n, w) => String(n).padStart(w, '0');
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b62 = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += B62[ri(0, 61)];
  return s;
};
const hex = (n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[ri(0, 15)];
  return s;
};
const upalnum = (n) => {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let s = '';
  for (let i = 0; i < n; i++) s += A[ri(0, 31)];
  return s;
};
const bytes = (n) => {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = ri(0, 255);
  return b;
};
const b64url = (x) => Buffer.from(x).toString('base64url');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[ri(0, 3)]}${hex(3)}-${hex(12)}`;

// ---------------------------------------------------------------- check digits
function luhnDigit(payload) {
  // check digit to append to payload
  let sum = 0,
    dbl = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = payload.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return (10 - (sum % 10)) % 10;
}
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === +s.slice(-1);
function card(prefix, len) {
  const p = prefix + digits(len - prefix.length - 1);
  return p + luhnDigit(p);
}
function badLuhn(num) {
  const c = +num.slice(-1);
  const x = num.slice(0, -1) + ((c + ri(1, 9)) % 10);
  if (luhnOk(x)) throw new Error('bad');
  return x;
}
const grp = (s, sizes, sep = ' ') => {
  const out = [];
  let i = 0;
  for (const n of sizes) {
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out.join(sep);
};
const g4 = (s, sep = ' ') => s.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
const visa = () => card('4' + ri(0, 9), 16);
const mc = () => card(String(ri(51, 55)), 16);
const mc2 = () => card(String(ri(2221, 2720)), 16);
const amex = () => card(pick(['34', '37']), 15);
const disc = () => card('6011', 16);

function mod97(str) {
  let r = 0;
  for (const ch of str) r = (r * 10 + (ch.charCodeAt(0) - 48)) % 97;
  return r;
}
const lettersToNum = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
function iban(cc, bban) {
  const c = 98 - mod97(lettersToNum(bban + cc + '00'));
  return cc + pad(c, 2) + bban;
}
const ibanOk = (s) => mod97(lettersToNum(s.slice(4) + s.slice(0, 4))) === 1;
const ibanFmt = (s) => s.replace(/(.{4})(?=.)/g, '$1 ');

function nir(sex, yy, mm, dep, com, ord) {
  // French NIR, key = 97 - n mod 97
  const n = `${sex}${pad(yy, 2)}${pad(mm, 2)}${pad(dep, 2)}${pad(com, 3)}${pad(ord, 3)}`;
  const key = 97 - Number(BigInt(n) % 97n);
  return `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${pad(key, 2)}`;
}
// Italian codice fiscale
function cfPart(s, isName) {
  s = s.toUpperCase().replace(/[^A-Z]/g, '');
  const cons = [...s].filter((c) => !'AEIOU'.includes(c));
  const vow = [...s].filter((c) => 'AEIOU'.includes(c));
  if (isName && cons.length >= 4) return cons[0] + cons[2] + cons[3];
  return (cons.join('') + vow.join('') + 'XXX').slice(0, 3);
}
const CF_ODD = {
  0: 1,
  1: 0,
  2: 5,
  3: 7,
  4: 9,
  5: 13,
  6: 15,
  7: 17,
  8: 19,
  9: 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
function codiceFiscale(surname, name, yyyy, m, d, female, comune) {
  const base =
    cfPart(surname, false) + cfPart(name, true) + pad(yyyy % 100, 2) + 'ABCDEHLMPRST'[m - 1] + pad(d + (female ? 40 : 0), 2) + comune;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = base[i];
    if (i % 2 === 0) sum += CF_ODD[c];
    else sum += /\d/.test(c) ? +c : c.charCodeAt(0) - 65;
  }
  return base + String.fromCharCode(65 + (sum % 26));
}
const DNI_L = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = () => {
  const n = ri(10000000, 79999999);
  return `${n}${DNI_L[n % 23]}`;
};
const nie = () => {
  const p = ri(0, 2);
  const n = pad(ri(0, 9999999), 7);
  return `${'XYZ'[p]}${n}${DNI_L[Number(`${p}${n}`) % 23]}`;
};
function belgianRrn(yy, mm, dd, male, y2000 = false) {
  const c = ri(1, 498) * 2 - (male ? 1 : 0); // odd for men, even for women
  const n9 = `${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${pad(c, 3)}`;
  const chk = 97 - Number(BigInt((y2000 ? '2' : '') + n9) % 97n);
  return `${n9.slice(0, 2)}.${n9.slice(2, 4)}.${n9.slice(4, 6)}-${n9.slice(6, 9)}.${pad(chk, 2)}`;
}
const personnummer = (yy, mm, dd) => {
  const p = `${pad(yy, 2)}${pad(mm, 2)}${pad(dd, 2)}${digits(3)}`;
  return `${p.slice(0, 6)}-${p.slice(6)}${luhnDigit(p)}`;
};
function cpr(dd, mm, yy) {
  const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const p = `${pad(dd, 2)}${pad(mm, 2)}${pad(yy, 2)}${ri(0, 3)}${digits(2)}`;
    let s = 0;
    for (let i = 0; i < 9; i++) s += w[i] * +p[i];
    const c = (11 - (s % 11)) % 11;
    if (c === 10) continue;
    return `${p.slice(0, 6)}-${p.slice(6)}${c}`;
  }
}
function fodselsnummer(dd, mm, yy) {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2],
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const k = (p, w) => {
    let s = 0;
    for (let i = 0; i < w.length; i++) s += w[i] * +p[i];
    const r = 11 - (s % 11);
    return r === 11 ? 0 : r;
  };
  for (;;) {
    const p = `${pad(dd, 2)}${pad(mm, 2)}${pad(yy, 2)}${pad(ri(0, 499), 3)}`;
    const k1 = k(p, w1);
    if (k1 === 10) continue;
    const k2 = k(p + k1, w2);
    if (k2 === 10) continue;
    return `${p}${k1}${k2}`;
  }
}
function hetu(dd, mm, yy, century) {
  const z = pad(ri(2, 899), 3);
  const n = Number(`${pad(dd, 2)}${pad(mm, 2)}${pad(yy, 2)}${z}`);
  return `${pad(dd, 2)}${pad(mm, 2)}${pad(yy, 2)}${century}${z}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}`;
}
function pesel(yyyy, mm, dd, female) {
  const m = mm + (yyyy >= 2000 ? 20 : 0);
  const p = `${pad(yyyy % 100, 2)}${pad(m, 2)}${pad(dd, 2)}${digits(3)}${female ? pick([0, 2, 4, 6, 8]) : pick([1, 3, 5, 7, 9])}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += w[i] * +p[i];
  return p + ((10 - (s % 10)) % 10);
}
function nifPt(first = pick(['1', '2'])) {
  const p = first + digits(7);
  let s = 0;
  for (let i = 0; i < 8; i++) s += (9 - i) * +p[i];
  const r = s % 11;
  return p + (r < 2 ? 0 : 11 - r);
}
function svnrAt(dd, mm, yy) {
  const w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  for (;;) {
    const ser = String(ri(100, 999));
    const d = `${ser}0${pad(dd, 2)}${pad(mm, 2)}${pad(yy, 2)}`;
    let s = 0;
    for (let i = 0; i < 10; i++) s += w[i] * +d[i];
    const c = s % 11;
    if (c === 10) continue;
    return `${ser}${c} ${pad(dd, 2)}${pad(mm, 2)}${pad(yy, 2)}`;
  }
}
function ean13Digit(p12) {
  let s = 0;
  for (let i = 0; i < 12; i++) s += (i % 2 ? 3 : 1) * +p12[i];
  return (10 - (s % 10)) % 10;
}
const ahv = () => {
  const p = '756' + digits(9);
  const n = p + ean13Digit(p);
  return `${n.slice(0, 3)}.${n.slice(3, 7)}.${n.slice(7, 11)}.${n.slice(11)}`;
};
function ppsn() {
  const d = digits(7);
  const w = [8, 7, 6, 5, 4, 3, 2];
  let s = 9 * 1;
  for (let i = 0; i < 7; i++) s += w[i] * +d[i];
  const r = s % 23;
  return d + (r === 0 ? 'W' : String.fromCharCode(64 + r)) + 'A';
}
function ssn() {
  let a;
  do {
    a = ri(1, 899);
  } while (a === 666);
  return `${pad(a, 3)}-${pad(ri(1, 99), 2)}-${pad(ri(1, 9999), 4)}`;
}
const itin = () => `9${pad(ri(0, 99), 2)}-${ri(70, 88)}-${pad(ri(1, 9999), 4)}`;
const sin = () => {
  const p = String(ri(1, 7)) + digits(7);
  const n = p + luhnDigit(p);
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
};
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffDigit(p) {
  let c = 0;
  const r = [...p].reverse();
  for (let i = 0; i < r.length; i++) c = VD[c][VP[(i + 1) % 8][+r[i]]];
  return VINV[c];
}
function verhoeffOk(s) {
  let c = 0;
  const r = [...s].reverse();
  for (let i = 0; i < r.length; i++) c = VD[c][VP[i % 8][+r[i]]];
  return c === 0;
}
const aadhaar = () => {
  const p = String(ri(2, 9)) + digits(10);
  const n = p + verhoeffDigit(p);
  if (!verhoeffOk(n)) throw new Error('verhoeff');
  return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}`;
};
function cpf() {
  const b = digits(9);
  const dv = (s, w0) => {
    let t = 0;
    for (let i = 0; i < s.length; i++) t += +s[i] * (w0 - i);
    const r = (t * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dv(b, 10);
  const d2 = dv(b + d1, 11);
  const n = b + d1 + d2;
  return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`;
}
const isbn13 = () => {
  const p = '978' + pick(['0', '1', '3', '82', '91', '87']);
  const q = p + digits(12 - p.length);
  return q + ean13Digit(q);
};
const ean13 = (prefix) => {
  const q = prefix + digits(12 - prefix.length);
  return q + ean13Digit(q);
};
function upc() {
  const p = digits(11);
  let s = 0;
  for (let i = 0; i < 11; i++) s += (i % 2 ? 1 : 3) * +p[i];
  return p + ((10 - (s % 10)) % 10);
}
function casDigit(body) {
  const d = body.replace(/-/g, '');
  let s = 0;
  for (let i = 0; i < d.length; i++) s += (d.length - i) * +d[i];
  return s % 10;
}
const cas = (a, b) => `${a}-${b}-${casDigit(a + b)}`;
function isinDigit(p11) {
  const n = lettersToNum(p11);
  return luhnDigit(n);
}
function ups() {
  const body = upalnum(6).replace(/[^A-Z0-9]/g, '7') + '03' + digits(7);
  let s = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    const v = /\d/.test(c) ? +c : (c.charCodeAt(0) - 63) % 10;
    s += i % 2 ? 2 * v : v;
  }
  return '1Z' + body + ((10 - (s % 10)) % 10);
}
// CRC32 (GitHub/npm token checksums: base62 of crc32 of the random part, 6 chars)
const CRC_T = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t.push(c >>> 0);
  }
  return t;
})();
function crc32(s) {
  let c = 0xffffffff;
  for (const ch of Buffer.from(s)) c = CRC_T[(c ^ ch) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62n(n, w) {
  const A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let s = '';
  do {
    s = A[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(w, '0');
}
const ghToken = (prefix = 'ghp_') => {
  const r = b62(30);
  return prefix + r + base62n(crc32(r), 6);
};
const npmToken = () => {
  const r = b62(30);
  return 'npm_' + r + base62n(crc32(r), 6);
};
function jwt(payload, secret) {
  const h = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const p = b64url(JSON.stringify(payload));
  return `${h}.${p}.${createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url')}`;
}
const wrap = (s, w) => s.replace(new RegExp(`(.{${w}})`, 'g'), '$1\n').replace(/\n$/, '');
function opensshKey() {
  const b = Buffer.concat([
    Buffer.from('openssh-key-v1\0\0\0\0\x04none\0\0\0\x04none\0\0\0\0\0\0\0\x01\0\0\0\x33\0\0\0\x0bssh-ed25519\0\0\0\x20', 'latin1'),
    bytes(260),
  ]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
function pgpKey() {
  const b = Buffer.concat([Buffer.from([0x95, 0x03, 0x98, 0x04]), bytes(330)]);
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(b.toString('base64'), 64)}\n=${bytes(3).toString('base64')}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
function rsaKeyB64() {
  const pem = `-----BEGIN RSA PRIVATE KEY-----\n${wrap(Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]), bytes(240)]).toString('base64'), 64)}\n-----END RSA PRIVATE KEY-----\n`;
  return Buffer.from(pem).toString('base64');
}
const pwUrl = () => `${b62(6)}-${b62(5)}${ri(10, 99)}`; // URL-safe: no percent-encoding needed in a URL's userinfo
const pw = () => {
  const parts = [b62(5), pick(['!', '#', '%', '$', '-']), b62(4), ri(10, 99), pick(['?', '@', '*', '&'])];
  return parts.join('');
};

// self-checks on known values
if (casDigit('5808') !== 2 || casDigit('6417') !== 5 || casDigit('773218') !== 5) throw new Error('cas');
if (isinDigit('US037833100') !== 5) throw new Error('isin');
if (!ibanOk('GB82WEST12345698765432')) throw new Error('iban');
if (codiceFiscale('Rossi', 'Mario', 1980, 1, 1, false, 'H501') !== 'RSSMRA80A01H501U') throw new Error('cf');
if (verhoeffDigit('236') !== 3) throw new Error('verhoeff');

// ---------------------------------------------------------------- case assembly
const cases = [];
const perTemplate = new Map();
function levelOf(cats) {
  if (cats.some((c) => c === 'PHI' || c === 'PCI' || c === 'CREDENTIALS')) return 'restricted';
  return cats.includes('PII') ? 'confidential' : 'public';
}
const ORDER = ['PHI', 'PII', 'PCI', 'CREDENTIALS'];
function add(template, kind, lang, cats, body, opt = {}) {
  const n = (perTemplate.get(template) || 0) + 1;
  perTemplate.set(template, n);
  if (n > 3) throw new Error(`too many cases for ${template}`);
  const categories = [...cats].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const c = {
    id: `h7-${pad(cases.length + 1, 3)}-${template}`,
    kind,
    lang,
    template,
    expected: { level: levelOf(categories), categories },
  };
  if (opt.where) c.where = opt.where;
  if (opt.encoding) c.encoding = opt.encoding;
  c.body = Array.isArray(body) ? { model: opt.model || pick(['auto', 'gpt-4o-mini', 'auto']), messages: body } : body;
  cases.push(c);
}
const U = (content) => ({ role: 'user', content });
const S = (content) => ({ role: 'system', content });
const A = (content) => ({ role: 'assistant', content });
const PII = ['PII'],
  PCI = ['PCI'],
  CRED = ['CREDENTIALS'],
  NONE = [];

// synthetic names
const N = {
  fr: [
    ['Camille', 'Lefèvre', 'f'],
    ['Julien', 'Moreau', 'm'],
    ['Manon', 'Garnier', 'f'],
    ['Théo', 'Rousseau', 'm'],
    ['Claire', 'Fontaine', 'f'],
  ],
  it: [
    ['Giulia', 'Ferrara', 'f'],
    ['Marco', 'Colombo', 'm'],
    ['Chiara', 'Ricci', 'f'],
    ['Davide', 'Marino', 'm'],
    ['Francesca', 'Greco', 'f'],
  ],
  es: [
    ['Lucía', 'Navarro Ruiz', 'f'],
    ['Javier', 'Romero Gil', 'm'],
    ['Carmen', 'Castillo Vega', 'f'],
    ['Sergio', 'Ortega Prieto', 'm'],
  ],
  sv: [
    ['Elin', 'Lindqvist', 'f'],
    ['Oskar', 'Bergström', 'm'],
    ['Maja', 'Holmberg', 'f'],
    ['Gustav', 'Sandberg', 'm'],
  ],
  da: [
    ['Freja', 'Kjærgaard', 'f'],
    ['Mads', 'Mortensen', 'm'],
    ['Ida', 'Østergaard', 'f'],
    ['Rasmus', 'Lauridsen', 'm'],
  ],
  no: [
    ['Ingrid', 'Solberg', 'f'],
    ['Sindre', 'Haugen', 'm'],
    ['Thea', 'Bakken', 'f'],
    ['Håkon', 'Lunde', 'm'],
  ],
  fi: [
    ['Aino', 'Virtanen', 'f'],
    ['Eetu', 'Mäkelä', 'm'],
    ['Helmi', 'Heikkinen', 'f'],
    ['Lauri', 'Koskinen', 'm'],
  ],
  pl: [
    ['Katarzyna', 'Nowak', 'f'],
    ['Tomasz', 'Mazur', 'm'],
    ['Agnieszka', 'Wójcik', 'f'],
    ['Paweł', 'Kaczmarek', 'm'],
  ],
  pt: [
    ['Inês', 'Carvalho', 'f'],
    ['Tiago', 'Figueiredo', 'm'],
    ['Beatriz', 'Sousa Pinto', 'f'],
    ['Rui', 'Mendes', 'm'],
  ],
  br: [
    ['Ana Clara', 'Oliveira Santos', 'f'],
    ['Rafael', 'Ferreira Lima', 'm'],
    ['Juliana', 'Souza Costa', 'f'],
  ],
  nl: [
    ['Sanne', 'de Vries', 'f'],
    ['Daan', 'van Dijk', 'm'],
    ['Lotte', 'Bakker', 'f'],
    ['Joris', 'Visser', 'm'],
  ],
  be: [
    ['Lies', 'Peeters', 'f'],
    ['Wout', 'Claes', 'm'],
    ['Amélie', 'Dubois', 'f'],
    ['Cédric', 'Lambert', 'm'],
  ],
  de: [
    ['Lena', 'Huber', 'f'],
    ['Florian', 'Gruber', 'm'],
    ['Johanna', 'Steiner', 'f'],
    ['Matthias', 'Brunner', 'm'],
    ['Anna', 'Keller', 'f'],
    ['Tobias', 'Hofer', 'm'],
  ],
  ie: [
    ['Aoife', 'Kavanagh', 'f'],
    ['Cian', "O'Sullivan", 'm'],
    ['Siobhan', 'Doyle', 'f'],
    ['Darragh', 'Byrne', 'm'],
  ],
  us: [
    ['Megan', 'Holloway', 'f'],
    ['Tyler', 'Reyes', 'm'],
    ['Jasmine', 'Patterson', 'f'],
    ['Marcus', 'Whitfield', 'm'],
  ],
  ca: [
    ['Émilie', 'Tremblay', 'f'],
    ['Connor', 'MacDonald', 'm'],
    ['Nadia', 'Bouchard', 'f'],
  ],
  in: [
    ['Priya', 'Raghunathan', 'f'],
    ['Arjun', 'Deshpande', 'm'],
    ['Sneha', 'Kulkarni', 'f'],
  ],
};
const dob = () => ({ d: ri(1, 28), m: ri(1, 12), y: ri(1958, 1999) });
const mail = (first, last, dom) =>
  `${first}.${last}`
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z.]/g, '') +
  '@' +
  dom;

// ================================================================= CONFIDENTIAL (PII only)
// National ids are PII (SPEC §4: personal identifiers). None of these cases carries a health
// context, so none is PHI; contexts are HR, CRM, tenancy, loans, school, visas, shipping.
{
  // French NIR in an HR onboarding (DPAE) e-mail
  for (const [f, l, sx] of [N.fr[0]]) {
    const b = dob();
    const id = nir(sx === 'f' ? 2 : 1, b.y % 100, b.m, pick([69, 75, 33, 44]), ri(1, 399), ri(1, 999));
    add('fr-nir-onboarding', 'hr', 'fr', PII, [
      U(
        `Peux-tu reformuler ce mail plus poliment ? « Bonjour, pour finaliser la DPAE de ${f} ${l}, qui commence lundi au service logistique, il nous manque encore son numéro de sécurité sociale. Celui indiqué sur le formulaire (${id}) ne correspond pas à l'attestation Vitale, merci de vérifier. »`,
      ),
    ]);
  }
}
{
  // Italian codice fiscale in a tenancy contract
  const rows = [[N.it[1], 'H501', 'Roma', 'Via Tuscolana 402, 00181 Roma RM']];
  for (const [[f, l, sx], com, city, addr] of rows) {
    const b = dob();
    const cf = codiceFiscale(l, f, 1900 + (b.y % 100), b.m, b.d, sx === 'f', com);
    add('it-cf-locazione', 'tenancy', 'it', PII, [
      S('Sei un assistente che redige contratti di locazione 4+4.'),
      U(
        `Compila la sezione "Conduttore" con questi dati: ${f} ${l}, nat${sx === 'f' ? 'a' : 'o'} a ${city} il ${pad(b.d, 2)}/${pad(b.m, 2)}/${b.y}, codice fiscale ${cf}, residente in ${addr}. Canone mensile 850 euro, deposito cauzionale tre mensilità.`,
      ),
    ]);
  }
}
{
  // Spanish DNI in a rental application; NIE in a padrón / visa renewal
  const [f, l] = N.es[0];
  const d = dni();
  add('es-dni-alquiler', 'tenancy', 'es', PII, [
    U(
      `Hola, necesito una carta de presentación para el propietario del piso de la calle Sagasta. Datos: ${f} ${l}, DNI ${d}, teléfono 6${digits(2)} ${digits(3)} ${digits(3)}, trabajo como enfermera en turno de noches (contrato indefinido). Que suene formal pero cercano.`,
    ),
  ]);
  const [f2, l2] = N.es[1];
  add('es-nie-tie', 'visa', 'es', PII, [
    U(
      `Rellena el modelo EX-17 con esto y dime qué casillas me faltan: nombre ${f2}, apellidos ${l2}, NIE ${nie()}, domicilio Calle de Embajadores 61, 2º izq., 28012 Madrid, correo ${mail(f2, 'romero', 'gmail.com')}.`,
    ),
  ]);
}
{
  // Belgian rijksregisternummer / numéro de registre national in school enrolment
  const [f, l] = N.be[0];
  const y = ri(14, 18);
  add('be-rrn-inschrijving', 'school', 'nl', PII, [
    U(
      `Kun je dit inschrijvingsformulier voor de basisschool nakijken op fouten? Leerling: ${f} ${l}, rijksregisternummer ${belgianRrn(y, ri(1, 12), ri(1, 28), false, true)}. Ouder: Wout ${l}, Kouter 45, 9000 Gent, gsm 0470 ${digits(2)} ${digits(2)} ${digits(2)}.`,
    ),
  ]);
  const [f2, l2] = N.be[2];
  const b = dob();
  add('be-rrn-inscription', 'school', 'fr', PII, [
    U(
      `Traduis en néerlandais pour l'école : « Je soussignée ${f2} ${l2}, numéro de registre national ${belgianRrn(b.y % 100, b.m, b.d, false)}, domiciliée rue Saint-Gilles 27, 4000 Liège, inscris mon fils en 3e primaire. »`,
    ),
  ]);
}
{
  // Swedish personnummer in a loan application
  for (const [f, l] of [N.sv[0]]) {
    const b = dob();
    add('sv-pnr-lan', 'loan', 'sv', PII, [
      U(
        `Skriv ett kort svar till kunden: ${f} ${l} (personnummer ${personnummer(b.y % 100, b.m, b.d)}) har ansökt om ett privatlån på 120 000 kr. Vi behöver ett lönebesked från de senaste tre månaderna innan vi kan gå vidare. Adress: Storgatan ${ri(2, 40)}, 114 ${ri(10, 59)} Stockholm.`,
      ),
    ]);
  }
}
{
  // Danish CPR in payroll
  for (const [f, l, sx] of [N.da[1]]) {
    const b = dob();
    add('da-cpr-loen', 'hr', 'da', PII, [
      U(
        `Hjælp mig med en mail til lønafdelingen: ${f} ${l}, CPR-nr. ${cpr(b.d, b.m, b.y % 100)}, er startet 1. marts og mangler at få oprettet sit skattekort. ${sx === 'f' ? 'Hun' : 'Han'} kan kontaktes på +45 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}.`,
      ),
    ]);
  }
}
{
  // Norwegian fødselsnummer in a tenancy deposit
  for (const [f, l] of [N.no[0]]) {
    const b = dob();
    add('no-fnr-leie', 'tenancy', 'no', PII, [
      U(
        `Kan du sette opp en depositumsavtale? Leietaker er ${f} ${l}, fødselsnummer ${fodselsnummer(b.d, b.m, b.y % 100)}, nåværende adresse Kirkeveien ${ri(3, 90)}, 0368 Oslo. Depositum 36 000 kr på egen konto.`,
      ),
    ]);
  }
}
{
  // Finnish henkilötunnus in school enrolment and a kela-like form
  const [f, l] = N.fi[0];
  add('fi-hetu-koulu', 'school', 'fi', PII, [
    U(
      `Tarkista tämä ilmoittautumislomake: oppilas ${f} ${l}, henkilötunnus ${hetu(ri(1, 28), ri(1, 12), ri(14, 17), 'A')}, huoltaja ${N.fi[1][0]} ${l}, puh. 040 ${digits(3)} ${digits(4)}, osoite Mannerheimintie 10 A 5, 00100 Helsinki.`,
    ),
  ]);
  const [f2, l2] = N.fi[3];
  const b = dob();
}
{
  // Polish PESEL in a loan application and a courier form
  const [f, l, sx] = N.pl[0];
  const b = dob();
  add('pl-pesel-kredyt', 'loan', 'pl', PII, [
    U(
      `Przygotuj podsumowanie wniosku kredytowego: wnioskodawczyni ${f} ${l}, PESEL ${pesel(b.y, b.m, b.d, sx === 'f')}, adres ul. Długa ${ri(2, 60)}/${ri(1, 20)}, 80-827 Gdańsk, tel. +48 5${digits(2)} ${digits(3)} ${digits(3)}, dochód netto 7 400 zł.`,
    ),
  ]);
  const [f2, l2, sx2] = N.pl[1];
  const b2 = dob();
}
{
  // Portuguese NIF on an invoice to a private person
  for (const [f, l] of [N.pt[0]]) {
    add('pt-nif-fatura', 'crm', 'pt', PII, [
      U(
        `Gera o texto do e-mail para enviar a fatura: cliente ${f} ${l}, NIF ${nifPt()}, morada Rua da Boavista ${ri(10, 300)}, 4050-${pad(ri(100, 999), 3)} Porto, telemóvel 91${digits(1)} ${digits(3)} ${digits(3)}. Serviço: reparação de esquentador, 145 €.`,
      ),
    ]);
  }
}
{
  // Austrian Sozialversicherungsnummer in HR. Debatable: it is also the e-card (health insurance)
  // number, but SPEC §4's PHI needs a health context or a *medical* identifier such as MRN/NHS/MBI;
  // here it is used as the employee's social-security registration number in payroll -> PII only.
  const [f, l] = N.de[0];
  const b = dob();
  add('at-svnr-anmeldung', 'hr', 'de', PII, [
    U(
      `Formuliere eine Nachricht an die Lohnverrechnung: Die neue Mitarbeiterin ${f} ${l}, Sozialversicherungsnummer ${svnrAt(b.d, b.m, b.y % 100)}, wohnhaft Mariahilfer Straße ${ri(5, 120)}/${ri(1, 30)}, 1060 Wien, muss noch bei der ÖGK angemeldet werden. Eintritt 2. Mai.`,
    ),
  ]);
}
{
  // Swiss AHV number in payroll
  const [f, l] = N.de[1];
  add('ch-ahv-lohn', 'hr', 'de', PII, [
    U(
      `Bitte als Tabelle: Mitarbeiter ${f} ${l}, AHV-Nr. ${ahv()}, Eintritt 01.06., Pensum 80 %, Adresse Bahnhofstrasse ${ri(2, 80)}, 8001 Zürich, Tel. +41 79 ${digits(3)} ${digits(2)} ${digits(2)}.`,
    ),
  ]);
  const [f2, l2] = N.fr[4];
  add('ch-avs-salaire', 'hr', 'fr', PII, [
    U(
      `Peux-tu vérifier la mise en page de cette fiche ? Collaboratrice : ${f2} ${l2}, n° AVS ${ahv()}, date de naissance ${pad(ri(1, 28), 2)}.${pad(ri(1, 12), 2)}.${ri(1970, 1998)}, domicile Avenue de la Gare 12, 1003 Lausanne.`,
    ),
  ]);
}
{
  // Irish PPSN
  for (const [f, l] of [N.ie[1]]) {
    add('ie-ppsn-payroll', 'hr', 'en', PII, [
      U(
        `Draft a reply to Revenue's query: our new hire ${f} ${l} (PPSN ${ppsn()}) started on 3 February; address 14 Griffith Avenue, Drumcondra, Dublin 9. Could you confirm the emergency tax basis can be lifted?`,
      ),
    ]);
  }
}
{
  // US SSN in a loan application; ITIN in tax prep
  const [f, l] = N.us[0];
  add('us-ssn-loan', 'loan', 'en', PII, [
    U(
      `Summarize this mortgage pre-approval note for the underwriter: Borrower ${f} ${l}, SSN ${ssn()}, DOB ${ri(1, 12)}/${ri(1, 28)}/${ri(1965, 1995)}, current address 1842 W Belmont Ave Apt 3B, Chicago, IL 60657, cell (312) ${ri(200, 989)}-${pad(ri(0, 9999), 4)}. Requested amount $310,000.`,
    ),
  ]);
  const [f2, l2] = N.us[1];
  add('us-itin-tax', 'personal', 'en', PII, [
    U(
      `my brother-in-law ${f2} ${l2} only has an ITIN (${itin()}), not a social. can he still claim the child tax credit for his daughter? he files jointly`,
    ),
  ]);
}
{
  // Canadian SIN
  const [f, l] = N.ca[1];
  add('ca-sin-payroll', 'hr', 'en', PII, [
    U(
      `Write a short checklist for onboarding. Employee: ${f} ${l}, SIN ${sin()}, 215 Queen St W, Unit 1204, Toronto, ON M5V 2A9, phone 416-${ri(200, 989)}-${pad(ri(0, 9999), 4)}.`,
    ),
  ]);
  const [f2, l2] = N.ca[0];
  add('ca-nas-paie', 'hr', 'fr', PII, [
    U(
      `Corrige l'orthographe : « L'employée ${f2} ${l2}, numéro d'assurance sociale ${sin()}, a changé d'adresse : 4520 rue Saint-Denis, Montréal (Québec) H2J 2L3. »`,
    ),
  ]);
}
{
  // Indian Aadhaar (Verhoeff)
  const [f, l] = N.in[0];
  add('in-aadhaar-kyc', 'loan', 'en', PII, [
    U(
      `Extract the KYC fields as JSON: "Applicant: ${f} ${l}, Aadhaar No. ${aadhaar()}, PAN ${upalnum(5).replace(/[^A-Z]/g, 'K')}${digits(4)}${'ABCDEFGHJ'[ri(0, 8)]}, address Flat 302, Sai Residency, Koramangala 5th Block, Bengaluru 560095, mobile +91 98${digits(3)} ${digits(5)}"`,
    ),
  ]);
  const [f2, l2] = N.in[1];
}
{
  // Brazilian CPF in e-commerce support
  for (const [f, l] of [N.br[0]]) {
    add('br-cpf-pedido', 'support-ticket', 'pt', PII, [
      U(
        `Responda ao cliente com empatia: "Oi, sou ${f} ${l}, CPF ${cpf()}. Meu pedido ainda não chegou no endereço Rua das Flores, ${ri(10, 900)}, apto ${ri(11, 99)}, Jardim Paulista, São Paulo - SP, 01415-000. Meu WhatsApp é (11) 9${digits(4)}-${digits(4)}."`,
      ),
    ]);
  }
}
{
  // shipping labels: name + address + phone in local formats
  add('shipping-label-zpl', 'shipping', 'de', PII, [
    U(
      `Erzeuge ein ZPL-Etikett (100x150 mm) für diese Sendung:\nEmpfänger: ${N.de[4][0]} ${N.de[4][1]}\nLindenstraße ${ri(3, 80)}\n10969 Berlin\nTel.: +49 151 ${digits(8)}\nGewicht 2,4 kg, Referenz WEB-${digits(6)}`,
    ),
  ]);
  add('shipping-csv-fix', 'shipping', 'it', PII, [
    U(
      `Questo CSV per il corriere dà errore alla riga 2, puoi correggerlo?\nnome;indirizzo;cap;citta;prov;telefono\n${N.it[2][0]} ${N.it[2][1]};Via Garibaldi 14;10122;Torino;TO;+39 347 ${digits(3)} ${digits(4)}\n${N.it[3][0]} ${N.it[3][1]};Corso Umberto I, 233;80138;Napoli;NA;338${digits(7)}`,
    ),
  ]);
}
{
  // CRM exports
  const phone = [
    () => `+46 70 ${digits(3)} ${digits(2)} ${digits(2)}`,
    () => `+45 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
    () => `+47 4${digits(2)} ${digits(2)} ${digits(3)}`,
  ];
  const rows = [N.sv[2], N.da[2], N.no[2]].map(
    ([f, l], i) => `${f},${l},${mail(f, l, pick(['gmail.com', 'outlook.com', 'hotmail.com']))},${phone[i]()}`,
  );
  add('crm-export-dedupe', 'crm', 'en', PII, [
    U(
      `Deduplicate this HubSpot export and tell me which contacts look like the same person:\nfirst,last,email,phone\n${rows.join('\n')}\n${N.sv[2][0]},${N.sv[2][1]},${mail(N.sv[2][0], N.sv[2][1], 'icloud.com')},`,
    ),
  ]);
  const [f, l] = N.nl[1];
  add('crm-note-summary', 'crm', 'nl', PII, [
    U(
      `Vat deze klantnotitie samen in één zin: "Gebeld met ${f} ${l} (${mail(f, l, 'ziggo.nl')}, 06 ${digits(4)} ${digits(4)}). Wil zijn abonnement opzeggen per 1 juni, woont sinds kort op Oudegracht ${ri(10, 300)}, 3511 AR Utrecht."`,
    ),
  ]);
}
{
  // birthdays / personal context: first name alone + date of birth.
  // Debatable: a first name with a house number and street in a private context ("my neighbour
  // Rasmus from no. 4") identifies a private person; README: "a first name alone counts in a
  // personal context" -> PII.
  add('personal-birthday-sv', 'personal', 'sv', PII, [
    U(
      `Hjälp mig skriva en födelsedagshälsning till min kollega ${N.sv[3][0]} ${N.sv[3][1]}, född ${ri(1, 28)} maj ${ri(1980, 1994)}. Han fyller jämnt i år och älskar fjällvandring.`,
    ),
  ]);
  add('personal-first-name', 'personal', 'da', PII, [
    U(
      `Min nabo ${N.da[3][0]} fra nr. ${ri(2, 40)} på Nørregade har lånt min stige for tre uger siden. Hvordan beder jeg høfligt om at få den tilbage?`,
    ),
  ]);
}
{
  // visa / travel forms
  const [f, l] = N.in[2];
  add('visa-schengen-form', 'visa', 'en', PII, [
    U(
      `Check my Schengen visa form answers for consistency: Surname ${l.toUpperCase()}, given name ${f.toUpperCase()}, date of birth ${pad(ri(1, 28), 2)}-${pad(ri(1, 12), 2)}-${ri(1985, 1998)}, passport no. ${'JKLMNPRSTUVWZ'[ri(0, 12)]}${digits(7)}, issued Mumbai, e-mail ${mail(f, l, 'yahoo.co.in')}, planned stay 12 days in Lisbon and Porto.`,
    ),
  ]);
  const [f2, l2] = N.pt[2];
  add('visa-invite-letter', 'visa', 'pt', PII, [
    U(
      `Escreve uma carta-convite para o consulado: eu, ${f2} ${l2}, residente na Rua Augusta ${ri(10, 200)}, 2.º Esq., 1100-053 Lisboa, NIF ${nifPt()}, convido a minha prima a visitar-me durante 30 dias.`,
    ),
  ]);
}
{
  // school enrolment with parent e-mail and phone (nl, de)
  const [f, l] = N.nl[2];
  add('school-parent-contact', 'school', 'nl', PII, [
    U(
      `Zet dit om naar een nette aanmeldbevestiging: leerling ${f} ${l}, geboren ${ri(1, 28)}-${ri(1, 12)}-2017, groep 4, ouder ${N.nl[3][0]} ${l}, ${mail(N.nl[3][0], l, 'kpnmail.nl')}, 06-${digits(8)}.`,
    ),
  ]);
}
{
  // data outside message text: tool result, metadata, user, tool call
  const [f, l] = N.fr[2];
  add(
    'tool-result-customer',
    'crm',
    'fr',
    PII,
    [
      U('Quel est le statut du dossier client 48213 ?'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_7Qd2', type: 'function', function: { name: 'get_customer', arguments: '{"customer_id":"48213"}' } }],
      },
      {
        role: 'tool',
        tool_call_id: 'call_7Qd2',
        content: JSON.stringify({
          customer_id: '48213',
          name: `${f} ${l}`,
          email: mail(f, l, 'orange.fr'),
          phone: `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
          address: '12 rue des Lilas, 69003 Lyon',
          status: 'dossier complet',
        }),
      },
    ],
    { where: 'tool_result' },
  );
  const [f2, l2] = N.it[4];
  add(
    'tool-call-args-booking',
    'crm',
    'it',
    PII,
    [
      U('Prenota la sala per la visita del cliente di giovedì.'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_b81x',
            type: 'function',
            function: {
              name: 'create_booking',
              arguments: JSON.stringify({
                room: 'Sala Duomo',
                date: '2027-03-11',
                guest_name: `${f2} ${l2}`,
                guest_phone: `+39 333 ${digits(3)} ${digits(4)}`,
                guest_email: mail(f2, l2, 'libero.it'),
              }),
            },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_b81x', content: '{"ok":true,"booking_id":"BK-20270311-04"}' },
    ],
    { where: 'tool_call' },
  );
  const [f3, l3] = N.pl[2];
  add(
    'metadata-customer-email',
    'support-ticket',
    'pl',
    PII,
    {
      model: 'auto',
      messages: [U('Napisz uprzejmą odpowiedź: paczka zostanie doręczona jutro do 12:00.')],
      metadata: { ticket: 'ZD-88412', customer_email: mail(f3, l3, 'wp.pl'), customer_name: `${f3} ${l3}` },
    },
    { where: 'metadata' },
  );
  const [f4, l4] = N.us[2];
  add(
    'user-field-email',
    'support-ticket',
    'en',
    PII,
    { model: 'gpt-4o-mini', messages: [U('How do I change the delivery window for my order?')], user: mail(f4, l4, 'gmail.com') },
    { where: 'user' },
  );
}
{
  // encoded: base64 vCard, percent-encoded form post
  const [f, l] = N.no[3];
  const vcard = `BEGIN:VCARD\nVERSION:3.0\nFN:${f} ${l}\nTEL;TYPE=CELL:+47 ${digits(3)} ${digits(2)} ${digits(3)}\nEMAIL:${mail(f, l, 'online.no')}\nADR;TYPE=HOME:;;Kirkeveien ${ri(3, 90)};Oslo;;0368;Norge\nEND:VCARD`;
  add(
    'vcard-base64',
    'crm',
    'no',
    PII,
    [U(`Importer denne kontakten (base64) til CRM-et og fortell meg hvilke felt du fant: ${Buffer.from(vcard).toString('base64')}`)],
    { encoding: 'base64' },
  );
  const [f2, l2] = N.es[2];
  const form = `nombre=${encodeURIComponent(f2 + ' ' + l2)}&email=${encodeURIComponent(mail(f2, 'castillo', 'hotmail.es'))}&telefono=${encodeURIComponent('+34 6' + digits(2) + ' ' + digits(3) + ' ' + digits(3))}&dni=${dni()}`;
  add('form-post-percent', 'crm', 'es', PII, [U(`¿Por qué este formulario devuelve 422? Cuerpo enviado: ${form}`)], {
    encoding: 'percent',
  });
}
{
  // multi-turn: name in one turn, address and phone in another
  const [f, l] = N.fi[2];
  add('multi-turn-contact', 'support-ticket', 'fi', PII, [
    U(`Hei, tilasin sohvan viime viikolla nimellä ${f} ${l}.`),
    A('Kiitos! Millä osoitteella toimitus on?'),
    U(
      `Hämeenkatu ${ri(2, 40)} B ${ri(5, 40)}, 33100 Tampere, puhelin 050 ${digits(3)} ${digits(4)}. Voiko toimituksen siirtää perjantaille?`,
    ),
  ]);
}
{
  // a card number failing Luhn, with the cardholder's name and address: not PCI, but PII
  const [f, l] = N.de[3];
  const bad = badLuhn(visa());
  add('card-invalid-with-holder', 'payment', 'de', PII, [
    U(
      `Die Zahlung von ${f} ${l} (Kirchgasse ${ri(2, 30)}, 6020 Innsbruck) wurde abgelehnt, Karte ${g4(bad)}. Formuliere eine freundliche Bitte, die Kartendaten zu prüfen.`,
    ),
  ]);
}

// ================================================================= PCI: valid PANs in many layouts,
// and below (public section) the same layouts with the check digit changed (Luhn fails: not PCI).
const exp = () => `${pad(ri(1, 12), 2)}/${ri(27, 31)}`;
const cvv = () => pad(ri(100, 999), 3);
// Each layout takes a card number and returns [lang, messages|body, opt]; used for valid and invalid.
const LAYOUTS = {
  'card-spaces-chat': (n) => [
    'en',
    [U(`hi, I tried to pay my invoice but the page froze. card is ${g4(n)} exp ${exp()}, did it go through or should I try again?`)],
  ],
  'card-dashes-cvv': (n) => [
    'de',
    [U(`Kannst du die Bestellung für mich abschließen? Kreditkarte ${g4(n, '-')}, gültig bis ${exp()}, Prüfziffer ${cvv()}.`)],
  ],
  'card-json-payload': (n) => [
    'en',
    [
      U(
        `Why does the payments API return 400 for this body?\n${JSON.stringify({ amount: 4999, currency: 'EUR', source: { number: n, exp_month: ri(1, 12), exp_year: 2029, cvc: cvv() }, capture: true }, null, 2)}`,
      ),
    ],
  ],
  'card-log-line': (n) => [
    'en',
    [
      U(
        `Parse this log line into fields: 2027-02-14T09:41:07.332Z INFO checkout-svc txn=tx_${hex(10)} status=declined reason=do_not_honor pan=${n} amount=129.00 EUR`,
      ),
    ],
  ],
  'card-split-sentence': (n) => [
    'fr',
    [
      U(
        `Je dicte le numéro de ma carte pour la réservation : ça commence par ${n.slice(0, 4)} ${n.slice(4, 8)}, ensuite ${n.slice(8, 12)} et ça finit par ${n.slice(12)}. Date d'expiration ${exp()}. Tu peux me confirmer que c'est bien enregistré ?`,
      ),
    ],
  ],
  'card-amex-465': (n) => [
    'es',
    [U(`Mi tarjeta American Express ${grp(n, [4, 6, 5])} no funciona en la web de la aerolínea, ¿qué puede pasar? Caduca el ${exp()}.`)],
  ],
  'card-tool-args': (n) => [
    'en',
    [
      U('Charge the customer for the replacement part.'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_pay1',
            type: 'function',
            function: { name: 'charge_card', arguments: JSON.stringify({ card_number: n, expiry: exp(), amount_eur: 84.5 }) },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_pay1', content: '{"status":"pending"}' },
    ],
    { where: 'tool_call' },
  ],
};
{
  add('card-spaces-chat', 'payment', ...(([l, m]) => [l, PCI, m])(LAYOUTS['card-spaces-chat'](visa())));
  add('card-dashes-cvv', 'payment', ...(([l, m]) => [l, PCI, m])(LAYOUTS['card-dashes-cvv'](mc())));
  add('card-json-payload', 'payment', ...(([l, m]) => [l, PCI, m])(LAYOUTS['card-json-payload'](mc2())));
  add('card-log-line', 'payment', ...(([l, m]) => [l, PCI, m])(LAYOUTS['card-log-line'](disc())));
  add('card-split-sentence', 'payment', ...(([l, m]) => [l, PCI, m])(LAYOUTS['card-split-sentence'](visa())));
  add('card-amex-465', 'payment', ...(([l, m]) => [l, PCI, m])(LAYOUTS['card-amex-465'](amex())));
  {
    const [l, m, o] = LAYOUTS['card-tool-args'](visa());
    add('card-tool-args', 'payment', l, PCI, m, o);
  }
}
{
  // cardholder data with PII
  const [f, l] = N.it[0];
  const n = mc();
  add(
    'card-csv-export',
    'payment',
    'it',
    ['PII', 'PCI'],
    [
      U(
        `Converti in JSON questo estratto dal vecchio gestionale:\ncliente;email;carta;scadenza\n${f} ${l};${mail(f, l, 'gmail.com')};${n};${exp()}`,
      ),
    ],
  );
  const [f2, l2] = N.nl[3];
  const n2 = visa();
  add(
    'card-phone-order',
    'payment',
    'nl',
    ['PII', 'PCI'],
    [
      U(
        `Telefonische bestelling, zet het in ons orderformaat: klant ${f2} ${l2}, Kerkstraat ${ri(2, 90)}, 3811 CP Amersfoort, creditcard ${g4(n2)}, vervaldatum ${exp()}.`,
      ),
    ],
  );
  const [f3, l3] = N.pl[3];
  const n3 = mc();
  add(
    'card-chargeback-letter',
    'payment',
    'pl',
    ['PII', 'PCI'],
    [U(`Napisz reklamację do banku: jestem ${f3} ${l3}, z mojej karty ${g4(n3)} pobrano dwa razy 249 zł za ten sam bilet lotniczy.`)],
  );
}
{
  // OCR'd receipt without separators; a card read out in a Danish chat; HTML entities
  add('card-ocr-nospace', 'payment', 'pt', PCI, [
    U(
      `O OCR do talão devolveu isto, consegues extrair o valor e a data?\nTOTAL 37,80 EUR\nVISA ${visa()}  VAL ${exp()}\nAUT ${digits(6)} 2027-03-02 14:11`,
    ),
  ]);
  add('card-chat-da', 'payment', 'da', PCI, [
    U(`Jeg kan ikke gennemføre betalingen i appen. Kortnummer ${grp(mc(), [4, 4, 4, 4], ' ')}, udløb ${exp()}. Hvad gør jeg forkert?`),
  ]);
  add(
    'card-html-entities',
    'payment',
    'en',
    PCI,
    [
      U(
        `The CMS saved the payment note like this, can you clean it up? Paid by card ${[...g4(visa())].map((c) => `&#${c.charCodeAt(0)};`).join('')} on 2027-01-09.`,
      ),
    ],
    { encoding: 'html' },
  );
}
{
  // a PAN in metadata, percent-encoded in a query string, and in a Swedish support message
  add(
    'card-metadata',
    'payment',
    'en',
    PCI,
    {
      model: 'auto',
      messages: [U('Write a one-line receipt footer thanking the customer.')],
      metadata: { order: 'SO-2027-11842', pan: visa(), channel: 'kiosk' },
    },
    { where: 'metadata' },
  );
  const n = mc();
  add(
    'card-query-percent',
    'payment',
    'en',
    PCI,
    [
      U(
        `Our WAF logged this request; is anything wrong with it? GET /pay/confirm?card%5Bnumber%5D=${[...n].map((c) => '%3' + c).join('')}&card%5Bexp%5D=${encodeURIComponent(exp())}&lang=en`,
      ),
    ],
    { encoding: 'percent' },
  );
  add('card-support-sv', 'payment', 'sv', PCI, [
    U(
      `Kunden skriver: "Mitt kort ${g4(visa())} drogs två gånger för samma biljett." Skriv ett kort svar där vi lovar återbetalning inom fem bankdagar.`,
    ),
  ]);
}

// ================================================================= CREDENTIALS: literal secrets
{
  add('go-const-stripe', 'code', 'en', CRED, [
    U(
      `Review this Go handler for bugs:\n\`\`\`go\npackage billing\n\nimport "github.com/stripe/stripe-go/v76"\n\nconst stripeKey = "sk_live_${b62(24)}"\n\nfunc init() {\n\tstripe.Key = stripeKey\n}\n\`\`\``,
    ),
  ]);
  add('go-dsn-password', 'code', 'en', CRED, [
    U(
      `why does sql.Open succeed but Ping hangs?\n\`\`\`go\ndb, err := sql.Open("pgx", "postgres://orders_rw:${pwUrl()}@pg-orders.internal:5432/orders?sslmode=require")\nif err != nil { log.Fatal(err) }\n\`\`\``,
    ),
  ]);
  add('rust-reqwest-token', 'code', 'en', CRED, [
    U(
      `This Rust snippet gets 401 from the GitHub API, why?\n\`\`\`rust\nlet client = reqwest::Client::new();\nlet res = client\n    .get("https://api.github.com/repos/acme/infra/actions/runs")\n    .bearer_auth("${ghToken()}")\n    .header("User-Agent", "release-bot")\n    .send()\n    .await?;\n\`\`\``,
    ),
  ]);
  add('java-properties-datasource', 'config', 'en', CRED, [
    U(
      `Spring Boot won't start, here is my application.properties:\n\`\`\`\nspring.datasource.url=jdbc:mysql://db01.prod.lan:3306/crm\nspring.datasource.username=crm_app\nspring.datasource.password=${pw()}\nspring.jpa.hibernate.ddl-auto=validate\n\`\`\``,
    ),
  ]);
  add('csharp-appsettings', 'config', 'de', CRED, [
    U(
      `Warum findet EF Core die Datenbank nicht? appsettings.Production.json:\n\`\`\`json\n{\n  "ConnectionStrings": {\n    "Default": "Server=sql-prod-02.corp.local;Database=Lager;User Id=lager_svc;Password=${pw()};TrustServerCertificate=True"\n  }\n}\n\`\`\``,
    ),
  ]);
  add('php-sendgrid-key', 'code', 'fr', CRED, [
    U(
      `Pourquoi les mails partent en spam ?\n\`\`\`php\n<?php\n$email = new \\SendGrid\\Mail\\Mail();\n$email->setFrom("noreply@boutique-exemple.fr");\n$sendgrid = new \\SendGrid('SG.${b62(22)}.${b62(43)}');\n$response = $sendgrid->send($email);\n\`\`\``,
    ),
  ]);
  add('ruby-initializer-key', 'code', 'en', CRED, [
    U(
      `Can you turn this Rails initializer into one that uses credentials.yml.enc?\n\`\`\`ruby\n# config/initializers/stripe.rb\nStripe.api_key = 'rk_live_${b62(24)}'\nStripe.api_version = '2024-06-20'\n\`\`\``,
    ),
  ]);
  add('kotlin-openai-key', 'code', 'en', CRED, [
    U(
      `Android app crashes on this line, any idea?\n\`\`\`kotlin\nprivate val client = OpenAIClient(apiKey = "sk-proj-${b62(48)}T3BlbkFJ${b62(20)}")\n\`\`\``,
    ),
  ]);
  add('python-slack-token', 'code', 'sv', CRED, [
    U(
      `Varför får jag "not_in_channel"?\n\`\`\`python\nfrom slack_sdk import WebClient\nclient = WebClient(token="xoxb-${ri(1000000000, 9999999999)}-${ri(1000000000000, 9999999999999)}-${b62(24)}")\nclient.chat_postMessage(channel="#drift", text="Deploy klar")\n\`\`\``,
    ),
  ]);
}
{
  // CI files
  add('gha-literal-token', 'config', 'en', CRED, [
    U(
      `My GitHub Actions step fails with "Bad credentials":\n\`\`\`yaml\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: gh release create v\${{ github.run_number }}\n        env:\n          GH_TOKEN: ${ghToken()}\n\`\`\``,
    ),
  ]);
  add('gitlab-ci-password', 'config', 'de', CRED, [
    U(
      `Die Pipeline kann sich nicht bei der Registry anmelden:\n\`\`\`yaml\nvariables:\n  REGISTRY_USER: deploy-bot\n  REGISTRY_PASSWORD: "${pw()}"\nbuild:\n  stage: build\n  script:\n    - docker login -u $REGISTRY_USER -p $REGISTRY_PASSWORD registry.gitlab.com\n\`\`\``,
    ),
  ]);
  add('gha-aws-keys', 'config', 'en', CRED, [
    U(
      `Is this workflow OK?\n\`\`\`yaml\n      - name: Configure AWS\n        uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: AKIA${upalnum(16)}\n          aws-secret-access-key: ${b62(30)}/${b62(9)}\n          aws-region: eu-north-1\n\`\`\``,
    ),
  ]);
}
{
  // kubeconfig, docker config, .npmrc, .pypirc, .netrc
  add('kubeconfig-token', 'config', 'en', CRED, [
    U(
      `kubectl says "the server has asked for the client to provide credentials", here is my kubeconfig:\n\`\`\`yaml\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.20.0.4:6443\n    insecure-skip-tls-verify: true\n  name: staging\nusers:\n- name: ci-deployer\n  user:\n    token: ${jwt({ iss: 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', sub: 'system:serviceaccount:ci:deployer' }, 'k8s-' + hex(16))}\ncontexts:\n- context: { cluster: staging, user: ci-deployer }\n  name: staging\ncurrent-context: staging\n\`\`\``,
    ),
  ]);
  add(
    'kubeconfig-client-key',
    'config',
    'en',
    CRED,
    [
      U(
        `Convert this kubeconfig user to use exec auth instead:\n\`\`\`yaml\nusers:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=\n    client-key-data: ${rsaKeyB64()}\n\`\`\``,
      ),
    ],
    { encoding: 'base64' },
  );
  add(
    'docker-config-auth',
    'config',
    'en',
    CRED,
    [
      U(
        `docker pull from our registry says unauthorized, ~/.docker/config.json is:\n${JSON.stringify({ auths: { 'registry.acme-logistics.io': { auth: Buffer.from(`ci-pull:${pw()}`).toString('base64') } } }, null, 2)}`,
      ),
    ],
    { encoding: 'base64' },
  );
  add('npmrc-token', 'config', 'en', CRED, [
    U(
      `npm publish returns 403, this is the .npmrc in the repo:\n\`\`\`\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npmToken()}\nalways-auth=true\n\`\`\``,
    ),
  ]);
  add('pypirc-token', 'config', 'en', CRED, [
    U(
      `twine upload fails with 403, here's ~/.pypirc:\n\`\`\`\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = pypi-AgEIcHlwaS5vcmcCJ${b62(40)}\n\`\`\``,
    ),
  ]);
  add('netrc-password', 'config', 'nl', CRED, [
    U(`Waarom gebruikt curl mijn .netrc niet?\n\`\`\`\nmachine ftp.leverancier-bv.nl\nlogin export_user\npassword ${pw()}\n\`\`\``),
  ]);
}
{
  // private keys, JWTs, OAuth client secrets, database URLs
  add('ssh-private-key', 'config', 'en', CRED, [U(`ssh says "invalid format" for this deploy key, what's wrong?\n${opensshKey()}`)]);
  add('pgp-private-key', 'config', 'de', CRED, [U(`GnuPG importiert diesen Schlüssel nicht, ist die Datei kaputt?\n${pgpKey()}`)]);
  add('jwt-curl-header', 'code', 'en', CRED, [
    U(
      `curl works but my fetch() call doesn't, same token:\ncurl -H "Authorization: Bearer ${jwt({ sub: 'svc-reporting', scope: 'reports:read', iat: 1801234567, exp: 1801238167 }, 'secret-' + hex(20))}" https://api.internal.acme.io/v2/reports`,
    ),
  ]);
  add('oauth-client-secret-json', 'config', 'en', CRED, [
    U(
      `Is this client_secret.json in the right shape for google-auth-oauthlib?\n${JSON.stringify({ installed: { client_id: `${ri(100000000000, 999999999999)}-${b62(32).toLowerCase()}.apps.googleusercontent.com`, project_id: 'inventory-sync-41', auth_uri: 'https://accounts.google.com/o/oauth2/auth', token_uri: 'https://oauth2.googleapis.com/token', client_secret: `GOCSPX-${b62(28)}`, redirect_uris: ['http://localhost'] } }, null, 2)}`,
    ),
  ]);
  add('oauth-client-credentials-curl', 'code', 'es', CRED, [
    U(
      `¿Por qué este curl devuelve invalid_client?\ncurl -X POST https://login.microsoftonline.com/${uuid()}/oauth2/v2.0/token -d "grant_type=client_credentials&client_id=${uuid()}&client_secret=${b62(3)}8Q~${b62(34)}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default"`,
    ),
  ]);
  add('db-url-traceback', 'code', 'en', CRED, [
    U(
      `Got this in prod logs, what does it mean?\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.4.2.17", port 5432 failed: timeout expired\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\nengine url: postgresql+psycopg2://analytics:${pwUrl()}@10.4.2.17:5432/warehouse`,
    ),
  ]);
  add('redis-url-env', 'config', 'it', CRED, [
    U(
      `Il worker non si collega a Redis, questo è il .env:\nREDIS_URL=rediss://default:${b62(32)}@redis-prod.acme.cloud:6380/0\nQUEUE_NAME=fatture`,
    ),
  ]);
  add(
    'metadata-api-key',
    'agent',
    'en',
    CRED,
    {
      model: 'auto',
      messages: [U('Summarise the open incidents for the on-call handover.')],
      metadata: { source: 'pagerduty-sync', pd_api_key: `u+${b62(18)}`, region: 'eu' },
    },
    { where: 'metadata' },
  );
}

// ================================================================= PUBLIC hard negatives
{
  // the same card layouts, each number with its check digit changed: Luhn fails, so not PCI
  // (README: "A number that fails Luhn ... is not PCI"); no person is named, so public.
  for (const [t, gen] of [
    ['card-spaces-chat', visa],
    ['card-dashes-cvv', mc],
    ['card-json-payload', mc2],
    ['card-log-line', disc],
    ['card-split-sentence', visa],
    ['card-amex-465', amex],
    ['card-tool-args', visa],
  ]) {
    const [l, m, o] = LAYOUTS[t](badLuhn(gen()));
    add(t, 'payment', l, NONE, m, o);
  }
  const bad = badLuhn(visa());
  add(
    'card-invalid-metadata',
    'payment',
    'en',
    NONE,
    {
      model: 'auto',
      messages: [U('Write a one-line receipt footer thanking the customer.')],
      metadata: { order: 'SO-2027-11907', pan: bad, channel: 'kiosk' },
    },
    { where: 'metadata' },
  );
}
{
  // identifiers that look like secrets or personal data but are not.
  // Debatable: the invalid-Luhn numbers above are typed by a customer as a card; SPEC §4 says PCI is
  // "a valid payment card number", so a number failing Luhn is not PCI (README says so literally).
  add('uuid-bug-report', 'code', 'en', NONE, [
    U(
      `The job ${uuid()} keeps getting retried even though the parent run ${uuid()} finished. Where in Celery would a duplicate ack come from?`,
    ),
  ]);
  add('git-sha-bisect', 'code', 'en', NONE, [
    U(
      `git bisect says the first bad commit is ${hex(40)}, but ${hex(7)} (its parent) was never deployed. How do I tell bisect to skip merge commits?`,
    ),
  ]);
  add('git-sha-changelog', 'code', 'sv', NONE, [
    U(
      `Skriv release notes på svenska från de här commitsen:\n${hex(7)} fix: timeout i exportjobbet\n${hex(7)} feat: CSV-export av fakturor\n${hex(7)} chore: uppdatera Node till 20.18.1`,
    ),
  ]);
  add('sha256-download', 'code', 'en', NONE, [
    U(
      `The sha256sum of the downloaded installer is ${hex(64)} but the release page lists ${hex(64)}. Is the file corrupted or could it be a different build?`,
    ),
  ]);
  add('docker-digest', 'config', 'en', NONE, [U(`Pin this image by digest in the Helm chart: ghcr.io/acme/worker@sha256:${hex(64)}`)]);
}
{
  // ISBNs, barcodes, tracking, invoices, orders
  add('isbn-bibliography', 'public-fact', 'en', NONE, [
    U(`Format these as APA references: ISBN ${isbn13()}, ISBN ${isbn13()}, ISBN ${isbn13()}.`),
  ]);
  add('ean-inventory', 'business', 'nl', NONE, [
    U(`Maak een voorraadtabel van deze scans:\n${ean13('87')} x12\n${ean13('87')} x4\n${ean13('54')} x30\n${upc()} x7`),
  ]);
  add('ean-barcode-check', 'business', 'pl', NONE, [
    U(`Czy kod kreskowy ${ean13('590')} ma poprawną cyfrę kontrolną? Wytłumacz algorytm EAN-13.`),
  ]);
  add('tracking-ups', 'shipping', 'en', NONE, [
    U(`My parcel ${ups()} has been stuck at "Origin Scan" in Louisville for four days. Is that normal for UPS Standard to Europe?`),
  ]);
  add('tracking-postnord', 'shipping', 'da', NONE, [
    U(`Hvad betyder status "Forsendelsen er ankommet til terminal" på pakke ${'00370' + digits(13)}? Den har stået sådan siden mandag.`),
  ]);
  add('invoice-numbers-b2b', 'business', 'fr', NONE, [
    U(
      `Rédige une relance pour les factures FA-2027-00${ri(100, 999)}, FA-2027-00${ri(100, 999)} et FA-2027-01${ri(100, 999)} adressées à Menuiserie Duval SARL (total 4 318,20 € TTC), échues depuis 45 jours.`,
    ),
  ]);
  add('order-number-16', 'business', 'en', NONE, [
    U(
      `Our ERP order numbers are 16 digits, like ${badLuhn(card('7' + ri(0, 9), 16))} and ${badLuhn(card('7' + ri(0, 9), 16))}. Write a regex that matches them but not 15- or 17-digit numbers.`,
    ),
  ]);
  add('order-number-16', 'business', 'es', NONE, [
    U(
      `El número de pedido ${g4(badLuhn(card('4' + ri(0, 9), 16)))} aparece duplicado en el informe de ventas de marzo. ¿Cómo lo busco en Excel con BUSCARX?`,
    ),
  ]);
}
{
  // IBAN-like strings that fail mod-97 (in a validation or format question, no account holder)
  const badIban = (cc, bban) => {
    const v = iban(cc, bban);
    const c = +v.slice(2, 4);
    const w = v.slice(0, 2) + pad(c === 98 ? 2 : c + 1, 2) + v.slice(4);
    if (ibanOk(w)) throw new Error('iban');
    return w;
  };
  add('iban-invalid-validate', 'code', 'en', NONE, [
    U(
      `My validator rejects ${ibanFmt(badIban('DE', digits(18)))} and I think it's right to. Can you walk me through the mod-97 check step by step?`,
    ),
  ]);
  add('iban-invalid-validate', 'code', 'nl', NONE, [
    U(`Klopt het dat ${badIban('NL', 'RABO' + digits(10))} geen geldig IBAN is? Leg uit waarom de controle faalt.`),
  ]);
  add('isin-stock', 'public-fact', 'en', NONE, [
    U(`What is ISIN US0378331005 and why does the last digit (${isinDigit('US037833100')}) matter?`),
  ]);
}
{
  // version strings, build numbers and timestamps that look like phone numbers or ids
  add('version-phone-like', 'code', 'en', NONE, [
    U('After upgrading from 10.0.19045.4291 to 10.0.22631.3447 the VPN client (build 4.10.08029) stopped connecting. Known issue?'),
  ]);
  add('version-phone-like', 'code', 'it', NONE, [
    U('Il pacchetto openjdk 17.0.12+7-1~deb12u1 va in conflitto con 21.0.4+7-2. Come tengo entrambe le versioni?'),
  ]);
  add('timestamp-epoch', 'code', 'en', NONE, [
    U(`Convert the epoch millis ${ri(1700000000000, 1799999999999)} and ${ri(1700000000, 1799999999)} to ISO 8601 in UTC and Europe/Oslo.`),
  ]);
}
{
  // documentation placeholders and env references instead of secrets
  add('placeholder-api-key', 'code', 'en', NONE, [
    U('Why does this return 401?\n```bash\ncurl https://api.openai.com/v1/models -H "Authorization: Bearer <API_KEY>"\n```'),
  ]);
  add('placeholder-your-token', 'config', 'de', NONE, [
    U(
      'Wie trage ich das richtig ein?\n```\n//npm.pkg.github.com/:_authToken=YOUR_TOKEN_HERE\n@acme:registry=https://npm.pkg.github.com\n```',
    ),
  ]);
  add('placeholder-sk-dots', 'support-ticket', 'en', NONE, [
    U(
      'Getting "Incorrect API key provided: sk-...Xb4Q. You can find your API key at https://platform.openai.com/account/api-keys" but I just rotated it. Does it take time to propagate?',
    ),
  ]);
  add('env-ref-go', 'code', 'en', NONE, [
    U(
      'Is this a safe way to read the DB password in Go?\n```go\ndsn := fmt.Sprintf("postgres://%s:%s@%s/app", os.Getenv("DB_USER"), os.Getenv("DB_PASSWORD"), os.Getenv("DB_HOST"))\n```',
    ),
  ]);
  add('env-ref-rust', 'code', 'en', NONE, [
    U(
      'Refactor so the key is never logged:\n```rust\nlet key = std::env::var("STRIPE_SECRET_KEY").expect("STRIPE_SECRET_KEY not set");\nlet client = stripe::Client::new(key);\n```',
    ),
  ]);
  add('gha-secrets-ref', 'config', 'en', NONE, [
    U(
      'Does this leak the token into logs?\n```yaml\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n```',
    ),
  ]);
  add('k8s-secret-ref', 'config', 'fr', NONE, [
    U(
      'Ce Deployment récupère-t-il bien le mot de passe ?\n```yaml\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-credentials\n        key: password\n```',
    ),
  ]);
  add('properties-placeholder', 'config', 'es', NONE, [
    U(
      '¿Cómo paso la contraseña por variable de entorno en Spring?\n```\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD:changeme-in-prod}\n```',
    ),
  ]);
  add('jwt-header-only', 'code', 'en', NONE, [
    U('What does the first segment eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9 of a JWT decode to, and why do all my tokens start with it?'),
  ]);
  add('ssh-public-key', 'config', 'en', NONE, [
    U(
      `Add this public key to the deploy user's authorized_keys via Ansible:\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${Buffer.from(bytes(32)).toString('base64').slice(0, 43)} deploy@ci-runner-03`,
    ),
  ]);
  add(
    'tools-schema-password',
    'agent',
    'en',
    NONE,
    {
      model: 'auto',
      messages: [U('Reset the VPN account for the warehouse scanner group.')],
      tools: [
        {
          type: 'function',
          function: {
            name: 'reset_vpn_account',
            description: 'Resets a VPN account and e-mails a one-time link to the account owner.',
            parameters: {
              type: 'object',
              properties: {
                group: { type: 'string' },
                new_password: { type: 'string', description: 'Optional; generated when omitted. Minimum 14 characters.' },
              },
              required: ['group'],
            },
          },
        },
      ],
    },
    { where: 'tools' },
  );
  add(
    'user-service-account',
    'agent',
    'en',
    NONE,
    {
      model: 'gpt-4o-mini',
      messages: [U('Classify this ticket as billing, shipping or technical: "the label printer in hall B prints blank pages"')],
      user: 'svc-ticket-router-eu',
      metadata: { request_id: uuid(), pipeline: 'zendesk-triage' },
    },
    { where: 'user' },
  );
}
{
  // company addresses from press releases and official hotlines: a company (a legal person)
  // is not a "person" in SPEC §4's sense and the bench README lists company names and
  // addresses as not PII, so a registered office address is public. No employee is named.
  add('press-release-address', 'business', 'en', NONE, [
    U(
      'Shorten this press release boilerplate to 40 words: "Nordlys Fjordkraft ASA, headquartered at Sjølyst plass 3, 0278 Oslo, Norway, is a leading supplier of hydropower to industrial customers. Media inquiries: press@nordlys-fjordkraft.no, +47 22 00 00 00."',
    ),
  ]);
  add('press-release-address', 'business', 'de', NONE, [
    U(
      'Übersetze ins Englische: „Die Brenntal Werkzeugbau GmbH mit Sitz in der Industriestraße 12, 73430 Aalen, eröffnet im Herbst ein zweites Werk in Ulm. Kontakt für Medien: presse@brenntal-werkzeugbau.de."',
    ),
  ]);
  add('company-hotline', 'business', 'sv', NONE, [
    U('Vad är skillnaden mellan att ringa 1177 och 112 i Sverige, och när ska man ringa 114 14?'),
  ]);
  add('company-vat-id', 'business', 'it', NONE, [
    U(
      'Il fornitore Officine Meccaniche Brenta S.p.A. ha partita IVA IT0' +
        digits(10) +
        ': devo indicarla in fattura elettronica anche se è nel registro imprese?',
    ),
  ]);
}
{
  // famous historical people, geography, maths, chemistry, law, flights
  add('history-person', 'public-fact', 'pl', NONE, [
    U('Maria Skłodowska-Curie urodziła się 7 listopada 1867 w Warszawie. Napisz krótką notkę biograficzną dla uczniów.'),
  ]);
  add('history-person', 'public-fact', 'fi', NONE, [
    U('Jean Sibelius syntyi Hämeenlinnassa 8.12.1865 ja kuoli Ainolassa 1957. Mitkä ovat hänen tunnetuimmat sinfoniansa?'),
  ]);
  add('history-person-writer', 'public-fact', 'pt', NONE, [
    U('Fernando Pessoa usou heterónimos como Álvaro de Campos e Ricardo Reis. Quantos heterónimos são conhecidos?'),
  ]);
  add('history-person-writer', 'public-fact', 'sv', NONE, [
    U('Astrid Lindgren föddes 1907 på Näs utanför Vimmerby. Vilka böcker skrev hon före Pippi Långstrump?'),
  ]);
  add('geography-facts', 'public-fact', 'no', NONE, [
    U('Hvor lang er Bergensbanen mellom Oslo S og Bergen stasjon, og hva er det høyeste punktet på strekningen?'),
  ]);
  add('geography-postcode', 'public-fact', 'fi', NONE, [
    U('Mihin kaupunginosaan postinumero 00100 kuuluu Helsingissä, ja miksi postinumerot alkavat nollalla?'),
  ]);
  add('maths-long-numbers', 'public-fact', 'en', NONE, [U('Is 18446744073709551557 prime? Also, what is 2^64 - 18446744073709551557?')]);
  add('maths-luhn-example', 'code', 'en', NONE, [U('Walk me through the Luhn algorithm on 79927398713 digit by digit.')]);
  add('chemistry-cas', 'public-fact', 'en', NONE, [
    U(
      `Which is more soluble in water: caffeine (CAS ${cas('58', '08')}) or aspirin (CAS ${cas('50', '78')})? And what is CAS ${cas('64', '17')}?`,
    ),
  ]);
  add('chemistry-cas', 'public-fact', 'fr', NONE, [
    U(`Quelle est la différence entre le CAS ${cas('7732', '18')} et le CAS ${cas('7789', '20')} ?`),
  ]);
  add('legal-citation', 'legal', 'en', NONE, [
    U('Summarise the holding of CJEU case C-311/18 (Schrems II) and how it relates to Art. 46(1) GDPR and 50 U.S.C. § 1881a.'),
  ]);
  add('legal-citation-nl', 'legal', 'nl', NONE, [
    U('Leg uit wat HR 13 maart 1981, ECLI:NL:HR:1981:AG4158 (Haviltex) betekent voor de uitleg van contracten.'),
  ]);
  add('flight-numbers', 'travel', 'en', NONE, [
    U('Is there a realistic connection from SK1469 (ARN 06:35) to LH2417 at Munich, or should I take the later AY1413?'),
  ]);
  add('flight-numbers', 'travel', 'fr', NONE, [
    U('Le vol AF1366 Paris-Lisbonne est annulé demain ; quels sont mes droits selon le règlement (CE) n° 261/2004 ?'),
  ]);
  add('gdpr-national-id-question', 'legal', 'da', NONE, [
    U('Må en webshop kræve kundens CPR-nummer ved køb af en mobiltelefon? Hvad siger databeskyttelsesloven § 11?'),
  ]);
  add('checksum-explainer', 'code', 'sv', NONE, [
    U(
      'Skriv en TypeScript-funktion som validerar svenska personnummer i formatet ÅÅMMDD-NNNK med Luhn-algoritmen. Inga riktiga nummer i testerna, generera dem.',
    ),
  ]);
  add('checksum-explainer', 'code', 'pt', NONE, [
    U('Como funciona o cálculo dos dois dígitos verificadores do CPF? Mostra o algoritmo em Python sem usar CPFs reais.'),
  ]);
  add('pci-dss-question', 'payment', 'no', NONE, [
    U('Må vi lagre de fire siste sifrene i kortnummeret og utløpsdatoen i CRM-et etter PCI DSS 4.0?'),
  ]);
  add('card-last4', 'payment', 'en', NONE, [
    U('Write a friendly reminder that the card ending in 4821 (expires 09/27) on file for the Team plan will be charged on the 1st.'),
  ]);
  // fictional characters are no persons at all -> public
  add('fictional-character', 'public-fact', 'no', NONE, [
    U('Lag en kort quiz om Ibsens "Et dukkehjem": hvem er Nora Helmer, Torvald Helmer og Krogstad?'),
  ]);
  add('aws-arn-docs', 'config', 'en', NONE, [
    U('Why does this IAM policy not allow the role arn:aws:iam::123456789012:role/ReadOnlyAuditor to list s3://acme-logs-eu?'),
  ]);
  add('rfc-example-email-regex', 'code', 'fr', NONE, [
    U('Cette regex accepte-t-elle les adresses avec un plus, comme prenom+test@example.org ? ^[\\w.+-]+@[\\w-]+\\.[\\w.]+$'),
  ]);
}

// ================================================================= output and counts
const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'h7-cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
const count = (f) => {
  const m = new Map();
  for (const c of cases) for (const k of [].concat(f(c))) m.set(k, (m.get(k) || 0) + 1);
  return [...m]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
};
console.log(`h7: ${cases.length} cases, ${perTemplate.size} templates (max ${Math.max(...perTemplate.values())} per template)`);
console.log(`level: ${count((c) => c.expected.level)}`);
console.log(`category: ${count((c) => (c.expected.categories.length ? c.expected.categories : ['none']))}`);
console.log(`category set: ${count((c) => c.expected.categories.join('+') || 'none')}`);
console.log(`kind: ${count((c) => c.kind)}`);
console.log(`lang: ${count((c) => c.lang)}`);
console.log(`where: ${count((c) => c.where || 'message text')}`);
console.log(`encoding: ${count((c) => c.encoding || 'none')}`);
