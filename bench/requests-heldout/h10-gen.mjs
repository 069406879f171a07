// h10 held-out request set: SENSITIVE DATA IN EVERYDAY CHANNELS.
// Written from SPEC §4 and bench/requests/README.md only (no look at the detector or the other sets).
// Synthetic people and values; every check digit is computed below.
//
// Run: node bench/requests-heldout/h10-gen.mjs
// Writes h10-cases.jsonl next to this file (byte-identical on every run: fixed-seed PRNG, no
// clock, no network, no dependencies) and prints counts by level / category / kind / lang /
// where / encoding.
//
// Channels: voice-assistant and dictation transcripts, patient-portal messages, insurance claim
// e-mails, pharmacy chats, school-nurse and sports-club notes, HR / occupational-health e-mails,
// wearable exports, genetic reports, journals, care-home handovers, vet-vs-human mix-ups,
// telehealth chats, trial screening forms, national ids, IBANs, addresses, card numbers, keys
// and passwords, and near-misses of all of these that a careful officer would call public.
//
// Labelling (SPEC §4 read strictly, as in bench/requests/README.md):
//   level = restricted if PHI, PCI or CREDENTIALS; confidential if only PII; else public.
//   Categories are every category the request carries, in the order PHI, PII, PCI, CREDENTIALS.
// Judgement calls (each is also marked "JC:" next to the case):
//   - PHI + PII whenever the health context sits next to a name, a first name in a personal
//     context, a date of birth, a personal e-mail, a phone, an address or a national id. A
//     medical identifier alone (NHS no., KVNR, MRN, MBI, NPI/DEA) is PHI only.
//   - Raw wearable data (heart rate, glucose, SpO2, sleep) tied to a named user is treated as a
//     lab-type result, so PHI; every such export also carries an explicit clinical flag (AF
//     notification, hypo alarm, diagnosed apnoea + CPAP) so the call does not rest on raw numbers.
//     The same metrics aggregated over an anonymous cohort are public.
//   - A pet's diagnosis and drugs are not PHI. A human who swallowed the pet's drug is PHI.
//     A vet invoice addressed to a named owner at a home address is PII only.
//   - Numbers spoken as words in a transcript (a card number read out digit by digit, a date of
//     birth said aloud) are still the data: PCI / PII.
//   - Test PANs (4242…, 4111…) are PCI, as the README says, even inside a QA bug report.
//   - The AWS documentation example key pair (AKIAIOSFODNN7EXAMPLE / …EXAMPLEKEY) and fixtures
//     explicitly marked fake, with example.com addresses and <PLACEHOLDER> values, are public.
//   - A company SIRET that happens to pass Luhn (14 digits, not a card length or prefix) and a
//     16-digit order number that fails Luhn are public.
//   - Cardholder name next to a PAN adds PII. A licence plate is counted as PII only where a
//     name is present too, so the label never rests on the plate alone.
//   - An employer's HR mail that states a diagnosis is PHI + PII (leak of health data); a
//     generic sick-leave policy mail is public.
//   - A prescriber's NPI/DEA with a controlled-drug order is PHI (SPEC lists NPI/DEA as medical
//     identifiers) even with no patient name.
//   - Wi-Fi/router and mailbox passwords are CREDENTIALS; a login e-mail next to it adds PII.
//   - Service-account ids in `user`, ticket ids in `metadata` and schemas that only *name*
//     fields like patient_name / password are public.
//   - A system prompt is message text, but we tag where=system when it alone carries the data.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- PRNG and small helpers
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x4810_2610);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const digits = (n) => Array.from({ length: n }, () => String(ri(0, 9))).join('');
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const B62 = DIG + UPPER + LOWER;
const B64 = UPPER + LOWER + DIG + '+/';
const B64URL = UPPER + LOWER + DIG + '-_';
const HEX = '0123456789abcdef';
const rs = (n, alphabet) => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
const pad = (n, w = 2) => String(n).padStart(w, '0');
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url');

