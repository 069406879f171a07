// h8: held-out request set, operational and support traffic where the sensitive data sits inside
// structure (JSON logs, key=value log lines, webhook payloads, e-mail threads, chat transcripts, OCR'd
// forms, CSV / Markdown tables, SQL, stack traces, agent tool loops, YAML / TOML, HTTP dumps).
//
// Written from SPEC §4 and bench/requests/README.md only (no look at the detector or the other sets).
// Synthetic people and values; every check digit is computed below (Luhn, NPI, DEA, NHS, KVNR, IBAN,
// BSN, DNI, NIR, codice fiscale, PESEL, personnummer, Portuguese NIF, GitHub token CRC32).
//
// Run: node bench/requests-heldout/h8-gen.mjs   -> writes h8-cases.jsonl next to this file.
// Deterministic: fixed seed, no clock, no Math.random, no crypto randomness.
//
// Labelling (SPEC §4, strictly): categories are every category the request carries; level is
// restricted with PHI/PCI/CREDENTIALS, confidential with PII only, public otherwise.
// Judgement calls are commented at the template that makes them. The general ones:
//  - A staff member's name (nurse on a rota, engineer on call, prescriber in a config) is a private
//    person's name, so PII. A rota with role codes only is public.
//  - An NPI or DEA number alone is a medical identifier and so PHI, even if it names a prescriber
//    rather than a patient (SPEC §4 lists NPI and DEA explicitly).
//  - Card last-4, masked phone numbers and pseudonymous processor ids (cus_…, pi_…) are not PII/PCI.
//  - A webhook signature header (t=…,v1=<hmac>) is the output of a secret, not the secret: public.
//  - A PEM public key or certificate is not a secret: public. A PEM private key is CREDENTIALS.
//  - Fixtures with obvious placeholders (<PATIENT_NAME>, MRN-XXXXXXX, Jane Doe, 555-01xx,
//    example.com, 1900-01-01) are public.
//  - Aggregate clinic statistics, free appointment slots, drug catalogue entries and ICD-10 look-ups
//    name no person: public.

import { createECDH, createPrivateKey, createPublicKey, createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- deterministic PRNG
let seed = 0x8a11c0de;
function rnd() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const nz = (n) => String(ri(1, 9)) + digits(n - 1);
const fromSet = (set, n) => Array.from({ length: n }, () => set[ri(0, set.length - 1)]).join('');
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const b62 = (n) => fromSet(B62, n);
const hex = (n) => fromSet(HEX, n);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const pad = (n, w) => String(n).padStart(w, '0');
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url');
const pct = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const form = (obj) =>
  Object.entries(obj)
    .map(([k, v]) => `${pct(k)}=${pct(v).replace(/%20/g, '+')}`)
    .join('&');

// ---------------------------------------------------------------- check digits
function luhnDigit(payload) {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = +payload[payload.length - 1 - i];
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === +s.slice(-1);
function pan(prefix, len) {
  const body = prefix + digits(len - 1 - prefix.length);
  return body + luhnDigit(body);
}
const visa = () => pan('4' + digits(5), 16);
const mc = () => pan(String(ri(51, 55)) + digits(4), 16);
const amex = () => pan(pick(['34', '37']) + digits(4), 15);
const discover = () => pan('6011' + digits(2), 16);
const group4 = (p, sep = ' ') => p.match(/.{1,4}/g).join(sep);
const groupAmex = (p, sep = ' ') => [p.slice(0, 4), p.slice(4, 10), p.slice(10)].join(sep);
function badLuhn(len) {
  // a number of card length that fails Luhn (order ids in public cases)
  const body = nz(len - 1);
  return body + ((luhnDigit(body) + 3) % 10);
}

function npi() {
  const body = pick(['1', '2']) + digits(8);
  return body + luhnDigit('80840' + body);
}
function dea(lastName) {
  const d = digits(6);
  const c = (+d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5])) % 10;
  return pick(['A', 'B', 'F']) + lastName[0].toUpperCase() + d + c;
}
function nhs() {
  for (;;) {
    const d = nz(9);
    let s = 0;
    for (let i = 0; i < 9; i++) s += +d[i] * (10 - i);
    let c = 11 - (s % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    return d + c;
  }
}
const nhsFmt = (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
function mbi() {
  const A = 'ACDEFGHJKMNPQRTUVWXY';
  const AN = A + '0123456789';
  return ri(1, 9) + fromSet(A, 1) + fromSet(AN, 1) + digits(1) + fromSet(A, 1) + fromSet(AN, 1) + digits(1) + fromSet(A, 2) + digits(2);
}
const mbiFmt = (m) => `${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}`;
function kvnr() {
  const letter = pick(UPPER.split(''));
  const body = nz(8);
  const all = pad(letter.charCodeAt(0) - 64, 2) + body;
  let s = 0;
  for (let i = 0; i < 10; i++) {
    const p = +all[i] * (i % 2 === 0 ? 1 : 2);
    s += p > 9 ? p - 9 : p;
  }
  return letter + body + (s % 10);
}
function mod97(numStr) {
  return Number(BigInt(numStr) % 97n);
}
function ibanFrom(cc, bban) {
  const conv = (bban + cc + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return cc + pad(98 - mod97(conv), 2) + bban;
}
const ibanFmt = (i) => i.match(/.{1,4}/g).join(' ');
const ibanDE = () => ibanFrom('DE', nz(8) + digits(10));
const ibanNL = () => ibanFrom('NL', pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + digits(10));
function ibanES() {
  const bank = pick(['2100', '0049', '0182', '2085']);
  const branch = digits(4);
  const acct = digits(10);
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (s) => {
    const v = 11 - (s.split('').reduce((a, d, i) => a + +d * w[i], 0) % 11);
    return v === 11 ? 0 : v === 10 ? 1 : v;
  };
  return ibanFrom('ES', bank + branch + dc('00' + bank + branch) + dc(acct) + acct);
}
function ibanPL() {
  const bank7 = nz(7);
  const w = [3, 9, 7, 1, 3, 9, 7];
  const c = (10 - (bank7.split('').reduce((a, d, i) => a + +d * w[i], 0) % 10)) % 10;
  return ibanFrom('PL', bank7 + c + digits(16));
}
function ssn() {
  let a;
  do a = ri(1, 899);
  while (a === 666);
  return `${pad(a, 3)}-${pad(ri(1, 99), 2)}-${pad(ri(1, 9999), 4)}`;
}
function bsn() {
  for (;;) {
    const d = nz(8);
    let s = 0;
    for (let i = 0; i < 8; i++) s += +d[i] * (9 - i);
    const c = s % 11;
    if (c === 10) continue;
    return d + c;
  }
}
function dni() {
  const n = nz(8);
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
}
function nir(sex, yy, mm, dept) {
  const base = `${sex}${yy}${mm}${dept}${pad(ri(1, 999), 3)}${pad(ri(1, 999), 3)}`;
  const key = 97 - mod97(base);
  return {
    raw: base + pad(key, 2),
    fmt: `${base[0]} ${base.slice(1, 3)} ${base.slice(3, 5)} ${base.slice(5, 7)} ${base.slice(7, 10)} ${base.slice(10, 13)} ${pad(key, 2)}`,
  };
}
function codiceFiscale(sur3, name3, yy, month, day, female, town) {
  const monthL = 'ABCDEHLMPRST'[month - 1];
  const dd = pad(day + (female ? 40 : 0), 2);
  const partial = `${sur3}${name3}${yy}${monthL}${dd}${town}`;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const ch = partial[i];
    const v = /[0-9]/.test(ch) ? +ch : ch.charCodeAt(0) - 65;
    s += i % 2 === 0 ? odd[v] : v;
  }
  return partial + UPPER[s % 26];
}
function pesel(year, month, day, female) {
  const mm = year >= 2000 ? month + 20 : month;
  const serial = pad(ri(0, 99), 2) + ri(0, 9);
  let sexd = ri(0, 4) * 2 + (female ? 0 : 1);
  const d = `${pad(year % 100, 2)}${pad(mm, 2)}${pad(day, 2)}${serial}${sexd}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = d.split('').reduce((a, x, i) => a + +x * w[i], 0);
  return d + ((10 - (s % 10)) % 10);
}
function personnummer(yymmdd) {
  const body = yymmdd + digits(3);
  return `${yymmdd}-${body.slice(6)}${luhnDigit(body)}`;
}
function nifPT() {
  const d = pick(['1', '2']) + digits(7);
  const s = d.split('').reduce((a, x, i) => a + +x * (9 - i), 0);
  const c = 11 - (s % 11);
  return d + (c >= 10 ? 0 : c);
}
function partitaIva() {
  // Italian VAT number of a company (public in an invoice between companies); Luhn-like check
  const d = digits(7) + pick(['001', '015', '058', '097']);
  let s = 0;
  for (let i = 0; i < 10; i++) {
    let x = +d[i];
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    s += x;
  }
  return d + ((10 - (s % 10)) % 10);
}

// ---------------------------------------------------------------- secrets
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(s) {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, w) {
  const A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let s = '';
  while (n > 0) {
    s = A[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(w, '0');
}
function ghp() {
  const r = b62(30);
  return `ghp_${r}${base62(crc32(r), 6)}`;
}
const awsKeyId = () => 'AKIA' + fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
const awsSecret = () => fromSet(B62 + '+/', 40);
const stripeLive = () => 'sk_live_' + b62(24);
const whsec = () => 'whsec_' + b62(32);
const slackBot = () => `xoxb-${nz(12)}-${nz(13)}-${b62(24)}`;
function jwt(payload) {
  const h = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const p = b64url(JSON.stringify(payload));
  return `${h}.${p}.${fromSet(B62 + '-_', 43)}`;
}
function ecPrivatePem() {
  // a real P-256 key derived from 32 PRNG bytes (deterministic)
  const d = Buffer.from(Array.from({ length: 32 }, () => ri(1, 254)));
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(d);
  const pub = ecdh.getPublicKey();
  const key = createPrivateKey({
    key: {
      kty: 'EC',
      crv: 'P-256',
      d: d.toString('base64url'),
      x: pub.subarray(1, 33).toString('base64url'),
      y: pub.subarray(33, 65).toString('base64url'),
    },
    format: 'jwk',
  });
  return {
    priv: key.export({ type: 'pkcs8', format: 'pem' }).trim(),
    pub: createPublicKey(key).export({ type: 'spki', format: 'pem' }).trim(),
  };
}
const sha256 = (s) => createHash('sha256').update(s).digest('hex');

// ---------------------------------------------------------------- synthetic people
const P = {
  en: {
    first: [
      'Marcus',
      'Alicia',
      'Deborah',
      'Tyrone',
      'Priya',
      'Gareth',
      'Shannon',
      'Owen',
      'Imogen',
      'Dwayne',
      'Colleen',
      'Nikhil',
      'Rosalind',
      'Trevor',
    ],
    last: [
      'Whitfield',
      'Okafor',
      'Brennan',
      'Castellano',
      'Raman',
      'Pryce',
      'Mulholland',
      'Teague',
      'Ashworth',
      'Lindqvist',
      'Harrow',
      'Devlin',
      'Kowalczyk',
      'Fairbairn',
    ],
  },
  de: {
    first: ['Jürgen', 'Sabine', 'Matthias', 'Annegret', 'Torsten', 'Heike'],
    last: ['Brandstätter', 'Kühnel', 'Oberhofer', 'Wiesmann', 'Lindemann', 'Pfisterer'],
  },
  fr: { first: ['Amandine', 'Yannick', 'Sylvie', 'Gaëtan', 'Noémie'], last: ['Lemarchand', 'Guillot', 'Beaupré', 'Chassagne', 'Roussel'] },
  es: {
    first: ['Lucía', 'Iñaki', 'Rocío', 'Gonzalo', 'Nerea'],
    last: ['Ortega Ruiz', 'Sanz Peña', 'Villalba Gómez', 'Etxeberria', 'Cordero Lis'],
  },
  it: { first: ['Giulia', 'Ferruccio', 'Annalisa', 'Raffaele'], last: ['Bellandi', 'Santoro', 'Marchetti', 'Galli'] },
  nl: { first: ['Henk', 'Marloes', 'Sjoerd', 'Femke'], last: ['de Vries', 'van der Heijden', 'Bakker', 'Smeets'] },
  pt: { first: ['Mariana', 'Rui', 'Beatriz', 'Tiago'], last: ['Costa Ferreira', 'Almeida', 'Sousa Pinto', 'Matos'] },
  pl: { first: ['Agnieszka', 'Grzegorz', 'Katarzyna', 'Tomasz'], last: ['Wójcik', 'Nowak', 'Mazur', 'Krawczyk'] },
  sv: { first: ['Ingrid', 'Björn', 'Elsa', 'Magnus'], last: ['Lindgren', 'Sjöberg', 'Holmqvist', 'Engström'] },
};
function person(lang = 'en') {
  const p = P[lang];
  return { first: pick(p.first), last: pick(p.last) };
}
const full = (p) => `${p.first} ${p.last}`;
const mailOf = (p, dom) =>
  `${p.first}.${p.last}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ /g, '')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o') +
  (rnd() < 0.5 ? ri(2, 99) : '') +
  '@' +
  dom;
function dob(y0 = 1940, y1 = 2004) {
  return { y: ri(y0, y1), m: ri(1, 12), d: ri(1, 28) };
}
const isoD = (d) => `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
const euD = (d, sep = '.') => `${pad(d.d, 2)}${sep}${pad(d.m, 2)}${sep}${d.y}`;
const usD = (d) => `${pad(d.m, 2)}/${pad(d.d, 2)}/${d.y}`;
const usPhone = () => `(${pick(['312', '415', '617', '503', '704'])}) ${ri(2, 9)}${digits(2)}-${digits(4)}`;
const usE164 = () => `+1${pick(['312', '415', '617', '503', '704'])}${ri(2, 9)}${digits(6)}`;
const ukMobile = () => `07${pick(['811', '946', '523', '402'])} ${digits(6)}`;
const deMobile = () => `+49 1${pick(['51', '60', '70', '76'])} ${digits(7)}`;
const frMobile = () => `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`;
const esMobile = () => `+34 6${digits(2)} ${digits(3)} ${digits(3)}`;
const nlMobile = () => `06-${digits(8)}`;
const plMobile = () => `+48 ${pick(['501', '602', '793'])} ${digits(3)} ${digits(3)}`;
const svMobile = () => `070-${digits(3)} ${digits(2)} ${digits(2)}`;
const ptMobile = () => `+351 9${pick(['1', '3', '6'])}${digits(1)} ${digits(3)} ${digits(3)}`;
const itMobile = () => `+39 3${digits(2)} ${digits(3)} ${digits(4)}`;
const publicIp = () => `${pick([81, 86, 92, 109, 178, 212])}.${ri(1, 254)}.${ri(1, 254)}.${ri(1, 254)}`;
const privIp = () => `10.${ri(0, 40)}.${ri(0, 254)}.${ri(1, 254)}`;
const mrn = () => nz(8);
const isoTs = (day, h) => `2026-11-${pad(day, 2)}T${pad(h, 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}.${digits(3)}Z`;

// ---------------------------------------------------------------- case assembly
const MODELS = ['gpt-4o-mini', 'auto', 'support-chat', 'gpt-4.1', 'auto', 'gpt-4o-mini'];
const sys = (s) => ({ role: 'system', content: s });
const usr = (s) => ({ role: 'user', content: s });
const asst = (s) => ({ role: 'assistant', content: s });
function toolCall(name, args, id) {
  return { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }] };
}
const toolRes = (id, content) => ({
  role: 'tool',
  tool_call_id: id,
  content: typeof content === 'string' ? content : JSON.stringify(content),
});
const fn = (name, description, properties) => ({
  type: 'function',
  function: { name, description, parameters: { type: 'object', properties, required: Object.keys(properties) } },
});
const J = (o) => JSON.stringify(o, null, 2);
const J1 = (o) => JSON.stringify(o);

const templates = [];
function T(name, n, build) {
  templates.push({ name, n, build });
}

// ================================================================ PHI
// P1: EHR service JSON logs. v0: MRN + ICD-10 in a structured error, no name -> PHI (medical id alone).
// v1: German KIS log with name, birth date and a diagnosis -> PHI + PII.
T('phi-ehr-json-log', 2, (v) => {
  if (v === 0) {
    const m = mrn();
    const lines = [
      { ts: isoTs(18, 7), level: 'info', svc: 'ehr-encounter-api', req_id: uuid(), msg: 'encounter.create', dept: 'ENDO' },
      {
        ts: isoTs(18, 7),
        level: 'error',
        svc: 'ehr-encounter-api',
        req_id: uuid(),
        msg: 'duplicate encounter rejected',
        patient: { mrn: m, facility: 'NORTHGATE-MC' },
        encounter: { type: 'OUTPATIENT', dx: ['E11.65', 'E78.5'], orders: ['HbA1c', 'lipid panel'] },
        err: 'UniqueViolation: encounter_patient_date_uk',
      },
      { ts: isoTs(18, 7), level: 'warn', svc: 'ehr-encounter-api', req_id: uuid(), msg: 'retry scheduled', attempt: 2 },
    ];
    return {
      kind: 'log',
      lang: 'en',
      cats: ['PHI'],
      messages: [
        sys('You are an SRE assistant. Explain log errors briefly.'),
        usr('Why does this keep failing? Logs from prod:\n\n' + lines.map(J1).join('\n')),
      ],
    };
  }
  const p = person('de');
  const d = dob(1938, 1960);
  const line = {
    '@timestamp': isoTs(21, 9),
    'log.level': 'ERROR',
    'service.name': 'kis-adt-bridge',
    'trace.id': hex(32),
    message: 'Übernahme Aufnahmesatz fehlgeschlagen',
    patient: { name: `${p.last}, ${p.first}`, geburtsdatum: euD(d), station: 'KARD-2' },
    fall: { aufnahmediagnose: 'I50.13 Linksherzinsuffizienz mit Beschwerden bei leichterer Belastung', fachabteilung: '0300' },
    error: { type: 'MappingException', message: 'Kostenträger-IK fehlt' },
  };
  return {
    kind: 'log',
    lang: 'de',
    cats: ['PHI', 'PII'],
    messages: [usr('Kannst du mir sagen, welches Feld hier fehlt? Der Import bricht jede Nacht ab:\n```json\n' + J(line) + '\n```')],
  };
});

// P2: pharmacy dispense service, key=value log lines.
T('phi-pharmacy-kv-log', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const d = dob(1950, 1990);
    const log = [
      `2026-11-19T14:02:11Z level=info svc=dispense-worker store=0417 event=queue.pop rx_id=RX${nz(7)} req=${uuid()}`,
      `2026-11-19T14:02:11Z level=error svc=dispense-worker store=0417 event=ndc.mismatch rx_id=RX${nz(7)} patient="${p.last}, ${p.first}" dob=${isoD(d)} drug="sertraline 50 mg tab" qty=30 sig="1 tab PO daily" expected_ndc=${nz(5)}-${digits(4)}-${digits(2)}`,
      `2026-11-19T14:02:12Z level=info svc=dispense-worker store=0417 event=queue.requeue delay_ms=30000`,
    ].join('\n');
    return {
      kind: 'log',
      lang: 'en',
      cats: ['PHI', 'PII'],
      messages: [
        usr('Can you write a grep/awk one-liner that pulls every ndc.mismatch event with its rx_id from lines like these?\n\n' + log),
      ],
    };
  }
  // DEA number of the prescriber, no patient identifier -> PHI (medical identifier alone).
  const last = pick(P.en.last);
  const log = [
    `ts=2026-11-20T03:14:55Z lvl=warn app=cs-verify msg="PDMP check slow" took_ms=4120`,
    `ts=2026-11-20T03:14:56Z lvl=error app=cs-verify msg="prescriber registration schedule mismatch" rx=${nz(8)} drug="oxycodone HCl 5 mg" schedule=CII prescriber_dea=${dea(last)} registered_schedules="3,3N,4,5"`,
  ].join('\n');
  return {
    kind: 'log',
    lang: 'en',
    cats: ['PHI'],
    messages: [sys('You help pharmacy platform engineers.'), usr('What does this error mean and should the dispense be blocked?\n' + log)],
  };
});

// P3: clinic booking system webhooks with the visit reason.
T('phi-booking-webhook', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const payload = {
      event: 'appointment.created',
      id: 'evt_' + b62(20),
      created_at: isoTs(22, 15),
      data: {
        appointment_id: 'apt_' + b62(14),
        location: 'Lakeside Family Practice',
        provider_id: 'prov_0193',
        start: '2026-12-02T09:40:00-06:00',
        duration_min: 20,
        patient: { first_name: p.first, last_name: p.last, phone: usPhone(), email: mailOf(p, 'gmail.com') },
        reason: 'Diabetes follow-up - last HbA1c 8.4%, discuss increasing metformin to 1000 mg BID',
        intake_form_completed: true,
      },
    };
    return {
      kind: 'webhook',
      lang: 'en',
      cats: ['PHI', 'PII'],
      messages: [sys('Extract a one-line summary for the front-desk dashboard.'), usr(J(payload))],
    };
  }
  const p = person('nl');
  const payload = {
    type: 'afspraak.aangemaakt',
    tijdstip: isoTs(23, 8),
    praktijk: 'Fysiotherapie Spaarnwoude',
    afspraak: {
      start: '2026-12-03T10:15:00+01:00',
      behandelaar: 'BH-07',
      patient: { naam: full(p), telefoon: nlMobile(), geboortedatum: euD(dob(1960, 1995), '-') },
      reden: 'Revalidatie na voorste kruisbandreconstructie links, 6 weken post-operatief',
    },
  };
  return {
    kind: 'webhook',
    lang: 'nl',
    cats: ['PHI', 'PII'],
    messages: [usr('Zet deze webhook om naar een bevestigings-sms (max 160 tekens):\n' + J(payload))],
  };
});

// P4: SMS provider inbound webhooks (patient replies to reminders).
T('phi-sms-inbound-webhook', 2, (v) => {
  if (v === 0) {
    const from = usE164();
    const body = form({
      ToCountry: 'US',
      SmsMessageSid: 'SM' + hex(32),
      NumMedia: '0',
      From: from,
      To: '+13125550143',
      Body: 'this is Shannon, cant make my chemo infusion tmrw 8am, nausea from the carboplatin is really bad. can we move it to friday?',
      AccountSid: 'AC' + hex(32),
      ApiVersion: '2010-04-01',
    });
    return {
      kind: 'webhook',
      lang: 'en',
      encoding: 'percent',
      cats: ['PHI', 'PII'],
      messages: [
        sys('Classify inbound patient SMS into: reschedule, cancel, clinical_question, other. Answer with JSON.'),
        usr('POST /hooks/sms/inbound\nContent-Type: application/x-www-form-urlencoded\n\n' + body),
      ],
    };
  }
  const p = person('es');
  const payload = {
    message_id: uuid(),
    direction: 'inbound',
    from: esMobile().replace(/ /g, ''),
    to: 'CLINICASOL',
    received_at: isoTs(24, 11),
    text: `Hola, soy ${p.first} ${p.last.split(' ')[0]}. Desde que me subieron la levotiroxina a 100 mcg tengo palpitaciones por la noche, ¿lo hablo con la doctora o la bajo yo?`,
  };
  return {
    kind: 'webhook',
    lang: 'es',
    cats: ['PHI', 'PII'],
    messages: [usr('Clasifica este SMS entrante (cita, consulta clínica, otro) y propón respuesta:\n' + J(payload))],
  };
});

// P5: ticketing tool webhooks from health services.
T('phi-ticket-webhook', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const payload = {
      ticket: {
        id: ri(180000, 199999),
        subject: 'Wrong strength dispensed??',
        status: 'new',
        priority: 'high',
        via: { channel: 'web' },
        requester: { name: full(p), email: mailOf(p, 'outlook.com') },
        description: `My son Ethan (7) was prescribed amoxicillin 250 mg/5 mL, 5 mL three times a day for his ear infection, but the bottle you delivered says 400 mg/5 mL. Should I still give 5 mL?`,
        tags: ['pharmacy', 'delivery'],
      },
      webhook: { id: ri(1000, 9999), name: 'to-llm-triage' },
    };
    return {
      kind: 'webhook',
      lang: 'en',
      cats: ['PHI', 'PII'],
      messages: [sys('Triage support tickets for a telehealth pharmacy. Output priority and team.'), usr(J(payload))],
    };
  }
  const p = person('fr');
  const payload = {
    event_type: 'ticket_created',
    ticket: {
      number: `TCK-${nz(6)}`,
      title: 'Résultats pas visibles',
      requester: { display_name: full(p), email: mailOf(p, 'orange.fr') },
      body: `Bonjour, mon médecin m'a dit que ma TSH est à 6,8 mUI/L et qu'il faut commencer le Lévothyrox 25 µg, mais je ne vois pas le compte rendu dans l'appli. Merci de vérifier.`,
      channel: 'app',
    },
  };
  return {
    kind: 'webhook',
    lang: 'fr',
    cats: ['PHI', 'PII'],
    messages: [usr('Rédige une réponse courte du support pour ce ticket :\n' + J(payload))],
  };
});