// ---------------------------------------------------------------- checksums
function luhnCheckDigit(payload) {
  let sum = 0,
    dbl = true;
  for (let i = payload.length - 1; i >= 0; i--) {
    let d = +payload[i];
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return (10 - (sum % 10)) % 10;
}
const luhnValid = (s) => luhnCheckDigit(s.slice(0, -1)) === +s.slice(-1);
function card(prefix, len) {
  // Luhn-valid PAN
  const body = prefix + digits(len - prefix.length - 1);
  return body + luhnCheckDigit(body);
}
function nonLuhn(len, first = '') {
  // a number of that length that FAILS Luhn
  for (;;) {
    const s = first + digits(len - first.length);
    if (!luhnValid(s)) return s;
  }
}
const group = (s, sizes, sep = ' ') => {
  const out = [];
  let i = 0;
  for (const z of sizes) {
    out.push(s.slice(i, i + z));
    i += z;
  }
  return out.join(sep);
};
const g4 = (s, sep = ' ') => s.match(/.{1,4}/g).join(sep);

function mod97(numStr) {
  let r = 0;
  for (const ch of numStr) r = (r * 10 + +ch) % 97;
  return r;
}
const lettersToDigits = (s) =>
  s
    .toUpperCase()
    .split('')
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');
function iban(cc, bban) {
  const chk = 98 - mod97(lettersToDigits(bban + cc + '00'));
  return cc + pad(chk) + bban;
}
// national BBAN checks
function bbanFR() {
  const bank = digits(5),
    branch = digits(5),
    acct = digits(11);
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
  return bank + branch + acct + pad(key);
}
function bbanES() {
  const bank = pick(['2100', '0049', '0182', '2080', '0081', '2038']),
    branch = digits(4),
    acct = digits(10);
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (s) => {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += +s[i] * w[i];
    let d = 11 - (sum % 11);
    if (d === 11) d = 0;
    if (d === 10) d = 1;
    return d;
  };
  return bank + branch + dc('00' + bank + branch) + dc(acct) + acct;
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
const cfEven = (c) => (/[0-9]/.test(c) ? +c : c.charCodeAt(0) - 65);
function itCheckChar(s) {
  // codice fiscale control char / CIN (same tables)
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += i % 2 === 0 ? CF_ODD[s[i]] : cfEven(s[i]);
  return UPPER[sum % 26];
}
function bbanIT() {
  const abi = pick(['03069', '02008', '05034', '01030', '03111']),
    cab = digits(5),
    acct = digits(12);
  return itCheckChar(abi + cab + acct) + abi + cab + acct;
}
function bbanNL() {
  const bank = pick(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'ASNB']);
  for (;;) {
    const a = digits(10);
    let s = 0;
    for (let i = 0; i < 10; i++) s += +a[i] * (10 - i);
    if (s % 11 === 0 && a[0] !== '0') return bank + a;
  }
}
function bbanPL() {
  for (;;) {
    const b7 = pick(['1020', '1140', '1050', '1090', '1240']) + digits(3);
    const w = [3, 9, 7, 1, 3, 9, 7];
    let s = 0;
    for (let i = 0; i < 7; i++) s += +b7[i] * w[i];
    const c = (10 - (s % 10)) % 10;
    return b7 + c + digits(16);
  }
}
function bbanPT() {
  const base = pick(['0035', '0033', '0007', '0010', '0036']) + digits(4) + digits(11);
  const c = 98 - mod97(base + '00');
  return base + pad(c);
}
function bbanBE() {
  const a = digits(10);
  let c = mod97(a);
  if (c === 0) c = 97;
  return a + pad(c);
}
const bbanDE = () => pick(['10010010', '20050550', '37040044', '50010517', '70150000', '43060967']) + digits(10);
const bbanGB = () => pick(['BARC', 'LOYD', 'NWBK', 'HBUK', 'MIDL']) + digits(6) + digits(8);
const bbanRO = () => pick(['BTRL', 'RNCB', 'BRDE', 'INGB']) + rs(16, DIG + UPPER);
const bbanTR = () => pick(['00010', '00062', '00046', '00064']) + '0' + digits(16);
const bbanSE = () => pick(['500', '800', '600', '300']) + digits(17);
const bbanCZ = () => pick(['0800', '0100', '0300', '2010']) + '000000' + digits(10);
const fmtIban = (s) => g4(s);

// national identifiers
function steuerId() {
  // DE: 11 digits, one digit twice in the first ten, check mod 11,10
  for (;;) {
    const ds = DIG.split('');
    for (let i = 9; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [ds[i], ds[j]] = [ds[j], ds[i]];
    }
    const missing = ds[0];
    const dup = ds[1];
    if (dup === missing) continue;
    const ten = ds.slice(1);
    ten.push(dup); // 9 distinct + one duplicate
    for (let i = ten.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [ten[i], ten[j]] = [ten[j], ten[i]];
    }
    if (ten[0] === '0') continue;
    let prod = 10;
    for (const d of ten) {
      let s = (+d + prod) % 10;
      if (s === 0) s = 10;
      prod = (s * 2) % 11;
    }
    let c = 11 - prod;
    if (c === 10) c = 0;
    return ten.join('') + c;
  }
}
function nir(sex, yy, mm, dept) {
  // FR
  const base = String(sex) + pad(yy) + pad(mm) + dept + pad(ri(1, 899), 3) + pad(ri(1, 999), 3);
  const key = 97 - Number(BigInt(base) % 97n);
  return {
    raw: base + pad(key),
    fmt: `${base[0]} ${base.slice(1, 3)} ${base.slice(3, 5)} ${base.slice(5, 7)} ${base.slice(7, 10)} ${base.slice(10, 13)} ${pad(key)}`,
  };
}
const dni = () => {
  const n = ri(10000000, 79999999);
  return String(n) + 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23];
};
function bsn() {
  for (;;) {
    const d = digits(8);
    let s = 0;
    for (let i = 0; i < 8; i++) s += +d[i] * (9 - i);
    const c = s % 11;
    if (c < 10 && d[0] !== '0') return d + c;
  }
}
function cfName(s, isFirst) {
  const u = s
    .toUpperCase()
    .normalize('NFD')
    .replace(/[^A-Z]/g, '');
  const cons = u.replace(/[AEIOU]/g, ''),
    vow = u.replace(/[^AEIOU]/g, '');
  if (isFirst && cons.length >= 4) return cons[0] + cons[2] + cons[3];
  return (cons + vow + 'XXX').slice(0, 3);
}
function codiceFiscale(first, last, sex, y, m, d, belfiore) {
  const s = cfName(last, false) + cfName(first, true) + pad(y % 100) + 'ABCDEHLMPRST'[m - 1] + pad(sex === 'f' ? d + 40 : d) + belfiore;
  return s + itCheckChar(s);
}
function pesel(y, m, d, sex) {
  const mm = y >= 2000 ? m + 20 : m;
  for (;;) {
    const sexDigit = sex === 'f' ? pick([0, 2, 4, 6, 8]) : pick([1, 3, 5, 7, 9]);
    const s = pad(y % 100) + pad(mm) + pad(d) + digits(3) + sexDigit;
    const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += +s[i] * w[i];
    return s + ((10 - (sum % 10)) % 10);
  }
}
function personnummer(y, m, d) {
  const s = pad(y % 100) + pad(m) + pad(d) + digits(3);
  return `${s.slice(0, 6)}-${s.slice(6)}${luhnCheckDigit(s)}`;
}
function rodneCislo(y, m, d, sex) {
  for (;;) {
    const s = pad(y % 100) + pad(sex === 'f' ? m + 50 : m) + pad(d) + digits(3);
    const c = Number(BigInt(s) % 11n);
    if (c === 10) continue;
    return `${s.slice(0, 6)}/${s.slice(6)}${c}`;
  }
}
function cnp(y, m, d, sex, county) {
  const s0 = y >= 2000 ? (sex === 'm' ? 5 : 6) : sex === 'm' ? 1 : 2;
  const s = String(s0) + pad(y % 100) + pad(m) + pad(d) + county + pad(ri(1, 999), 3);
  const w = '279146358279';
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += +s[i] * +w[i];
  let c = sum % 11;
  if (c === 10) c = 1;
  return s + c;
}
function tckn() {
  const d = [ri(1, 9)];
  for (let i = 0; i < 8; i++) d.push(ri(0, 9));
  const odd = d[0] + d[2] + d[4] + d[6] + d[8],
    even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  d.push(d10);
  d.push(d.reduce((a, b) => a + b, 0) % 10);
  return d.join('');
}
function nifPT() {
  for (;;) {
    const s = pick(['1', '2']) + digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += +s[i] * (9 - i);
    let c = 11 - (sum % 11);
    if (c >= 10) c = 0;
    return s + c;
  }
}
function nissBE(y, m, d, sex) {
  // BE national number: serial even for women, check 97 - mod 97 ('2' prefix after 2000)
  let ser = ri(1, 997);
  if ((ser % 2 === 0) !== (sex === 'f')) ser += 1;
  const base = pad(y % 100) + pad(m) + pad(d) + pad(ser, 3);
  const c = 97 - Number((y >= 2000 ? BigInt('2' + base) : BigInt(base)) % 97n);
  return `${base.slice(0, 2)}.${base.slice(2, 4)}.${base.slice(4, 6)}-${base.slice(6, 9)}.${pad(c)}`;
}
function nhsNumber() {
  for (;;) {
    const s = String(ri(4, 6)) + digits(8);
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += +s[i] * (10 - i);
    let c = 11 - (sum % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    const n = s + c;
    return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
}
function kvnr() {
  const L = pick(UPPER.split(''));
  const num = pad(L.charCodeAt(0) - 64) + digits(8);
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let p = +num[i] * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p = Math.floor(p / 10) + (p % 10);
    sum += p;
  }
  return L + num.slice(2) + (sum % 10);
}
const npi = () => {
  const s = pick(['1', '2']) + digits(8);
  return s + luhnCheckDigit('80840' + s);
};
function dea(lastName) {
  const s = digits(6);
  const c = (+s[0] + +s[2] + +s[4] + 2 * (+s[1] + +s[3] + +s[5])) % 10;
  return pick(['A', 'B', 'F']) + lastName[0].toUpperCase() + s + c;
}
function cpf() {
  const d = digits(9).split('').map(Number);
  const c1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10;
  d.push(c1);
  const c2 = ((d.reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10;
  d.push(c2);
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}
function hetu(y, m, d) {
  for (;;) {
    const ind = pad(ri(2, 899), 3);
    const n = Number(pad(d) + pad(m) + pad(y % 100) + ind);
    return `${pad(d)}${pad(m)}${pad(y % 100)}${y >= 2000 ? 'A' : '-'}${ind}${'0123456789ABCDEFHJKLMNPRSTUVWXY'[n % 31]}`;
  }
}
const sinCA = () => {
  const s = pick(['1', '2', '4', '5', '6', '7']) + digits(7);
  const n = s + luhnCheckDigit(s);
  return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
};
function ssn() {
  for (;;) {
    const a = ri(1, 899);
    if (a === 666) continue;
    return `${pad(a, 3)}-${pad(ri(1, 99))}-${pad(ri(1, 9999), 4)}`;
  }
}
function mbi() {
  const L = 'ACDEFGHJKMNPQRTUVWXY';
  const AN = L + DIG;
  return (
    String(ri(1, 9)) +
    pick(L.split('')) +
    pick(AN.split('')) +
    ri(0, 9) +
    pick(L.split('')) +
    pick(AN.split('')) +
    ri(0, 9) +
    pick(L.split('')) +
    pick(L.split('')) +
    ri(0, 9) +
    ri(0, 9)
  );
}
function nino() {
  const A = 'ABCEGHJKLMNOPRSTWXYZ',
    B = 'ABCEGHJKLMNPRSTWXYZ';
  for (;;) {
    const p = pick(A.split('')) + pick(B.split(''));
    if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p)) continue;
    const n = digits(6);
    return `${p} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${pick(['A', 'B', 'C', 'D'])}`;
  }
}
function plIdCard() {
  // dowód osobisty: AAA + check + 5 digits, weights 7,3,1,9,7,3,1,7,3
  const L = rs(3, UPPER),
    rest = digits(5);
  const v = [...L].map((c) => c.charCodeAt(0) - 55);
  const w = [7, 3, 1, 7, 3, 1, 7, 3];
  const vals = [...v, ...rest.split('').map(Number)];
  let s = 0;
  for (let i = 0; i < 8; i++) s += vals[i] * w[i];
  return L + (s % 10) + rest;
}
function siret() {
  for (;;) {
    const s = pick(['3', '4', '5', '8']) + digits(12);
    const c = luhnCheckDigit(s);
    const n = s + c;
    if (!n.startsWith('4') && !n.startsWith('5') && !n.startsWith('36') && !n.startsWith('38') && !n.startsWith('30')) return n;
  }
}

// CRC32 for GitHub-style token checksums
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
  for (const b of Buffer.from(s)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, w) {
  let s = '';
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s.padStart(w, '0');
}
const ghToken = (prefix = 'ghp_') => {
  const r = rs(30, B62);
  return prefix + r + base62(crc32(r), 6);
};

// vendor key shapes
const K = {
  awsId: () => 'AKIA' + rs(16, UPPER + '234567'),
  awsSecret: () => rs(40, UPPER + LOWER + DIG + '/+'),
  stripeLive: () => 'sk_live_51' + rs(22, DIG + UPPER) + rs(72, B62),
  stripeRk: () => 'rk_live_' + rs(24, B62),
  openai: () => 'sk-proj-' + rs(64, B64URL) + 'T3BlbkFJ' + rs(64, B64URL),
  anthropic: () => 'sk-ant-api03-' + rs(93, B64URL) + 'AA',
  google: () => 'AIza' + rs(35, B64URL),
  sendgrid: () => 'SG.' + rs(22, B64URL) + '.' + rs(43, B64URL),
  twilioSid: () => 'AC' + rs(32, HEX),
  hex32: () => rs(32, HEX),
  npm: () => 'npm_' + rs(36, B62),
  gitlab: () => 'glpat-' + rs(20, B64URL),
  hf: () => 'hf_' + rs(34, UPPER + LOWER),
  slackBot: () => `xoxb-${ri(1, 9)}${digits(11)}-${ri(1, 9)}${digits(12)}-${rs(24, B62)}`,
  telegram: () => `${ri(5, 7)}${digits(9)}:AA${rs(33, B64URL)}`,
  doToken: () => 'dop_v1_' + rs(64, HEX),
  azureKey: () => rs(86, UPPER + LOWER + DIG + '+/') + '==',
};
function jwt(payload) {
  const h = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const p = b64url(JSON.stringify(payload));
  return `${h}.${p}.${rs(43, B64URL)}`;
}
function opensshKey() {
  const body =
    'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW' +
    'QyNTUxOQAAACA' +
    rs(43, B64) +
    'AAAAJj' +
    rs(262, B64) +
    '==';
  const lines = body.match(/.{1,70}/g);
  return ['-----BEGIN OPENSSH PRIVATE KEY-----', ...lines, '-----END OPENSSH PRIVATE KEY-----'].join('\n');
}

// encoders
const pctAll = (s) =>
  Array.from(Buffer.from(s, 'utf8'))
    .map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0'))
    .join('');
const pctQuery = (s) => encodeURIComponent(s);
const htmlEnt = (s) =>
  Array.from(s)
    .map((c) => `&#${c.codePointAt(0)};`)
    .join('');
function quotedPrintable(s) {
  const enc = s.split('\n').map((line) => {
    let out = '';
    for (const b of Buffer.from(line, 'utf8')) {
      const ch = String.fromCharCode(b);
      out += (b >= 33 && b <= 126 && ch !== '=') || b === 32 ? ch : '=' + b.toString(16).toUpperCase().padStart(2, '0');
    }
    const parts = []; // soft line breaks at 72 chars, never splitting an =XX
    while (out.length > 72) {
      let cut = 72;
      const eq = out.lastIndexOf('=', cut);
      if (eq > cut - 3) cut = eq;
      parts.push(out.slice(0, cut) + '=');
      out = out.slice(cut);
    }
    parts.push(out);
    return parts.join('\n');
  });
  return enc.join('\n');
}

// ---------------------------------------------------------------- synthetic people
const NAMES = {
  us: [
    ['Grace', 'Okafor', 'f'],
    ['Marcus', 'Whitfield', 'm'],
    ['Priya', 'Raman', 'f'],
    ['Dolores', 'Kowalczyk', 'f'],
    ['Tyrone', 'Baptiste', 'm'],
    ['Emily', 'Nakamura', 'f'],
    ['Caleb', 'Henderson', 'm'],
    ['Rosa', 'Delgado', 'f'],
    ['Darnell', 'Pruitt', 'm'],
    ['Mei', 'Lindahl', 'f'],
  ],
  gb: [
    ['Siobhan', 'Gallagher', 'f'],
    ['Rhys', 'Pritchard', 'm'],
    ['Amara', 'Mensah', 'f'],
    ['Oliver', 'Thwaite', 'm'],
    ['Harriet', 'Bannerman', 'f'],
    ['Imran', 'Chaudhry', 'm'],
    ['Morag', 'Lennox', 'f'],
    ['Callum', 'Fairweather', 'm'],
  ],
  de: [
    ['Lukas', 'Berger', 'm'],
    ['Annegret', 'Pfeiffer', 'f'],
    ['Jannik', 'Sommerfeld', 'm'],
    ['Hatice', 'Yıldırım', 'f'],
    ['Friederike', 'Hollmann', 'f'],
    ['Dragan', 'Petrović', 'm'],
    ['Ute', 'Kersting', 'f'],
    ['Malte', 'Brüggemann', 'm'],
    ['Svenja', 'Oltmanns', 'f'],
  ],
  fr: [
    ['Margaux', 'Lefebvre', 'f'],
    ['Théo', 'Girard', 'm'],
    ['Yasmine', 'Benali', 'f'],
    ['Gaëtan', 'Rousseau', 'm'],
    ['Solène', 'Marchand', 'f'],
    ['Mamadou', 'Diallo', 'm'],
    ['Clémence', 'Aubert', 'f'],
    ['Loïc', 'Le Goff', 'm'],
  ],
  es: [
    ['Lucía', 'Ferrández', 'f'],
    ['Álvaro', 'Quintana', 'm'],
    ['Nerea', 'Etxeberria', 'f'],
    ['Joaquín', 'Salcedo', 'm'],
    ['Rocío', 'Benítez', 'f'],
    ['Iker', 'Mendizábal', 'm'],
    ['Montserrat', 'Vidal', 'f'],
  ],
  it: [
    ['Chiara', 'Bellandi', 'f'],
    ['Matteo', 'Lombardo', 'm'],
    ['Giuseppina', 'Russo', 'f'],
    ['Federico', 'Marchetti', 'm'],
    ['Ilaria', 'Zanetti', 'f'],
    ['Salvatore', 'Cusumano', 'm'],
    ['Benedetta', 'Orsini', 'f'],
  ],
  pt: [
    ['João', 'Carvalho', 'm'],
    ['Beatriz', 'Figueiredo', 'f'],
    ['Rui', 'Tavares', 'm'],
    ['Inês', 'Magalhães', 'f'],
    ['Tiago', 'Sequeira', 'm'],
    ['Mariana', 'Pestana', 'f'],
  ],
  br: [
    ['Thiago', 'Nascimento', 'm'],
    ['Luana', 'Ribeiro', 'f'],
    ['Gustavo', 'Albuquerque', 'm'],
    ['Fernanda', 'Lacerda', 'f'],
  ],
  nl: [
    ['Sanne', 'de Vries', 'f'],
    ['Daan', 'Bakker', 'm'],
    ['Femke', 'Visser', 'f'],
    ['Joris', 'van den Berg', 'm'],
    ['Noor', 'El Amrani', 'f'],
    ['Thijs', 'Hoekstra', 'm'],
    ['Marieke', 'Jansen', 'f'],
  ],
  pl: [
    ['Agnieszka', 'Wiśniewska', 'f'],
    ['Krzysztof', 'Zieliński', 'm'],
    ['Małgorzata', 'Dąbrowska', 'f'],
    ['Bartosz', 'Lewandowski', 'm'],
    ['Zofia', 'Kaczmarek', 'f'],
    ['Paweł', 'Wójcik', 'm'],
  ],
  sv: [
    ['Henrik', 'Lindqvist', 'm'],
    ['Elin', 'Sjöberg', 'f'],
    ['Johan', 'Åkesson', 'm'],
    ['Ebba', 'Lundgren', 'f'],
    ['Amir', 'Haddad', 'm'],
    ['Saga', 'Nordström', 'f'],
  ],
  cs: [
    ['Jana', 'Nováková', 'f'],
    ['Tomáš', 'Dvořák', 'm'],
    ['Petra', 'Svobodová', 'f'],
    ['Ondřej', 'Kučera', 'm'],
    ['Lucie', 'Procházková', 'f'],
    ['Vojtěch', 'Marek', 'm'],
  ],
  ro: [
    ['Ioana', 'Popescu', 'f'],
    ['Andrei', 'Dumitrescu', 'm'],
    ['Mihaela', 'Constantin', 'f'],
    ['Radu', 'Ionescu', 'm'],
    ['Alexandra', 'Munteanu', 'f'],
    ['Bogdan', 'Stănescu', 'm'],
  ],
  tr: [
    ['Ayşe', 'Demir', 'f'],
    ['Mehmet', 'Kaya', 'm'],
    ['Elif', 'Şahin', 'f'],
    ['Burak', 'Çelik', 'm'],
    ['Zeynep', 'Arslan', 'f'],
    ['Emre', 'Yılmaz', 'm'],
  ],
  fi: [
    ['Aino', 'Virtanen', 'f'],
    ['Eero', 'Mäkelä', 'm'],
  ],
  be: [
    ['Pieter', 'Claes', 'm'],
    ['Elke', 'Peeters', 'f'],
  ],
  ca: [
    ['Geneviève', 'Tremblay', 'f'],
    ['Raj', 'Sandhu', 'm'],
  ],
};
const handedOut = new Set(); // avoid giving the same synthetic name twice until a pool is exhausted
function person(pool, sex) {
  const list = NAMES[pool].filter((n) => !sex || n[2] === sex);
  let free = list.filter((n) => !handedOut.has(pool + n[0] + n[1]));
  if (!free.length) {
    for (const n of NAMES[pool]) handedOut.delete(pool + n[0] + n[1]);
    free = list;
  }
  const [first, last, s] = pick(free);
  handedOut.add(pool + first + last);
  return { first, last, sex: s, full: `${first} ${last}` };
}
const ascii = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ş/g, 's')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
const DOMAINS = {
  us: ['gmail.com', 'yahoo.com', 'icloud.com'],
  gb: ['btinternet.com', 'gmail.com', 'outlook.com'],
  de: ['web.de', 'gmx.de', 't-online.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net'],
  es: ['hotmail.es', 'gmail.com', 'yahoo.es'],
  it: ['libero.it', 'virgilio.it', 'gmail.com'],
  pt: ['sapo.pt', 'gmail.com'],
  br: ['uol.com.br', 'gmail.com'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
  pl: ['wp.pl', 'o2.pl', 'interia.pl'],
  sv: ['telia.com', 'gmail.com', 'hotmail.se'],
  cs: ['seznam.cz', 'email.cz', 'centrum.cz'],
  ro: ['yahoo.ro', 'gmail.com'],
  tr: ['hotmail.com.tr', 'gmail.com', 'yandex.com.tr'],
  fi: ['luukku.com'],
  be: ['telenet.be', 'skynet.be'],
  ca: ['videotron.ca', 'gmail.com'],
};
function email(p, pool) {
  const sep = pick(['.', '', '_', '.']);
  return `${ascii(p.first)}${sep}${ascii(p.last)}${pick(['', '', String(ri(1, 99)), String(ri(1950, 2001))])}@${pick(DOMAINS[pool])}`;
}
function dob(y1 = 1942, y2 = 2001) {
  return { y: ri(y1, y2), m: ri(1, 12), d: ri(1, 28) };
}
const fdate = {
  us: (t) => `${pad(t.m)}/${pad(t.d)}/${t.y}`,
  gb: (t) => `${pad(t.d)}/${pad(t.m)}/${t.y}`,
  de: (t) => `${pad(t.d)}.${pad(t.m)}.${t.y}`,
  fr: (t) => `${pad(t.d)}/${pad(t.m)}/${t.y}`,
  es: (t) => `${pad(t.d)}/${pad(t.m)}/${t.y}`,
  it: (t) => `${pad(t.d)}/${pad(t.m)}/${t.y}`,
  pt: (t) => `${pad(t.d)}/${pad(t.m)}/${t.y}`,
  nl: (t) => `${pad(t.d)}-${pad(t.m)}-${t.y}`,
  pl: (t) => `${pad(t.d)}.${pad(t.m)}.${t.y}`,
  sv: (t) => `${t.y}-${pad(t.m)}-${pad(t.d)}`,
  cs: (t) => `${t.d}. ${t.m}. ${t.y}`,
  ro: (t) => `${pad(t.d)}.${pad(t.m)}.${t.y}`,
  tr: (t) => `${pad(t.d)}.${pad(t.m)}.${t.y}`,
};
const phone = {
  us: () => `(${pick(['614', '312', '971', '412', '505', '919'])}) ${ri(201, 989)}-${digits(4)}`,
  gb: () => `07${ri(400, 999)} ${digits(6)}`,
  de: () => `+49 ${pick(['151', '160', '171', '176'])} ${digits(4)} ${digits(4)}`,
  fr: () => `0${pick(['6', '7'])} ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  es: () => `6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  it: () => `3${pick(['33', '47', '39', '28'])} ${digits(3)} ${digits(4)}`,
  pt: () => `9${pick(['1', '2', '3', '6'])}${digits(1)} ${digits(3)} ${digits(3)}`,
  br: () => `(${pick(['11', '21', '31', '51'])}) 9${digits(4)}-${digits(4)}`,
  nl: () => `06-${digits(8)}`,
  pl: () => `${pick(['501', '604', '693', '512'])} ${digits(3)} ${digits(3)}`,
  sv: () => `07${pick(['0', '2', '3', '6'])}-${digits(3)} ${digits(2)} ${digits(2)}`,
  cs: () => `+420 ${pick(['602', '731', '777', '608'])} ${digits(3)} ${digits(3)}`,
  ro: () => `07${pick(['22', '45', '56', '88'])} ${digits(3)} ${digits(3)}`,
  tr: () => `0 (5${pick(['32', '05', '42', '55'])}) ${digits(3)} ${digits(2)} ${digits(2)}`,
};
const money = (a, b) => (ri(a * 100, b * 100) / 100).toFixed(2);

// ---------------------------------------------------------------- case machinery
const ORDER = ['PHI', 'PII', 'PCI', 'CREDENTIALS'];
const cases = [];
const counters = {};
const MODELS = [
  'auto',
  'gpt-4o-mini',
  'support-chat',
  'auto',
  'openai/gpt-4o',
  'anthropic/claude-3-5-sonnet',
  'auto',
  'mistral/mistral-large-latest',
];
const templatesSeen = new Map();
function add(c) {
  const cats = [...(c.cats || [])].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  for (const x of cats) if (!ORDER.includes(x)) throw new Error('bad category ' + x);
  const level = cats.some((x) => x !== 'PII') ? 'restricted' : cats.length ? 'confidential' : 'public';
  const grp = cats.includes('PHI')
    ? 'phi'
    : cats.includes('PCI')
      ? 'pci'
      : cats.includes('CREDENTIALS')
        ? 'cred'
        : cats.includes('PII')
          ? 'pii'
          : 'pub';
  counters[grp] = (counters[grp] || 0) + 1;
  const body = c.body ?? { model: pick(MODELS), messages: c.messages, ...(c.extra || {}) };
  if (!body.model) body.model = pick(MODELS);
  const ordered = { model: body.model, messages: body.messages };
  for (const [k, v] of Object.entries(body)) if (!(k in ordered)) ordered[k] = v;
  const out = {
    id: `h10-${grp}-${pad(counters[grp], 3)}`,
    kind: c.kind,
    lang: c.lang,
    template: c.template,
    expected: { level, categories: cats },
  };
  if (c.where) out.where = c.where;
  if (c.encoding) out.encoding = c.encoding;
  out.body = ordered;
  if (!c.kind || !c.lang || !c.template) throw new Error('incomplete case ' + JSON.stringify(c).slice(0, 200));
  cases.push(out);
}
const sys = (content) => ({ role: 'system', content });
const usr = (content) => ({ role: 'user', content });
const asst = (content) => ({ role: 'assistant', content });

// ---------------------------------------------------------------- spoken numbers (transcripts)
const EN_ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const enNum = (n) => (n < 20 ? EN_ONES[n] : EN_TENS[Math.floor(n / 10)] + (n % 10 ? ' ' + EN_ONES[n % 10] : ''));
const enYear = (y) =>
  y >= 2000
    ? 'two thousand' + (y % 100 ? ' and ' + enNum(y % 100) : '')
    : enNum(Math.floor(y / 100)) + ' ' + (y % 100 < 10 ? 'oh ' + enNum(y % 100) : enNum(y % 100));
const EN_ORD = { 1: 'first', 2: 'second', 3: 'third', 5: 'fifth', 8: 'eighth', 9: 'ninth', 12: 'twelfth', 20: 'twentieth' };
const enOrd = (d) =>
  EN_ORD[d] ||
  (d > 20 && EN_ORD[d % 10] ? EN_TENS[Math.floor(d / 10)] + ' ' + EN_ORD[d % 10] : d > 20 && d % 10 === 0 ? 'twentieth' : enNum(d) + 'th');
const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const spokenDigits = (s) =>
  s
    .replace(/\D/g, '')
    .split('')
    .map((d) => EN_ONES[+d])
    .join(' ');

// ================================================================= PHI (health context + person, or medical id)

// --- voice assistant transcripts (no punctuation, numbers as words)
{
  const p = person('us');
  const d = person('us');
  const kid = person('us', 'f');
  add({
    kind: 'transcript',
    lang: 'en',
    template: 'voice-assistant-health-reminder',
    cats: ['PHI', 'PII'],
    messages: [
      sys('You turn smart-speaker transcripts into calendar entries and reminders. Reply with a JSON list.'),
      usr(
        `kitchen speaker transcript auto 07:42\n\nhey nova this is ${p.first.toLowerCase()} ${p.last.toLowerCase()} remind me to take my metformin five hundred milligrams with breakfast and dinner and the jardiance ten milligrams every morning also my a one c came back at eight point two so doctor ${d.last.toLowerCase()} wants to see me again in three weeks put that in and text ${kid.first.toLowerCase()} that i need a ride to the clinic`,
      ),
    ],
  });
  const q = person('de');
  add({
    kind: 'transcript',
    lang: 'de',
    template: 'voice-assistant-health-reminder',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Mach aus dieser Sprachaufnahme bitte eine Erinnerungsliste:\n\nhallo nova hier ist ${q.first.toLowerCase()} ${q.last.toLowerCase()} erinner mich bitte jeden abend an ramipril fünf milligramm und morgens an bisoprolol zweikommafünf milligramm mein blutdruck war heute früh hundertachtundsechzig zu sechsundneunzig und der puls zweiundfünfzig soll ich da die hausärztin anrufen schreib außerdem auf dass die nierenwerte kreatinin eins komma vier kontrolliert werden müssen`,
      ),
    ],
  });
  const r = person('es');
  add({
    kind: 'transcript',
    lang: 'es',
    template: 'voice-assistant-health-reminder',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Transcripción del altavoz del salón, pásala a recordatorios:\n\noye asistente soy ${r.first.toLowerCase()} ${r.last.toLowerCase()} apunta que el control del sintrom me ha dado un inr de tres coma ocho y la enfermera dice que los lunes tome medio comprimido de sintrom cuatro miligramos y el resto de días uno entero y que vuelva al centro de salud el jueves a las nueve y media para otro pinchazo`,
      ),
    ],
  });
}