// P6: e-mail threads with quoted replies and signatures.
T('phi-email-thread', 2, (v) => {
  if (v === 0) {
    const p = person('de');
    const d = dob(1945, 1970);
    const mail = `Von: Praxis Dr. med. Albers <anmeldung@praxis-albers.de>
Gesendet: Dienstag, 24. November 2026 10:12
An: ${mailOf(p, 'web.de')}
Betreff: AW: AW: Laborwerte

Sehr geehrte/r ${p.first} ${p.last},

die Kontrolle ist für Donnerstag 8:00 nüchtern eingeplant.

Mit freundlichen Grüßen
Ihr Praxisteam

> Am 23.11.2026 um 18:40 schrieb ${full(p)}:
> Danke. Muss ich das Ramipril bis dahin weiter nehmen?
>
>> Am 23.11.2026 um 09:02 schrieb Praxis Dr. med. Albers:
>> Ihr Befund vom 20.11. (Geb.-Datum ${euD(d)}): Kreatinin 2,1 mg/dl, eGFR 31 ml/min,
>> Kalium 5,6 mmol/l. Bitte Ramipril 5 mg pausieren und zur Kontrolle kommen.
>
> --
> ${full(p)}
> Mobil ${deMobile()}`;
    return {
      kind: 'email',
      lang: 'de',
      cats: ['PHI', 'PII'],
      messages: [usr('Fasse diesen Mailverlauf für die Praxis-Akte in drei Stichpunkten zusammen:\n\n' + mail)],
    };
  }
  const p = person('en');
  const mail = `Subject: RE: Claim denied - colonoscopy 10/14

Hi ${p.first},

We resubmitted with modifier 33 since it was a screening that turned diagnostic (polyp removed, pathology: tubular adenoma). You should see the corrected EOB in 2-3 weeks.

Billing Office | Riverbend GI Associates

-----Original Message-----
From: ${full(p)} <${mailOf(p, 'yahoo.com')}>
Sent: Monday, November 23, 2026 4:51 PM
Subject: Claim denied - colonoscopy 10/14

My insurance says the colonoscopy on 10/14 was "diagnostic" and I owe $1,240. It was supposed to be my routine screening. Please fix.

${full(p)}
${usPhone()}`;
  return {
    kind: 'email',
    lang: 'en',
    cats: ['PHI', 'PII'],
    messages: [usr('Draft a short, friendly follow-up to this thread confirming next steps.\n\n' + mail)],
  };
});

// P7: UK referral e-mail with an NHS number and clinical content, initials only -> PHI (no PII:
// initials are not an identifier on their own; the NHS number is the identifier).
T('phi-email-referral-nhs', 1, () => {
  const n = nhs();
  const mail = `From: gp.referrals@nhs.net
To: rheum.triage@nhs.net
Subject: RE: Advice & Guidance - NHS No ${nhsFmt(n)}

Thanks - agree with starting hydroxychloroquine 200 mg OD. Baseline retinal screening requested.

Rheumatology A&G

> From: gp.referrals@nhs.net
> Patient initials J.T., NHS No ${nhsFmt(n)}, 46F. Symmetrical small-joint polyarthritis x 4 months,
> RF positive, anti-CCP 212 U/mL, CRP 28. Started naproxen 500 mg BD. Please advise re DMARD.`;
  return {
    kind: 'email',
    lang: 'en',
    cats: ['PHI'],
    messages: [usr('Turn this A&G reply into a coded entry for the GP record (SNOMED terms if you can).\n\n' + mail)],
  };
});

// P8: nurse triage chat transcripts.
T('phi-nurse-triage-chat', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const d = dob(1948, 1965);
    const tr = `[21:04:12] Nurse Line (RN): Thanks for calling the after-hours nurse line. Can I have the patient's full name and date of birth?
[21:04:40] Caller: ${full(p)}, ${usD(d)}. It's me.
[21:04:58] Nurse Line (RN): What's going on tonight?
[21:05:31] Caller: tightness in my chest for about 40 minutes, goes into my left arm. I'm on apixaban 5 mg twice a day for AFib and took my evening dose.
[21:05:50] Nurse Line (RN): Are you short of breath or sweating?
[21:06:02] Caller: a bit sweaty yes`;
    return {
      kind: 'chat',
      lang: 'en',
      cats: ['PHI', 'PII'],
      messages: [
        sys('You assist triage nurses: map transcripts to a disposition (ED now, urgent care, home care) with the protocol name.'),
        usr(tr),
      ],
    };
  }
  const p = person('sv');
  const yy = pad(ri(55, 90), 2);
  const pn = personnummer(`${yy}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}`);
  const tr = `Sjuksköterska: Hej, vad heter du och vad är ditt personnummer?
Patient: ${full(p)}, ${pn}
Sjuksköterska: Vad gäller det?
Patient: Feber 39,2 sedan i går kväll och hosta. Jag tar Waran och blev ordinerad Kåvepenin 1 g tre gånger dagligen i morse.
Sjuksköterska: Har du andningsbesvär?
Patient: Lite när jag går i trappor.`;
  return {
    kind: 'chat',
    lang: 'sv',
    cats: ['PHI', 'PII'],
    messages: [usr('Sammanfatta samtalet enligt RETTS-triage och föreslå prioritet:\n\n' + tr)],
  };
});

// P9: pharmacy chat (Italian, Portuguese).
T('phi-pharmacy-chat', 2, (v) => {
  if (v === 0) {
    const p = person('it');
    const female = ['Giulia', 'Annalisa'].includes(p.first);
    const yy = pad(ri(50, 85), 2);
    const cf = codiceFiscale(
      pick(['BLL', 'SNT', 'MRC', 'GLL']),
      pick(['GLI', 'FRC', 'NNL', 'RFL']),
      yy,
      ri(1, 12),
      ri(1, 28),
      female,
      pick(['H501', 'F205', 'D612']),
    );
    const tr = `Cliente: Buongiorno, sono ${full(p)}, codice fiscale ${cf}. Ho la ricetta dematerializzata per l'Eutirox 75 mcg, posso ritirarlo oggi?
Farmacia: Buongiorno! Mi conferma il numero di ricetta elettronica (NRE)?
Cliente: 0801A${nz(10)}
Farmacia: Trovata. La dottoressa ha anche aumentato il dosaggio da 50 a 75, giusto?
Cliente: Sì, dopo gli ultimi esami del TSH.`;
    return {
      kind: 'chat',
      lang: 'it',
      cats: ['PHI', 'PII'],
      messages: [sys('Assistente per farmacia: prepara la nota di dispensazione.'), usr(tr)],
    };
  }
  const p = person('pt');
  const tr = `[Cliente] Boa tarde, sou a ${full(p)}, NIF ${nifPT()}. Preciso de renovar a receita da insulina glargina, faço 20 UI ao deitar.
[Farmácia Central] Boa tarde! A receita ainda tem embalagens disponíveis?
[Cliente] Acho que não, acabou a semana passada. Também tenho a metformina 850 mg.
[Farmácia Central] Vamos pedir ao centro de saúde a renovação.`;
  return { kind: 'chat', lang: 'pt', cats: ['PHI', 'PII'], messages: [usr('Resume esta conversa para o registo da farmácia:\n' + tr)] };
});

// P10: OCR'd scanned forms with broken spacing and line breaks.
T('phi-ocr-form', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const n = nhs();
    const d = dob(1950, 1985);
    const ocr = `NHS  e-Referral   Ser vice      URGENT  SUSPECTED  CANCER
Pa tient  surna me:  ${p.last.toUpperCase()}          Fore name: ${p.first}
D ate of bir th:  ${pad(d.d, 2)} / ${pad(d.m, 2)} / ${d.y}      NHS  No: ${n.slice(0, 3)} ${n.slice(3, 6)}
${n.slice(6)}
Re ason for ref erral:  post-menopausal  bleed ing, endometrial thick-
ness 9 mm on TVUS.   Cur rent meds: tamoxi fen 20 mg OD
GP  sig nature: ____________   Pract ice code: Y0${digits(4)}`;
    return {
      kind: 'ocr',
      lang: 'en',
      cats: ['PHI', 'PII'],
      messages: [sys('Clean up OCR text from scanned referral forms into JSON fields.'), usr(ocr)],
    };
  }
  const p = person('de');
  const k = kvnr();
  const d = dob(1965, 2000);
  const ocr = `Arbeitsunfähigkeits-
bescheinigung          Erstbescheinigung  [X]
Krankenkasse bzw. Kostenträger   AOK  Bay ern
Name, Vorname des Versicherten   ${p.last},  ${p.first}        geb. am  ${euD(d)}
Kostenträgerkennung  1087${digits(5)}   Versicherten-Nr.  ${k.slice(0, 5)} ${k.slice(5)}   Status  1000000
arbeitsunfähig seit  23.11.26    voraussichtlich bis  04.12.26
Diag nose  M54.5  G   Kreuz schmerz  ;  M51.2 G`;
  return {
    kind: 'ocr',
    lang: 'de',
    cats: ['PHI', 'PII'],
    messages: [usr('Bitte die Felder aus diesem eingescannten AU-Schein als JSON extrahieren:\n\n' + ocr)],
  };
});

// P11: appointment CSV exports.
T('phi-appointments-csv', 2, (v) => {
  if (v === 0) {
    const rows = ['mrn,patient_name,dob,slot,modality,procedure,referring_dx'];
    const procs = [
      ['MR', 'MRI lumbar spine w/o contrast', 'M54.16'],
      ['CT', 'CT chest w contrast', 'R91.1'],
      ['US', 'US abdomen complete', 'K76.0'],
      ['MG', 'Diagnostic mammogram left', 'N63.20'],
    ];
    for (const [mod, proc, dx] of procs) {
      const p = person('en');
      rows.push(
        `${mrn()},"${p.last}, ${p.first}",${isoD(dob(1945, 1995))},2026-12-01 ${pad(ri(7, 16), 2)}:${pick(['00', '20', '40'])},${mod},${proc},${dx}`,
      );
    }
    return {
      kind: 'table',
      lang: 'en',
      cats: ['PHI', 'PII'],
      messages: [usr("Group tomorrow's radiology list by modality and count slots. CSV:\n\n" + rows.join('\n'))],
    };
  }
  const rows = ['PESEL;Imię i nazwisko;Badanie;Godzina;Skierowanie'];
  for (const b of ['kolonoskopia z polipektomią', 'gastroskopia (podejrzenie choroby wrzodowej)', 'kolonoskopia przesiewowa']) {
    const p = person('pl');
    const female = ['Agnieszka', 'Katarzyna'].includes(p.first);
    const y = ri(1950, 1985);
    rows.push(`${pesel(y, ri(1, 12), ri(1, 28), female)};${full(p)};${b};${pad(ri(8, 14), 2)}:${pick(['00', '30'])};POZ`);
  }
  return {
    kind: 'table',
    lang: 'pl',
    cats: ['PHI', 'PII'],
    messages: [usr('Przygotuj z tego CSV listę przygotowań do badań dla pracowni endoskopii:\n\n' + rows.join('\n'))],
  };
});

// P12: Markdown ward board with MRNs and diagnoses, bed numbers, no names -> PHI only.
T('phi-ward-board-md', 1, () => {
  const rows = [
    ['Bed', 'MRN', 'Dx', 'Plan'],
    ['4A', mrn(), 'NSTEMI', 'heparin gtt, cath AM'],
    ['4B', mrn(), 'DKA resolving', 'transition to SC insulin glargine 18 u'],
    ['5A', mrn(), 'CAP, RLL', 'ceftriaxone 1 g IV q24h day 3'],
    ['6B', mrn(), 'Hip fx POD1', 'PT eval, enoxaparin 40 mg daily'],
  ];
  const md = rows.map((r, i) => '| ' + r.join(' | ') + ' |' + (i === 0 ? '\n|' + r.map(() => '---').join('|') + '|' : '')).join('\n');
  return {
    kind: 'table',
    lang: 'en',
    cats: ['PHI'],
    messages: [usr('Night handover board below. Flag anything that needs a lab check before 06:00.\n\n' + md)],
  };
});

// P13: SQL INSERTs.
T('phi-sql-insert', 2, (v) => {
  if (v === 0) {
    // internal patient_id (not an identifier) + prescriber NPI (medical identifier) -> PHI only
    const sql = `INSERT INTO prescriptions (patient_id, prescriber_npi, drug_name, strength, sig, refills, written_at)
VALUES (${ri(100000, 999999)}, '${npi()}', 'lisinopril', '20 mg', 'Take 1 tablet by mouth daily', 3, '2026-11-18 10:22:00');`;
    return {
      kind: 'sql',
      lang: 'en',
      cats: ['PHI'],
      messages: [
        usr(
          'This insert fails with "violates foreign key constraint prescriptions_patient_id_fkey". What should I check?\n\n```sql\n' +
            sql +
            '\n```',
        ),
      ],
    };
  }
  const p = person('es');
  const sql = `INSERT INTO pacientes (nhc, nombre, apellidos, dni, fecha_nac, diagnostico_principal)
VALUES ('NHC-${nz(7)}', '${p.first}', '${p.last}', '${dni()}', '${isoD(dob(1940, 1990))}', 'J44.1 EPOC con exacerbación aguda');`;
  return {
    kind: 'sql',
    lang: 'es',
    cats: ['PHI', 'PII'],
    messages: [usr('¿Por qué este INSERT da error de codificación con los acentos en MySQL?\n\n' + sql)],
  };
});

// P14: SQL UPDATE keyed by NHS number, suspected-cancer pathway -> PHI (medical identifier alone).
T('phi-sql-update-nhs', 1, () => {
  const sql = `UPDATE referrals
   SET status = 'TRIAGED', pathway = '2WW_LOWER_GI', triage_note = 'FIT 180 ug/g, IDA - straight to test colonoscopy'
 WHERE nhs_number = '${nhs()}' AND received_at::date = '2026-11-20';`;
  return { kind: 'sql', lang: 'en', cats: ['PHI'], messages: [usr('Postgres says "UPDATE 0". Is my WHERE clause wrong?\n' + sql)] };
});

// P15: stack traces that print a patient object.
T('phi-stacktrace-record', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const tr = `2026-11-25 08:14:02.118 ERROR 1 --- [nio-8080-exec-7] c.a.claims.web.ClaimController : claim submit failed
org.springframework.dao.DataIntegrityViolationException: could not execute statement; constraint [claim_line_cpt_chk]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)
	at com.acme.claims.service.ClaimService.submit(ClaimService.java:142)
Caused by: org.hibernate.exception.ConstraintViolationException: entity=Claim{beneficiary=Beneficiary(name=${full(p)}, dob=${isoD(dob(1940, 1958))}, mbi=${mbi()}), lines=[ClaimLine(cpt=99214, icd10=I10), ClaimLine(cpt=93000, icd10=R00.2)]}
	at org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:59)
	... 87 common frames omitted`;
    return { kind: 'stacktrace', lang: 'en', cats: ['PHI', 'PII'], messages: [usr('What is wrong with the claim lines here?\n\n' + tr)] };
  }
  const p = person('fr');
  const n = nir(pick([1, 2]), pad(ri(50, 90), 2), pad(ri(1, 12), 2), pick(['69', '75', '13', '33']));
  const tr = `fr.hopital.dpi.export.ExportException: échec sérialisation HPRIM
    at fr.hopital.dpi.export.HprimWriter.write(HprimWriter.java:211)
    at fr.hopital.dpi.export.Job.run(Job.java:58)
Caused by: java.lang.IllegalStateException: champ obligatoire manquant (UF) pour DossierPatient{nom=${p.last.toUpperCase()}, prenom=${p.first}, nir=${n.raw}, traitement=[Lévothyrox 50 µg 1/j, Kardégic 75 mg 1/j], motif=HTA + hypothyroïdie}
    at fr.hopital.dpi.model.DossierPatient.validate(DossierPatient.java:97)`;
  return {
    kind: 'stacktrace',
    lang: 'fr',
    cats: ['PHI', 'PII'],
    messages: [usr("D'où vient cette exception ? Quel champ manque ?\n\n" + tr)],
  };
});

// P16: Python traceback with a record dict: MRN + allergy + medication -> PHI (no name).
T('phi-python-traceback', 1, () => {
  const tr = `Traceback (most recent call last):
  File "/srv/etl/allergy_sync.py", line 88, in <module>
    push(rec)
  File "/srv/etl/allergy_sync.py", line 61, in push
    payload["reaction"] = SEVERITY[rec["severity"]]
KeyError: 'severe '
rec = {'mrn': '${mrn()}', 'encounter': 'E${nz(9)}', 'allergen': 'penicillin', 'reaction': 'anaphylaxis', 'severity': 'severe ', 'active_meds': ['warfarin 3 mg daily', 'amiodarone 200 mg daily']}`;
  return {
    kind: 'stacktrace',
    lang: 'en',
    cats: ['PHI'],
    messages: [usr('Fix this KeyError (trailing whitespace?) — show a patched push():\n\n' + tr)],
  };
});

// P17: agent tool loops over an EHR.
T('phi-agent-ehr', 2, (v) => {
  const tools = [
    fn('search_patient', 'Look up the current inpatient in a room or by identifier', { room: { type: 'string' } }),
    fn('get_results', 'Latest lab results for a patient', { kvnr: { type: 'string' } }),
  ];
  if (v === 0) {
    const p = person('en');
    const id = 'call_' + b62(24);
    const record = {
      name: full(p),
      dob: isoD(dob(1935, 1955)),
      mrn: mrn(),
      room: '412',
      allergies: ['sulfa'],
      active_meds: [
        { drug: 'furosemide', dose: '40 mg', route: 'IV', freq: 'BID' },
        { drug: 'metoprolol succinate', dose: '50 mg', route: 'PO', freq: 'daily' },
      ],
      home_meds: [{ drug: 'furosemide', dose: '20 mg', freq: 'daily' }],
    };
    return {
      kind: 'agent',
      lang: 'en',
      where: 'tool_result',
      cats: ['PHI', 'PII'],
      body: {
        model: 'auto',
        tools: [tools[0]],
        messages: [
          sys('You are a medication reconciliation assistant for nurses.'),
          usr('Reconcile meds for the patient in room 412.'),
          toolCall('search_patient', { room: '412' }, id),
          toolRes(id, record),
        ],
      },
    };
  }
  const id = 'call_' + b62(24);
  return {
    kind: 'agent',
    lang: 'de',
    where: 'tool_call_arguments',
    cats: ['PHI'],
    body: {
      model: 'auto',
      tools: [tools[1]],
      messages: [
        usr('Zeig mir die letzten Laborwerte und ob das Kalium kritisch ist.'),
        toolCall('get_results', { kvnr: kvnr() }, id),
        toolRes(id, {
          ergebnisse: [
            { test: 'Kalium', wert: 6.2, einheit: 'mmol/l', flag: 'HH' },
            { test: 'Kreatinin', wert: 1.9, einheit: 'mg/dl', flag: 'H' },
          ],
        }),
      ],
    },
  };
});

// P18: scheduling agent books a visit with name, birth date and reason in the tool-call arguments.
T('phi-agent-booking-args', 1, () => {
  const p = person('nl');
  const id = 'call_' + b62(24);
  return {
    kind: 'agent',
    lang: 'nl',
    where: 'tool_call_arguments',
    cats: ['PHI', 'PII'],
    body: {
      model: 'gpt-4o-mini',
      tools: [
        fn('boek_afspraak', 'Boek een afspraak in de huisartsenagenda', {
          patient: { type: 'string' },
          geboortedatum: { type: 'string' },
          reden: { type: 'string' },
          duur: { type: 'integer' },
        }),
      ],
      messages: [
        sys('Je bent de planningsassistent van huisartsenpraktijk De Linde.'),
        usr('Plan de diabetescontrole in voor de patiënt van het vorige gesprek.'),
        toolCall(
          'boek_afspraak',
          {
            patient: full(p),
            geboortedatum: euD(dob(1950, 1980), '-'),
            reden: 'DM2 kwartaalcontrole, HbA1c 61 mmol/mol, voetonderzoek',
            duur: 20,
          },
          id,
        ),
        toolRes(id, { status: 'geboekt', start: '2026-12-08T11:20:00+01:00' }),
      ],
    },
  };
});

// P19: e-prescribing YAML with a prescriber's name, NPI and DEA. Debatable: a prescriber, not a
// patient, but SPEC §4 makes NPI/DEA medical identifiers (PHI), and the name is a private person's
// name (PII).
T('phi-eprescribe-yaml', 1, () => {
  const p = person('en');
  const y = `# erx-gateway/values-prod.yaml
surescripts:
  endpoint: https://erx-proxy.internal:8443
  timeout_ms: 8000
prescribers:
  - display_name: "Dr. ${full(p)}, MD"
    npi: "${npi()}"
    dea: "${dea(p.last)}"
    epcs_enabled: true
    location_id: LOC-NORTH-02`;
  return {
    kind: 'config',
    lang: 'en',
    cats: ['PHI', 'PII'],
    messages: [usr('Helm says "could not find expected \':\'". What is wrong with this values file?\n\n' + y)],
  };
});