// --- dictation transcripts
{
  const p = person('us');
  const b = dob(1938, 1962);
  add({
    kind: 'transcript',
    lang: 'en',
    template: 'clinical-dictation-raw-asr',
    cats: ['PHI', 'PII'],
    messages: [
      sys('You are a medical transcriptionist. Format raw speech-recognition output as a clinic letter.'),
      usr(
        `dictation begins patient ${p.first.toLowerCase()} ${p.last.toLowerCase()} date of birth ${EN_MONTHS[b.m - 1]} ${enOrd(b.d)} ${enYear(b.y)} seen in cardiology clinic today for follow up of paroxysmal atrial fibrillation period she reports two episodes of palpitations since last visit each lasting under an hour period continue apixaban five milligrams twice daily and metoprolol succinate fifty milligrams once daily period echo today shows left ventricular ejection fraction of fifty five percent with mild left atrial dilatation period new paragraph plan seven day holter monitor and review in three months end of dictation`,
      ),
    ],
  });
  const s = person('sv');
  add({
    kind: 'transcript',
    lang: 'sv',
    template: 'clinical-dictation-raw-asr',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Kan du snygga till den här dikteringen till en journalanteckning?\n\ndiktat börjar patient ${s.first.toLowerCase()} ${s.last.toLowerCase()} född nittonhundrafemtiotvå söker akut för försämrad kol med ökad andfåddhet och missfärgade upphostningar sedan fyra dagar punkt saturation åttioåtta procent på luft crp sextiotvå punkt spirometri från i våras fev ett fyrtiotvå procent av förväntat punkt insätter prednisolon trettio milligram dagligen i fem dagar samt amoxicillin femhundra milligram tre gånger dagligen i sju dagar punkt återbesök vårdcentralen om en vecka diktat slut`,
      ),
    ],
  });
  const n = person('nl');
  add({
    kind: 'transcript',
    lang: 'nl',
    template: 'clinical-dictation-raw-asr',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Zet dit dictaat om in een nette brief aan de huisarts:\n\nbegin dictaat betreft ${n.first.toLowerCase()} ${n.last.toLowerCase()} geboren twaalf mei negentienhonderdzesenveertig komma gezien op de poli interne geneeskunde wegens slecht ingestelde diabetes mellitus type twee punt hba1c achtenzestig millimol per mol komma egfr zevenenveertig punt metformine vijfhonderd milligram drie keer daags continueren komma starten met gliclazide dertig milligram een keer daags punt controle over drie maanden einde dictaat`,
      ),
    ],
  });
  const i = person('it', 'f');
  add({
    kind: 'transcript',
    lang: 'it',
    template: 'clinical-dictation-raw-asr',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Trascrivi in forma di lettera di dimissione:\n\ninizio dettatura paziente ${i.first.toLowerCase()} ${i.last.toLowerCase()} nata il sette ottobre millenovecentoquarantuno ricoverata per polmonite comunitaria del lobo inferiore destro punto all'ingresso pcr centoquaranta milligrammi per litro procalcitonina due virgola uno punto terapia con ceftriaxone due grammi endovena una volta al giorno più azitromicina cinquecento milligrammi punto a capo alla dimissione passaggio ad amoxicillina acido clavulanico ottocentosettantacinque più centoventicinque due volte al giorno per altri cinque giorni fine dettatura`,
      ),
    ],
  });
}

// --- patient-portal messages
{
  const f = person('fr', 'f');
  const b = dob(1968, 1990);
  add({
    kind: 'clinical-note',
    lang: 'fr',
    template: 'patient-portal-message',
    cats: ['PHI', 'PII'],
    messages: [
      sys('Assistant de secrétariat médical : proposez une réponse courte au message patient.'),
      usr(
        `Message reçu via le portail patient :\n« Bonjour Docteur, je suis ${f.full} (née le ${fdate.fr(b)}). Depuis que le Lévothyrox est passé à 100 µg, ma TSH est à 0,12 mUI/L d'après la prise de sang de lundi et j'ai des palpitations le soir. Dois-je revenir à 88 µg en attendant le rendez-vous ? Merci. »`,
      ),
    ],
  });
  const pt = person('pt');
  const sns = String(ri(1, 3)) + digits(8);
  add({
    kind: 'clinical-note',
    lang: 'pt',
    template: 'patient-portal-message',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Ajuda-me a responder a esta mensagem do portal do utente:\n\n"Boa tarde, Dra. Pestana. Sou ${pt.full}, n.º de utente ${sns}. Recebi as análises: hemoglobina glicada 7,9 %, creatinina 1,4 mg/dL e colesterol LDL 132 mg/dL. Continuo com a metformina 1000 mg duas vezes por dia e o Jardiance 10 mg. Devo marcar consulta antes de julho?"`,
      ),
    ],
  });
  const pl = person('pl', 'f');
  add({
    kind: 'clinical-note',
    lang: 'pl',
    template: 'patient-portal-message',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Wiadomość z Internetowego Konta Pacjenta, przygotuj odpowiedź w imieniu przychodni:\n\n„Dzień dobry, tu ${pl.full}. Od miesiąca biorę Euthyrox N 75 µg, ale w ostatnich badaniach TSH wyszło 6,8 µIU/ml, a fT4 0,9 ng/dl. Nadal jestem bardzo zmęczona i przybrałam 3 kg. Czy mogę prosić o e-receptę na wyższą dawkę (88 µg) bez wizyty?”`,
      ),
    ],
  });
}

// --- insurance claim / reimbursement e-mails
{
  const d = person('de');
  const ib = iban('DE', bbanDE());
  add({
    kind: 'email',
    lang: 'de',
    template: 'private-health-insurance-claim-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Formuliere diese Mail an meine private Krankenversicherung etwas höflicher:\n\nBetreff: Erstattung Rechnung Orthopädie – Versicherungsnummer 4711-${digits(6)}\nHallo, anbei die Rechnung von Dr. med. Hübner über 486,32 €. Diagnose laut Rechnung: M51.2 Bandscheibenverlagerung lumbal, Behandlung: CT-gesteuerte periradikuläre Therapie (PRT) L5/S1 zweimal, dazu Ibuprofen 800 mg. Bitte bis Monatsende erstatten auf ${fmtIban(ib)}.\nGruß ${d.full}`,
      ),
    ],
  });
  const e = person('es');
  const dn = dni();
  add({
    kind: 'email',
    lang: 'es',
    template: 'private-health-insurance-claim-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Revisa este correo de reembolso antes de enviarlo a la aseguradora:\n\nAsunto: Solicitud de reembolso – póliza ${digits(8)}\nBuenos días: Soy ${e.full}, DNI ${dn}. Adjunto factura de la resonancia magnética de rodilla derecha (rotura del menisco interno, grado III) y del informe del traumatólogo que indica artroscopia con meniscectomía parcial. Tomo naproxeno 550 mg cada 12 horas. Importe: 380 €. Quedo a la espera.`,
      ),
    ],
  });
  const u = person('us');
  const b = dob(1955, 1985);
  add({
    kind: 'email',
    lang: 'en',
    template: 'eob-appeal-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Help me write an appeal for this denied claim. Details from my EOB:\nMember: ${u.full}, DOB ${fdate.us(b)}, member ID W${digits(9)}\nDate of service 03/11, CPT 29881 (knee arthroscopy with medial meniscectomy), ICD-10 S83.241A bucket-handle tear of medial meniscus, right knee.\nDenial code CO-197: precertification absent. My surgeon's office says they called it in. I'm still on oxycodone 5 mg for pain and can't afford the $4,180 balance.`,
      ),
    ],
  });
}

// --- pharmacy refill chats
{
  const u = person('us');
  const b = dob(1940, 1975);
  add({
    kind: 'pharmacy',
    lang: 'en',
    template: 'pharmacy-refill-chat',
    cats: ['PHI', 'PII'],
    messages: [
      sys('You are the chat assistant of a retail pharmacy. Summarise the refill request for the pharmacist.'),
      usr(
        `Customer: hi its ${u.full} dob ${fdate.us(b)}\nCustomer: need refills on Eliquis 5 mg (bid) and atorvastatin 40 mg, Rx #${digits(7)} and #${digits(7)}\nCustomer: also the cardiologist added furosemide 20 mg last week, did that come through? my legs are swollen again\nCustomer: pickup at the Elm St store, call me at ${phone.us()}`,
      ),
    ],
  });
  const t = person('tr');
  const tc = tckn();
  add({
    kind: 'pharmacy',
    lang: 'tr',
    template: 'pharmacy-refill-chat',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Eczanemizin WhatsApp hattına gelen mesajı özetle ve eksikleri yaz:\n\n"Merhaba, ben ${t.full}, TC ${tc}. Doktorum e-reçeteyi yazdı: Glifor 1000 mg günde 2 kez, Lantus SoloStar 100 Ü/ml kalem (akşam 18 ünite) ve Ecopirin 100 mg. Şekerim sabah aç karnına 186 çıktı. İlaçları yarın akşam alabilir miyim?"`,
      ),
    ],
  });
  const c = person('cs');
  const rc = rodneCislo(1958, ri(1, 12), ri(1, 28), c.sex);
  add({
    kind: 'pharmacy',
    lang: 'cs',
    template: 'pharmacy-refill-chat',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Zpráva z webového chatu lékárny, navrhni odpověď:\n\n„Dobrý den, jsem ${c.full}, r. č. ${rc}. Na eRecept mám Letrox 100 mikrogramů, Prestarium Neo 5 mg a Concor 5 mg. Concor je prý nedostupný – můžete mi dát náhradu? Tlak mám 160/95.“`,
      ),
    ],
  });
  const s = person('es', 'f');
  add({
    kind: 'pharmacy',
    lang: 'es',
    template: 'pharmacy-refill-chat',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Chat de la farmacia, resume el pedido:\n\nClienta: Hola, soy ${s.full}. ¿Me podéis preparar lo de la receta electrónica? Eutirox 50 microgramos, omeprazol 20 mg y el Adiro 100. Ah, y el endocrino me ha subido el Eutirox a 75 porque la TSH salió en 7,2.\nClienta: Paso a las 18:00, mi móvil es ${phone.es()}.`,
      ),
    ],
  });
}

// --- school nurse notes
{
  const k = person('gb');
  const par = person('gb', 'f');
  const b = dob(2015, 2017);
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'school-nurse-log',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Tidy this school nurse log entry for the parent letter:\n\n${k.full} (Year 4, 4B), DOB ${fdate.gb(b)}. 10:40 came in wheezy after PE. Peak flow 180 L/min (personal best 290). Gave salbutamol 100 mcg x 4 puffs via spacer, repeat after 20 min -> PF 250. Known asthmatic on Clenil 100 mcg bd. Mum (${par.full}) phoned on ${phone.gb()}, collected 11:35.`,
      ),
    ],
  });
  const n = person('nl');
  add({
    kind: 'clinical-note',
    lang: 'nl',
    template: 'school-nurse-log',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Maak van deze notitie een incidentmelding voor de GGD/JGZ:\n\nLeerling ${n.full}, groep 6. Om 12:15 na het eten van een koek met pinda: zwelling lippen, urticaria, piepende ademhaling. EpiPen 0,3 mg in de dij gegeven om 12:19, 112 gebeld, ambulance om 12:31. Bekend met pinda-allergie en astma (Flixotide 50 µg). Moeder gebeld op ${phone.nl()}.`,
      ),
    ],
  });
  const s = person('sv');
  add({
    kind: 'clinical-note',
    lang: 'sv',
    template: 'school-nurse-log',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Skriv om skolsköterskans anteckning till ett kort meddelande till vårdnadshavare:\n\n${s.full}, åk 8. Kom 13:20 skakig och blek efter idrotten. Typ 1-diabetes, insulinpump. P-glukos 2,9 mmol/l, fick 15 g druvsocker, ny kontroll efter 15 min 5,4 mmol/l. Pumpen hade inte pausats inför lektionen (NovoRapid basal 0,8 E/h).`,
      ),
    ],
  });
}

// --- sports-club injury reports
{
  const d = person('de', 'f');
  const b = dob(1998, 2006);
  add({
    kind: 'clinical-note',
    lang: 'de',
    template: 'sports-club-injury-report',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Bitte als Unfallmeldung an die Sportversicherung formulieren:\n\nVerein: SV Grün-Weiß Eichenau, Abteilung Handball. Spielerin ${d.full}, geb. ${fdate.de(b)}. Beim Training am Dienstag Knie verdreht (Landung nach Sprungwurf). MRT vom Radiologen: vordere Kreuzbandruptur rechts, Korbhenkelriss Innenmeniskus. OP geplant: VKB-Plastik mit Semitendinosussehne + Meniskusnaht. Bis dahin Ibuprofen 600 mg 1-1-1 und Unterarmgehstützen.`,
      ),
    ],
  });
  const i = person('it', 'm');
  add({
    kind: 'clinical-note',
    lang: 'it',
    template: 'sports-club-injury-report',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Relazione infortunio per l'assicurazione della ASD Virtus Borgo:\n\nAtleta ${i.full}, categoria Juniores, tessera FIGC ${digits(7)}. Durante la partita di domenica distorsione della caviglia sinistra in inversione. Pronto soccorso: RX negativa per fratture, distorsione di II grado con lesione parziale del legamento peroneo-astragalico anteriore. Terapia: tutore, ghiaccio, Brufen 600 mg due volte al giorno per 5 giorni. Prognosi 21 giorni.`,
      ),
    ],
  });
  const p = person('pt', 'm');
  add({
    kind: 'clinical-note',
    lang: 'pt',
    template: 'sports-club-injury-report',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Escreve o relatório de lesão para a direção do clube:\n\nAtleta: ${p.full}, sub-19. Dor súbita na coxa posterior direita no sprint. Ecografia: rotura muscular do bicípite femoral grau II (4 cm). Plano: fisioterapia 3x/semana, paracetamol 1 g de 8/8 h, retorno previsto em 4 a 6 semanas.`,
      ),
    ],
  });
}

// --- HR sick-leave and occupational-health e-mails
{
  const e = person('gb', 'm');
  const h = person('gb', 'f');
  add({
    kind: 'hr',
    lang: 'en',
    template: 'hr-sick-leave-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Make this email to payroll more concise:\n\nHi ${h.first}, just so you have it for the absence log: ${e.full} (warehouse, nights) will be off until the 21st. He had a laparoscopic appendectomy on Monday after presenting with appendicitis at A&E. His fit note says 'may be fit with adjustments - no lifting over 5 kg for 4 weeks'. He's on co-codamol 30/500 so no forklift either. Thanks, Dave`,
      ),
    ],
  });
  const d = person('de');
  const chef = person('de');
  add({
    kind: 'hr',
    lang: 'de',
    template: 'hr-sick-leave-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Kannst du diese interne Mail neutraler formulieren?\n\nAn: Personalabteilung\nVon: ${chef.full}\n${d.full} hat die AU bis 14.03. verlängert, laut der Kopie, die sie mir geschickt hat: F32.1 mittelgradige depressive Episode, Neurologin hat Sertralin 50 mg angesetzt. Bitte BEM-Gespräch vorbereiten, wenn sie zurück ist.`,
      ),
    ],
  });
  const f = person('fr', 'm');
  add({
    kind: 'hr',
    lang: 'fr',
    template: 'hr-sick-leave-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Reformule ce mail RH :\n\nBonjour, ${f.full} (matricule ${digits(5)}) nous a transmis un arrêt de travail de 3 semaines : hernie discale L4-L5 avec sciatique gauche, infiltration épidurale prévue le 12, traitement prégabaline 75 mg matin et soir. Merci de prévenir la médecine du travail pour une visite de reprise.`,
      ),
    ],
  });
  const p = person('pl', 'm');
  add({
    kind: 'hr',
    lang: 'pl',
    template: 'hr-sick-leave-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Przeredaguj tę wiadomość do kadr:\n\nDzień dobry, ${p.full} przesłał e-ZLA na 10 dni, kod choroby J18 (zapalenie płuc). Pisał, że dostał amoksycylinę z klawulanianem 875 mg dwa razy dziennie i ma kontrolne RTG za dwa tygodnie. Proszę o zastępstwo na zmianie B.`,
      ),
    ],
  });
  const n = person('nl');
  add({
    kind: 'hr',
    lang: 'nl',
    template: 'occupational-health-report',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Vat deze terugkoppeling van de bedrijfsarts samen voor de leidinggevende (let op wat wel en niet gedeeld mag worden):\n\nWerknemer: ${n.full}, personeelsnr. ${digits(6)}. Spreekuur 04-03: klachten passend bij burn-out, slaapproblemen, huisarts heeft sertraline 50 mg gestart. Advies: re-integratie 2 x 4 uur per week aangepast werk, evaluatie over 4 weken.`,
      ),
    ],
  });
  const r = person('ro');
  const cn = cnp(1971, ri(1, 12), ri(1, 28), r.sex, pick(['40', '12', '22', '35']));
  add({
    kind: 'hr',
    lang: 'ro',
    template: 'occupational-health-report',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Rescrie fișa de aptitudine pentru departamentul HR, fără jargon:\n\nAngajat: ${r.full}, CNP ${cn}, funcția: șofer autoutilitară. Examen medicina muncii: TA 168/102 mmHg, diagnostic hipertensiune arterială grad II, tratament cu amlodipină 5 mg/zi și indapamidă 1,5 mg. Aviz: apt condiționat, reevaluare peste 3 luni, fără ture de noapte.`,
      ),
    ],
  });
}