// P20: HTTP request dumps with clinical data in the query string.
T('phi-http-query', 2, (v) => {
  if (v === 0) {
    const dump = `GET /api/v2/results?mrn=${mrn()}&test=HBA1C&value=9.1&unit=%25&flag=H HTTP/1.1
Host: lab-bridge.internal
X-Request-Id: ${uuid()}
User-Agent: okhttp/4.12.0
Accept: application/json`;
    return {
      kind: 'http',
      lang: 'en',
      cats: ['PHI'],
      messages: [usr('Why is the server returning 414 for some of these calls? Example request:\n\n' + dump)],
    };
  }
  const p = person('en');
  const q = `patient=${pct(full(p))}&dob=${pct(usD(dob(1955, 1990)))}&dx=${pct('F33.1 major depressive disorder, recurrent, moderate')}&rx=${pct('escitalopram 10 mg')}`;
  const dump = `POST /intake/submit?${q} HTTP/2
host: portal.mindwell-clinic.com
content-length: 0
referer: https://portal.mindwell-clinic.com/intake/step3`;
  return {
    kind: 'http',
    lang: 'en',
    encoding: 'percent',
    cats: ['PHI', 'PII'],
    messages: [usr('Our WAF flagged this request. Is it safe that the intake form posts like this?\n\n' + dump)],
  };
});

// P21: calendar webhooks from clinics.
T('phi-calendar-webhook', 2, (v) => {
  if (v === 0) {
    const p = person('nl');
    const ics = `BEGIN:VEVENT
UID:${uuid()}@dialyse-centrum.nl
DTSTART;TZID=Europe/Amsterdam:20261204T071500
DTEND;TZID=Europe/Amsterdam:20261204T111500
SUMMARY:Hemodialyse - ${full(p)} (stoel 6)
DESCRIPTION:Shunt links. Droog gewicht 71,5 kg. Heparine 5000 IE bolus.
LOCATION:Dialysecentrum Noord\\, zaal B
END:VEVENT`;
    return {
      kind: 'webhook',
      lang: 'nl',
      cats: ['PHI', 'PII'],
      messages: [usr('Deze VEVENT komt via de agenda-webhook binnen. Welke velden moet ik mappen naar ons planbord?\n\n' + ics)],
    };
  }
  const p = person('en');
  const payload = {
    kind: 'calendar#event',
    id: b62(26).toLowerCase(),
    status: 'confirmed',
    summary: `${full(p)} - Botox 155 U (chronic migraine), 3rd cycle`,
    description: `Mobile ${ukMobile()}. Prior auth ref PA-${nz(6)}.`,
    start: { dateTime: '2026-12-09T14:00:00Z' },
    end: { dateTime: '2026-12-09T14:30:00Z' },
    organizer: { email: 'neuro-clinic@group.calendar.google.com' },
  };
  return {
    kind: 'webhook',
    lang: 'en',
    cats: ['PHI', 'PII'],
    messages: [usr('Write a reminder text for this calendar event:\n' + J(payload))],
  };
});

// P22: payment processor webhook for a fertility clinic: last-4 only (no PCI), but the metadata names
// the patient and the treatment -> PHI + PII.
T('phi-payment-webhook-clinic', 1, () => {
  const p = person('en');
  const payload = {
    id: 'evt_' + b62(24),
    type: 'payment_intent.succeeded',
    data: {
      object: {
        id: 'pi_' + b62(24),
        amount: 485000,
        currency: 'usd',
        receipt_email: mailOf(p, 'icloud.com'),
        payment_method_details: { card: { brand: 'visa', last4: '4417', exp_month: 8, exp_year: 2029 } },
        metadata: {
          patient_name: full(p),
          treatment: 'IVF cycle 2 - stimulation meds (follitropin alfa 225 IU)',
          clinic: 'Harborview Fertility',
        },
      },
    },
  };
  return {
    kind: 'webhook',
    lang: 'en',
    cats: ['PHI', 'PII'],
    messages: [usr('Map this webhook to our ledger entry format (amount, currency, reference, memo).\n' + J(payload))],
  };
});

// P23: claims batch log with MBIs only -> PHI.
T('phi-claims-log-mbi', 1, () => {
  const log = [1, 2, 3]
    .map(
      (i) =>
        `2026-11-26 02:1${i}:0${i} claims-batch INFO line=${i} mbi=${mbi()} cpt=${pick(['99214', '99213', '93000'])} icd10=${pick(['I10', 'E11.9', 'N18.3'])} billed=${ri(80, 240)}.00 status=${i === 2 ? 'REJECTED reason=CO-16' : 'ACCEPTED'}`,
    )
    .join('\n');
  return { kind: 'log', lang: 'en', cats: ['PHI'], messages: [usr('What does CO-16 mean and how do I fix the rejected line?\n\n' + log)] };
});

// P24: lab system webhook with a critical result.
T('phi-lab-webhook', 1, () => {
  const p = person('en');
  const payload = {
    event: 'result.final',
    lab: 'Meridian Reference Lab',
    accession: `A${nz(9)}`,
    patient: { name: { family: p.last, given: [p.first] }, birthDate: isoD(dob(1940, 1970)) },
    results: [
      { loinc: '2823-3', name: 'Potassium', value: 6.1, unit: 'mmol/L', range: '3.5-5.1', flag: 'HH', critical: true },
      { loinc: '2160-0', name: 'Creatinine', value: 2.4, unit: 'mg/dL', flag: 'H' },
    ],
  };
  return {
    kind: 'webhook',
    lang: 'en',
    cats: ['PHI', 'PII'],
    messages: [sys('Write the critical-value page text for the on-call physician.'), usr(J(payload))],
  };
});

// P25: Italian e-mail thread with codice fiscale and a diagnosis.
T('phi-email-thread-it', 1, () => {
  const p = person('it');
  const female = ['Giulia', 'Annalisa'].includes(p.first);
  const cf = codiceFiscale(
    pick(['BLL', 'SNT', 'MRC']),
    pick(['GLI', 'NNL', 'FRC']),
    pad(ri(40, 70), 2),
    ri(1, 12),
    ri(1, 28),
    female,
    pick(['H501', 'L219', 'A944']),
  );
  const mail = `Oggetto: R: Piano terapeutico

Gentile dottore, confermo che ho ritirato il farmaco.
${full(p)}

----- Messaggio originale -----
Da: Studio Medico Dott. Ferri
Inviato: 25/11/2026 12:03
Gentile ${p.first}, le ho rinnovato il piano terapeutico per apixaban 5 mg x 2/die (fibrillazione atriale, I48.1).
Per la farmacia serve il suo codice fiscale: ${cf}.`;
  return { kind: 'email', lang: 'it', cats: ['PHI', 'PII'], messages: [usr('Riassumi questa corrispondenza per la cartella:\n\n' + mail)] };
});

// P26: support chat of a CGM app: the user's e-mail + glucose readings and insulin dose.
T('phi-healthapp-support-chat', 1, () => {
  const p = person('en');
  const tr = `Agent (Glucly Support): Hi! Can you confirm the email on your account?
Customer: ${mailOf(p, 'gmail.com')}
Agent (Glucly Support): Thanks. What's happening?
Customer: sensor shows 280-310 mg/dL all afternoon but my fingerstick was 142. I almost took 8 units of Humalog as a correction. Type 1 since 2009.
Agent (Glucly Support): Please don't dose from the sensor while it disagrees; I'll start a replacement.`;
  return {
    kind: 'chat',
    lang: 'en',
    cats: ['PHI', 'PII'],
    messages: [usr('Write the internal escalation note for this chat (device complaint, possible adverse event):\n\n' + tr)],
  };
});

// P27: NPI alone in a registry lookup log. Debatable: the NPPES registry is public, but SPEC §4 lists
// NPI as a medical identifier, so PHI.
T('phi-npi-lookup-log', 1, () => {
  const log = `time="2026-11-27T12:40:03Z" level=warning msg="nppes lookup mismatch" npi=${npi()} taxonomy=207Q00000X expected_state=OR got_state=WA request_id=${uuid()}
time="2026-11-27T12:40:03Z" level=info msg="credentialing task created" queue=provider-data`;
  return {
    kind: 'log',
    lang: 'en',
    cats: ['PHI'],
    messages: [usr('Explain what this warning is about for a non-technical credentialing coordinator:\n' + log)],
  };
});

// P28: CSOS controlled-substance order lines with the registrant's DEA number -> PHI.
T('phi-dea-order-csv', 1, () => {
  const rows = [
    'order_no,dea_registrant,ndc,item,schedule,qty',
    `${nz(6)},${dea('Pryce')},${nz(5)}-${digits(3)}-${digits(2)},Hydrocodone/APAP 10/325 mg,CII,12`,
    `${nz(6)},${dea('Pryce')},${nz(5)}-${digits(3)}-${digits(2)},Alprazolam 0.5 mg,CIV,6`,
  ];
  return {
    kind: 'table',
    lang: 'en',
    cats: ['PHI'],
    messages: [usr('Check these CSOS order lines for anything that would fail 222 validation:\n' + rows.join('\n'))],
  };
});

// P29: HL7 interface engine error log with a PID and DG1 segment.
T('phi-hl7-error-log', 1, () => {
  const p = person('en');
  const d = dob(1950, 1990);
  const msg = `MSH|^~\\&|ADT|RVH|EPIC|RVH|20261128093011||ADT^A08|${nz(8)}|P|2.5.1\rPID|1||${mrn()}^^^RVH^MR||${p.last.toUpperCase()}^${p.first.toUpperCase()}||${d.y}${pad(d.m, 2)}${pad(d.d, 2)}|F|||${ri(10, 999)} ELM ST^^SPRINGFIELD^IL^62704\rDG1|1||O24.419^Gestational diabetes, unspecified control^I10`;
  const log = `[2026-11-28 09:30:12,441] ERROR Channel 'ADT-IN' - AA rejected: PV1 segment missing\nRaw message:\n${msg}`;
  return {
    kind: 'log',
    lang: 'en',
    cats: ['PHI', 'PII'],
    messages: [usr('Our Mirth channel rejects this. Which segment is missing and what should PV1 minimally contain?\n\n' + log)],
  };
});

// P30: Polish e-mail with PESEL and a referral diagnosis.
T('phi-email-pl', 1, () => {
  const p = person('pl');
  const female = ['Agnieszka', 'Katarzyna'].includes(p.first);
  const mail = `Temat: Re: skierowanie do poradni kardiologicznej

Dzień dobry, przesyłam dane do rejestracji:
${full(p)}, PESEL ${pesel(ri(1955, 1975), ri(1, 12), ri(1, 28), female)}
Rozpoznanie: I10 nadciśnienie tętnicze pierwotne, przyjmuję amlodypinę 10 mg.

> W dniu 26.11.2026 Rejestracja napisał(a):
> Prosimy o numer PESEL i rozpoznanie ze skierowania.`;
  return {
    kind: 'email',
    lang: 'pl',
    cats: ['PHI', 'PII'],
    messages: [usr('Wyciągnij z tego maila dane do formularza rejestracji (JSON):\n\n' + mail)],
  };
});

// ================================================================ PII only
// I1: signup / account JSON logs.
T('pii-signup-json-log', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const line = {
      time: isoTs(20, 16),
      level: 'warn',
      logger: 'accounts.signup',
      request_id: uuid(),
      msg: 'phone verification bounced, falling back to email',
      user: { email: mailOf(p, 'hotmail.com'), phone: usE164(), display_name: full(p) },
      client: { ip: publicIp(), ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)' },
    };
    return {
      kind: 'log',
      lang: 'en',
      cats: ['PII'],
      messages: [usr('Is this fallback behaving as designed? One of ~300 such lines today:\n' + J1(line))],
    };
  }
  const p = person('pt');
  const line = {
    ts: isoTs(21, 10),
    nivel: 'ERROR',
    servico: 'faturacao',
    pedido: uuid(),
    mensagem: 'NIF inválido na AT? reenviar fatura',
    cliente: {
      nome: full(p),
      nif: nifPT(),
      email: mailOf(p, 'sapo.pt'),
      morada: `Rua ${pick(['das Flores', 'do Almada', 'Sá da Bandeira'])} ${ri(10, 300)}, 4050-${digits(3)} Porto`,
    },
  };
  return { kind: 'log', lang: 'pt', cats: ['PII'], messages: [usr('A AT rejeitou a fatura. O NIF deste registo é válido?\n' + J(line))] };
});

// I2: auth failure key=value log with a personal e-mail as username and a public client IP.
T('pii-auth-kv-log', 1, () => {
  const p = person('en');
  const u = mailOf(p, 'gmail.com');
  const ip = publicIp();
  const log =
    [1, 2, 3, 4, 5]
      .map(
        (i) =>
          `2026-11-22T03:0${i}:1${i}Z auth=login result=fail reason=bad_password user=${u} src_ip=${ip} geo=GB asn=AS${ri(2000, 60000)} attempt=${i}`,
      )
      .join('\n') + `\n2026-11-22T03:06:00Z auth=lockout user=${u} duration=15m`;
  return {
    kind: 'log',
    lang: 'en',
    cats: ['PII'],
    messages: [usr('Is this credential stuffing or just a user who forgot their password?\n\n' + log)],
  };
});

// I3: ticketing tool webhooks (address change, bank details change).
T('pii-ticket-webhook', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const payload = {
      action: 'issue.created',
      issue: {
        key: `CS-${ri(10000, 99999)}`,
        fields: {
          summary: 'Change of address before next delivery',
          reporter: { displayName: full(p), emailAddress: mailOf(p, 'btinternet.com') },
          description: `Please update my address to Flat 3, ${ri(2, 90)} ${pick(['Harcourt Road', 'Mill Lane', 'Queens Crescent'])}, Leeds LS6 ${ri(1, 9)}${pick(['AB', 'HQ', 'PT'])}. Mobile ${ukMobile()}.`,
        },
      },
    };
    return {
      kind: 'webhook',
      lang: 'en',
      cats: ['PII'],
      messages: [usr('Route this ticket and draft the confirmation reply:\n' + J(payload))],
    };
  }
  const p = person('de');
  const payload = {
    event: 'ticket.created',
    ticket: {
      id: ri(400000, 499999),
      betreff: 'Neue Bankverbindung für Lastschrift',
      kunde: { name: full(p), kundennummer: `K-${nz(7)}` },
      text: `Guten Tag, bitte buchen Sie ab Dezember von meinem neuen Konto ab: IBAN ${ibanFmt(ibanDE())}, Kontoinhaber ${full(p)}. Danke!`,
    },
  };
  return {
    kind: 'webhook',
    lang: 'de',
    cats: ['PII'],
    messages: [usr('Erstelle aus diesem Ticket eine Aufgabe für die Buchhaltung:\n' + J(payload))],
  };
});

// I4: e-mail threads with quoted replies and personal signatures.
T('pii-email-thread', 2, (v) => {
  if (v === 0) {
    const p = person('de');
    const mail = `Betreff: AW: Rückzahlung Mietkaution

Hallo ${p.first === 'Sabine' || p.first === 'Heike' || p.first === 'Annegret' ? 'Frau' : 'Herr'} ${p.last},
die Kaution wird nach Abnahme der Wohnung überwiesen.
Hausverwaltung Nordstadt GmbH

> ----- Ursprüngliche Nachricht -----
> Ich bin zum 30.11. aus der Wohnung ${pick(['Lindenstraße', 'Am Weiher', 'Gartenweg'])} ${ri(2, 60)}, 2. OG links,
> ${pick(['50667 Köln', '28195 Bremen', '90402 Nürnberg'])} ausgezogen. Neue Anschrift: ${pick(['Bergstraße', 'Ringstraße'])} ${ri(1, 40)}, ${pick(['53111 Bonn', '04109 Leipzig'])}.
> --
> ${full(p)}
> Tel. ${deMobile()}`;
    return {
      kind: 'email',
      lang: 'de',
      cats: ['PII'],
      messages: [usr('Schreib eine höfliche Antwort mit einem konkreten Termin für die Wohnungsabnahme:\n\n' + mail)],
    };
  }
  const p = person('fr');
  const mail = `Objet : RE: Colis non reçu - commande ${nz(9)}

Bonjour,
Le transporteur indique un dépôt en point relais. Pouvez-vous confirmer votre adresse ?

Service client

> De : ${full(p)} <${mailOf(p, 'free.fr')}>
> Je n'ai rien reçu. Mon adresse : ${ri(2, 80)} rue ${pick(['des Lilas', 'Victor Hugo', 'de la République'])}, ${pick(['69003 Lyon', '31000 Toulouse', '44000 Nantes'])}.
> ${full(p)} - ${frMobile()}`;
  return { kind: 'email', lang: 'fr', cats: ['PII'], messages: [usr('Propose une réponse qui clôt ce fil :\n\n' + mail)] };
});

// I5: support chats with identity verification.
T('pii-support-chat-verify', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const tr = `Agent: For security, can you confirm your full name, date of birth and the postcode on the account?
Customer: ${full(p)}, born ${pad(ri(1, 28), 2)}/${pad(ri(1, 12), 2)}/${ri(1960, 2000)}, postcode ${pick(['BS7', 'M14', 'NE6', 'CF24'])} ${ri(1, 9)}${pick(['LD', 'QT', 'EW'])}
Agent: Thank you. I can see two accounts under that name; which email should I keep?
Customer: ${mailOf(p, 'gmail.com')}, the other one is old`;
    return { kind: 'chat', lang: 'en', cats: ['PII'], messages: [sys('You summarise support chats for the CRM timeline.'), usr(tr)] };
  }
  const p = person('it');
  const female = ['Giulia', 'Annalisa'].includes(p.first);
  const cf = codiceFiscale(
    pick(['SNT', 'GLL', 'MRC']),
    pick(['RFL', 'GLI', 'FRC']),
    pad(ri(60, 99), 2),
    ri(1, 12),
    ri(1, 28),
    female,
    pick(['F205', 'H501', 'L736']),
  );
  const tr = `Operatore: Per procedere con il subentro mi serve il codice fiscale dell'intestatario.
Cliente: ${cf}, intestato a ${full(p)}
Operatore: Perfetto. Indirizzo di fornitura?
Cliente: Via ${pick(['Garibaldi', 'Mazzini', 'Roma'])} ${ri(1, 120)}, ${pick(['20121 Milano', '00184 Roma', '40125 Bologna'])}, cellulare ${itMobile()}`;
  return { kind: 'chat', lang: 'it', cats: ['PII'], messages: [usr('Compila la scheda di subentro dalla chat:\n' + tr)] };
});

// I6: OCR'd German tenant self-disclosure with broken spacing.
T('pii-ocr-rental', 1, () => {
  const p = person('de');
  const d = dob(1975, 2000);
  const ocr = `Mieter selbst aus kunft
Name, Vor name:  ${p.last} ,  ${p.first}
Ge burts datum : ${euD(d)}      Fami lienstand: ledig
der zeitige An schrift:  ${pick(['Schillerstr.', 'Hauptstr.'])} ${ri(1, 90)}
${pick(['70173 Stuttgart', '60311 Frankfurt'])}
Ar beit geber: Stadtwerke   Netto einkommen:  2.9 80 EUR
IBAN  ${ibanFmt(ibanDE())}`;
  return {
    kind: 'ocr',
    lang: 'de',
    cats: ['PII'],
    messages: [usr('Bitte aus dem gescannten Formular ein sauberes JSON machen:\n\n' + ocr)],
  };
});

// I7: Dutch payroll CSV with BSN and IBAN.
T('pii-payroll-csv-nl', 1, () => {
  const rows = ['personeelsnr;naam;bsn;iban;uren_nov'];
  for (let i = 0; i < 3; i++) rows.push(`${ri(1000, 1999)};${full(person('nl'))};${bsn()};${ibanNL()};${ri(120, 168)}`);
  return {
    kind: 'table',
    lang: 'nl',
    cats: ['PII'],
    messages: [usr('Maak een controle: welke rijen missen iets voor de loonaangifte?\n\n' + rows.join('\n'))],
  };
});

// I8: Spanish SQL INSERT with DNI and phone.
T('pii-sql-insert-es', 1, () => {
  const p = person('es');
  const sql = `INSERT INTO clientes (nombre, apellidos, dni, telefono, email, alta)
VALUES ('${p.first}', '${p.last}', '${dni()}', '${esMobile()}', '${mailOf(p, 'gmail.com')}', NOW());`;
  return { kind: 'sql', lang: 'es', cats: ['PII'], messages: [usr('Convierte este INSERT a una sentencia preparada en PHP PDO:\n' + sql)] };
});

// I9: JSON mapping exception that prints a customer object with an SSN.
T('pii-stacktrace-customer', 1, () => {
  const p = person('en');
  const tr = `com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type \`java.time.LocalDate\` from String "13/31/1988"
 at [Source: (String)"{"applicant":{"name":"${full(p)}","ssn":"${ssn()}","dob":"13/31/1988","email":"${mailOf(p, 'aol.com')}"}}"; line: 1, column: 84]
	at com.fasterxml.jackson.databind.exc.InvalidFormatException.from(InvalidFormatException.java:67)
	at com.lendco.apply.ApplicationParser.parse(ApplicationParser.java:41)`;
  return {
    kind: 'stacktrace',
    lang: 'en',
    cats: ['PII'],
    messages: [usr('How should the parser handle swapped day/month like this?\n\n' + tr)],
  };
});

// I10: CRM agent: the customer's e-mail sits in the tool-call arguments; the tool result adds a phone.
T('pii-agent-crm', 1, () => {
  const p = person('en');
  const id = 'call_' + b62(24);
  return {
    kind: 'agent',
    lang: 'en',
    where: 'tool_call_arguments',
    cats: ['PII'],
    body: {
      model: 'support-chat',
      tools: [fn('lookup_customer', 'Find a CRM contact by email', { email: { type: 'string' } })],
      messages: [
        usr('Has this customer contacted us before? Then draft a callback note.'),
        toolCall('lookup_customer', { email: mailOf(p, 'proton.me') }, id),
        toolRes(id, { found: true, contact: { name: full(p), phone: usPhone(), last_contact: '2026-10-02', topic: 'invoice copy' } }),
      ],
    },
  };
});

// I11: HTTP dump of a form-encoded contact request.
T('pii-http-form', 1, () => {
  const p = person('en');
  const body = form({
    name: full(p),
    phone: usPhone(),
    address: `${ri(100, 9999)} ${pick(['W Fullerton Ave', 'N Halsted St', 'SE Belmont St'])}, Apt ${ri(1, 30)}`,
    message: 'Please call me about the quote',
    consent: 'on',
  });
  const dump = `POST /contact HTTP/1.1
Host: www.brightside-roofing.com
Content-Type: application/x-www-form-urlencoded
Content-Length: ${body.length}

${body}`;
  return {
    kind: 'http',
    lang: 'en',
    encoding: 'percent',
    cats: ['PII'],
    messages: [usr('Our form handler drops the message field. Here is a captured request:\n\n' + dump)],
  };
});

// I12: on-call YAML with engineers' personal mobile numbers (staff data is PII).
T('pii-oncall-yaml', 1, () => {
  const a = person('en');
  const b = person('en');
  const y = `escalation_policy: payments-primary
schedule:
  timezone: Europe/London
  rotations:
    - name: week-48
      engineer: ${full(a)}
      phone: "${ukMobile()}"
    - name: week-49
      engineer: ${full(b)}
      phone: "${ukMobile()}"
notify_after_minutes: 10`;
  return { kind: 'config', lang: 'en', cats: ['PII'], messages: [usr('Convert this to the Opsgenie schedule API JSON:\n\n' + y)] };
});

// I13: staff rota with nurses' names and shifts, no health information. Debatable: staff rota;
// SPEC counts a private person's name as PII, so confidential (compare pub-rota-roles).
T('pii-staff-rota-names', 1, () => {
  const rows = ['| Shift | Ward 7 RN | Ward 7 HCA |', '|---|---|---|'];
  for (const s of ['Mon early', 'Mon late', 'Mon night']) rows.push(`| ${s} | ${full(person('en'))} | ${full(person('en'))} |`);
  return {
    kind: 'table',
    lang: 'en',
    cats: ['PII'],
    messages: [usr('Does this rota break the rule of no more than one night per person before Wednesday?\n\n' + rows.join('\n'))],
  };
});

// I14: Polish courier webhook with the recipient's name, phone and address.
T('pii-courier-webhook-pl', 1, () => {
  const p = person('pl');
  const payload = {
    zdarzenie: 'przesylka.nieudane_doreczenie',
    numer: `6${nz(23)}`,
    odbiorca: {
      imie_nazwisko: full(p),
      telefon: plMobile(),
      adres: `ul. ${pick(['Długa', 'Polna', 'Kwiatowa'])} ${ri(1, 90)}/${ri(1, 40)}, ${pick(['00-950 Warszawa', '30-001 Kraków', '80-001 Gdańsk'])}`,
    },
    powod: 'adresat nieobecny',
  };
  return {
    kind: 'webhook',
    lang: 'pl',
    cats: ['PII'],
    messages: [usr('Napisz SMS do odbiorcy o ponownej próbie doręczenia:\n' + J(payload))],
  };
});

// I15: Swedish CRM note with a personnummer.
T('pii-crm-note-sv', 1, () => {
  const p = person('sv');
  const note = `Ärende #${nz(6)} – kund ringde
Kund: ${full(p)}, personnummer ${personnummer(`${pad(ri(60, 99), 2)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}`)}
Vill flytta elavtalet till ny adress: ${pick(['Storgatan', 'Kungsgatan', 'Björkvägen'])} ${ri(1, 60)}, ${pick(['411 38 Göteborg', '113 51 Stockholm', '211 22 Malmö'])}. Mobil ${svMobile()}.`;
  return { kind: 'chat', lang: 'sv', cats: ['PII'], messages: [usr('Skriv ett kort bekräftelsemejl utifrån anteckningen:\n' + note)] };
});

// I16: SMS delivery report with the recipient's number and a shipping notice.
T('pii-sms-delivery-webhook', 1, () => {
  const payload = {
    MessageSid: 'SM' + hex(32),
    MessageStatus: 'undelivered',
    ErrorCode: 30005,
    To: usE164(),
    From: 'PARCELHUB',
    Body: `Hi Dwayne, your parcel is out for delivery to ${ri(10, 999)} Maple Ridge Dr. Reply STOP to opt out.`,
  };
  return { kind: 'webhook', lang: 'en', cats: ['PII'], messages: [usr('What does error 30005 mean and should we retry?\n' + J(payload))] };
});

// I17: French booking webhook (hairdresser), name + mobile.
T('pii-booking-webhook-fr', 1, () => {
  const p = person('fr');
  const payload = {
    evenement: 'reservation.confirmee',
    salon: 'Atelier Coiffure Bellecour',
    prestation: 'Coupe + brushing',
    debut: '2026-12-05T10:30:00+01:00',
    client: { nom: full(p), mobile: frMobile(), email: mailOf(p, 'laposte.net') },
  };
  return {
    kind: 'webhook',
    lang: 'fr',
    cats: ['PII'],
    messages: [usr('Rédige le SMS de rappel la veille du rendez-vous :\n' + J(payload))],
  };
});

// ================================================================ PCI
// C1: legacy gateway webhook that still carries the full PAN and the cardholder name.
T('pci-legacy-webhook', 1, () => {
  const p = person('en');
  const payload = {
    notification: 'AUTHORISATION',
    success: 'false',
    pspReference: nz(16),
    merchantReference: `ORD-${nz(8)}`,
    amount: { value: 12999, currency: 'GBP' },
    additionalData: {
      cardHolderName: full(p).toUpperCase(),
      cardNumber: mc(),
      expiryDate: '09/2028',
      refusalReasonRaw: '05 : Do not honor',
    },
  };
  return {
    kind: 'webhook',
    lang: 'en',
    cats: ['PCI', 'PII'],
    messages: [usr('Why was this declined and what should the customer be told?\n' + J(payload))],
  };
});

// C2: key=value payment log line with a PAN.
T('pci-kv-log', 1, () => {
  const log = `2026-11-23 19:44:02.551 pay-switch[3321]: txn=${nz(12)} mid=${nz(9)} tid=T${digits(5)} pan=${visa()} exp=2711 amt=54.20 cur=EUR rc=51 rrn=${nz(12)} latency_ms=812`;
  return {
    kind: 'log',
    lang: 'en',
    cats: ['PCI'],
    messages: [usr('rc=51 keeps showing up in our switch logs. What does it mean?\n' + log)],
  };
});

// C3: German JSON log with the request body dumped (card number, holder, e-mail).
T('pci-json-log-de', 1, () => {
  const p = person('de');
  const line = {
    zeit: isoTs(24, 20),
    stufe: 'FEHLER',
    dienst: 'checkout',
    nachricht: '3DS-Challenge abgebrochen',
    anfrage: {
      karteninhaber: full(p),
      kartennummer: group4(visa(), ' '),
      gueltig_bis: '03/29',
      email: mailOf(p, 'gmx.de'),
      betrag: '89,90 EUR',
    },
  };
  return { kind: 'log', lang: 'de', cats: ['PCI', 'PII'], messages: [usr('Warum bricht die 3DS-Challenge ab? Logzeile:\n' + J1(line))] };
});

// C4: support chats where a card number is pasted.
T('pci-support-chat', 2, (v) => {
  if (v === 0) {
    const p = person('en');
    const tr = `Customer: hi I was charged twice for order #${nz(7)}
Agent: Sorry about that! Can I have the name on the order?
Customer: ${full(p)}. card is ${group4(discover(), ' ')} exp 06/28 if you need it
Agent: Please don't share full card numbers here - I've masked it on our side.`;
    return { kind: 'chat', lang: 'en', cats: ['PCI', 'PII'], messages: [usr('Summarise this chat for the refunds team:\n' + tr)] };
  }
  const tr = `Cliente: la tarjeta que termina en la que os di no pasa, os la doy otra vez: ${group4(mc(), '-')}, caduca 11/27
Agente: Gracias, lo revisamos con el banco.
Cliente: el cargo es de 230 euros del pedido de la semana pasada`;
  return { kind: 'chat', lang: 'es', cats: ['PCI'], messages: [usr('Resume la conversación para el equipo de pagos:\n' + tr)] };
});

// C5: SQL INSERT into a legacy payments table with the PAN.
T('pci-sql-insert', 1, () => {
  const sql = `INSERT INTO legacy_payments (order_id, card_number, card_exp, amount_cents, status)
VALUES (${nz(7)}, '${amex()}', '2029-04', 18450, 'CAPTURED');`;
  return {
    kind: 'sql',
    lang: 'en',
    cats: ['PCI'],
    messages: [usr('We are migrating off this table. Write the ALTER to replace card_number with a token column.\n' + sql)],
  };
});

// C6: validation stack trace that echoes a PAN.
T('pci-stacktrace', 1, () => {
  const tr = `Traceback (most recent call last):
  File "billing/charge.py", line 77, in charge
    card = CardInput.parse(payload)
  File "billing/models.py", line 31, in parse
    raise ValueError(f"expiry in the past for card {number} ({exp})")
ValueError: expiry in the past for card ${mc()} (10/24)`;
  return {
    kind: 'stacktrace',
    lang: 'en',
    cats: ['PCI'],
    messages: [usr('How do I stop this error message from leaking the card number? Current output:\n\n' + tr)],
  };
});