// --- wearable / health-app exports
{
  const u = person('us');
  const em = email(u, 'us');
  const hr = Array.from({ length: 6 }, (_, i) => ({ t: `2026-02-1${i}T03:${pad(ri(0, 59))}:00Z`, bpm: ri(96, 142) }));
  add({
    kind: 'wearable',
    lang: 'en',
    template: 'smartwatch-health-export-json',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Here is my watch export, can you explain what the notifications mean and whether I should worry?\n\n${JSON.stringify(
          {
            account: { name: u.full, email: em },
            device: 'Watch S9',
            resting_hr_7d: 71,
            night_hr_samples: hr,
            irregular_rhythm_notifications: [
              { date: '2026-02-14', classification: 'Atrial Fibrillation', avg_hr: 118 },
              { date: '2026-02-16', classification: 'Atrial Fibrillation', avg_hr: 124 },
            ],
            medications: [{ name: 'metoprolol tartrate', dose: '25 mg', schedule: 'twice daily' }],
          },
          null,
          2,
        )}`,
      ),
    ],
  });
  const d = person('de');
  const b = dob(1975, 1999);
  const cgm = Array.from({ length: 8 }, (_, i) => ({ zeit: `2026-01-22 0${i}:00`, wert: i === 3 ? 52 : ri(68, 210) }));
  add({
    kind: 'wearable',
    lang: 'de',
    template: 'cgm-glucose-export',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Export aus meiner Glukose-App – fass mir bitte die Nacht zusammen für den Termin bei der Diabetologin:\n\n${JSON.stringify({ patient: d.full, geburtsdatum: fdate.de(b), sensor: 'CGM 14-Tage', einheit: 'mg/dl', diagnose: 'Diabetes mellitus Typ 1 (E10.9)', werte: cgm, alarme: [{ typ: 'Unterzucker', wert: 52, zeit: '03:00' }], insulin: { basal: 'Tresiba 18 IE abends', bolus: 'Fiasp nach Faktor 1,5' } })}`,
      ),
    ],
  });
  const f = person('fr', 'm');
  const ef = email(f, 'fr');
  add({
    kind: 'wearable',
    lang: 'fr',
    template: 'sleep-tracker-export',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Voici l'export de mon application de sommeil, peux-tu me dire si la PPC fonctionne ?\n\nutilisateur;${ef}\nnuit;duree_h;iah_evt_h;spo2_min_pct;fuites_l_min;ppc\n2026-03-01;6.4;31;82;4;non\n2026-03-02;7.1;6;91;18;oui\n2026-03-03;6.9;4;92;22;oui\ndiagnostic;syndrome d'apnées obstructives du sommeil sévère (polysomnographie 01/2026)`,
      ),
    ],
  });
}

// --- genetic test results
{
  const u = person('us', 'f');
  const b = dob(1970, 1990);
  add({
    kind: 'lab',
    lang: 'en',
    template: 'genetic-test-report',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Rewrite this genetic counselling summary in plain language for the patient:\n\nPatient: ${u.full}  DOB: ${fdate.us(b)}\nTest: hereditary breast and ovarian cancer panel (NGS + MLPA)\nResult: BRCA1 c.68_69delAG (p.Glu23ValfsTer17), heterozygous, PATHOGENIC (ACMG class 5).\nRecommendation: annual breast MRI from now, discuss risk-reducing salpingo-oophorectomy by age 40; cascade testing offered to sister and daughter.`,
      ),
    ],
  });
  const e = person('es');
  add({
    kind: 'lab',
    lang: 'es',
    template: 'genetic-test-report',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Explica este informe de genética a la familia:\n\nPaciente: ${e.full}. NHC ${digits(7)}.\nEstudio: panel de hipercolesterolemia familiar.\nResultado: variante patogénica en heterocigosis en LDLR c.1775G>A (p.Gly592Glu). LDL-colesterol 248 mg/dL sin tratamiento. Inicia rosuvastatina 20 mg + ezetimiba 10 mg. Se recomienda estudio a familiares de primer grado.`,
      ),
    ],
  });
  const i = person('it', 'm');
  const cf = codiceFiscale(i.first, i.last, i.sex, 1969, 4, 17, 'F205');
  add({
    kind: 'lab',
    lang: 'it',
    template: 'genetic-test-report',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Riassumi il referto genetico per il medico di base:\n\nPaziente ${i.full}, C.F. ${cf}. Analisi gene HFE: omozigosi C282Y. Ferritina 890 ng/mL, saturazione della transferrina 78 %. Conclusione: emocromatosi ereditaria di tipo 1. Indicata salassoterapia 450 mL ogni settimana fino a ferritina < 50 ng/mL.`,
      ),
    ],
  });
}

// --- mental-health journals (first name in a personal context counts)
{
  const u = person('us');
  add({
    kind: 'personal',
    lang: 'en',
    template: 'mental-health-journal',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Turn my journal entry into three gentle reflection questions.\n\nTuesday. ${u.first} here, talking to myself again. PHQ-9 was 17 at Dr. Alvarez's today, so she's moving me from sertraline 50 mg to 100 mg and wants me to keep the CBT sessions on Thursdays. Slept 4 hours. Didn't call my sister back.`,
      ),
    ],
  });
  const s = person('sv', 'f');
  add({
    kind: 'personal',
    lang: 'sv',
    template: 'mental-health-journal',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Hjälp mig hitta mönster i min dagbok:\n\n"Kära dagbok, ${s.first} här. Psykiatern höjde Elvanse till 50 mg i morse för min ADHD, och Melatonin 3 mg på kvällen. Hjärtat rusar lite på eftermiddagen. Pulsen var 104 när jag mätte."`,
      ),
    ],
  });
  const c = person('cs', 'f');
  add({
    kind: 'personal',
    lang: 'cs',
    template: 'mental-health-journal',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Přepiš můj deníkový zápis do krátkého shrnutí pro terapeutku:\n\n„Jsem ${c.first} a dneska to bylo těžké. Psychiatrička mi kvůli generalizované úzkostné poruše předepsala escitalopram 10 mg ráno a na noc Atarax 25 mg. Záchvat paniky v tramvaji, trval asi 20 minut.“`,
      ),
    ],
  });
}

// --- care-home handover notes
{
  const g = person('gb');
  const nhs = nhsNumber();
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'care-home-handover',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Summarise the night handover for the day team:\n\nRoom 12 - ${g.full} (NHS ${nhs}). Unwitnessed fall 02:10, found on floor by bed, no head injury, obs: BP 104/62, HR 96, SpO2 94%, NEWS2 3. Oramorph 2.5 mg given 03:00 for hip pain, GP to review re: X-ray. Vascular dementia, DNACPR in place. Fluids 650 mL overnight.`,
      ),
    ],
  });
  const n = person('nl', 'f');
  add({
    kind: 'clinical-note',
    lang: 'nl',
    template: 'care-home-handover',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Maak een korte SBAR-overdracht van deze aantekeningen:\n\nKamer 3, mevr. ${n.full}. Decubitus categorie 2 op stuit, wondbehandeling met Mepilex Border, wisselligging elke 3 uur. Sondevoeding Nutrison 1500 mL/24 uur. Onrustig vannacht, haloperidol 0,5 mg gegeven om 23:30 volgens zo-nodig-afspraak. Temperatuur 38,1 °C.`,
      ),
    ],
  });
  const d = person('de', 'm');
  add({
    kind: 'clinical-note',
    lang: 'de',
    template: 'care-home-handover',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Schreib daraus eine Übergabe für den Frühdienst:\n\nZi. 7, Herr ${d.last} (${d.full}), Pflegegrad 4. BZ 22 Uhr 312 mg/dl, Actrapid 6 IE nach Schema gespritzt, 2 Uhr 188 mg/dl. Katheter gewechselt (CH 14). Marcumar nach INR, heute INR 2,6 – Dosis unverändert 3 mg. Angehörige Tochter informiert.`,
      ),
    ],
  });
}

// --- veterinary vs human confusions
{
  const u = person('us');
  add({
    kind: 'personal',
    lang: 'en',
    template: 'vet-human-medication-mixup',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Urgent-ish: I'm ${u.full}, 34, and I think I swallowed one of my dog's Rimadyl 100 mg tablets instead of my ibuprofen about an hour ago. I'm on warfarin 5 mg for a DVT. Stomach feels a bit off. Do I need to go to urgent care or call poison control?`,
      ),
    ],
  });
  const e = person('es', 'm');
  add({
    kind: 'personal',
    lang: 'es',
    template: 'vet-human-medication-mixup',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Mi hijo ${e.first} (4 años, 17 kg) se ha tragado una pastilla de Apoquel 16 mg del perro hace 20 minutos. No vomita y parece estar bien. ¿Llamo al Servicio de Información Toxicológica o voy a urgencias?`,
      ),
    ],
  });
}

// --- telehealth chat logs
{
  const u = person('us', 'f');
  const b = dob(1985, 2000);
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'telehealth-chat-log',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Write the visit note (SOAP) from this telehealth chat:\n\n[09:02] Dr. Ahmed: Hi, can you confirm your name and date of birth?\n[09:02] ${u.first}: ${u.full}, ${fdate.us(b)}\n[09:03] ${u.first}: burning when I pee since Saturday, going every 20 minutes, no fever, not pregnant\n[09:07] Dr. Ahmed: Sounds like an uncomplicated UTI. I'm sending nitrofurantoin monohydrate/macrocrystals 100 mg twice daily for 5 days to your pharmacy.`,
      ),
    ],
  });
  const b2 = person('br');
  const c = cpf();
  add({
    kind: 'clinical-note',
    lang: 'pt',
    template: 'telehealth-chat-log',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Gere o resumo da teleconsulta para o prontuário:\n\nPaciente: ${b2.full} – CPF ${c}\n[14:10] Paciente: dor na face e secreção amarelada há 12 dias, febre de 38,2\n[14:15] Médica: quadro compatível com rinossinusite bacteriana aguda. Prescrevo amoxicilina + clavulanato 875/125 mg de 12/12 h por 10 dias e lavagem nasal com soro fisiológico.`,
      ),
    ],
  });
  const t = person('tr', 'f');
  add({
    kind: 'clinical-note',
    lang: 'tr',
    template: 'telehealth-chat-log',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Bu online muayene yazışmasından epikriz notu çıkar:\n\n[20:01] ${t.full}: Üç gündür tek taraflı zonklayan baş ağrım var, ışıktan rahatsız oluyorum, bulantı da var.\n[20:04] Dr. Öztürk: Migren atağı ile uyumlu. Sumatriptan 50 mg, gerekirse 2 saat sonra tekrar; günde en fazla 200 mg. Naproksen 550 mg da kullanabilirsiniz. Ayda 4'ten fazla atak olursa nöroloji kontrolü.`,
      ),
    ],
  });
  const r = person('ro', 'm');
  add({
    kind: 'clinical-note',
    lang: 'ro',
    template: 'telehealth-chat-log',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Fă un rezumat al consultației video pentru fișa pacientului:\n\nPacient: ${r.full}, ${ri(30, 60)} ani, tel. ${phone.ro()}.\nSimptome: arsuri retrosternale și epigastralgii de 3 săptămâni, mai ales noaptea.\nDiagnostic prezumtiv: gastrită / boală de reflux gastroesofagian.\nRecomandare: pantoprazol 40 mg dimineața, 8 săptămâni; endoscopie digestivă superioară dacă persistă.`,
      ),
    ],
  });
}

// --- clinical-trial screening forms
{
  const u = person('us');
  const b = dob(1950, 1975);
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'clinical-trial-screening-form',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Check this screening CRF against the inclusion criteria (T2D, HbA1c 7.5-10 %, eGFR >= 45):\n\nSite 014 / Screening no. S-014-${digits(3)}\nSubject initials: ${u.first[0]}${u.last[0]}   DOB: ${fdate.us(b)}   Sex: ${u.sex.toUpperCase()}\nHbA1c 8.4 % | eGFR 52 mL/min/1.73 m² | BMI 33.1\nCurrent meds: metformin 1000 mg BID, lisinopril 10 mg QD\nHistory: MI 2019 (PCI to LAD)`,
      ),
    ],
  });
  const f = person('fr', 'f');
  const b2 = dob(1960, 1980);
  add({
    kind: 'clinical-note',
    lang: 'fr',
    template: 'clinical-trial-screening-form',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Vérifie cette fiche de pré-inclusion (essai de phase III, cancer du sein HER2+) :\n\nPatiente : ${f.full}, née le ${fdate.fr(b2)}\nDiagnostic : carcinome canalaire infiltrant du sein gauche, HER2 3+, RE 80 %, pT2N1M0\nTraitements : 4 cycles EC puis paclitaxel hebdomadaire + trastuzumab 6 mg/kg toutes les 3 semaines\nFEVG 58 % (échographie du 03/02)`,
      ),
    ],
  });
  const p = person('pl', 'f');
  const b3 = dob(1965, 1990);
  const pes = pesel(b3.y, b3.m, b3.d, p.sex);
  add({
    kind: 'clinical-note',
    lang: 'pl',
    template: 'clinical-trial-screening-form',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Sprawdź formularz kwalifikacji do badania klinicznego (RZS):\n\nUczestniczka: ${p.full}, PESEL ${pes}\nRozpoznanie: reumatoidalne zapalenie stawów od 2019, DAS28-CRP 5,4\nLeczenie: metotreksat 15 mg/tydz. + kwas foliowy 5 mg, prednizon 5 mg/d\nCRP 24 mg/l, OB 38 mm/h, ALT 31 U/l`,
      ),
    ],
  });
}

// --- lab results e-mails
{
  const i = person('it', 'f');
  add({
    kind: 'lab',
    lang: 'it',
    template: 'lab-results-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Mi spieghi questi risultati arrivati per e-mail dal laboratorio?\n\nGentile ${i.full}, in allegato il referto del prelievo del 12/02:\nEmoglobina 9,8 g/dL (12-16) – Ferritina 6 ng/mL (15-150) – MCV 71 fL – Sideremia 28 µg/dL.\nIl medico curante ha indicato ferro solfato 105 mg una volta al giorno.`,
      ),
    ],
  });
  const c = person('cs', 'm');
  const rc = rodneCislo(1979, ri(1, 12), ri(1, 28), 'm');
  add({
    kind: 'lab',
    lang: 'cs',
    template: 'lab-results-email',
    cats: ['PHI', 'PII'],
    messages: [
      usr(
        `Vysvětli mi výsledky, které mi přišly e-mailem z laboratoře:\n\nPacient: ${c.full}, r. č. ${rc}\nTSH 8,9 mIU/l (0,27–4,2), fT4 9,2 pmol/l (12–22), anti-TPO 412 kIU/l\nZávěr: subklinická hypotyreóza při Hashimotově tyreoiditidě, doporučen Euthyrox 50 µg.`,
      ),
    ],
  });
}