// C7: OCR'd French fax order form with an Amex number split by spaces and a line break.
T('pci-ocr-fax-fr', 1, () => {
  const p = person('fr');
  const a = amex();
  const ocr = `BON  DE  COMMANDE  -  RÉGLEMENT  PAR  CARTE
Nom du titulaire :  ${p.last.toUpperCase()}  ${p.first}
N° de car te :  ${a.slice(0, 4)}  ${a.slice(4, 10)}
${a.slice(10)}           Date d'expi ration :  0 7 / 2 8
Montant :  1 240,00 €     Signature :  ~~~~`;
  return { kind: 'ocr', lang: 'fr', cats: ['PCI', 'PII'], messages: [usr('Remets en forme ce bon de commande scanné :\n\n' + ocr)] };
});

// C8: HTTP dump of a form-encoded checkout POST (percent-encoded brackets).
T('pci-http-checkout', 1, () => {
  const body = form({ 'card[number]': visa(), 'card[exp_month]': '12', 'card[exp_year]': '2028', 'card[cvc]': digits(3), amount: '4599' });
  const dump = `POST /v1/charges HTTP/1.1
Host: pay.internal.shopfront.io
Content-Type: application/x-www-form-urlencoded
X-Request-Id: ${uuid()}

${body}`;
  return {
    kind: 'http',
    lang: 'en',
    encoding: 'percent',
    cats: ['PCI'],
    messages: [usr('Found this in our debug proxy capture. Which field names does the new API expect instead?\n\n' + dump)],
  };
});

// C9: chargeback CSV with full PANs.
T('pci-chargeback-csv', 1, () => {
  const rows = ['case_id,reason_code,card_number,amount,txn_date'];
  rows.push(`CB-${nz(7)},10.4,${visa()},129.00,2026-10-02`);
  rows.push(`CB-${nz(7)},13.1,${mc()},64.50,2026-10-09`);
  return { kind: 'table', lang: 'en', cats: ['PCI'], messages: [usr('Summarise these chargebacks by reason code:\n\n' + rows.join('\n'))] };
});

// C10: agent tool result from a legacy billing API that returns the PAN.
T('pci-agent-billing', 1, () => {
  const id = 'call_' + b62(24);
  return {
    kind: 'agent',
    lang: 'en',
    where: 'tool_result',
    cats: ['PCI'],
    body: {
      model: 'auto',
      tools: [fn('get_subscription', 'Fetch a subscription from the legacy billing system', { subscription_id: { type: 'string' } })],
      messages: [
        usr('Why did subscription sub_88213 fail to renew?'),
        toolCall('get_subscription', { subscription_id: 'sub_88213' }, id),
        toolRes(id, {
          id: 'sub_88213',
          plan: 'pro-annual',
          status: 'past_due',
          payment_source: { type: 'card', number: visa(), exp: '01/26' },
          last_error: 'expired_card',
        }),
      ],
    },
  };
});

// ================================================================ CREDENTIALS
// K1: HTTP request dump with a bearer JWT.
T('cred-http-bearer', 1, () => {
  const tok = jwt({
    sub: 'svc-reporting',
    aud: 'https://api.internal.northwind.io',
    iat: 1795000000,
    exp: 1795086400,
    scope: 'reports:read reports:export',
  });
  const dump = `GET /reports/v3/export?format=csv HTTP/1.1
Host: api.internal.northwind.io
Authorization: Bearer ${tok}
Accept: text/csv
X-Request-Id: ${uuid()}`;
  return {
    kind: 'http',
    lang: 'en',
    cats: ['CREDENTIALS'],
    messages: [usr('This returns 403 but the token has reports:export. What am I missing?\n\n' + dump)],
  };
});

// K2: curl -v with a Basic auth header (base64 of user:password).
T('cred-curl-basic', 1, () => {
  const tok = b64(`deploy-bot:${b62(14)}!${digits(2)}`);
  const out = `$ curl -v https://nexus.build.internal/repository/releases/
> GET /repository/releases/ HTTP/1.1
> Host: nexus.build.internal
> Authorization: Basic ${tok}
> User-Agent: curl/8.5.0
< HTTP/1.1 401 Unauthorized
< WWW-Authenticate: BASIC realm="Sonatype Nexus Repository Manager"`;
  return {
    kind: 'http',
    lang: 'en',
    encoding: 'base64',
    cats: ['CREDENTIALS'],
    messages: [usr('Why 401? The credentials work in the browser.\n\n' + out)],
  };
});

// K3: request dump with a session cookie.
T('cred-cookie-session', 1, () => {
  const dump = `POST /admin/users/bulk-disable HTTP/2
host: backoffice.fernhill.app
cookie: sessionid=${b62(32).toLowerCase()}; csrftoken=${b62(32)}; django_language=en
x-csrftoken: ${b62(32)}
content-type: application/json

{"ids":[1182,1183,1190]}`;
  return {
    kind: 'http',
    lang: 'en',
    cats: ['CREDENTIALS'],
    messages: [usr('Replaying this from Burp gives "CSRF verification failed". Why?\n\n' + dump)],
  };
});

// K4: access log with an S3 presigned URL (credential and signature).
T('cred-presigned-url-log', 1, () => {
  const url = `https://invoices-prod.s3.eu-west-1.amazonaws.com/2026/11/INV-${nz(6)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${awsKeyId()}%2F20261124%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261124T101500Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${hex(64)}`;
  const log = `${privIp()} - - [24/Nov/2026:10:15:02 +0000] "GET /download/inv HTTP/1.1" 302 0 "-" "Mozilla/5.0" location="${url}"`;
  return {
    kind: 'log',
    lang: 'en',
    cats: ['CREDENTIALS'],
    messages: [usr('Is a 7-day expiry OK for invoice links? Example from our nginx log:\n' + log)],
  };
});

// K5: Kubernetes Secret manifest (stringData) with a PEM private key.
T('cred-yaml-pem', 1, () => {
  const { priv } = ecPrivatePem();
  const y = `apiVersion: v1
kind: Secret
metadata:
  name: webhook-signing
  namespace: payments
type: Opaque
stringData:
  signing.key: |
${priv
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}`;
  return {
    kind: 'config',
    lang: 'en',
    cats: ['CREDENTIALS'],
    messages: [usr('kubectl apply says the secret is invalid. Can you spot the indentation problem?\n\n' + y)],
  };
});

// K6: German TOML config with a literal database password.
T('cred-toml-db', 1, () => {
  const t = `# config/production.toml
[server]
port = 8080

[datenbank]
host = "pg-prod-01.intern"
port = 5432
benutzer = "auftrag_app"
passwort = "${b62(10)}#${digits(3)}${b62(6)}"
pool_max = 20`;
  return {
    kind: 'config',
    lang: 'de',
    cats: ['CREDENTIALS'],
    messages: [usr('Die App startet nicht: "pool_max must be <= 10". Wo stelle ich das ein?\n\n' + t)],
  };
});

// K7: JSON log that dumped request headers with a live Stripe key.
T('cred-json-log-headers', 1, () => {
  const line = {
    ts: isoTs(25, 13),
    level: 'debug',
    msg: 'outbound request',
    method: 'POST',
    url: 'https://api.stripe.com/v1/refunds',
    headers: { authorization: `Bearer ${stripeLive()}`, 'idempotency-key': uuid(), 'content-type': 'application/x-www-form-urlencoded' },
    duration_ms: 341,
  };
  return {
    kind: 'log',
    lang: 'en',
    cats: ['CREDENTIALS'],
    messages: [usr('Write a pino redact config so lines like this stop logging sensitive headers:\n' + J1(line))],
  };
});

// K8: stack trace with a JDBC URL that includes the password.
T('cred-stacktrace-jdbc', 1, () => {
  const tr = `org.postgresql.util.PSQLException: FATAL: no pg_hba.conf entry for host "10.12.4.7", user "orders", database "orders", SSL off
	at org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
	at com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)
HikariPool-1 - jdbcUrl=jdbc:postgresql://orders-db.prod.internal:5432/orders?user=orders&password=${b62(18)}&sslmode=disable`;
  return { kind: 'stacktrace', lang: 'en', cats: ['CREDENTIALS'], messages: [usr('How do I fix this pg_hba error?\n\n' + tr)] };
});

// K9: webhook endpoint config dump with its signing secret.
T('cred-webhook-secret', 1, () => {
  const payload = {
    id: 'we_' + b62(24),
    object: 'webhook_endpoint',
    url: 'https://hooks.kestrel-books.com/stripe',
    enabled_events: ['invoice.paid', 'customer.subscription.deleted'],
    status: 'enabled',
    secret: whsec(),
    api_version: '2024-06-20',
  };
  return {
    kind: 'webhook',
    lang: 'en',
    cats: ['CREDENTIALS'],
    messages: [usr('We created this endpoint via the API. Which events are we missing for dunning?\n' + J(payload))],
  };
});

// K10: agent runs printenv in a CI sandbox; the tool result carries a GitHub token and an AWS key pair.
T('cred-agent-env', 1, () => {
  const id = 'call_' + b62(24);
  const env = `PATH=/usr/local/bin:/usr/bin\nCI=true\nGITHUB_TOKEN=${ghp()}\nAWS_ACCESS_KEY_ID=${awsKeyId()}\nAWS_SECRET_ACCESS_KEY=${awsSecret()}\nNODE_ENV=test`;
  return {
    kind: 'agent',
    lang: 'en',
    where: 'tool_result',
    cats: ['CREDENTIALS'],
    body: {
      model: 'gpt-4.1',
      tools: [fn('run_shell', 'Run a shell command in the CI sandbox', { cmd: { type: 'string' } })],
      messages: [
        sys('You are a CI debugging agent.'),
        usr('The deploy step cannot find AWS credentials. Check the environment.'),
        toolCall('run_shell', { cmd: 'printenv' }, id),
        toolRes(id, env),
      ],
    },
  };
});

// K11: Dutch IT e-mail thread handing out a temporary VPN password to a named employee -> CREDENTIALS + PII.
T('cred-email-vpn-nl', 1, () => {
  const p = person('nl');
  const mail = `Onderwerp: RE: VPN werkt niet meer

Hoi ${p.first},

Je account is gereset. Tijdelijk wachtwoord: ${b62(4)}-${b62(4)}-${digits(4)}
Je moet het bij de eerste keer inloggen wijzigen.

Groet, Servicedesk ICT

> Van: ${full(p)}
> Sinds de update kan ik niet meer inloggen op de VPN (gebruikersnaam ${p.first.toLowerCase()}.${p.last.replace(/ /g, '').toLowerCase()}).`;
  return {
    kind: 'email',
    lang: 'nl',
    cats: ['CREDENTIALS', 'PII'],
    messages: [usr('Maak van deze thread een KB-artikel "VPN-account resetten":\n\n' + mail)],
  };
});

// K12: French support chat where a customer pastes an API key.
T('cred-chat-apikey-fr', 1, () => {
  const tr = `Client : bonjour, l'intégration renvoie 401 depuis ce matin. Voici ma clé : sk-proj-${b62(48)}
Support : Merci, pouvez-vous préciser l'endpoint appelé ?
Client : /v1/chat/completions depuis notre serveur`;
  return { kind: 'chat', lang: 'fr', cats: ['CREDENTIALS'], messages: [usr('Résume le ticket pour le niveau 2 :\n' + tr)] };
});

// K13: SQL UPDATE storing a Slack bot token.
T('cred-sql-token', 1, () => {
  const sql = `UPDATE integrations SET access_token = '${slackBot()}', updated_at = now() WHERE workspace_id = 'T0${b62(8).toUpperCase()}' AND provider = 'slack';`;
  return {
    kind: 'sql',
    lang: 'en',
    cats: ['CREDENTIALS'],
    messages: [usr('Should this column be encrypted at rest? Here is how we update it today:\n' + sql)],
  };
});

// K14: key=value log with a Redis URL that carries the password.
T('cred-kv-log-redis', 1, () => {
  const log = `level=error ts=2026-11-26T05:01:09Z caller=cache.go:88 msg="redis dial failed" url=redis://:${b62(24)}@cache-prod.internal:6379/0 err="i/o timeout"`;
  return { kind: 'log', lang: 'en', cats: ['CREDENTIALS'], messages: [usr('Redis dial timeouts every night at 05:00. Ideas?\n' + log)] };
});

// ================================================================ public hard negatives
// Q1: JSON logs with request ids, trace ids, UUIDs, latencies; no person.
T('pub-json-log-ids', 2, (v) => {
  if (v === 0) {
    const lines = [1, 2, 3].map((i) => ({
      ts: isoTs(27, 11),
      level: i === 3 ? 'error' : 'info',
      svc: 'order-router',
      trace_id: hex(32),
      span_id: hex(16),
      request_id: uuid(),
      tenant: 'acme-eu',
      route: '/v1/orders/{id}',
      status: i === 3 ? 504 : 200,
      duration_ms: i === 3 ? 30001 : ri(20, 90),
      upstream: `${privIp()}:8443`,
    }));
    return {
      kind: 'log',
      lang: 'en',
      cats: [],
      messages: [usr('Why would only some requests hit the 30 s timeout? Sample:\n' + lines.map(J1).join('\n'))],
    };
  }
  const lines = [1, 2].map((i) => ({
    hora: isoTs(27, 12),
    nivel: i === 2 ? 'AVISO' : 'INFO',
    servico: 'agendamentos',
    id_pedido: uuid(),
    operacao: 'slots.search',
    clinica_id: 'CLN-014',
    resultados: i === 2 ? 0 : ri(3, 12),
    duracao_ms: ri(40, 900),
  }));
  return {
    kind: 'log',
    lang: 'pt',
    cats: [],
    messages: [usr('Porque é que a pesquisa de vagas às vezes devolve 0 resultados?\n' + lines.map(J1).join('\n'))],
  };
});

// Q2: key=value gateway log with private IPs and a content hash.
T('pub-kv-log-gateway', 1, () => {
  const log = [1, 2, 3]
    .map(
      (i) =>
        `ts=2026-11-27T08:0${i}:00Z lvl=info src=${privIp()} dst=192.168.40.${ri(2, 250)}:5432 bytes=${ri(200, 90000)} sha256=${hex(64)} rule=allow-db policy_rev=${ri(100, 400)}`,
    )
    .join('\n');
  return {
    kind: 'log',
    lang: 'en',
    cats: [],
    messages: [usr('Turn these firewall log lines into a Loki LogQL query that sums bytes per dst:\n' + log)],
  };
});

// Q3: generic stack traces without user data.
T('pub-stacktrace-generic', 2, (v) => {
  if (v === 0) {
    const tr = `java.lang.NullPointerException: Cannot invoke "java.util.Map.get(Object)" because "this.limits" is null
	at io.gw.ratelimit.TokenBucketLimiter.tryAcquire(TokenBucketLimiter.java:54)
	at io.gw.filter.RateLimitFilter.doFilterInternal(RateLimitFilter.java:38)
	at org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)
	... 41 more`;
    return {
      kind: 'stacktrace',
      lang: 'en',
      cats: [],
      messages: [usr('When can limits be null here? The bean is initialised in @PostConstruct.\n\n' + tr)],
    };
  }
  const tr = `Traceback (most recent call last):
  File "/app/worker/tasks.py", line 142, in export_termine
    df = pd.read_sql(query, engine)
sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "10.20.0.15", port 5432 failed: timeout expired
(Background on this error at: https://sqlalche.me/e/20/e3q8)`;
  return {
    kind: 'stacktrace',
    lang: 'de',
    cats: [],
    messages: [usr('Der nächtliche Export der Termine bricht mit diesem Fehler ab. Wie setze ich Retries sinnvoll?\n\n' + tr)],
  };
});

// Q4: test fixtures with obvious placeholders.
T('pub-fixture-placeholders', 2, (v) => {
  if (v === 0) {
    const y = `# tests/fixtures/referral.yaml
patient:
  name: "<PATIENT_NAME>"
  dob: "<YYYY-MM-DD>"
  mrn: "MRN-XXXXXXX"
  nhs_number: "<NHS_NUMBER>"
referral:
  reason: "<FREE_TEXT>"
  urgency: routine`;
    return {
      kind: 'config',
      lang: 'en',
      cats: [],
      messages: [usr('Write a pytest fixture that loads this YAML and fills the placeholders with Faker values:\n\n' + y)],
    };
  }
  const fx = {
    patient: { name: 'Jane Doe', birthDate: '1900-01-01', phone: '555-0100', email: 'jane.doe@example.com', mrn: 'TEST-000000' },
    appointment: { reason: 'TEST - do not book', start: '2030-01-01T09:00:00Z' },
  };
  return {
    kind: 'config',
    lang: 'en',
    cats: [],
    messages: [usr('This is the seed fixture for our booking e2e tests. Add a second patient with the same placeholder style:\n' + J(fx))],
  };
});

// Q5: aggregate clinic statistics.
T('pub-clinic-stats', 2, (v) => {
  if (v === 0) {
    const md = `| Month | Visits | No-show % | New patients | Top ICD-10 chapter |
|---|---|---|---|---|
| Aug 2026 | 4,212 | 7.9 | 311 | J00-J99 (respiratory) |
| Sep 2026 | 4,580 | 8.4 | 352 | J00-J99 (respiratory) |
| Oct 2026 | 4,901 | 9.1 | 298 | I00-I99 (circulatory) |`;
    return { kind: 'table', lang: 'en', cats: [], messages: [usr('Write two sentences for the board report from this table:\n\n' + md)] };
  }
  const md = `| Månad | Besök | Uteblivna | Andel diabetespatienter med HbA1c > 70 |
|---|---|---|---|
| september | 3 118 | 4,2 % | 18 % |
| oktober | 3 402 | 5,0 % | 17 % |`;
  return { kind: 'table', lang: 'sv', cats: [], messages: [usr('Skriv en kort kommentar till vårdcentralens månadsstatistik:\n\n' + md)] };
});

// Q6: appointment slot availability webhooks without a patient.
T('pub-slot-webhook', 2, (v) => {
  if (v === 0) {
    const payload = {
      event: 'slots.updated',
      location_id: 'loc_77',
      service: 'flu-vaccination',
      practitioner_ref: 'Practitioner/pr-0193',
      date: '2026-12-03',
      free: ['09:00', '09:10', '09:20', '11:40', '15:00'],
      capacity: 42,
      booked: 37,
    };
    return {
      kind: 'webhook',
      lang: 'en',
      cats: [],
      messages: [usr('Render this as a short "slots left" message for our website banner:\n' + J(payload))],
    };
  }
  const payload = {
    type: 'creneaux.disponibles',
    cabinet: 'Centre de santé Croix-Rousse',
    specialite: 'médecine générale',
    jour: '2026-12-04',
    creneaux: ['08:30', '08:50', '14:10', '17:30'],
    teleconsultation: true,
  };
  return {
    kind: 'webhook',
    lang: 'fr',
    cats: [],
    messages: [usr('Formule un message pour annoncer ces créneaux sur la page du centre :\n' + J(payload))],
  };
});

// Q7: drug catalogue entries (medication with dose but no person).
T('pub-drug-catalogue', 2, (v) => {
  if (v === 0) {
    const e = {
      ndc: '0093-7214-01',
      name: 'Metformin Hydrochloride',
      strength: '500 mg',
      form: 'tablet, film coated',
      route: 'oral',
      package: '100 tablets in 1 bottle',
      rx_only: true,
      atc: 'A10BA02',
      max_daily_dose: '2550 mg',
    };
    return {
      kind: 'config',
      lang: 'en',
      cats: [],
      messages: [usr('Write a product description for our formulary page from this catalogue entry:\n' + J(e))],
    };
  }
  const e = {
    codigo_nacional: '6' + digits(5),
    principio_activo: 'amoxicilina/ácido clavulánico',
    dosis: '875 mg/125 mg',
    forma: 'comprimidos recubiertos',
    envase: 12,
    financiado: true,
    atc: 'J01CR02',
  };
  return { kind: 'config', lang: 'es', cats: [], messages: [usr('Redacta la ficha breve del catálogo de la farmacia:\n' + J(e))] };
});

// Q8: ICD-10 lookup tool loops without a person.
T('pub-icd-lookup-agent', 2, (v) => {
  const id = 'call_' + b62(24);
  const tools = [fn('icd10_lookup', 'Look up an ICD-10 code', { code: { type: 'string' } })];
  if (v === 0)
    return {
      kind: 'agent',
      lang: 'en',
      cats: [],
      body: {
        model: 'auto',
        tools,
        messages: [
          usr('What does E11.65 cover and what is a sibling code for hypoglycemia?'),
          toolCall('icd10_lookup', { code: 'E11.65' }, id),
          toolRes(id, { code: 'E11.65', title: 'Type 2 diabetes mellitus with hyperglycemia', parent: 'E11.6', billable: true }),
        ],
      },
    };
  return {
    kind: 'agent',
    lang: 'it',
    cats: [],
    body: {
      model: 'auto',
      tools,
      messages: [
        usr('Cosa indica il codice J45.41 e quali codici simili esistono?'),
        toolCall('icd10_lookup', { code: 'J45.41' }, id),
        toolRes(id, { code: 'J45.41', titolo: 'Asma persistente moderata con esacerbazione acuta', genitore: 'J45.4' }),
      ],
    },
  };
});

// Q9: rota with role codes only (compare pii-staff-rota-names).
T('pub-rota-roles', 2, (v) => {
  if (v === 0) {
    const md = `| Shift | Ward 7 | Ward 8 | Float |
|---|---|---|---|
| Mon early | RN-1, RN-2, HCA-1 | RN-3, HCA-2 | RN-F1 |
| Mon late | RN-4, HCA-3 | RN-5, RN-6 | - |
| Mon night | RN-7 | RN-8, HCA-4 | RN-F2 |`;
    return {
      kind: 'table',
      lang: 'en',
      cats: [],
      messages: [usr('Is the night shift below the 1:8 ratio if Ward 7 has 14 beds and Ward 8 has 16?\n\n' + md)],
    };
  }
  const md = `| Dienst | Afdeling A | Afdeling B |
|---|---|---|
| vroeg | VPK-01, VPK-02 | VPK-05 |
| laat | VPK-03 | VPK-06, VPK-07 |
| nacht | VPK-04 | VPK-08 |`;
  return {
    kind: 'table',
    lang: 'nl',
    cats: [],
    messages: [usr('Klopt de bezetting voor de nachtdienst met de norm van twee verpleegkundigen per afdeling?\n\n' + md)],
  };
});

// Q10: SMS status webhook with a masked number. Judgement: a masked number is not an identifier.
T('pub-sms-status-masked', 1, () => {
  const payload = {
    message_id: uuid(),
    status: 'delivered',
    to: '+44*******412',
    sender: 'CLINIC',
    segments: 1,
    price: { amount: '0.0400', currency: 'GBP' },
    delivered_at: isoTs(28, 9),
  };
  return {
    kind: 'webhook',
    lang: 'en',
    cats: [],
    messages: [usr('Add this status to our delivery dashboard schema; which fields would you index?\n' + J(payload))],
  };
});

// Q11: payment webhooks with last-4 and pseudonymous processor ids only.
T('pub-payment-webhook-last4', 2, (v) => {
  if (v === 0) {
    const payload = {
      id: 'evt_' + b62(24),
      type: 'charge.succeeded',
      data: {
        object: {
          id: 'ch_' + b62(24),
          customer: 'cus_' + b62(14),
          amount: 2900,
          currency: 'usd',
          payment_method_details: { card: { brand: 'mastercard', last4: '4444', funding: 'credit', country: 'US' } },
          description: 'Pro plan (monthly)',
        },
      },
    };
    return {
      kind: 'webhook',
      lang: 'en',
      cats: [],
      messages: [usr('Which of these fields do we need to store for revenue reporting?\n' + J(payload))],
    };
  }
  const payload = {
    id: 'evt_' + b62(24),
    type: 'payout.paid',
    data: {
      object: {
        id: 'po_' + b62(24),
        amount: 1834050,
        currency: 'eur',
        arrival_date: 1795392000,
        destination: 'ba_' + b62(24),
        statement_descriptor: 'MUSTERSHOP AUSZAHLUNG',
      },
    },
  };
  return {
    kind: 'webhook',
    lang: 'de',
    cats: [],
    messages: [usr('Wie buche ich diese Auszahlung in der Finanzbuchhaltung?\n' + J(payload))],
  };
});

// Q12: internal infrastructure ticket webhook.
T('pub-infra-ticket-webhook', 1, () => {
  const payload = {
    action: 'issue.created',
    issue: {
      key: `OPS-${ri(1000, 9999)}`,
      fields: {
        summary: 'Disk 92% on db-replica-2',
        priority: 'P2',
        labels: ['postgres', 'capacity'],
        description: 'WAL archive lagging; /var/lib/postgresql at 92%. Runbook RB-114.',
      },
    },
  };
  return {
    kind: 'webhook',
    lang: 'en',
    cats: [],
    messages: [usr('Suggest the first three runbook steps for this ticket:\n' + J(payload))],
  };
});

// Q13: vendor e-mail threads signed by teams and role mailboxes.
T('pub-email-thread-vendor', 2, (v) => {
  if (v === 0) {
    const mail = `Subject: RE: Renewal quote Q-2026-4471

Thanks - approved on our side. Please send the PO to procurement@northwind-health.com.

Procurement Team, Northwind Health Systems

> From: sales@vitalsoft.io
> Attached is the renewal quote for 250 seats of VitalSoft Scheduling, 12 months, list price minus 8%.
> VitalSoft Sales | 400 Market St, Suite 900, San Francisco, CA`;
    return {
      kind: 'email',
      lang: 'en',
      cats: [],
      messages: [usr('Write a one-paragraph summary of this thread for the finance channel:\n\n' + mail)],
    };
  }
  const mail = `Betreff: AW: Wartungsfenster Dezember

Passt für uns. Bitte die Ankündigung an die Kunden bis Freitag.

Team Betrieb, Stadtwerke Musterstadt

> Von: support@netzwerk-gmbh.de
> Wir schlagen das Wartungsfenster am 12.12. von 22:00 bis 02:00 vor (Core-Switch-Update, Firmware 17.9.4).`;
  return { kind: 'email', lang: 'de', cats: [], messages: [usr('Entwirf die Kundenankündigung aus diesem Verlauf:\n\n' + mail)] };
});

// Q14: support chats about product usage, no customer identity.
T('pub-support-chat-howto', 2, (v) => {
  if (v === 0) {
    const tr = `Customer: how do I export last month's invoices as CSV?
Agent (bot): Go to Billing > Invoices, filter by date, then Export > CSV.
Customer: the export button is greyed out
Agent (bot): Exports need the Billing Admin role. Ask a workspace owner to grant it.`;
    return { kind: 'chat', lang: 'en', cats: [], messages: [usr('Turn this chat into a help-centre article:\n' + tr)] };
  }
  const tr = `Klient: jak zmienić godziny otwarcia w kalendarzu rezerwacji?
Konsultant: Ustawienia > Kalendarz > Godziny pracy, potem Zapisz.
Klient: a święta?
Konsultant: Dni wolne dodaje się w zakładce Wyjątki.`;
  return { kind: 'chat', lang: 'pl', cats: [], messages: [usr('Przerób tę rozmowę na krótką instrukcję FAQ:\n' + tr)] };
});

// Q15: OCR'd blank forms.
T('pub-ocr-blank-form', 2, (v) => {
  if (v === 0) {
    const ocr = `CONSENT  FOR  TREAT MENT
Pa tient name: ______________________   Date of birth:  __ / __ / ____
MRN:  ____________
I  consent  to the  procedure  described  above  and  have  had  the  risks
ex plained to  me.      Signature: ______________   Date: __________`;
    return {
      kind: 'ocr',
      lang: 'en',
      cats: [],
      messages: [usr('Convert this scanned blank form into an HTML form with the same fields:\n\n' + ocr)],
    };
  }
  const ocr = `Anamnese bogen   ( bitte  aus füllen )
Name: ____________   Vorname: ____________   Geb.-Datum: __.__.____
Vorerkrankungen:  [ ] Diabetes   [ ] Bluthochdruck   [ ] Asthma
Medi kamente  (Name, Dosis): ______________________________`;
  return { kind: 'ocr', lang: 'de', cats: [], messages: [usr('Mach daraus ein digitales Formular (JSON-Schema):\n\n' + ocr)] };
});

// Q16: SQL schema plus a parameterised insert.
T('pub-sql-schema', 1, () => {
  const sql = `CREATE TABLE patients (
  id BIGSERIAL PRIMARY KEY,
  mrn VARCHAR(12) UNIQUE NOT NULL,
  full_name TEXT NOT NULL,
  dob DATE NOT NULL,
  nhs_number CHAR(10)
);
INSERT INTO patients (mrn, full_name, dob, nhs_number) VALUES ($1, $2, $3, $4);`;
  return {
    kind: 'sql',
    lang: 'en',
    cats: [],
    messages: [usr('Add a CHECK constraint that validates nhs_number with the mod-11 rule:\n\n' + sql)],
  };
});

// Q17: ICD-10 code table seed.
T('pub-sql-icd-seed', 1, () => {
  const sql = `INSERT INTO icd10_codes (code, title, chapter) VALUES
 ('E11.9', 'Type 2 diabetes mellitus without complications', 'IV'),
 ('I10', 'Essential (primary) hypertension', 'IX'),
 ('J45.909', 'Unspecified asthma, uncomplicated', 'X'),
 ('F32.A', 'Depression, unspecified', 'V');`;
  return { kind: 'sql', lang: 'en', cats: [], messages: [usr('Convert this seed to a COPY-friendly CSV:\n' + sql)] };
});

// Q18: configs with secret references only.
T('pub-config-env-refs', 2, (v) => {
  if (v === 0) {
    const y = `database:
  url: postgres://app:\${DB_PASSWORD}@db.internal:5432/app
stripe:
  secret_key: "{{ secrets.STRIPE_SECRET_KEY }}"
  webhook_secret: \${STRIPE_WEBHOOK_SECRET}
smtp:
  password: <set-in-vault>`;
    return { kind: 'config', lang: 'en', cats: [], messages: [usr('Is this safe to commit? Explain each secret reference.\n\n' + y)] };
  }
  const y = `# docker-compose.override.yml
services:
  api:
    environment:
      JWT_SECRET: \${JWT_SECRET:?ustaw w .env}
      REDIS_URL: redis://:\${REDIS_PASSWORD}@redis:6379/0
      SENTRY_DSN: \${SENTRY_DSN}`;
  return {
    kind: 'config',
    lang: 'pl',
    cats: [],
    messages: [usr('Czy ta konfiguracja przecieka jakieś sekrety? Wyjaśnij składnię ${VAR:?msg}.\n\n' + y)],
  };
});

// Q19: HTTP dumps with redacted auth / no auth.
T('pub-http-dump-redacted', 2, (v) => {
  if (v === 0) {
    const dump = `POST /v1/messages HTTP/1.1
Host: api.internal.northwind.io
Authorization: Bearer [REDACTED]
Cookie: session=<redacted>
Content-Type: application/json
X-Request-Id: ${uuid()}

{"channel":"ops","text":"deploy finished"}`;
    return { kind: 'http', lang: 'en', cats: [], messages: [usr('Why does this return 415 even with Content-Type set?\n\n' + dump)] };
  }
  const dump = `GET /healthz HTTP/1.1
Host: ${privIp()}:8080
User-Agent: kube-probe/1.30
Accept: */*
Connection: close

HTTP/1.1 503 Service Unavailable
content-type: application/json
{"status":"degraded","checks":{"db":"ok","ledger":"lagging"}}`;
  return { kind: 'http', lang: 'en', cats: [], messages: [usr('Should a lagging ledger fail liveness or only readiness?\n\n' + dump)] };
});