// --- medical identifier alone (no name, no DOB): PHI only
{
  const nhs = nhsNumber();
  add({
    kind: 'pharmacy',
    lang: 'en',
    template: 'gp-repeat-prescription-request',
    cats: ['PHI'],
    messages: [
      usr(
        `Draft the repeat prescription request for the practice inbox:\n\nNHS number ${nhs}. Please issue: sertraline 50 mg tablets x28, one daily; propranolol 10 mg x56, up to twice daily for anxiety symptoms. Last medication review 09/2025.`,
      ),
    ],
  });
  const kv = kvnr();
  add({
    kind: 'email',
    lang: 'de',
    template: 'dental-cost-plan-kvnr',
    cats: ['PHI'],
    messages: [
      usr(
        `Bitte kurze Antwort an die Krankenkasse formulieren:\n\nBetreff: Heil- und Kostenplan, KVNR ${kv}\nDer HKP für Implantat regio 36 mit Knochenaufbau (Sinuslift nicht nötig) wurde abgelehnt. Befund: Zustand nach Extraktion 36 wegen apikaler Parodontitis, Festzuschuss Befund 2.1. Wir bitten um erneute Prüfung.`,
      ),
    ],
  });
  const mrn = pad(ri(1, 9999999), 9);
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'radiology-worklist-critical',
    cats: ['PHI'],
    messages: [
      usr(
        `Format this as a critical-result page to the ED attending:\n\nMRN ${mrn} | CT head w/o contrast | 02:47\nFindings: acute left convexity subdural hematoma, max thickness 11 mm, 6 mm midline shift. On apixaban per triage. Recommend neurosurgery consult and andexanet alfa per protocol.`,
      ),
    ],
  });
  const m = mbi();
  add({
    kind: 'lab',
    lang: 'en',
    template: 'medicare-claim-scrub',
    cats: ['PHI'],
    messages: [
      usr(
        `Scrub these claim lines before submission and flag any coding issues:\n\nMBI ${m}\nDOS 01/14: 99214-25, G0439 (AWV subsequent), 83036 (HbA1c 9.1 %)\nDx: E11.65 type 2 diabetes with hyperglycemia, I10, Z79.4 long-term insulin use`,
      ),
    ],
  });
  const prescriberLast = pick(['Hartley', 'Moreno', 'Nguyen', 'Kaplan']);
  add({
    kind: 'pharmacy',
    lang: 'en',
    template: 'controlled-rx-prescriber-check',
    cats: ['PHI'],
    messages: [
      usr(
        `Pharmacy tech question: the e-script for oxycodone/acetaminophen 5/325 mg #20 came in with prescriber NPI ${npi()} and DEA ${dea(prescriberLast)}. How do I verify the DEA checksum before filling?`,
      ),
    ],
  });
}

// --- PHI outside the message text
{
  const n = person('nl');
  const em = email(n, 'nl');
  add({
    kind: 'wearable',
    lang: 'nl',
    template: 'glucose-diary-user-field',
    cats: ['PHI', 'PII'],
    where: 'user',
    messages: [
      usr(
        `Bekijk mijn glucosedagboek van deze week en zeg of ik de Lantus moet aanpassen:\nma nuchter 9,8 mmol/l | di 11,2 | wo 10,4 | do 3,1 (hypo, 's nachts) | vr 8,9\nLantus 22 E 's avonds, metformine 850 mg 2x daags.`,
      ),
    ],
    extra: { user: em },
  });

  const s = person('sv');
  const b = dob(1944, 1960);
  const pn = personnummer(b.y, b.m, b.d);
  add({
    kind: 'agent',
    lang: 'sv',
    template: 'ehr-tool-result',
    cats: ['PHI', 'PII'],
    where: 'tool_result',
    messages: [
      sys('Du är en assistent för distriktssköterskor. Använd verktyget för att hämta patientdata.'),
      usr('Vilka läkemedel ska jag dela i dosett till besöket 14:00?'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          { id: 'call_v1', type: 'function', function: { name: 'hamta_patient', arguments: JSON.stringify({ besok_id: 'B-2026-0412' }) } },
        ],
      },
      {
        role: 'tool',
        tool_call_id: 'call_v1',
        content: JSON.stringify({
          namn: s.full,
          personnummer: pn,
          diagnoser: ['Hjärtsvikt (I50.9)', 'Förmaksflimmer (I48.9)'],
          lakemedel: ['Eliquis 5 mg 1x2', 'Furix 40 mg 1x1', 'Bisoprolol 2,5 mg 1x1'],
          senaste_ntprobnp: '2 840 ng/l',
        }),
      },
    ],
    extra: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'hamta_patient',
            description: 'Hämtar patientens journaldata för ett besök.',
            parameters: { type: 'object', properties: { besok_id: { type: 'string' } }, required: ['besok_id'] },
          },
        },
      ],
    },
  });

  const e = person('es');
  const ph = phone.es();
  add({
    kind: 'agent',
    lang: 'es',
    template: 'booking-tool-call-arguments',
    cats: ['PHI', 'PII'],
    where: 'tool_calls.arguments',
    messages: [
      usr('Confirma la cita de control que acabas de reservar.'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_b7',
            type: 'function',
            function: {
              name: 'reservar_cita',
              arguments: JSON.stringify({
                paciente: e.full,
                telefono: ph,
                especialidad: 'endocrinología',
                motivo: 'control HbA1c 9,1 %, ajuste de insulina glargina 24 UI',
                fecha: '2026-04-08T10:30',
              }),
            },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_b7', content: '{"estado":"confirmada","localizador":"CX-88412"}' },
    ],
    extra: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'reservar_cita',
            description: 'Reserva una cita en la agenda del hospital.',
            parameters: {
              type: 'object',
              properties: {
                paciente: { type: 'string' },
                telefono: { type: 'string' },
                especialidad: { type: 'string' },
                motivo: { type: 'string' },
                fecha: { type: 'string' },
              },
            },
          },
        },
      ],
    },
  });

  const p = person('br', 'f');
  const b2 = dob(1980, 1995);
  add({
    kind: 'clinical-note',
    lang: 'pt',
    template: 'extraction-schema-example',
    cats: ['PHI', 'PII'],
    where: 'response_format.json_schema',
    messages: [usr('Extraia os campos do laudo colado abaixo.\n\nLAUDO: [texto do laudo será anexado pelo sistema]')],
    extra: {
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'laudo',
          schema: {
            type: 'object',
            description: `Exemplo de saída esperado: {"paciente":"${p.full}","nascimento":"${fdate.pt(b2)}","diagnostico":"CID-10 C50.4 neoplasia maligna da mama","conduta":"tamoxifeno 20 mg/dia"}`,
            properties: {
              paciente: { type: 'string' },
              nascimento: { type: 'string' },
              diagnostico: { type: 'string' },
              conduta: { type: 'string' },
            },
          },
        },
      },
    },
  });

  const g = person('gb', 'f');
  add({
    kind: 'agent',
    lang: 'en',
    template: 'telehealth-bot-system-context',
    cats: ['PHI', 'PII'],
    where: 'system',
    messages: [
      sys(
        `You are the evening triage assistant for the virtual ward. Current patient: ${g.full}, 71, COPD GOLD 3 on home oxygen 2 L/min, discharged 3 days ago after exacerbation; meds: prednisolone 30 mg (day 4 of 5), doxycycline 100 mg OD, Trelegy Ellipta 1 puff OD. Escalate if SpO2 < 88 %.`,
      ),
      usr('is it normal to feel more tired today'),
    ],
  });

  const mrn = 'MRN-' + digits(8);
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'scribe-metadata-context',
    cats: ['PHI'],
    where: 'metadata',
    messages: [usr('Summarise the encounter audio transcript that was uploaded for this visit into a SOAP note.')],
    extra: {
      metadata: {
        encounter: 'ENC-2026-3312',
        patient_mrn: mrn,
        chief_complaint: 'chest pain, troponin I 0.41 ng/mL',
        scribe: 'ambient-v2',
      },
    },
  });

  const t = person('tr');
  add({
    kind: 'personal',
    lang: 'tr',
    template: 'message-name-field',
    cats: ['PHI', 'PII'],
    where: 'name',
    messages: [
      {
        role: 'user',
        name: `${ascii(t.first)}_${ascii(t.last)}`,
        content: 'Levotiron 100 mcg kullanıyorum, TSH 0,05 çıktı ve çarpıntım var. Dozu kendim 75 mcg’ye düşürebilir miyim?',
      },
    ],
  });

  const f = person('fr');
  add({
    kind: 'agent',
    lang: 'fr',
    template: 'unknown-field-patient-context',
    cats: ['PHI', 'PII'],
    where: 'unknown_field',
    messages: [usr('Rédige le courrier de sortie à partir du contexte fourni.')],
    extra: {
      dossier_contexte: {
        patient: f.full,
        service: 'cardiologie',
        diagnostic: 'SCA ST+ antérieur, angioplastie IVA + stent actif',
        traitement_sortie: ['ticagrélor 90 mg x2/j', 'aspirine 75 mg/j', 'atorvastatine 80 mg/j', 'bisoprolol 2,5 mg/j'],
      },
    },
  });

  const mrn2 = String(ri(1000000, 9999999));
  add({
    kind: 'agent',
    lang: 'it',
    template: 'tool-description-example-record',
    cats: ['PHI'],
    where: 'tools.function.description',
    messages: [usr('Trova gli ultimi esami del paziente del letto 4.')],
    extra: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'cerca_esami',
            description: `Cerca gli esami di laboratorio per cartella clinica. Esempio reale dal reparto: cartella ${mrn2} -> creatinina 2,8 mg/dL, potassio 6,1 mmol/L, insufficienza renale acuta stadio 2 KDIGO.`,
            parameters: { type: 'object', properties: { cartella: { type: 'string' } }, required: ['cartella'] },
          },
        },
      ],
    },
  });
}

// --- PHI encoded
{
  const u = person('us');
  const b = dob(1960, 1985);
  const note = `Patient: ${u.full}\nDOB: ${fdate.us(b)}\nDx: Major depressive disorder, recurrent, moderate (F33.1)\nRx: bupropion XL 150 mg qAM; trazodone 50 mg qHS\nNext appt: 2 weeks`;
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'portal-attachment-base64',
    cats: ['PHI', 'PII'],
    encoding: 'base64',
    messages: [
      usr(
        `The patient portal gave me this attachment field, can you decode it and summarise for my new therapist?\n\n${JSON.stringify({ filename: 'visit-summary.txt', content_type: 'text/plain', data_base64: b64(note) })}`,
      ),
    ],
  });
  const f = person('fr', 'f');
  const b2 = dob(1970, 1990);
  const n = nir(2, b2.y % 100, b2.m, pick(['75', '69', '13', '33']));
  const mail = `Bonjour,\nJe me permets de relancer ma demande de remboursement : séances de kinésithérapie (12 séances) après entorse grave du genou droit avec rupture du ligament croisé antérieur, ordonnance du Dr Lemaître.\nN° de sécurité sociale : ${n.fmt}\nCordialement,\n${f.full}`;
  add({
    kind: 'email',
    lang: 'fr',
    template: 'mutuelle-claim-quoted-printable',
    cats: ['PHI', 'PII'],
    encoding: 'quoted-printable',
    messages: [
      usr(
        `Voici la source brute d'un mail envoyé à ma mutuelle, peux-tu le reformuler ?\n\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n${quotedPrintable(mail)}`,
      ),
    ],
  });
  const t = person('tr', 'm');
  const q = `hasta=${t.full}&tani=Tip 2 diyabet (E11.9)&ilac=Metformin 1000 mg 2x1&hba1c=8.7`;
  add({
    kind: 'support-ticket',
    lang: 'tr',
    template: 'telehealth-deeplink-percent',
    cats: ['PHI', 'PII'],
    encoding: 'percent',
    messages: [
      usr(
        `Uygulamadaki bu bağlantı açılmıyor, ne yanlış?\n\nhttps://app.saglikvideo.example/randevu/ozet?${q
          .split('&')
          .map((kv) => {
            const [k, v] = kv.split('=');
            return k + '=' + pctQuery(v);
          })
          .join('&')}`,
      ),
    ],
  });
}

// ================================================================= PII (no health context)
{
  const d = person('de');
  const sid = steuerId();
  add({
    kind: 'personal',
    lang: 'de',
    template: 'tax-office-reply-letter',
    cats: ['PII'],
    messages: [
      usr(
        `Hilf mir, dem Finanzamt zu antworten:\n\n${d.full}\n${pick(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee'])} ${ri(2, 88)}, ${pick(['34117 Kassel', '93047 Regensburg', '24103 Kiel'])}\nSteuer-ID: ${group(sid, [2, 3, 3, 3])}\n\nSehr geehrte Damen und Herren, zu Ihrem Schreiben vom 02.02. bezüglich der Einkommensteuererklärung 2024 reiche ich die fehlenden Belege zu den Handwerkerleistungen nach.`,
      ),
    ],
  });
  const f = person('fr');
  const b = dob(1975, 1998);
  const n = nir(f.sex === 'm' ? 1 : 2, b.y % 100, b.m, pick(['75', '92', '44', '31']));
  const ib = iban('FR', bbanFR());
  add({
    kind: 'hr',
    lang: 'fr',
    template: 'employee-onboarding-form',
    cats: ['PII'],
    messages: [
      usr(
        `Vérifie que cette fiche d'embauche est complète :\n\nNom : ${f.last.toUpperCase()} Prénom : ${f.first}\nNé(e) le : ${fdate.fr(b)}\nN° de sécurité sociale : ${n.fmt}\nAdresse : ${ri(3, 140)} rue ${pick(['des Tanneurs', 'Victor Hugo', 'du Faubourg Saint-Jean'])}, ${pick(['67000 Strasbourg', '35000 Rennes', '13006 Marseille'])}\nRIB (IBAN) : ${fmtIban(ib)}\nContrat : CDI, poste de préparateur de commandes.`,
      ),
    ],
  });
  const e = person('es');
  const dn = dni();
  add({
    kind: 'personal',
    lang: 'es',
    template: 'rental-contract-parties',
    cats: ['PII'],
    messages: [
      usr(
        `Redacta la cláusula de partes de un contrato de alquiler con estos datos:\nArrendataria/o: ${e.full}, DNI ${dn}, con domicilio en C/ ${pick(['de la Palma', 'Alcalde Sainz de Baranda', 'Rosalía de Castro'])} ${ri(2, 90)}, ${ri(1, 6)}º ${pick(['A', 'B', 'izq.'])}, ${pick(['28009 Madrid', '46004 València', '15701 Santiago de Compostela'])}. Teléfono ${phone.es()}.\nRenta: 950 €/mes, fianza de una mensualidad.`,
      ),
    ],
  });
  const n2 = person('nl');
  const bs = bsn();
  const ib2 = iban('NL', bbanNL());
  add({
    kind: 'hr',
    lang: 'nl',
    template: 'payroll-change-request',
    cats: ['PII'],
    messages: [
      usr(
        `Zet deze wijziging door naar de salarisadministratie in een nette e-mail:\n\nMedewerker ${n2.full}, BSN ${bs}, nieuw rekeningnummer ${fmtIban(ib2)} per 1 april. Nieuw adres: ${pick(['Oudegracht', 'Kerkstraat', 'Van Limburg Stirumplein'])} ${ri(3, 210)}, ${pick(['3511 AB Utrecht', '9712 HV Groningen', '5611 EM Eindhoven'])}.`,
      ),
    ],
  });
  const i = person('it');
  const bi = dob(1960, 1995);
  const cf = codiceFiscale(i.first, i.last, i.sex, bi.y, bi.m, bi.d, pick(['H501', 'F839', 'L219', 'G273']));
  add({
    kind: 'business',
    lang: 'it',
    template: 'utility-contract-activation',
    cats: ['PII'],
    messages: [
      usr(
        `Compila la richiesta di voltura luce con questi dati e dimmi cosa manca:\nIntestatario: ${i.full}\nCodice fiscale: ${cf}\nIndirizzo fornitura: Via ${pick(['Garibaldi', 'dei Mille', 'San Francesco da Paola'])} ${ri(1, 120)}, ${pick(['20121 Milano', '80134 Napoli', '90133 Palermo'])}\nCellulare: ${phone.it()}\nPOD: IT001E${digits(8)}`,
      ),
    ],
  });
  const p = person('pl');
  const bp = dob(1970, 2002);
  const pes = pesel(bp.y, bp.m, bp.d, p.sex);
  add({
    kind: 'support-ticket',
    lang: 'pl',
    template: 'bank-onboarding-kyc',
    cats: ['PII'],
    messages: [
      usr(
        `Klient banku pisze na czacie, że weryfikacja tożsamości się nie udała. Przygotuj odpowiedź:\n\n„Dzień dobry, ${p.full}, PESEL ${pes}, dowód osobisty ${plIdCard()}. Adres zameldowania: ul. ${pick(['Piotrkowska', 'Długa', 'Mickiewicza'])} ${ri(2, 150)}/${ri(1, 40)}, ${pick(['90-410 Łódź', '80-831 Gdańsk', '31-042 Kraków'])}. Zdjęcie dowodu przesłałem dwa razy.”`,
      ),
    ],
  });
  const s = person('sv');
  const bsv = dob(1965, 2000);
  add({
    kind: 'personal',
    lang: 'sv',
    template: 'moving-notice',
    cats: ['PII'],
    messages: [
      usr(
        `Skriv ett kort flyttmeddelande till hyresvärden och elbolaget:\n\nNamn: ${s.full}\nPersonnummer: ${personnummer(bsv.y, bsv.m, bsv.d)}\nNy adress från 1 maj: ${pick(['Storgatan', 'Vasagatan', 'Södra Vägen'])} ${ri(2, 60)} lgh 1${digits(3)}, ${pick(['411 38 Göteborg', '753 20 Uppsala', '211 42 Malmö'])}\nMobil: ${phone.sv()}`,
      ),
    ],
  });
  const c = person('cs');
  const bc = dob(1970, 1999);
  add({
    kind: 'personal',
    lang: 'cs',
    template: 'sublet-agreement',
    cats: ['PII'],
    messages: [
      usr(
        `Připrav podnájemní smlouvu, údaje podnájemníka:\n${c.full}, nar. ${fdate.cs(bc)}, r. č. ${rodneCislo(bc.y, bc.m, bc.d, c.sex)}, trvale bytem ${pick(['Vinohradská', 'Masarykova', 'Nádražní'])} ${ri(10, 2500)}/${ri(1, 60)}, ${pick(['120 00 Praha 2', '602 00 Brno', '702 00 Ostrava'])}, tel. ${phone.cs()}.`,
      ),
    ],
  });
  const r = person('ro');
  const br = dob(1970, 2000);
  add({
    kind: 'support-ticket',
    lang: 'ro',
    template: 'courier-delivery-form',
    cats: ['PII'],
    messages: [
      usr(
        `Un client a trimis datele pentru livrare, verifică formatul:\nNume: ${r.full}\nCNP: ${cnp(br.y, br.m, br.d, r.sex, pick(['40', '12', '22', '35']))}\nAdresă: Str. ${pick(['Republicii', 'Mihai Viteazu', 'Zorilor'])} nr. ${ri(1, 90)}, bl. ${ri(1, 20)}, ap. ${ri(1, 80)}, ${pick(['Cluj-Napoca 400015', 'Iași 700259', 'Timișoara 300011'])}\nTelefon: ${phone.ro()}`,
      ),
    ],
  });
  const t = person('tr');
  add({
    kind: 'business',
    lang: 'tr',
    template: 'individual-e-invoice',
    cats: ['PII'],
    messages: [
      usr(
        `Bireysel müşteri için e-arşiv fatura bilgilerini kontrol et:\nAlıcı: ${t.full}\nTCKN: ${tckn()}\nAdres: ${pick(['Bağdat Cad.', 'Atatürk Bulvarı', 'Kordon Boyu'])} No: ${ri(1, 300)} D: ${ri(1, 20)}, ${pick(['Kadıköy/İstanbul', 'Çankaya/Ankara', 'Konak/İzmir'])}\nTelefon: ${phone.tr()}\nÜrün: 1 adet bulaşık makinesi, 18.499 TL`,
      ),
    ],
  });
  const pt = person('pt');
  add({
    kind: 'business',
    lang: 'pt',
    template: 'invoice-with-customer-nif',
    cats: ['PII'],
    messages: [
      usr(
        `Um cliente pede que refaçamos a fatura com os dados dele. Escreve a resposta:\n\n"Boa tarde, precisava da fatura-recibo com NIF ${nifPT()} em nome de ${pt.full}, morada Rua ${pick(['de Santa Catarina', 'do Almada', 'Costa Cabral'])} ${ri(10, 900)}, ${pick(['4000-447 Porto', '1200-109 Lisboa', '3000-093 Coimbra'])}. Obrigado."`,
      ),
    ],
  });
  const be = person('be');
  const bb = dob(1960, 1995);
  add({
    kind: 'support-ticket',
    lang: 'nl',
    template: 'eid-card-renewal',
    cats: ['PII'],
    messages: [
      usr(
        `Beantwoord deze vraag aan het gemeenteloket:\n\n"Mijn eID is gestolen. Rijksregisternummer ${nissBE(bb.y, bb.m, bb.d, be.sex)}, ${be.full}, ${pick(['Meir', 'Veldstraat', 'Bondgenotenlaan'])} ${ri(1, 200)}, ${pick(['2000 Antwerpen', '9000 Gent', '3000 Leuven'])}. Moet ik eerst aangifte doen bij de politie?"`,
      ),
    ],
  });
  const u = person('us');
  const ub = dob(1965, 1998);
  add({
    kind: 'email',
    lang: 'en',
    template: 'tax-preparer-email',
    cats: ['PII'],
    messages: [
      usr(
        `Proofread this email to my tax preparer:\n\nHi Sandra, here are the details for our 1040: me, ${u.full}, SSN ${ssn()}, DOB ${fdate.us(ub)}; spouse SSN ${ssn()}. New address since August: ${ri(100, 9800)} ${pick(['Maple Ridge Dr', 'W Lakeview Ave', 'Cedar Hollow Ln'])}, ${pick(['Columbus, OH 43214', 'Tucson, AZ 85719', 'Raleigh, NC 27606'])}. Call me at ${phone.us()} if anything's missing.`,
      ),
    ],
  });
  const g = person('gb');
  add({
    kind: 'hr',
    lang: 'en',
    template: 'p45-query-email',
    cats: ['PII'],
    messages: [
      usr(
        `Write a reply to this ex-employee asking for a P45:\n\n"Hi, I left on 28 Feb and never got my P45. Name ${g.full}, NI number ${nino()}, address ${ri(1, 90)} ${pick(['Albert Road', 'Wellington Crescent', 'Moorland View'])}, ${pick(['Leeds LS6 2AB', 'Cardiff CF24 4PQ', 'Bristol BS7 8RT'])}. Thanks."`,
      ),
    ],
  });
  const bz = person('br');
  add({
    kind: 'personal',
    lang: 'pt',
    template: 'pix-key-confusion',
    cats: ['PII'],
    messages: [
      usr(
        `Minha tia mandou isso no grupo da família, explica pra ela por que não deve compartilhar:\n\n"Gente, pra quem quiser ajudar na vaquinha da festa: Pix chave CPF ${cpf()} (${bz.full}) ou celular ${phone.br()}."`,
      ),
    ],
  });
  const fi = person('fi');
  const bf = dob(1975, 2003);
  add({
    kind: 'personal',
    lang: 'en',
    template: 'housing-application-hetu',
    cats: ['PII'],
    messages: [
      usr(
        `I'm filling a rental application in Helsinki, is this format right for the form?\n\nApplicant: ${fi.full}\nHenkilötunnus: ${hetu(bf.y, bf.m, bf.d)}\nCurrent address: ${pick(['Mannerheimintie', 'Hämeentie', 'Fredrikinkatu'])} ${ri(2, 90)} B ${ri(1, 40)}, 00${ri(100, 990)} Helsinki\nEmployer: Kone Oyj`,
      ),
    ],
  });
  const ca = person('ca');
  add({
    kind: 'hr',
    lang: 'en',
    template: 'payroll-chat-sin',
    cats: ['PII'],
    messages: [
      usr(
        `Payroll Slack thread, summarise the action item:\n\n@payroll new hire ${ca.full} starts Monday, SIN ${sinCA()}, TD1 attached, deposit to transit ${digits(5)} inst 004 acct ${digits(7)}. Home: ${ri(100, 4000)} rue ${pick(['Saint-Denis', 'Sherbrooke Est', 'Ontario'])}, Montréal QC H2X ${ri(1, 9)}K${ri(1, 9)}.`,
      ),
    ],
  });
  // IBANs
  const es2 = person('es');
  const ibES = iban('ES', bbanES());
  add({
    kind: 'support-ticket',
    lang: 'es',
    template: 'refund-bank-details-ticket',
    cats: ['PII'],
    messages: [
      usr(
        `Ticket de soporte #48213, redacta la respuesta:\n\n"Devolví las zapatillas hace 15 días y no veo el reembolso. Os pedí que lo hicierais por transferencia a ${fmtIban(ibES)}, titular ${es2.full}. ¿Cuándo llega?"`,
      ),
    ],
  });
  const it2 = person('it');
  const ibIT = iban('IT', bbanIT());
  add({
    kind: 'email',
    lang: 'it',
    template: 'condominium-fee-email',
    cats: ['PII'],
    messages: [
      usr(
        `Rendi più cordiale questa mail all'amministratore di condominio:\n\n"Buongiorno, sono ${it2.full}, interno ${ri(1, 24)} scala ${pick(['A', 'B', 'C'])}. Ho pagato la rata straordinaria per il rifacimento della facciata dal conto ${fmtIban(ibIT)} il 3 marzo, ma risulto ancora moroso. Mi chiami al ${phone.it()}."`,
      ),
    ],
  });
  const plp = person('pl');
  const ibPL = iban('PL', bbanPL());
  add({
    kind: 'personal',
    lang: 'pl',
    template: 'split-bill-chat',
    cats: ['PII'],
    messages: [
      usr(
        `Przetłumacz na angielski dla współlokatora z Erasmusa:\n\n„Hej, rachunek za prąd i internet za luty to 412,80 zł, czyli po 137,60 na osobę. Przelej na moje konto ${fmtIban(ibPL).slice(2)} (${plp.full}), tytuł: media luty. Dzięki!”`,
      ),
    ],
  });
  const pt2 = person('pt');
  const ibPT = iban('PT', bbanPT());
  add({
    kind: 'email',
    lang: 'pt',
    template: 'landlord-deposit-return',
    cats: ['PII'],
    messages: [
      usr(
        `Escreve um e-mail firme ao senhorio a pedir a caução de volta. Os meus dados: ${pt2.full}, IBAN ${fmtIban(ibPT)}, telemóvel ${phone.pt()}. Saí do apartamento na Rua ${pick(['da Alegria', 'Morais Soares'])} ${ri(10, 200)}, 2.º Esq., no dia 31 de janeiro.`,
      ),
    ],
  });
  // phone, address, plates, DOB, e-mail threads, IP
  const g2 = person('gb');
  add({
    kind: 'support-ticket',
    lang: 'en',
    template: 'delivery-driver-chat',
    cats: ['PII'],
    messages: [
      usr(
        `Courier app chat export, classify the issue:\n\nDriver: at the door, no answer\nCustomer: sorry!! it's ${g2.full}, flat 3 round the back, ${ri(10, 199)} ${pick(['Cowley Road', 'Gloucester Road', 'Stockport Road'])}, ${pick(['Oxford OX4 1HR', 'Bristol BS7 8AE', 'Manchester M19 3AB'])}. ring me on ${phone.gb()}`,
      ),
    ],
  });
  const es3 = person('es');
  add({
    kind: 'personal',
    lang: 'es',
    template: 'flat-viewing-whatsapp',
    cats: ['PII'],
    messages: [
      usr(
        `Resume estos mensajes para mi pareja:\n\n[18:02] ${es3.first}: Hola! Soy ${es3.full}, la propietaria del piso de la calle ${pick(['Sagasta', 'Ercilla', 'Mayor'])} ${ri(2, 60)}, 3ºB.\n[18:03] ${es3.first}: Podéis verlo el sábado a las 11. Mi móvil: ${phone.es()}. El portal es el ${ri(2, 60)}, timbre 3B.`,
      ),
    ],
  });
  const wed = [person('it'), person('it'), person('it')];
  add({
    kind: 'personal',
    lang: 'it',
    template: 'wedding-rsvp-sheet',
    cats: ['PII'],
    messages: [
      usr(
        `Ordina questa lista RSVP del matrimonio per tavolo:\n\nnome;telefono;indirizzo;tavolo;menu\n${wed.map((w) => `${w.full};${phone.it()};Via ${pick(['Roma', 'Cavour', 'Manzoni', 'Verdi'])} ${ri(1, 99)}, ${pick(['Bergamo', 'Lecce', 'Parma', 'Udine'])};${ri(1, 12)};${pick(['carne', 'pesce', 'vegetariano'])}`).join('\n')}`,
      ),
    ],
  });
  const fr2 = person('fr');
  add({
    kind: 'personal',
    lang: 'fr',
    template: 'parking-fine-dispute',
    cats: ['PII'],
    messages: [
      usr(
        `Aide-moi à contester cet avis de contravention :\n\nAvis n° ${digits(10)}, véhicule immatriculé ${rs(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}-${digits(3)}-${rs(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}, titulaire ${fr2.full}, ${ri(2, 80)} avenue ${pick(['Jean Jaurès', 'de la République', 'Gambetta'])}, ${pick(['69007 Lyon', '59000 Lille', '31000 Toulouse'])}. J'étais stationné sur une place livraison un dimanche, où c'est autorisé.`,
      ),
    ],
  });
  const de2 = person('de');
  const bd = dob(1980, 2004);
  add({
    kind: 'business',
    lang: 'de',
    template: 'gym-membership-form',
    cats: ['PII'],
    messages: [
      usr(
        `Prüfe den Mitgliedsantrag auf Vollständigkeit:\nName: ${de2.full}\nGeburtsdatum: ${fdate.de(bd)}\nE-Mail: ${email(de2, 'de')}\nMobil: ${phone.de()}\nTarif: Flex 24, Start 01.05.`,
      ),
    ],
  });
  const u2 = person('us');
  const u3 = person('us');
  add({
    kind: 'email',
    lang: 'en',
    template: 'school-carpool-email-thread',
    cats: ['PII'],
    messages: [
      usr(
        `Summarise who is driving which day:\n\nFrom: ${u2.full} <${email(u2, 'us')}>\nTo: ${u3.full} <${email(u3, 'us')}>\nSubject: Re: Re: carpool for soccer\n\n> I can do Tuesdays, pickup at ${ri(100, 9000)} ${pick(['Birch Ct', 'Oakmont Ave', 'Shady Ln'])} at 5:15.\nGreat, I'll take Thursdays then. My cell is ${phone.us()} if practice runs late.`,
      ),
    ],
  });
  const cz2 = person('cs');
  const ip = `${pick([78, 89, 94, 185, 212])}.${ri(1, 254)}.${ri(1, 254)}.${ri(1, 254)}`;
  add({
    kind: 'support-ticket',
    lang: 'cs',
    template: 'suspicious-login-alert',
    cats: ['PII'],
    messages: [
      usr(
        `Uživatel hlásí podezřelé přihlášení, shrň to pro bezpečnostní tým:\n\nÚčet: ${email(cz2, 'cs')} (${cz2.full})\n2026-03-02 23:14 přihlášení z IP ${ip} (Brno, CZ) – uživatel tvrdí, že je to jeho domácí připojení\n2026-03-03 02:51 přihlášení z IP 45.${ri(1, 254)}.${ri(1, 254)}.${ri(1, 254)} (neznámé)`,
      ),
    ],
  });
}

// --- PII outside the message text
{
  const u = person('us');
  add({
    kind: 'support-ticket',
    lang: 'en',
    template: 'support-widget-user-field',
    cats: ['PII'],
    where: 'user',
    messages: [usr('My order arrived damaged, the lamp base is cracked. What are my options?')],
    extra: { user: email(u, 'us') },
  });
  const d = person('de');
  add({
    kind: 'support-ticket',
    lang: 'de',
    template: 'crm-metadata-customer',
    cats: ['PII'],
    where: 'metadata',
    messages: [usr('Formuliere eine Antwort auf die Reklamation zur verspäteten Lieferung.')],
    extra: {
      metadata: {
        ticket: 'ZD-77120',
        kunde: d.full,
        telefon: phone.de(),
        anschrift: `${pick(['Bahnhofstraße', 'Goethestraße'])} ${ri(1, 80)}, ${pick(['79098 Freiburg', '04109 Leipzig'])}`,
      },
    },
  });
  const n = person('nl');
  add({
    kind: 'agent',
    lang: 'nl',
    template: 'shipment-tool-call',
    cats: ['PII'],
    where: 'tool_calls.arguments',
    messages: [
      usr('Is de retourzending aangemaakt?'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_r2',
            type: 'function',
            function: {
              name: 'maak_retourlabel',
              arguments: JSON.stringify({
                naam: n.full,
                straat: `${pick(['Lange Voorhout', 'Nobelstraat'])} ${ri(1, 90)}`,
                postcode: `${ri(1011, 9999)} ${rs(2, 'ABCDEFGHJKLMNPRSTVWXZ')}`,
                plaats: pick(['Den Haag', 'Utrecht', 'Zwolle']),
                telefoon: phone.nl(),
              }),
            },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_r2', content: '{"label":"3SABC1234567","status":"aangemaakt"}' },
    ],
    extra: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'maak_retourlabel',
            description: 'Maakt een PostNL-retourlabel.',
            parameters: {
              type: 'object',
              properties: {
                naam: { type: 'string' },
                straat: { type: 'string' },
                postcode: { type: 'string' },
                plaats: { type: 'string' },
                telefoon: { type: 'string' },
              },
            },
          },
        },
      ],
    },
  });
  const r = person('ro');
  add({
    kind: 'personal',
    lang: 'ro',
    template: 'chat-message-name',
    cats: ['PII'],
    where: 'name',
    messages: [
      {
        role: 'user',
        name: `${ascii(r.first)}_${ascii(r.last)}_${ri(1970, 1999)}`,
        content: 'Vreau să-mi schimb parola la aplicația de fidelitate, nu mai primesc codul prin SMS.',
      },
    ],
  });
  const ib = iban('BE', bbanBE());
  const be = person('be');
  add({
    kind: 'business',
    lang: 'nl',
    template: 'sepa-mandate-schema-example',
    cats: ['PII'],
    where: 'response_format.json_schema',
    messages: [usr('Haal de mandaatgegevens uit het gescande formulier (tekst volgt in de volgende stap).')],
    extra: {
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'sepa_mandaat',
          schema: {
            type: 'object',
            properties: {
              rekeninghouder: { type: 'string', description: `Volledige naam, bv. "${be.full}"` },
              iban: { type: 'string', description: `IBAN zoals op het formulier, bv. "${fmtIban(ib)}"` },
            },
            required: ['rekeninghouder', 'iban'],
          },
        },
      },
    },
  });
  const s = person('sv');
  add({
    kind: 'agent',
    lang: 'sv',
    template: 'unknown-field-customer-profile',
    cats: ['PII'],
    where: 'unknown_field',
    messages: [usr('Föreslå tre presentidéer till kundens födelsedag baserat på profilen.')],
    extra: {
      kundprofil: {
        namn: s.full,
        fodelsedag: fdate.sv(dob(1970, 2000)),
        adress: `${pick(['Drottninggatan', 'Kungsgatan'])} ${ri(2, 90)}, ${pick(['111 51 Stockholm', '702 10 Örebro'])}`,
        mobil: phone.sv(),
      },
    },
  });
}