// Q20: agent tool loop over deployment status.
T('pub-agent-deploy', 1, () => {
  const id = 'call_' + b62(24);
  return {
    kind: 'agent',
    lang: 'en',
    cats: [],
    body: {
      model: 'gpt-4.1',
      tools: [fn('get_deployment', 'Deployment status of a service', { service: { type: 'string' } })],
      messages: [
        usr('Is billing-api fully rolled out?'),
        toolCall('get_deployment', { service: 'billing-api' }, id),
        toolRes(id, {
          service: 'billing-api',
          image: `registry.internal/billing-api@sha256:${hex(64)}`,
          replicas: { desired: 6, ready: 4 },
          revision: 112,
          commit: hex(40),
        }),
      ],
    },
  };
});

// Q21: drug interaction tool loop, no patient.
T('pub-agent-interactions', 1, () => {
  const id = 'call_' + b62(24);
  return {
    kind: 'agent',
    lang: 'en',
    cats: [],
    body: {
      model: 'auto',
      tools: [fn('check_interactions', 'Check drug-drug interactions', { drugs: { type: 'array', items: { type: 'string' } } })],
      messages: [
        usr('Is it OK to combine warfarin 5 mg with ibuprofen 400 mg in general? For our pharmacist training deck.'),
        toolCall('check_interactions', { drugs: ['warfarin', 'ibuprofen'] }, id),
        toolRes(id, {
          severity: 'major',
          mechanism: 'additive bleeding risk; NSAID GI mucosal injury',
          advice: 'avoid; prefer paracetamol',
        }),
      ],
    },
  };
});

// Q22: pharmacy stock CSV.
T('pub-pharmacy-stock-csv', 1, () => {
  const rows = [
    'ndc,item,lot,expiry,on_hand,reorder_point',
    `0093-7214-01,Metformin 500 mg tab,L${nz(6)},2027-08,420,200`,
    `0378-0018-01,Lisinopril 10 mg tab,L${nz(6)},2027-03,95,150`,
    `0169-7501-11,Insulin aspart 100 U/mL pen,L${nz(6)},2026-12,18,25`,
  ];
  return {
    kind: 'table',
    lang: 'en',
    cats: [],
    messages: [usr('Which items need reordering or are close to expiry?\n\n' + rows.join('\n'))],
  };
});

// Q23: support SLA metrics table.
T('pub-sla-md', 1, () => {
  const md = `| Queue | Tickets | First response p50 | p90 | SLA met |
|---|---|---|---|---|
| Billing | 1,204 | 38 min | 4.1 h | 96.2 % |
| Clinical app | 812 | 22 min | 2.7 h | 98.9 % |
| Integrations | 233 | 1.6 h | 9.8 h | 88.0 % |`;
  return { kind: 'table', lang: 'en', cats: [], messages: [usr('Which queue needs attention and why?\n\n' + md)] };
});

// Q24: CI log with commit SHAs and image digests (long hex near-misses for tokens).
T('pub-digests-log', 1, () => {
  const log = `#12 [build 6/7] RUN npm ci --omit=dev
#12 DONE 41.3s
#14 exporting to image
#14 writing image sha256:${hex(64)} done
#14 naming to registry.internal/web:${hex(7)} done
pushed registry.internal/web@sha256:${hex(64)}
HEAD is now at ${hex(40)} Merge pull request #4182 from feature/slots-cache`;
  return {
    kind: 'log',
    lang: 'en',
    cats: [],
    messages: [usr('The image pushed but the deploy still uses the old digest. What should I check?\n\n' + log)],
  };
});

// Q25: validation errors that name identifier types but carry no values.
T('pub-validation-errors', 1, () => {
  const log = `{"level":"warn","msg":"validation failed","errors":[{"field":"patient.nhs_number","rule":"mod11","message":"NHS number check digit invalid"},{"field":"patient.dob","rule":"past_date","message":"date of birth must be in the past"},{"field":"card.number","rule":"luhn","message":"card number failed Luhn check"}],"request_id":"${uuid()}"}`;
  return {
    kind: 'log',
    lang: 'en',
    cats: [],
    messages: [usr('Write user-facing error messages for each of these validation failures:\n' + log)],
  };
});

// Q26: calendar webhook for a clinic closure.
T('pub-calendar-closure', 1, () => {
  const payload = {
    kind: 'calendar#event',
    id: b62(26).toLowerCase(),
    summary: 'Clinic closed - staff training (BLS recertification)',
    start: { date: '2026-12-16' },
    end: { date: '2026-12-17' },
    transparency: 'opaque',
    organizer: { email: 'operations@riverbend-clinic.org' },
  };
  return { kind: 'webhook', lang: 'en', cats: [], messages: [usr('Write a website notice for this calendar event:\n' + J(payload))] };
});

// Q27: lab reference ranges.
T('pub-lab-ranges-csv', 1, () => {
  const rows = [
    'loinc,test,unit,low,high,critical_low,critical_high',
    '2823-3,Potassium,mmol/L,3.5,5.1,2.8,6.2',
    '2951-2,Sodium,mmol/L,136,145,120,160',
    '2345-7,Glucose,mg/dL,70,99,40,450',
    '718-7,Hemoglobin,g/dL,12.0,17.5,7.0,20.0',
  ];
  return {
    kind: 'table',
    lang: 'en',
    cats: [],
    messages: [usr('Generate the TypeScript constant for these reference ranges:\n\n' + rows.join('\n'))],
  };
});

// Q28: PEM public key and a certificate fingerprint in config: not secrets.
T('pub-pem-public', 1, () => {
  const { pub } = ecPrivatePem();
  const y = `jwt:
  issuer: https://auth.internal.northwind.io
  audience: api
  algorithms: [ES256]
  public_key: |
${pub
  .split('\n')
  .map((l) => '    ' + l)
  .join('\n')}
  cert_sha256_fingerprint: "${hex(64).toUpperCase().match(/.{2}/g).join(':')}"`;
  return {
    kind: 'config',
    lang: 'en',
    cats: [],
    messages: [usr('Is it fine to keep this verification key in the repo? Explain why or why not.\n\n' + y)],
  };
});

// Q29: password policy config (no password).
T('pub-password-policy', 1, () => {
  const t = `[auth.password_policy]
min_length = 14
require_upper = true
require_digit = true
forbid_breached = true   # HIBP k-anonymity check
max_age_days = 0
lockout_after = 5
lockout_minutes = 15`;
  return { kind: 'config', lang: 'en', cats: [], messages: [usr('Does this policy match NIST 800-63B? What would you change?\n\n' + t)] };
});

// Q30: webhook with a signature header. Judgement: the HMAC output is not the secret.
T('pub-webhook-signature-header', 1, () => {
  const dump = `POST /hooks/stripe HTTP/1.1
Host: hooks.kestrel-books.com
Stripe-Signature: t=1795401234,v1=${hex(64)}
Content-Type: application/json

{"id":"evt_${b62(24)}","type":"invoice.paid","data":{"object":{"id":"in_${b62(24)}","amount_paid":4900}}}`;
  return {
    kind: 'http',
    lang: 'en',
    cats: [],
    messages: [usr('Our verification fails with "No signatures found matching the expected signature". Common causes?\n\n' + dump)],
  };
});

// Q31: reminder e-mail template with merge fields.
T('pub-email-template', 1, () => {
  const tpl = `Subject: Your appointment on {{appointment.date}}

Hi {{patient.first_name}},

This is a reminder of your {{appointment.type}} with {{practitioner.display_name}} at {{location.name}}.
Reply C to confirm or R to reschedule.

{{clinic.signature}}`;
  return {
    kind: 'email',
    lang: 'en',
    cats: [],
    messages: [usr('Make this reminder template shorter and add a Spanish version with the same merge fields:\n\n' + tpl)],
  };
});

// Q32: general pharmacy chat questions without identity (medication with dose, but no person).
T('pub-pharmacy-chat-general', 2, (v) => {
  if (v === 0) {
    const tr = `Visitor: can you take ibuprofen 400 mg with amoxicillin 500 mg?
Pharmacy bot: In general there's no significant interaction; take ibuprofen with food.
Visitor: and how far apart?
Pharmacy bot: They can be taken at the same time unless your doctor said otherwise.`;
    return {
      kind: 'chat',
      lang: 'en',
      cats: [],
      messages: [usr('Review the bot answers in this anonymous web chat for accuracy:\n' + tr)],
    };
  }
  const tr = `Visiteur : le paracétamol 1 g, c'est combien par jour maximum pour un adulte ?
Assistant pharmacie : 3 g par jour en général, 4 g au maximum, avec 4 à 6 h entre les prises.
Visiteur : et pour un enfant de 20 kg ?
Assistant pharmacie : 15 mg/kg par prise, soit 300 mg, jusqu'à 4 fois par jour.`;
  return { kind: 'chat', lang: 'fr', cats: [], messages: [usr('Vérifie les réponses de ce chat anonyme :\n' + tr)] };
});

// Q33: nurse triage protocol table.
T('pub-triage-protocol-md', 1, () => {
  const md = `| Symptom | Red flags | Disposition |
|---|---|---|
| Chest pain | radiation to arm/jaw, diaphoresis, dyspnoea | Call 911 / ED now |
| Fever (adult) | >40 °C, stiff neck, confusion | ED now |
| Headache | worst ever, sudden onset | ED now |
| Sore throat | drooling, stridor | ED now; else GP 24 h |`;
  return {
    kind: 'table',
    lang: 'en',
    cats: [],
    messages: [usr('Turn this protocol table into a decision tree in Mermaid syntax:\n\n' + md)],
  };
});

// Q34: HL7 ACK log without a PID segment.
T('pub-hl7-ack-log', 1, () => {
  const log = `[2026-11-28 10:02:11,004] INFO  Channel 'ORU-OUT' sent ${nz(8)}
[2026-11-28 10:02:11,230] WARN  ACK received: MSH|^~\\&|LIS|MERIDIAN|EHR|RVH|20261128100211||ACK^R01|${nz(8)}|P|2.5.1\rMSA|AE|${nz(8)}|OBX-5 value exceeds max length`;
  return {
    kind: 'log',
    lang: 'en',
    cats: [],
    messages: [usr('What does MSA|AE mean and how do we handle it in the retry logic?\n' + log)],
  };
});

// Q35: test fixture with masked card numbers and a Luhn-failing order id.
T('pub-masked-cards-fixture', 1, () => {
  const fx = {
    orders: [
      { order_no: badLuhn(16), card: '4111 **** **** 1111', amount: 1999 },
      { order_no: badLuhn(16), card: 'XXXX-XXXX-XXXX-5100', amount: 4500 },
    ],
  };
  return {
    kind: 'config',
    lang: 'en',
    cats: [],
    messages: [usr('Write a Jest test that checks the receipt renderer prints only the last four digits:\n' + J(fx))],
  };
});

// Q36: Prometheus metrics.
T('pub-metrics', 1, () => {
  const m = `# HELP http_requests_total Total HTTP requests
# TYPE http_requests_total counter
http_requests_total{route="/v1/appointments",method="POST",status="201"} 48213
http_requests_total{route="/v1/appointments",method="POST",status="409"} 1177
# HELP booking_latency_seconds Booking latency
booking_latency_seconds_bucket{le="0.5"} 40119
booking_latency_seconds_bucket{le="+Inf"} 49390`;
  return { kind: 'log', lang: 'en', cats: [], messages: [usr('Write a PromQL alert for the 409 ratio above 3% over 10 minutes:\n\n' + m)] };
});

// Q37: OCR'd Italian invoice between companies (company VAT number, company address).
T('pub-ocr-invoice-company', 1, () => {
  const ocr = `FATTU RA  N.  2026/ 0 41 8        Data:  20/11/2026
Forni tore:  Tecno Sanitaria S.r.l.  -  Via dell' Industria 12,  40138 Bologna
P. IVA  ${partitaIva()}
Cliente:  Poliambulatorio San Marco S.p.A.   P. IVA ${partitaIva()}
Descri zione:  n. 4 lettini visita  -  Impo nibile  2.480,00  IVA 22%  545,60`;
  return { kind: 'ocr', lang: 'it', cats: [], messages: [usr('Estrai i campi della fattura scansionata in JSON:\n\n' + ocr)] };
});

// Q38: Spanish trace log with ids only.
T('pub-trace-log-es', 1, () => {
  const log = `2026-11-29T07:12:44Z ERROR [citas-api] trace=${hex(32)} span=${hex(16)} centro=CS-${ri(10, 99)} agenda=AG-${ri(100, 999)} error="timeout al consultar huecos libres" reintento=3/3`;
  return { kind: 'log', lang: 'es', cats: [], messages: [usr('¿Qué métricas añadirías para diagnosticar este timeout?\n' + log)] };
});

// ================================================================ emit
const ORDER = { PHI: 0, PII: 1, PCI: 2, CREDENTIALS: 3 };
const cases = [];
const groupCount = {};
templates.forEach((t, ti) => {
  for (let v = 0; v < t.n; v++) {
    const c = t.build(v);
    const cats = [...c.cats].sort((a, b) => ORDER[a] - ORDER[b]);
    const level = cats.some((x) => x !== 'PII') ? 'restricted' : cats.length ? 'confidential' : 'public';
    const group = t.name.split('-')[0];
    groupCount[group] = (groupCount[group] || 0) + 1;
    const id = `h8-${group}-${pad(groupCount[group], 3)}`;
    const body = c.body ?? { model: MODELS[(ti + v) % MODELS.length], messages: c.messages };
    const out = { id, kind: c.kind, lang: c.lang, template: t.name, expected: { level, categories: cats } };
    if (c.where) out.where = c.where;
    if (c.encoding) out.encoding = c.encoding;
    out.body = body;
    cases.push(out);
  }
});

// sanity checks on labels vs template prefixes and on the template limit
const names = new Set();
for (const t of templates) {
  if (names.has(t.name)) throw new Error('duplicate template ' + t.name);
  if (t.n > 2) throw new Error('too many cases for ' + t.name);
  names.add(t.name);
}
for (const c of cases) {
  const g = c.template.split('-')[0];
  const cats = c.expected.categories;
  const ok = {
    phi: cats.includes('PHI'),
    pii: cats.length === 1 && cats[0] === 'PII',
    pci: cats.includes('PCI'),
    cred: cats.includes('CREDENTIALS'),
    pub: cats.length === 0,
  }[g];
  if (!ok) throw new Error('label/template mismatch ' + c.id);
}

const here = dirname(fileURLToPath(import.meta.url));
writeFileSync(join(here, 'h8-cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');

const count = (f) => cases.reduce((m, c) => ((m[f(c)] = (m[f(c)] || 0) + 1), m), {});
console.log(`h8: ${cases.length} cases, ${templates.length} templates -> ${join(here, 'h8-cases.jsonl')}`);
console.log(
  'level    ',
  count((c) => c.expected.level),
);
console.log(
  'category ',
  count((c) => c.expected.categories.join('+') || 'none'),
);
console.log(
  'kind     ',
  count((c) => c.kind),
);
console.log(
  'lang     ',
  count((c) => c.lang),
);
console.log(
  'where    ',
  count((c) => c.where || 'message'),
);
console.log(
  'encoding ',
  count((c) => c.encoding || 'none'),
);