// --- PII encoded
{
  const es = person('es');
  const ibES = iban('ES', bbanES());
  const q = `nombre=${pctQuery(es.full)}&email=${pctQuery(email(es, 'es'))}&iban=${pctQuery(ibES)}&tel=${pctQuery(phone.es())}`;
  add({
    kind: 'support-ticket',
    lang: 'es',
    template: 'form-submit-url-percent',
    cats: ['PII'],
    encoding: 'percent',
    messages: [
      usr(
        `El formulario de alta devuelve error 414, este es el GET que se envía. ¿Por qué falla?\n\nGET /alta/confirmar?${q} HTTP/1.1\nHost: socios.club-natacion.example`,
      ),
    ],
  });
  const f = person('fr');
  const addr = `${f.full}, ${ri(2, 80)} rue ${pick(['Pasteur', 'de Verdun'])}, ${pick(['21000 Dijon', '87000 Limoges'])}, ${phone.fr()}`;
  add({
    kind: 'support-ticket',
    lang: 'fr',
    template: 'newsletter-html-entities',
    cats: ['PII'],
    encoding: 'html-entities',
    messages: [
      usr(
        `Le pied de page de notre e-mail s'affiche bizarrement chez un abonné, voici le HTML. Tu vois le souci ?\n\n<p class="footer">Vous recevez ce message en tant que : ${htmlEnt(addr)}</p>`,
      ),
    ],
  });
}

// ================================================================= PCI
{
  const v = card('4', 16);
  const u = person('us');
  add({
    kind: 'payment',
    lang: 'en',
    template: 'customer-chat-card-paste',
    cats: ['PII', 'PCI'],
    messages: [
      usr(
        `Support chat, draft a reply that tells the customer we can't take cards here:\n\nCustomer: can you just charge this one instead, ${g4(v)} exp ${pad(ri(1, 12))}/${ri(27, 31)} cvv ${digits(3)}, name on card ${u.full.toUpperCase()}`,
      ),
    ],
  });
  const m = card(String(ri(2221, 2720)), 16);
  add({
    kind: 'payment',
    lang: 'de',
    template: 'hotel-folio-ocr',
    cats: ['PCI'],
    messages: [
      usr(
        `OCR einer Hotelrechnung, bitte die Positionen als Tabelle:\n\nHOTEL AM STADTPARK **** FOLIO 20931\nÜbernachtung 3x  342,00\nFrühstück 3x  66,00\nCity-Tax  10,26\nSUMME EUR 418,26\nMastercard ${m}  AUTH ${digits(6)}\nVielen Dank für Ihren Aufenthalt`,
      ),
    ],
  });
  const a = card(pick(['34', '37']), 15);
  add({
    kind: 'transcript',
    lang: 'en',
    template: 'ivr-call-transcript-spoken-pan',
    cats: ['PCI'],
    messages: [
      usr(
        `Redact and summarise this call-centre transcript:\n\nagent thank you can i take the card number please\ncaller yes its amex ${spokenDigits(a)} expiry oh nine twenty eight\nagent and the four digit security code on the front\ncaller ${spokenDigits(digits(4))}`,
      ),
    ],
  });
  const di = card('6011', 16);
  add({
    kind: 'payment',
    lang: 'en',
    template: 'payment-gateway-debug-log',
    cats: ['PCI'],
    messages: [
      usr(
        `Why did this authorisation fail? Debug log from our gateway:\n\n${JSON.stringify({ ts: '2026-03-04T11:02:17Z', level: 'debug', event: 'auth.request', request: { amount: 12999, currency: 'USD', pan: di, exp_month: ri(1, 12), exp_year: 2029, merchant_ref: 'ORD-55120' }, response: { code: '05', message: 'Do not honor' } })}`,
      ),
    ],
  });
  const dn = card('36', 14);
  const dp = person('de');
  add({
    kind: 'payment',
    lang: 'de',
    template: 'expense-report-corporate-card',
    cats: ['PII', 'PCI'],
    messages: [
      usr(
        `Reisekostenabrechnung prüfen:\n\nMitarbeiter: ${dp.full}\nFirmenkarte Diners Club ${group(dn, [4, 6, 4])}\n12.02. Bahn Frankfurt–Berlin 139,90 €\n13.02. Taxi 28,40 €\n13.02. Abendessen Kunde (4 Pers.) 212,00 €`,
      ),
    ],
  });
  const up = card('62', 19);
  add({
    kind: 'payment',
    lang: 'es',
    template: 'refund-chat-unionpay',
    cats: ['PCI'],
    messages: [
      usr(
        `Un turista nos escribe por el chat de la tienda: "Hola, pagué con mi tarjeta UnionPay ${up} y me cobraron dos veces el bolso (289 €). ¿Podéis devolver un cargo?" Redacta la respuesta.`,
      ),
    ],
  });
  const vs = card('4', 16);
  add({
    kind: 'code',
    lang: 'en',
    template: 'sql-dump-orders-row',
    cats: ['PCI'],
    messages: [
      usr(
        `Why does this INSERT fail on the new schema?\n\nINSERT INTO orders (id, created_at, total_cents, card_number, card_exp) VALUES (88213, '2025-11-02 10:14:00', 4599, '${vs}', '11/27');\nERROR:  column "card_number" of relation "orders" does not exist`,
      ),
    ],
  });
  const mc = card(pick(['51', '53', '55']), 16);
  add({
    kind: 'payment',
    lang: 'fr',
    template: 'chargeback-csv',
    cats: ['PCI'],
    messages: [
      usr(
        `Analyse ce fichier d'impayés et regroupe par motif :\n\ndate;montant;carte;motif\n2026-01-08;54,90;${mc};4837 fraude sans présence carte\n2026-01-11;129,00;${'5' + '1'.repeat(3)}XXXXXX${digits(4)};4853 litige\n2026-01-15;19,99;************${digits(4)};4808 autorisation`,
      ),
    ],
  });
  const vi = card('4', 16);
  const ip = person('it');
  add({
    kind: 'support-ticket',
    lang: 'it',
    template: 'ecommerce-ticket-card-dashes',
    cats: ['PII', 'PCI'],
    messages: [
      usr(
        `Ticket del cliente, scrivi una risposta:\n\n"Salve, sono ${ip.full}. Il pagamento con la carta ${g4(vi, '-')} viene rifiutato al checkout ma la banca dice che è tutto a posto. Scadenza ${pad(ri(1, 12))}/${ri(27, 30)}."`,
      ),
    ],
  });
  const pv = card('4', 16);
  add({
    kind: 'payment',
    lang: 'pl',
    template: 'family-chat-card-number',
    cats: ['PCI'],
    messages: [
      usr(
        `Przetłumacz na angielski wiadomość od mamy:\n\n„Kochanie, zapłać za bilety moją kartą, numer ${g4(pv)}, ważna do ${pad(ri(1, 12))}/${ri(27, 30)}, kod z tyłu ${digits(3)}. Potem usuń tę wiadomość!”`,
      ),
    ],
  });
  add({
    kind: 'support-ticket',
    lang: 'en',
    template: 'qa-bug-report-test-pan',
    cats: ['PCI'],
    messages: [
      usr(
        `Turn this QA note into a Jira bug:\n\nStaging checkout: entered 4242 4242 4242 4242, 12/34, CVC 123 -> spinner forever, no network error. Works with 5555 5555 5555 4444. Safari 17 only.`,
      ),
    ],
  }); // JC: test PANs are PCI per README
  const jcb = card('35' + ri(28, 89), 16);
  add({
    kind: 'agent',
    lang: 'en',
    template: 'payment-tool-call-arguments',
    cats: ['PCI'],
    where: 'tool_calls.arguments',
    messages: [
      usr('Book the 19:30 table for two and pay the deposit.'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_p1',
            type: 'function',
            function: {
              name: 'pay_deposit',
              arguments: JSON.stringify({ amount_eur: 40, card_number: jcb, exp: `${pad(ri(1, 12))}/${ri(27, 30)}` }),
            },
          },
        ],
      },
      { role: 'tool', tool_call_id: 'call_p1', content: '{"status":"captured"}' },
    ],
    extra: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'pay_deposit',
            description: 'Charges a table deposit.',
            parameters: {
              type: 'object',
              properties: { amount_eur: { type: 'number' }, card_number: { type: 'string' }, exp: { type: 'string' } },
            },
          },
        },
      ],
    },
  });
  const mm = card('5', 16);
  add({
    kind: 'payment',
    lang: 'nl',
    template: 'checkout-metadata-pan',
    cats: ['PCI'],
    where: 'metadata',
    messages: [usr('Schrijf een korte bevestigingsmail voor de bestelling.')],
    extra: { metadata: { order: 'NL-20931', channel: 'webshop', payment_card: mm } },
  });
  const hv = card('4', 16);
  add({
    kind: 'payment',
    lang: 'en',
    template: 'receipt-html-entities',
    cats: ['PCI'],
    encoding: 'html-entities',
    messages: [
      usr(
        `Our receipt template renders garbage in Outlook, here's the snippet:\n\n<td class="pan">Card: ${htmlEnt(g4(hv))}</td><td>Total: $86.40</td>`,
      ),
    ],
  });
  const pc = card('5', 16);
  add({
    kind: 'payment',
    lang: 'ro',
    template: 'redirect-log-percent',
    cats: ['PCI'],
    encoding: 'percent',
    messages: [
      usr(
        `De ce se blochează redirectul de plată? Linie din log:\n\n302 -> https://plati.magazin.example/retur?status=ok&data=${pctAll(`card=${pc}&exp=${pad(ri(1, 12))}/${ri(27, 30)}&suma=349.90RON`)}`,
      ),
    ],
  });
}

// ================================================================= CREDENTIALS
{
  add({
    kind: 'code',
    lang: 'en',
    template: 'chat-pasted-api-key',
    cats: ['CREDENTIALS'],
    messages: [usr(`why does this return 401?\n\ncurl https://api.openai.com/v1/models -H "Authorization: Bearer ${K.openai()}"`)],
  });
  add({
    kind: 'config',
    lang: 'de',
    template: 'dotenv-file',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `Warum lädt Next.js meine Variablen nicht? Hier die .env.local:\n\n# Zahlungen\nSTRIPE_SECRET_KEY=${K.stripeLive()}\nNEXT_PUBLIC_STRIPE_PK=pk_live_51${rs(60, B62)}\nDATABASE_URL=postgresql://shop_app:${rs(18, B62)}@db.intern.shop-nord.de:5432/shop\n`,
      ),
    ],
  });
  add({
    kind: 'config',
    lang: 'en',
    template: 'shell-history',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `Cleaning up a laptop before handing it back, what in this ~/.bash_history should I worry about?\n\n  501  cd ~/infra\n  502  export AWS_ACCESS_KEY_ID=${K.awsId()}\n  503  export AWS_SECRET_ACCESS_KEY=${K.awsSecret()}\n  504  aws s3 ls s3://analytics-raw-eu\n  505  terraform plan\n  506  history | grep ssh`,
      ),
    ],
  });
  add({
    kind: 'config',
    lang: 'en',
    template: 'ci-log-token-leak',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `Our GitHub Actions job fails at checkout, log below:\n\nRun git clone https://x-access-token:${ghToken()}@github.com/acme-labs/firmware.git\nCloning into 'firmware'...\nfatal: unable to access 'https://github.com/acme-labs/firmware.git/': The requested URL returned error: 403\nError: Process completed with exit code 128.`,
      ),
    ],
  });
  add({
    kind: 'config',
    lang: 'fr',
    template: 'mobile-app-firebase-config',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `L'app Android plante au démarrage depuis qu'on a changé de projet Firebase. Voici google-services.json :\n\n${JSON.stringify({ project_info: { project_number: digits(12), project_id: 'meteo-velo-prod', storage_bucket: 'meteo-velo-prod.appspot.com' }, client: [{ client_info: { mobilesdk_app_id: `1:${digits(12)}:android:${rs(16, HEX)}`, android_client_info: { package_name: 'fr.meteovelo.app' } }, api_key: [{ current_key: K.google() }] }] }, null, 2)}`,
      ),
    ],
  }); // JC: Firebase keys are shipped in apps but are still live keys: CREDENTIALS
  add({
    kind: 'config',
    lang: 'es',
    template: 'react-native-twilio-config',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `El SMS de verificación no llega en la app. Config de React Native:\n\nexport const twilioConfig = {\n  accountSid: '${K.twilioSid()}',\n  authToken: '${K.hex32()}',\n  verifyServiceSid: 'VA${K.hex32()}',\n};`,
      ),
    ],
  });
  add({
    kind: 'code',
    lang: 'nl',
    template: 'slack-bot-snippet',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `Waarom post deze bot niets in #alerts?\n\nfrom slack_sdk import WebClient\nclient = WebClient(token="${K.slackBot()}")\nclient.chat_postMessage(channel="#alerts", text="deploy klaar")`,
      ),
    ],
  });
  add({
    kind: 'config',
    lang: 'pl',
    template: 'gitlab-ci-log',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `Job w GitLab CI pada przy publikacji paczki, log:\n\n$ echo "Używam tokenu $CI_DEPLOY_TOKEN"\n$ git push https://oauth2:${K.gitlab()}@gitlab.firma.pl/platforma/api.git HEAD:release\nremote: HTTP Basic: Access denied\nERROR: Job failed: exit code 1`,
      ),
    ],
  });
  add({
    kind: 'config',
    lang: 'sv',
    template: 'npmrc-token',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `npm publish ger 403, här är min ~/.npmrc:\n\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${K.npm()}\n@mittbolag:registry=https://npm.pkg.github.com`,
      ),
    ],
  });
  add({
    kind: 'code',
    lang: 'it',
    template: 'pasted-ssh-private-key',
    cats: ['CREDENTIALS'],
    messages: [usr(`Il server dice "invalid format" quando uso questa chiave, cosa c'è che non va?\n\n${opensshKey()}`)],
  });
  add({
    kind: 'code',
    lang: 'pt',
    template: 'curl-bearer-jwt',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `A API devolve 403 com este pedido, o token ainda é válido?\n\ncurl -X GET https://api.loja-interna.pt/v2/encomendas -H "Authorization: Bearer ${jwt({ sub: 'svc-encomendas', scope: 'orders:read orders:write', iat: 1767225600, exp: 1798761600 })}"`,
      ),
    ],
  });
  add({
    kind: 'connection-string',
    lang: 'cs',
    template: 'docker-compose-db-password',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `Kontejner s aplikací se nepřipojí k databázi, docker-compose.yml:\n\nservices:\n  app:\n    image: registr.firma.cz/objednavky:1.8\n    environment:\n      DATABASE_URL: "postgres://objednavky:${rs(20, B62)}@db:5432/objednavky"\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: "${rs(20, B62)}"`,
      ),
    ],
  });
  const r = person('ro', 'f');
  add({
    kind: 'personal',
    lang: 'ro',
    template: 'shared-mailbox-password-chat',
    cats: ['PII', 'CREDENTIALS'],
    messages: [
      usr(
        `Traduce în engleză mesajul pentru colega mea:\n\n„Intră tu pe contul meu să trimiți factura: ${email(r, 'ro')}, parola ${pick(['Mar', 'Cos', 'Lun'])}${rs(3, LOWER)}#${ri(1970, 2001)}${rs(2, UPPER)}. Și parola de la router e ${rs(12, B62)}.”`,
      ),
    ],
  });
  add({
    kind: 'config',
    lang: 'en',
    template: 'azure-storage-connection-string',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `Function app can't read the blob container, here's local.settings.json:\n\n{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stinvoicesprod;AccountKey=${K.azureKey()};EndpointSuffix=core.windows.net",\n    "FUNCTIONS_WORKER_RUNTIME": "node"\n  }\n}`,
      ),
    ],
  });
  add({
    kind: 'code',
    lang: 'tr',
    template: 'telegram-bot-token',
    cats: ['CREDENTIALS'],
    messages: [
      usr(
        `Telegram botum mesaj göndermiyor, kod şu:\n\nimport requests\nTOKEN = "${K.telegram()}"\nrequests.post(f"https://api.telegram.org/bot{TOKEN}/sendMessage", data={"chat_id": -100${digits(10)}, "text": "Sipariş hazır"})`,
      ),
    ],
  });
}

// --- CREDENTIALS outside the message text / encoded
{
  add({
    kind: 'agent',
    lang: 'en',
    template: 'metadata-api-key',
    cats: ['CREDENTIALS'],
    where: 'metadata',
    messages: [usr("Summarise yesterday's deploy notes in three bullets.")],
    extra: { metadata: { team: 'platform', upstream_key: K.anthropic(), trace: 'a1f3-22' } },
  });
  add({
    kind: 'agent',
    lang: 'de',
    template: 'tool-description-embedded-token',
    cats: ['CREDENTIALS'],
    where: 'tools.function.description',
    messages: [usr('Lade das Modell für die Sentiment-Analyse herunter.')],
    extra: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'hf_download',
            description: `Lädt ein Modell vom Hugging Face Hub. Immer mit Header Authorization: Bearer ${K.hf()} aufrufen.`,
            parameters: { type: 'object', properties: { repo_id: { type: 'string' } }, required: ['repo_id'] },
          },
        },
      ],
    },
  });
  add({
    kind: 'agent',
    lang: 'es',
    template: 'unknown-field-mail-provider',
    cats: ['CREDENTIALS'],
    where: 'unknown_field',
    messages: [usr('Redacta el correo de bienvenida para nuevos suscriptores.')],
    extra: { mail_provider: { name: 'sendgrid', api_key: K.sendgrid(), from: 'hola@boletin.example' } },
  });
  const secretData = { DB_PASSWORD: rs(24, B62), STRIPE_API_KEY: K.stripeRk(), DO_TOKEN: K.doToken() };
  add({
    kind: 'config',
    lang: 'en',
    template: 'k8s-secret-base64',
    cats: ['CREDENTIALS'],
    encoding: 'base64',
    messages: [
      usr(
        `kubectl apply rejects this Secret, what's wrong with the YAML?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: billing-env\ntype: Opaque\ndata:\n${Object.entries(
          secretData,
        )
          .map(([k, v]) => `  ${k}: ${b64(v)}`)
          .join('\n')}\n  LOG_LEVEL: aW5mbw==`,
      ),
    ],
  });
  add({
    kind: 'code',
    lang: 'fr',
    template: 'basic-auth-header-base64',
    cats: ['CREDENTIALS'],
    encoding: 'base64',
    messages: [
      usr(
        `Pourquoi Jenkins répond 401 à cette requête ?\n\nPOST /job/deploy-prod/build HTTP/1.1\nHost: ci.atelier-logiciel.fr\nAuthorization: Basic ${b64(`deploy-bot:${rs(6, LOWER)}-${rs(6, B62)}-${ri(10, 99)}`)}`,
      ),
    ],
  });
}

// ================================================================= PUBLIC near-misses (same channels, no protected data)
{
  add({
    kind: 'health-info',
    lang: 'en',
    template: 'health-app-feature-request',
    cats: [],
    messages: [
      usr(
        `Write a user story for our health app backlog: users want a medication reminder where they can enter the drug name, the dose (e.g. "metformin 500 mg") and a schedule, and get a notification if a dose is skipped twice in a row. Include acceptance criteria.`,
      ),
    ],
  });
  add({
    kind: 'health-info',
    lang: 'de',
    template: 'app-store-review-reply',
    cats: [],
    messages: [
      usr(
        `Antworte freundlich auf diese App-Store-Bewertung (1 Stern): „App stürzt jedes Mal ab, wenn ich meinen Blutzucker eintragen will. iPhone 13, iOS 17.4. Bitte fixen!!“`,
      ),
    ],
  });
  add({
    kind: 'health-info',
    lang: 'es',
    template: 'generic-medication-question',
    cats: [],
    messages: [usr('¿Se puede tomar ibuprofeno 600 mg junto con omeprazol 20 mg? ¿Cuánto tiempo hay que dejar entre uno y otro?')],
  });
  add({
    kind: 'health-info',
    lang: 'it',
    template: 'generic-medication-question',
    cats: [],
    messages: [
      usr(
        "Posso prendere la Tachipirina 1000 mg insieme all'antibiotico amoxicillina? Qual è la dose massima di paracetamolo al giorno per un adulto?",
      ),
    ],
  });
  add({
    kind: 'health-info',
    lang: 'pl',
    template: 'pharmacist-faq-dosing',
    cats: [],
    messages: [usr('Jaka jest maksymalna dobowa dawka ibuprofenu bez recepty u dorosłych i czy można go łączyć z paracetamolem?')],
  });
  const order = nonLuhn(16, '4');
  add({
    kind: 'support-ticket',
    lang: 'en',
    template: 'order-status-ticket',
    cats: [],
    messages: [
      usr(
        `Customer ticket, draft a reply:\n\n"Order ${g4(order)} still says 'label created' after 6 days. Tracking 1Z${rs(6, DIG + UPPER)}03${digits(8)}. Can you check with the carrier?"`,
      ),
    ],
  }); // JC: 16-digit order number that fails Luhn
  add({
    kind: 'support-ticket',
    lang: 'nl',
    template: 'order-status-ticket',
    cats: [],
    messages: [
      usr(
        `Beantwoord dit ticket: "Bestelnummer 2026-118-${digits(5)}, pakket zou dinsdag komen maar track & trace ${'3S' + rs(4, UPPER) + digits(7)} staat nog op 'aangemeld'. Graag een update."`,
      ),
    ],
  });
  const sir = siret();
  add({
    kind: 'business',
    lang: 'fr',
    template: 'b2b-invoice-company-only',
    cats: [],
    messages: [
      usr(
        `Vérifie les mentions obligatoires de cette facture :\n\nFACTURE F-2026-0142\nÉmetteur : Menuiserie Durand & Fils SARL, 14 zone artisanale des Prés, 44230 Saint-Sébastien-sur-Loire\nSIRET ${group(sir, [3, 3, 3, 5])} – TVA FR${digits(2)}${sir.slice(0, 9)}\nClient : Boulangerie Le Fournil SAS, 2 place du Marché, 44000 Nantes\nPose d'un plan de travail : 1 840,00 € HT – TVA 20 % : 368,00 € – TTC 2 208,00 €`,
      ),
    ],
  }); // JC: SIRET passes Luhn but is a company id, not a card
  add({
    kind: 'business',
    lang: 'de',
    template: 'b2b-invoice-company-only',
    cats: [],
    messages: [
      usr(
        `Erstelle eine Zahlungserinnerung zu dieser Rechnung:\n\nRechnung 2026-0318 der Elektro Kaiser GmbH, Industriestraße 12, 86150 Augsburg, USt-IdNr. DE${digits(9)}, HRB ${digits(5)} Amtsgericht Augsburg, Tel. 0821 ${digits(6)}\nan Bäckerei Sonnenkorn KG, Marktplatz 3, 86399 Bobingen\nBetrag: 3.412,50 € brutto, fällig seit 15.02.`,
      ),
    ],
  });
  add({
    kind: 'config',
    lang: 'en',
    template: 'docs-config-placeholders',
    cats: [],
    messages: [
      usr(
        `Improve this README section:\n\n## Configuration\nCopy \`.env.example\` to \`.env\` and fill in:\n\nOPENAI_API_KEY=<your-api-key>\nSTRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN={{ secrets.GITHUB_TOKEN }}\nSLACK_WEBHOOK=https://hooks.slack.com/services/XXXX/XXXX/XXXX`,
      ),
    ],
  }); // JC: user:password@localhost is the textbook placeholder
  add({
    kind: 'config',
    lang: 'en',
    template: 'aws-docs-example-keys',
    cats: [],
    messages: [
      usr(
        `The AWS CLI docs show this ~/.aws/credentials example. Is the [default] profile syntax still the same for SSO profiles?\n\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
      ),
    ],
  }); // JC: AWS's published documentation example pair
  add({
    kind: 'code',
    lang: 'en',
    template: 'fake-fixture-marked',
    cats: [],
    messages: [
      usr(
        `Review this Jest fixture, all data is fake:\n\n// FAKE DATA – for tests only\nexport const patientFixture = {\n  name: 'Test Patient',\n  email: 'test.patient@example.com',\n  mrn: '<MRN>',\n  diagnosis: 'J45.909',\n  medication: 'salbutamol 100 mcg',\n  card: { last4: '0000', brand: 'visa' },\n  apiKey: process.env.TEST_API_KEY,\n};`,
      ),
    ],
  }); // JC: no person, placeholder MRN, example.com, env reference
  add({
    kind: 'fhir',
    lang: 'en',
    template: 'fhir-template-placeholders',
    cats: [],
    messages: [
      usr(
        `Fill in the comments for this FHIR Observation template:\n\n${JSON.stringify({ resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c/Hemoglobin.total in Blood' }] }, subject: { reference: 'Patient/{{patientId}}' }, valueQuantity: { value: '{{value}}', unit: '%' } }, null, 2)}`,
      ),
    ],
  });
  add({
    kind: 'wearable',
    lang: 'en',
    template: 'wearable-cohort-aggregate',
    cats: [],
    messages: [
      usr(
        `Write two paragraphs for our blog from these anonymised aggregates:\n\n${JSON.stringify({ cohort_size: 1240, period: '2025-Q4', mean_resting_hr: 62.4, median_sleep_h: 6.9, share_with_afib_notification_pct: 1.8, mean_spo2_night_pct: 95.1 })}`,
      ),
    ],
  });
  add({
    kind: 'health-info',
    lang: 'es',
    template: 'vet-discharge-pet-only',
    cats: [],
    messages: [
      usr(
        `Explícame el alta del veterinario de mi perra Luna (labrador, 28 kg): otitis externa bilateral, Otomax 8 gotas cada 12 h durante 7 días y amoxicilina-clavulánico 250 mg cada 12 h. Revisión en 10 días.`,
      ),
    ],
  }); // JC: a pet's diagnosis is not PHI; no owner identified
  add({
    kind: 'health-info',
    lang: 'de',
    template: 'vet-question-cat-insulin',
    cats: [],
    messages: [
      usr(
        'Meine Katze Mimi hat Diabetes und bekommt Caninsulin 2 IE zweimal täglich. Sie hat heute nur die Hälfte gefressen – soll ich die volle Dosis geben?',
      ),
    ],
  });
  add({
    kind: 'public-fact',
    lang: 'es',
    template: 'famous-person-health-history',
    cats: [],
    messages: [
      usr(
        '¿Qué enfermedades tuvo Frida Kahlo (1907-1954)? Sé que tuvo poliomielitis y el accidente de autobús en 1925; ¿cuántas operaciones de columna le hicieron?',
      ),
    ],
  });
  add({
    kind: 'health-info',
    lang: 'fr',
    template: 'exam-clinical-vignette',
    cats: [],
    messages: [
      usr(
        `Question d'ECN : Un homme de 58 ans, fumeur, consulte pour une douleur thoracique constrictive à l'effort. ECG : sous-décalage ST en V4-V6. Troponine négative. Quelle est la prise en charge initiale ?`,
      ),
    ],
  });
  add({
    kind: 'public-fact',
    lang: 'pt',
    template: 'icd-code-lookup',
    cats: [],
    messages: [usr('Qual é o código CID-10 para diabetes mellitus tipo 2 com hiperglicemia, e qual a diferença para E11.9?')],
  });
  add({
    kind: 'business',
    lang: 'sv',
    template: 'password-policy-question',
    cats: [],
    messages: [
      usr('Vi ska uppdatera lösenordspolicyn på vårdcentralen. Räcker det med minst 12 tecken och MFA, eller kräver NIS2 något mer?'),
    ],
  });
  add({
    kind: 'payment',
    lang: 'en',
    template: 'pci-dss-last4-question',
    cats: [],
    messages: [
      usr(`Under PCI DSS 4.0, can our support agents see "Visa ending 4417, exp 09/28" in the CRM, or must the expiry be masked too?`),
    ],
  });
  add({
    kind: 'health-info',
    lang: 'nl',
    template: 'school-health-newsletter',
    cats: [],
    messages: [
      usr(
        'Schrijf een stukje voor de nieuwsbrief van de basisschool: hoofdluis is weer gesignaleerd in groep 3 en 4, controleer thuis met een luizenkam, en houd kinderen met koorts boven 38 °C thuis.',
      ),
    ],
  });
  add({
    kind: 'hr',
    lang: 'de',
    template: 'hr-sick-leave-policy',
    cats: [],
    messages: [
      usr(
        'Formuliere eine Rundmail: Ab dem 1. Januar gilt die eAU – Mitarbeitende müssen sich am ersten Krankheitstag bis 9 Uhr telefonisch bei der Teamleitung melden, die AU wird digital bei der Krankenkasse abgerufen. Diagnosen erfahren wir nicht.',
      ),
    ],
  });
  add({
    kind: 'pharmacy',
    lang: 'tr',
    template: 'pharmacy-hours-faq',
    cats: [],
    messages: [
      usr(
        'Nöbetçi eczane sistemini müşterilere açıklayan kısa bir metin yaz: e-reçeteli ilaçlar için T.C. kimlik kartının getirilmesi gerekir, reçetesiz ağrı kesiciler her saatte satılabilir.',
      ),
    ],
  });
  add({
    kind: 'health-info',
    lang: 'it',
    template: 'clinical-trial-recruitment-ad',
    cats: [],
    messages: [
      usr(
        `Correggi questo annuncio di reclutamento: "Cerchiamo adulti tra 40 e 70 anni con diabete di tipo 2 e HbA1c tra 7,5 e 10 % per uno studio di fase III su un nuovo farmaco settimanale. Info: studi-clinici.policlinico.example/diabete"`,
      ),
    ],
  });
  add({
    kind: 'health-info',
    lang: 'fr',
    template: 'insurance-reimbursement-faq',
    cats: [],
    messages: [
      usr(
        'Explique simplement : combien rembourse la Sécurité sociale pour une consultation chez un généraliste à 30 € en secteur 1, et que prend en charge la mutuelle ?',
      ),
    ],
  });
  add({
    kind: 'support-ticket',
    lang: 'ro',
    template: 'telehealth-app-bug-report',
    cats: [],
    messages: [
      usr(
        'Raport de bug: aplicația de teleconsultație v4.2.1 pierde sunetul după 10 minute pe Android 14. Serverul de semnalizare intern 10.20.4.15:3478, TURN pe 192.168.50.2. Reproductibil 3/3.',
      ),
    ],
  });
  add({
    kind: 'personal',
    lang: 'cs',
    template: 'appointment-reschedule-only',
    cats: [],
    messages: [usr('Napiš zubařce krátkou zprávu, že potřebuju přesunout termín z úterý 14:30 na čtvrtek odpoledne, pokud to jde.')],
  }); // JC: a date alone is not PII
  add({
    kind: 'health-info',
    lang: 'sv',
    template: 'journal-prompt-ideas',
    cats: [],
    messages: [usr('Ge mig tio skrivuppgifter för en dagboksapp om psykisk hälsa, t.ex. om sömn, oro och tacksamhet. Inga diagnoser.')],
  });
  add({
    kind: 'health-info',
    lang: 'pt',
    template: 'generic-lab-reference-ranges',
    cats: [],
    messages: [usr('Quais são os valores de referência normais da TSH, da ferritina e da hemoglobina glicada num adulto?')],
  });
  add({
    kind: 'health-info',
    lang: 'tr',
    template: 'generic-symptom-question',
    cats: [],
    messages: [usr('Migren ile gerilim tipi baş ağrısı arasındaki fark nedir? Hangi durumlarda acile gitmek gerekir?')],
  });
}

// --- public cases that use the other fields harmlessly
{
  add({
    kind: 'agent',
    lang: 'cs',
    template: 'harmless-fields-intake-bot',
    cats: [],
    messages: [
      sys('Jsi asistent pro příjem požadavků zákaznické podpory. Nikdy nežádej hesla.'),
      usr('Jak si mám obnovit zapomenuté heslo do zákaznického portálu?'),
    ],
    extra: {
      user: 'svc-intake-bot',
      metadata: { ticket: 'T-88213', channel: 'web', locale: 'cs-CZ' },
      tools: [
        {
          type: 'function',
          function: {
            name: 'reset_password_link',
            description: 'Odešle odkaz na obnovu hesla na e-mail uložený v účtu.',
            parameters: {
              type: 'object',
              properties: {
                account_id: { type: 'string' },
                password: { type: 'string', description: 'Nikdy nevyplňovat – pole jen pro kompatibilitu.' },
              },
              required: ['account_id'],
            },
          },
        },
      ],
      stop: ['\n\nUživatel:'],
    },
  });
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'harmless-extraction-schema',
    cats: [],
    messages: [usr('Extract the structured fields from the discharge letter that the pipeline will attach next.')],
    extra: {
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'discharge',
          schema: {
            type: 'object',
            properties: {
              patient_name: { type: 'string', description: 'Full name as written on the letter' },
              date_of_birth: { type: 'string', description: 'ISO 8601 date' },
              diagnoses: { type: 'array', items: { type: 'string' }, description: 'ICD-10 codes' },
              medications: { type: 'array', items: { type: 'string' } },
            },
            required: ['patient_name', 'diagnoses'],
          },
        },
      },
    },
  });
  const note = 'Hinweis: Die Praxis bleibt am 1. Mai und am Brückentag geschlossen. Rezepte bitte bis Mittwoch bestellen.';
  add({
    kind: 'business',
    lang: 'de',
    template: 'base64-notice-harmless',
    cats: [],
    encoding: 'base64',
    messages: [usr(`Dekodiere diesen Text aus unserem Praxis-Widget und übersetze ihn ins Englische:\n\n${b64(note)}`)],
  });
}

// ================================================================= write and report
const here = dirname(fileURLToPath(import.meta.url));
const ids = new Set();
for (const c of cases) {
  if (ids.has(c.id)) throw new Error('duplicate id ' + c.id);
  ids.add(c.id);
}
writeFileSync(join(here, 'h10-cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');

function tally(label, f) {
  const m = new Map();
  for (const c of cases) for (const k of [].concat(f(c))) m.set(k, (m.get(k) || 0) + 1);
  const rows = [...m.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  console.log(`${label}: ` + rows.map(([k, v]) => `${k} ${v}`).join(', '));
}
console.log(`h10: ${cases.length} cases -> ${join(here, 'h10-cases.jsonl')}`);
tally('level', (c) => c.expected.level);
tally('category set', (c) => c.expected.categories.join('+') || 'none');
tally('category', (c) => (c.expected.categories.length ? c.expected.categories : ['none']));
tally('kind', (c) => c.kind);
tally('lang', (c) => c.lang);
tally('where', (c) => c.where || '(message text)');
tally('encoding', (c) => c.encoding || '(none)');
console.log(`templates: ${new Set(cases.map((c) => c.template)).size}`);
