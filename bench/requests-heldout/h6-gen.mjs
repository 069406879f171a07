#!/usr/bin/env node
// h6 held-out request set: deterministic generator (Node 20 ESM, no dependencies).
// Written from SPEC §4 and bench/requests/README.md only (no look at the detector or other cases).
// Synthetic people and values; every check digit is computed below.
// Run: node bench/requests-heldout/h6-gen.mjs  -> writes h6-cases.jsonl next to this file.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rng = mulberry32(0x4836_2026);
const ri = (n) => Math.floor(rng() * n);
const pick = (a) => a[ri(a.length)];
const digits = (n) => Array.from({ length: n }, () => ri(10)).join('');
const nz = () => String(1 + ri(9));
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const chars = (n, set = ALNUM) => Array.from({ length: n }, () => set[ri(set.length)]).join('');
const hex = (n) => chars(n, '0123456789abcdef');
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url');
const randBytes = (n) => Buffer.from(Array.from({ length: n }, () => ri(256)));

// ---------------------------------------------------------------- check digits
function luhnDigit(payload) {
  let sum = 0;
  let dbl = true;
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
const luhnValid = (s) => {
  const d = s.replace(/\D/g, '');
  return luhnDigit(d.slice(0, -1)) === +d.at(-1);
};
function card(prefix, len) {
  const body = prefix + digits(len - prefix.length - 1);
  return body + luhnDigit(body);
}
const group4 = (s, sep = ' ') => s.replace(/(.{4})(?=.)/g, `$1${sep}`);
const amexFmt = (s) => `${s.slice(0, 4)} ${s.slice(4, 10)} ${s.slice(10)}`;
function failsLuhn(n) {
  let s = digits(n);
  if (luhnValid(s)) s = s.slice(0, -1) + ((+s.at(-1) + 1) % 10);
  if (luhnValid(s)) throw new Error('luhn-fail generator');
  return s;
}

function mod97(str) {
  let r = 0;
  for (const ch of str) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const c of v) r = (r * 10 + +c) % 97;
  }
  return r;
}
function iban(cc, bban) {
  const cd = String(98 - mod97(bban + cc + '00')).padStart(2, '0');
  const s = cc + cd + bban;
  if (mod97(s.slice(4) + s.slice(0, 4)) !== 1) throw new Error('iban');
  return s;
}
const ibanFmt = (s) => s.replace(/(.{4})(?=.)/g, '$1 ');
const ibanDE = () => iban('DE', pick(['37040044', '50010517', '20041133', '76026000']) + digits(10));
function ibanPL() {
  const s7 = pick(['1090101', '1140200', '1020552', '1240617']);
  const w = [3, 9, 7, 1, 3, 9, 7];
  const sum = [...s7].reduce((a, c, i) => a + +c * w[i], 0);
  return iban('PL', s7 + ((10 - (sum % 10)) % 10) + digits(16));
}
function ibanPT() {
  const core = pick(['0033', '0035', '0010']) + digits(4) + digits(11);
  const nib = String(98 - mod97(core + '00')).padStart(2, '0');
  return iban('PT', core + nib);
}
function esControl(ten) {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const s = [...ten].reduce((a, c, i) => a + +c * w[i], 0);
  const d = 11 - (s % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}
function ibanES() {
  const bank = pick(['2100', '0049', '0182']);
  const branch = digits(4);
  const acc = digits(10);
  return iban('ES', bank + branch + esControl('00' + bank + branch) + esControl(acc) + acc);
}

function nhsNumber() {
  for (;;) {
    const nine = String(4 + ri(4)) + digits(8);
    const s = [...nine].reduce((a, c, i) => a + +c * (10 - i), 0);
    let cd = 11 - (s % 11);
    if (cd === 11) cd = 0;
    if (cd === 10) continue;
    const n = nine + cd;
    return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
}
function npi() {
  const nine = pick(['1', '2']) + digits(8);
  return nine + luhnDigit('80840' + nine);
}
function dea(lastName, type = 'B') {
  const six = digits(6);
  const d = [...six].map(Number);
  const c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return type + lastName[0].toUpperCase() + six + c;
}
function mbi() {
  const A = 'ACDEFGHJKMNPQRTUVWXY';
  const AN = A + '0123456789';
  const N = '0123456789';
  return (
    nz() +
    chars(1, A) +
    chars(1, AN) +
    chars(1, N) +
    chars(1, A) +
    chars(1, AN) +
    chars(1, N) +
    chars(1, A) +
    chars(1, A) +
    chars(1, N) +
    chars(1, N)
  );
}
function pesel(y, m, d, female) {
  const mm = y >= 2000 ? m + 20 : m;
  let sex = ri(10);
  if (female && sex % 2 === 1) sex = (sex + 1) % 10;
  if (!female && sex % 2 === 0) sex += 1;
  const ten = String(y % 100).padStart(2, '0') + String(mm).padStart(2, '0') + String(d).padStart(2, '0') + digits(3) + sex;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = [...ten].reduce((a, c, i) => a + +c * w[i], 0);
  return ten + ((10 - (s % 10)) % 10);
}
function personnummer(y, m, d) {
  const nine = String(y % 100).padStart(2, '0') + String(m).padStart(2, '0') + String(d).padStart(2, '0') + digits(3);
  const ten = nine + luhnDigit(nine);
  return `${y}${ten.slice(2, 6)}-${ten.slice(6)}`;
}
function nifPT() {
  const eight = pick(['1', '2']) + digits(7);
  const s = [...eight].reduce((a, c, i) => a + +c * (9 - i), 0);
  let cd = 11 - (s % 11);
  if (cd >= 10) cd = 0;
  return eight + cd;
}
function cnsBR() {
  for (;;) {
    const pis = pick(['1', '2']) + digits(10);
    let sum = [...pis].reduce((a, c, i) => a + +c * (15 - i), 0);
    let dv = 11 - (sum % 11);
    if (dv === 11) dv = 0;
    let cns;
    if (dv === 10) {
      sum += 2;
      dv = 11 - (sum % 11);
      cns = pis + '001' + dv;
    } else cns = pis + '000' + dv;
    const chk = [...cns].reduce((a, c, i) => a + +c * (15 - i), 0);
    if (cns.length === 15 && chk % 11 === 0) return `${cns.slice(0, 3)} ${cns.slice(3, 7)} ${cns.slice(7, 11)} ${cns.slice(11)}`;
  }
}
function nir(female, yy, mm, dept) {
  const thirteen = (female ? '2' : '1') + yy + mm + dept + digits(3) + String(1 + ri(899)).padStart(3, '0');
  const key = 97 - Number(BigInt(thirteen) % 97n);
  const k = String(key).padStart(2, '0');
  return `${thirteen[0]} ${thirteen.slice(1, 3)} ${thirteen.slice(3, 5)} ${thirteen.slice(5, 7)} ${thirteen.slice(7, 10)} ${thirteen.slice(10)} ${k}`;
}
function dni() {
  const n = String(10000000 + ri(89999999));
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[+n % 23];
}
// Italian codice fiscale (odd/even tables, check letter)
function codiceFiscale(surname, name, y, m, d, female, comune) {
  const up = (s) =>
    s
      .toUpperCase()
      .normalize('NFD')
      .replace(/[^A-Z]/g, '');
  const cons = (s) => [...up(s)].filter((c) => !'AEIOU'.includes(c));
  const vows = (s) => [...up(s)].filter((c) => 'AEIOU'.includes(c));
  const sc = [...cons(surname), ...vows(surname), 'X', 'X', 'X'].slice(0, 3).join('');
  const nc0 = cons(name);
  const nc = nc0.length >= 4 ? nc0[0] + nc0[2] + nc0[3] : [...nc0, ...vows(name), 'X', 'X', 'X'].slice(0, 3).join('');
  const body = sc + nc + String(y % 100).padStart(2, '0') + 'ABCDEHLMPRST'[m - 1] + String(d + (female ? 40 : 0)).padStart(2, '0') + comune;
  const odd = {
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
  let s = 0;
  [...body].forEach((c, i) => {
    if (i % 2 === 0) s += odd[c];
    else s += /\d/.test(c) ? +c : c.charCodeAt(0) - 65;
  });
  return body + String.fromCharCode(65 + (s % 26));
}
// CRC32 (for GitHub / npm token checksums) and base62
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
function base62(n, width) {
  const A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let s = '';
  while (n > 0) {
    s = A[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, '0');
}
function checksummedToken(prefix) {
  const r = chars(30);
  return `${prefix}_${r}${base62(crc32(r), 6)}`;
}
// CRC-24 for OpenPGP ASCII armor (RFC 4880 §6.1)
function crc24(buf) {
  let crc = 0xb704ce;
  for (const b of buf) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}
function armor(kind, firstBytes, n) {
  const buf = Buffer.concat([Buffer.from(firstBytes), randBytes(n)]);
  const body = buf
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trim();
  const c = crc24(buf);
  const cs = Buffer.from([(c >> 16) & 255, (c >> 8) & 255, c & 255]).toString('base64');
  return `-----BEGIN PGP ${kind} KEY BLOCK-----\n\n${body}\n=${cs}\n-----END PGP ${kind} KEY BLOCK-----`;
}
function jwt(header, payload, sigBytes = 256) {
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${randBytes(sigBytes).toString('base64url')}`;
}

// ---------------------------------------------------------------- synthetic people
const POOLS = {
  en: [
    ['Marcus', 'Whitfield', 0],
    ['Denise', 'Okafor', 1],
    ['Harold', 'Brennan', 0],
    ['Priya', 'Raman', 1],
    ['Tessa', 'Caldwell', 1],
    ['Owen', 'Marsh', 0],
    ['Lorraine', 'Bexley', 1],
    ['Kieran', 'Doyle', 0],
    ['Gwen', 'Tallis', 1],
    ['Darnell', 'Pryce', 0],
    ['Shauna', 'McAteer', 1],
    ['Victor', 'Haldane', 0],
    ['Rosalind', 'Ekwueme', 1],
    ['Trevor', 'Lindgren', 0],
    ['Maeve', 'Gallagher', 1],
    ['Colin', 'Ashworth', 0],
  ],
  de: [
    ['Sabine', 'Kellermann', 1],
    ['Jörg', 'Wiesenthal', 0],
    ['Katrin', 'Oberländer', 1],
    ['Mehmet', 'Aydın', 0],
    ['Uwe', 'Brandstätter', 0],
  ],
  fr: [
    ['Céline', 'Marchetti', 1],
    ['Yannick', 'Le Goff', 0],
    ['Sylvie', 'Ranou', 1],
    ['Bastien', 'Delorme', 0],
  ],
  es: [
    ['Lucía', 'Barrientos', 1],
    ['Andrés', 'Quiroga', 0],
    ['Montserrat', 'Vidal', 1],
    ['Iker', 'Etxeberria', 0],
  ],
  it: [
    ['Giulia', 'Ferrante', 1],
    ['Marco', 'Bellandi', 0],
    ['Rosaria', 'Esposito', 1],
    ['Davide', 'Santangelo', 0],
  ],
  pt: [
    ['João', 'Valadares', 0],
    ['Ana Cristina', 'Moutinho', 1],
    ['Thiago', 'Nogueira', 0],
    ['Mariana', 'Figueiredo', 1],
  ],
  pl: [
    ['Agnieszka', 'Wróblewska', 1],
    ['Tomasz', 'Zieliński', 0],
    ['Krzysztof', 'Nowicki', 0],
    ['Magdalena', 'Kaczmarek', 1],
  ],
  sv: [
    ['Anna', 'Lindqvist', 1],
    ['Erik', 'Sjöberg', 0],
    ['Karin', 'Holmgren', 1],
    ['Johan', 'Åkesson', 0],
  ],
};
const used = {};
// sex: 'f' | 'm' | undefined; takes the next unused pool entry of that sex (pool reused when exhausted)
function person(lang, sex, yr = [1942, 1998]) {
  const pool = POOLS[lang];
  const u = (used[lang] = used[lang] || new Set());
  const ok = (e) => sex === undefined || (sex === 'f') === !!e[2];
  let i = pool.findIndex((e, k) => !u.has(k) && ok(e));
  if (i < 0) {
    u.clear();
    i = pool.findIndex(ok);
  }
  u.add(i);
  const [first, last, female] = pool[i];
  const y = yr[0] + ri(yr[1] - yr[0] + 1);
  const m = 1 + ri(12);
  const d = 1 + ri(28);
  const p2 = (n) => String(n).padStart(2, '0');
  return {
    first,
    last,
    female: !!female,
    full: `${first} ${last}`,
    y,
    m,
    d,
    iso: `${y}-${p2(m)}-${p2(d)}`,
    eu: `${p2(d)}/${p2(m)}/${y}`,
    dot: `${p2(d)}.${p2(m)}.${y}`,
    us: `${p2(m)}/${p2(d)}/${y}`,
  };
}
const slug = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
const email = (p, dom) =>
  `${slug(p.first)}.${slug(p.last)}${pick(['', String(ri(90) + 10)])}@${dom || pick(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'])}`;
const phone = {
  us: () => `(${pick(['312', '617', '404', '503', '214', '720'])}) ${nz()}${digits(2)}-${digits(4)}`,
  uk: () => `07${pick(['8', '9', '4'])}${digits(2)} ${digits(6)}`,
  de: () => `+49 1${pick(['51', '60', '71', '76'])} ${digits(7)}`,
  fr: () => `06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  es: () => `6${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  it: () => `3${pick(['33', '47', '40', '88'])} ${digits(3)} ${digits(4)}`,
  pt: () => `9${pick(['1', '2', '3', '6'])}${digits(1)} ${digits(3)} ${digits(3)}`,
  pl: () => `+48 ${pick(['5', '6', '7'])}${digits(2)} ${digits(3)} ${digits(3)}`,
  sv: () => `07${pick(['0', '2', '3', '6'])}-${digits(3)} ${digits(2)} ${digits(2)}`,
};
const usAddr = () =>
  `${100 + ri(8800)} ${pick(['Maple Ridge Dr', 'W Belmont Ave', 'Oakhurst Ln', 'Cedar Hollow Rd', 'N Larkin St'])}, ${pick(['Evanston, IL 60201', 'Decatur, GA 30030', 'Beaverton, OR 97005', 'Plano, TX 75024'])}`;
const ukAddr = () =>
  `${1 + ri(140)} ${pick(['Holloway Crescent', 'Brackenbury Road', 'Fenwick Close', 'St Albans Avenue'])}, ${pick(['Leeds LS6 2QT', 'Bristol BS7 8PL', 'Norwich NR2 4HJ', 'Derby DE22 3FB'])}`;

// ---------------------------------------------------------------- case assembly
const cases = [];
const perTemplate = {};
const U = (content, extra = {}) => ({ role: 'user', content, ...extra });
const A = (content) => ({ role: 'assistant', content });
const S = (content) => ({ role: 'system', content });
const T = (id, content) => ({ role: 'tool', tool_call_id: id, content: typeof content === 'string' ? content : JSON.stringify(content) });
const callId = () => `call_${chars(24)}`;
const AC = (calls) => ({
  role: 'assistant',
  content: null,
  tool_calls: calls.map(([id, name, args]) => ({ id, type: 'function', function: { name, arguments: JSON.stringify(args) } })),
});
const fn = (name, description, properties, required = Object.keys(properties)) => ({
  type: 'function',
  function: { name, description, parameters: { type: 'object', properties, required } },
});
const MODELS = ['gpt-4o-mini', 'auto', 'support-chat', 'gpt-4o', 'auto', 'gpt-4o-mini'];

const LV = { PHI: 3, PCI: 3, CREDENTIALS: 3, PII: 2 };
function add(template, kind, lang, categories, body, opts = {}) {
  perTemplate[template] = (perTemplate[template] || 0) + 1;
  const n = perTemplate[template];
  if (n > 3) throw new Error(`template ${template} has more than 3 cases`);
  const cats = [...categories].sort();
  const lvl = Math.max(0, ...cats.map((c) => LV[c]));
  const level = opts.level || ['public', 'internal', 'confidential', 'restricted'][lvl];
  if (!body.model) body = { model: MODELS[cases.length % MODELS.length], ...body };
  const c = { id: `h6-${template}-${n}`, kind, lang, template, expected: { level, categories: cats } };
  if (opts.where) c.where = opts.where;
  if (opts.encoding) c.encoding = opts.encoding;
  c.body = body;
  cases.push(c);
}
const PHI_PII = ['PHI', 'PII'];

// ================================================================ PHI (restricted)
// Appointment reminders whose clinic reveals the health condition: the specialty is health context
// (SPEC §4 "diagnosis" read broadly: attending an HIV / psychiatry clinic discloses it) + a name.
{
  const p = person('en');
  add('phi-specialty-reminder', 'appointment', 'en', PHI_PII, {
    messages: [
      S('You write SMS reminders for Riverside Health outpatient scheduling. Max 300 characters, friendly tone.'),
      U(
        `Draft a reminder for ${p.full}, mobile ${phone.us()}. Appointment Tuesday 9:40am at the HIV Clinic (Infectious Diseases, Level 2, Pavilion B). Ask them to bring their current meds and arrive 15 min early for bloods.`,
      ),
    ],
  });
  const q = person('pt');
  add('phi-specialty-reminder', 'appointment', 'pt', PHI_PII, {
    messages: [
      U(
        `Preciso de uma mensagem curta de lembrete para enviar por SMS: ${q.full}, telemóvel ${phone.pt()}, consulta de Psiquiatria (Unidade de Perturbações do Comportamento Alimentar) no Hospital de São Teotónio, dia 14 de janeiro às 9h30. Pode escrever de forma discreta?`,
      ),
    ],
  });
}
{
  const p = person('en', 'm', [1950, 1968]);
  add('phi-mt-family-oncology', 'clinical-note', 'en', PHI_PII, {
    messages: [
      U(`I'm helping my dad sort out his paperwork. His name is ${p.full}, born ${p.us}, he lives at ${usAddr()}.`),
      A('Happy to help. What paperwork are you working on?'),
      U(
        'He needs a letter to his employer asking for reduced hours for the next few months. Keep it general for now, just say ongoing medical treatment.',
      ),
      A(
        `Here's a draft:\n\nDear HR team,\n\nI am writing on behalf of ${p.first} to request a temporary reduction of working hours while he undergoes ongoing medical treatment...`,
      ),
      U(
        'Thanks. HR came back and they want specifics for the occupational health referral. He has stage III colon cancer after a right hemicolectomy and is on CAPOX: oxaliplatin 130 mg/m2 on day 1 and capecitabine 1000 mg/m2 twice daily for 14 days, every 3 weeks. Add that he will be off work the first week of each cycle.',
      ),
    ],
  });
}
{
  const p = person('en', 'm');
  const id1 = callId();
  const mrn = digits(8);
  add(
    'phi-tool-ehr-lookup',
    'agent',
    'en',
    PHI_PII,
    {
      tools: [
        fn('get_patient_chart', 'Fetch demographics, problem list and last 72h of labs for a patient by MRN.', { mrn: { type: 'string' } }),
      ],
      messages: [
        S('You are a ward assistant for the renal unit. Use the tools; be concise.'),
        U('Pull the chart for bed 14 and tell me whether the potassium is trending up.'),
        AC([[id1, 'get_patient_chart', { mrn }]]),
        T(id1, {
          name: p.full,
          dob: p.iso,
          sex: 'M',
          problems: ['N18.4 Chronic kidney disease, stage 4', 'E87.5 Hyperkalaemia'],
          labs: [
            { t: '2026-12-05T06:00', K: 5.4 },
            { t: '2026-12-06T06:00', K: 5.8 },
            { t: '2026-12-07T06:00', K: 6.1 },
          ],
          meds: ['furosemide 80 mg bd', 'sodium zirconium cyclosilicate 10 g tds'],
        }),
      ],
    },
    { where: 'tool_result' },
  );
}
{
  const id = callId();
  add(
    'phi-tool-args-nhs',
    'agent',
    'en',
    ['PHI'],
    {
      tools: [
        fn('book_appointment', 'Book an outpatient appointment.', {
          nhs_number: { type: 'string' },
          clinic: { type: 'string' },
          reason: { type: 'string' },
        }),
      ],
      messages: [
        U('Book the urgent follow-up we discussed in diabetic eye screening, earliest slot.'),
        AC([
          [
            id,
            'book_appointment',
            {
              nhs_number: nhsNumber(),
              clinic: 'Diabetic Eye Screening - Hospital Eye Service',
              reason: 'R3A active proliferative retinopathy, left eye',
            },
          ],
        ]),
        T(id, '{"status":"booked","slot":"2026-12-15T10:20:00Z"}'),
      ],
    },
    { where: 'tool_call_arguments' },
  );
}
{
  // long conversations: sensitive part in the middle
  const p = person('en');
  const m = [S('You are a helpful assistant for a hospital admin team.')];
  const filler = [
    [
      'What formula do I use in Google Sheets to count cells that contain "pending"?',
      'Use =COUNTIF(A:A, "*pending*") — the asterisks match anything before or after.',
    ],
    ['And to count only in rows where column C is "Ward 7"?', 'Use COUNTIFS: =COUNTIFS(A:A, "*pending*", C:C, "Ward 7").'],
    [
      'Can I make the pending cells turn orange automatically?',
      'Yes: Format → Conditional formatting → "Text contains" → pending → choose orange fill.',
    ],
  ];
  for (const [u, a] of filler) m.push(U(u), A(a));
  m.push(
    U(
      `Unrelated but quick, can you tidy this for the evening handover? "bay 3 bed 2 ${p.full} 78 admitted w NSTEMI, trop 1840, on fondaparinux 2.5mg od + bisoprolol 2.5, for angio tmrw, NBM from midnight, family aware"`,
    ),
  );
  m.push(
    A(
      `Bay 3, Bed 2 – ${p.full}, 78. Admitted with NSTEMI (troponin 1,840 ng/L). On fondaparinux 2.5 mg once daily and bisoprolol 2.5 mg. Angiogram planned tomorrow; nil by mouth from midnight. Family aware.`,
    ),
  );
  const filler2 = [
    ['Back to the sheet: how do I freeze the top row?', 'View → Freeze → 1 row.'],
    ['And protect column A so people cannot edit it?', 'Data → Protect sheets and ranges → select column A → set permissions.'],
    ['Last one: how do I export just this tab as a PDF?', 'File → Download → PDF, then under "Export" choose "Current sheet".'],
  ];
  for (const [u, a] of filler2) m.push(U(u), A(a));
  m.push(U('Great, and can I email that PDF on a schedule?'));
  add('phi-long-convo-middle', 'clinical-note', 'en', PHI_PII, { messages: m });

  const q = person('en');
  const m2 = [S('Customer support assistant for the MyCover health insurance app.')];
  const f3 = [
    ['The app keeps logging me out every time I switch to another app.', 'Sorry about that! Which phone and app version are you on?'],
    ['iPhone 13, app version 4.18.2', 'Thanks. Please try Settings → MyCover → toggle off "Offload unused apps", then reopen.'],
    ["That didn't work", 'Understood. Could you try reinstalling the app? Your data is stored in your account.'],
    [
      'ok reinstalled, now I can stay logged in but the claims page is blank',
      'Thanks for checking. Can you tell me what you see on the claims page, or paste the message?',
    ],
  ];
  for (const [u, a] of f3) m2.push(U(u), A(a));
  m2.push(
    U(
      `This is the only claim that shows in the email version: "Claim 77120-4 for ${q.full}: DENIED. Service: inpatient detox, 5 days, dx F10.239 alcohol dependence with withdrawal. Reason: no prior authorisation." Why is it not in the app?`,
    ),
  );
  m2.push(A('Thanks, that helps. Denied claims are sometimes filtered out by default. Tap the filter icon and enable "All statuses".'));
  const f4 = [
    ['found it, thanks. Also how do I change my notification settings?', 'Profile → Notifications → pick email, push or both.'],
    ['and dark mode?', 'Profile → Appearance → Dark.'],
  ];
  for (const [u, a] of f4) m2.push(U(u), A(a));
  add('phi-long-convo-middle', 'support-ticket', 'en', PHI_PII, { messages: m2 });
}
{
  const p = person('en');
  add(
    'phi-user-field-first-person',
    'clinical-note',
    'en',
    PHI_PII,
    {
      user: email(p),
      messages: [
        U(
          "I was diagnosed with bipolar II last month and started lamotrigine 25 mg, slowly going up to 200 mg. It's week 2 and I feel dizzy in the mornings. Is that normal or should I call the clinic?",
        ),
      ],
    },
    { where: 'user' },
  );
  const q = person('sv');
  add(
    'phi-user-field-first-person',
    'clinical-note',
    'sv',
    PHI_PII,
    {
      user: email(q, 'telia.com'),
      messages: [
        U('Jag fick diagnosen hypotyreos i höstas och tar Levaxin 75 mikrogram. Senaste TSH var 6,8. Ska jag be om högre dos eller vänta?'),
      ],
    },
    { where: 'user' },
  );
}
{
  const p = person('en');
  add(
    'phi-metadata-demographics',
    'clinical-note',
    'en',
    PHI_PII,
    {
      metadata: { patient_name: p.full, patient_dob: p.iso, encounter_id: `ENC-${digits(7)}`, department: 'ophthalmology' },
      messages: [
        U(
          'Turn this dictation into a short clinic letter to the GP: "Seen in medical retina follow-up. Wet AMD right eye, VA 6/18 (was 6/24). Third intravitreal aflibercept 2 mg given today, no complications. Review 8 weeks with OCT."',
        ),
      ],
    },
    { where: 'metadata' },
  );
}
{
  add(
    'phi-metadata-mbi',
    'insurance',
    'en',
    ['PHI'],
    {
      metadata: { member_mbi: mbi(), claim_ref: `CLM-${digits(9)}`, queue: 'appeals-level-1' },
      messages: [
        U(
          'Draft a level 1 redetermination request for the denied CT colonography. The screening was ordered after an incomplete colonoscopy (Z12.11, K63.89). Include the medical necessity argument and a list of attachments.',
        ),
      ],
    },
    { where: 'metadata' },
  );
}
{
  const p = person('en');
  add(
    'phi-tool-description-example',
    'agent',
    'en',
    PHI_PII,
    {
      tools: [
        fn(
          'submit_prior_auth',
          `Creates a prior-authorization request with the payer. Example that worked in staging: patient ${p.full} (DOB ${p.iso}, member ID ${pick(['WQH', 'ZPK', 'BCX'])}${digits(9)}) for adalimumab 40 mg SC every other week, dx L40.0 psoriasis vulgaris, failed methotrexate 15 mg weekly.`,
          { patient_id: { type: 'string' }, drug: { type: 'string' }, icd10: { type: 'string' } },
        ),
      ],
      messages: [U('Submit the PA for the dermatology patient currently open in my context.')],
    },
    { where: 'tool_description' },
  );
}
{
  const p = person('en');
  add(
    'phi-response-format-fewshot',
    'extraction',
    'en',
    PHI_PII,
    {
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'referral',
          strict: true,
          schema: {
            type: 'object',
            description: 'Structured 2-week-wait referral.',
            properties: {
              patient: { type: 'string' },
              nhs_number: { type: 'string' },
              referral_reason: { type: 'string' },
              urgency: { type: 'string', enum: ['2WW', 'urgent', 'routine'] },
            },
            required: ['patient', 'nhs_number', 'referral_reason', 'urgency'],
            additionalProperties: false,
            examples: [
              {
                patient: p.full,
                nhs_number: nhsNumber(),
                referral_reason: 'changing pigmented lesion left calf, suspected melanoma',
                urgency: '2WW',
              },
            ],
          },
        },
      },
      messages: [
        U('Extract the referral from the letter pasted below. Letter: [attached text follows in the next message]'),
        U('Dear colleague, please see this lady with a 3-month history of post-menopausal bleeding ... Kind regards, Dr Imrie'),
      ],
    },
    { where: 'response_format' },
  );
}
{
  const p = person('en');
  add(
    'phi-prediction-letter',
    'clinical-note',
    'en',
    PHI_PII,
    {
      messages: [
        U(
          "Update this referral letter with today's peak flow (210 L/min, predicted 290) and say we've stepped up to a MART regime. Keep everything else.",
        ),
      ],
      prediction: {
        type: 'content',
        content: `Dear Dr Hale,\n\nRe: ${p.first} ${p.last}, DOB ${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/2017, ${ukAddr()}\n\nThank you for seeing this 9-year-old with poorly controlled asthma despite beclometasone 100 micrograms twice daily via spacer. Two courses of prednisolone 30 mg in the last 6 months, one A&E attendance in October.\n\nPeak flow today: [PEF]\n\nYours sincerely,\nDr S. Okoro, Paediatric Registrar`,
      },
    },
    { where: 'prediction' },
  );
}
{
  const p = person('en');
  add(
    'phi-stop-speaker-label',
    'clinical-note',
    'en',
    PHI_PII,
    {
      stop: [`\n${p.full}:`, '\nTherapist:'],
      messages: [
        S('Continue the therapy session transcript summary in the same style. Stop before the next speaker turn.'),
        U(
          'Session 6. Client reports panic attacks 3x/week, mostly on the train, one nocturnal. GAD-7 today 15 (was 18). Sertraline increased by GP to 100 mg two weeks ago. Practised interoceptive exposure; homework: daily breathing log.\nTherapist summary:',
        ),
      ],
    },
    { where: 'stop' },
  );
}
{
  const p = person('en');
  add(
    'phi-image-url-query',
    'clinical-note',
    'en',
    PHI_PII,
    {
      model: 'gpt-4o',
      messages: [
        U([
          { type: 'text', text: 'Compare with the prior film and list any new findings.' },
          {
            type: 'image_url',
            image_url: {
              url: `https://pacs.stmarys-radiology.org/wado?requestType=WADO&studyUID=1.2.840.113619.2.55.3.${digits(9)}.${digits(3)}&patientID=${digits(8)}&patientName=${encodeURIComponent(p.last.toUpperCase() + '^' + p.first.toUpperCase())}&contentType=image%2Fjpeg`,
            },
          },
        ]),
      ],
    },
    { where: 'image_url', encoding: 'percent' },
  );
  const q = person('en');
  add(
    'phi-image-url-query',
    'clinical-note',
    'en',
    PHI_PII,
    {
      model: 'gpt-4o',
      messages: [
        U([
          { type: 'text', text: 'Does this mole look like it needs an urgent derm referral? It has changed shape since summer.' },
          {
            type: 'image_url',
            image_url: {
              url: `https://uploads.clearskin-teledermatology.com/cases/${hex(12)}/photo_1.jpg?patient=${q.first}_${q.last}&dob=${q.iso}&site=left_forearm`,
            },
          },
        ]),
      ],
    },
    { where: 'image_url' },
  );
}
{
  const p = person('en', 'f');
  add(
    'phi-extra-top-level-field',
    'clinical-note',
    'en',
    PHI_PII,
    {
      messages: [U('Suggest an oral antibiotic for her chest infection given her allergy, and the dose.')],
      patient_context: {
        name: p.full,
        age: 71,
        allergies: ['penicillin (anaphylaxis)'],
        active_problems: ['J44.9 COPD', 'N18.3 CKD stage 3'],
        eGFR: 38,
      },
    },
    { where: 'extra_field' },
  );
}
{
  const p = person('it', 'f');
  const cf = codiceFiscale(p.last, p.first, p.y, p.m, p.d, p.female, 'L219');
  add('phi-it-lettera-dimissione', 'discharge-summary', 'it', PHI_PII, {
    messages: [
      U(
        `Riassumi in linguaggio semplice per la figlia questa lettera di dimissione.\n\nPaziente: ${p.full}, nata a Torino il ${p.eu}, CF ${cf}.\nDiagnosi di dimissione: BPCO riacutizzata (J44.1) in paziente con insufficienza respiratoria cronica.\nTerapia alla dimissione: tiotropio 18 mcg 1 inalazione/die, prednisone 25 mg per altri 5 giorni, ossigeno 2 L/min per almeno 15 ore/die.\nControllo pneumologico tra 4 settimane.`,
      ),
    ],
  });
  const q = person('it');
  add('phi-it-lettera-dimissione', 'dental', 'it', PHI_PII, {
    messages: [
      U(
        `Mi aiuti a scrivere una mail al paziente con le istruzioni post-operatorie?\n\nReferto odontoiatrico – ${q.full}, tel. ${phone.it()}\nIntervento: estrazione chirurgica 3.8 incluso, con osteotomia. Prescritto amoxicillina + acido clavulanico 875/125 mg ogni 12 ore per 6 giorni, ibuprofene 600 mg al bisogno, clorexidina 0,2% dal giorno dopo.`,
      ),
    ],
  });
}
{
  const p = person('pt');
  add('phi-pt-nota-clinica', 'clinical-note', 'pt', PHI_PII, {
    messages: [
      U(
        `Pode reescrever esta nota para a carta de referenciação à Endocrinologia?\n\nUtente: ${p.full}, NIF ${nifPT()}, ${p.eu}.\nDM tipo 2 descompensada, HbA1c 9,4% (era 7,9% em junho). Medicação: metformina 1000 mg 2x/dia + dapagliflozina 10 mg. Refere poliúria e perda de 4 kg. Pedimos avaliação para insulinização.`,
      ),
    ],
  });
  const q = person('pt', 'f');
  add('phi-pt-nota-clinica', 'clinical-note', 'pt', PHI_PII, {
    messages: [
      U(
        `oi, sou enfermeira na UBS. pode me ajudar a escrever a orientação pra essa gestante? ${q.full}, CNS ${cnsBR()}, 28 semanas, glicemia de jejum 102 mg/dL no TOTG, fechou diabetes gestacional. vai começar dieta e monitorização capilar 4x ao dia.`,
      ),
    ],
  });
}
{
  const p = person('pl');
  add('phi-pl-karta-wypisowa', 'discharge-summary', 'pl', PHI_PII, {
    messages: [
      U(
        `Przetłumacz na angielski, pacjent wyjeżdża do Irlandii:\n\nKarta informacyjna leczenia szpitalnego\nPacjent: ${p.full}, PESEL ${pesel(p.y, p.m, p.d, p.female)}\nRozpoznanie: epizod depresyjny umiarkowany (F32.1), bezsenność.\nZalecenia: sertralina 100 mg rano, trazodon 75 mg na noc, kontrola w poradni zdrowia psychicznego za 4 tygodnie.`,
      ),
    ],
  });
  const q = person('pl', 'm');
  add('phi-pl-karta-wypisowa', 'clinical-note', 'pl', PHI_PII, {
    messages: [
      U(
        `Napisz krótkie podsumowanie do dokumentacji terapeuty:\n${q.full}, tel. ${phone.pl()}, przyjęty do dziennego oddziału terapii uzależnień. Rozpoznanie: zespół uzależnienia od alkoholu (F10.2), po detoksykacji. Włączono akamprozat 666 mg 3 razy dziennie. Abstynencja od 19 dni.`,
      ),
    ],
  });
}
{
  const p = person('sv', 'f');
  add('phi-sv-journalanteckning', 'clinical-note', 'sv', PHI_PII, {
    messages: [
      U(
        `Kan du korta ner den här anteckningen till tre meningar?\n\nJournalanteckning BVC/BMM – ${p.full}, ${personnummer(1991, p.m, p.d)}. Sex veckor post partum. EPDS 16, sömnsvårigheter, gråter dagligen. Bedömning: förlossningsdepression. Insatt på sertralin 50 mg x 1. Remiss till psykolog. Återbesök om 2 veckor.`,
      ),
    ],
  });
  const q = person('sv');
  add('phi-sv-journalanteckning', 'dental', 'sv', PHI_PII, {
    messages: [
      U(
        `Skriv ett vänligt sms till patienten om nästa besök. Tandvårdsjournal: ${q.full}, tel ${phone.sv()}. Djup karies 36 med pulpit, akut pulpaexstirpation gjord idag, rotfyllning fortsätter nästa vecka. Ordinerat ibuprofen 400 mg vid behov.`,
      ),
    ],
  });
}
{
  const p = person('fr', 'f', [1990, 2003]);
  add('phi-fr-sante-reproductive', 'clinical-note', 'fr', PHI_PII, {
    messages: [
      U(
        `Peux-tu reformuler ce compte rendu pour le courrier au médecin traitant ?\n\nMme ${p.full}, née le ${p.eu}. IVG médicamenteuse à 6 SA + 2 j : mifépristone 200 mg le 2 décembre, misoprostol 400 µg 48 h après. Contrôle β-hCG à J15 : 38 UI/L, en décroissance. Contraception : implant posé le jour même.`,
      ),
    ],
  });
}
{
  const p = person('es');
  add('phi-es-informe-dental', 'dental', 'es', PHI_PII, {
    messages: [
      U(
        `¿Me lo pasas a un correo para el paciente, más cercano?\n\nInforme odontológico – ${p.full}, DNI ${dni()}.\nExodoncia de 3.6 por periodontitis apical crónica con fístula. Pautado amoxicilina 750 mg cada 8 h durante 7 días e ibuprofeno 600 mg si dolor. Revisión y valoración de implante en 8 semanas.`,
      ),
    ],
  });
}
{
  const p = person('es');
  add('phi-es-salud-mental-portal', 'clinical-note', 'es', PHI_PII, {
    messages: [
      U(
        `Hola, soy ${p.full}. La psiquiatra me subió el litio a 800 mg y en el último análisis la litemia salió 1,3 mmol/L. Tengo temblor en las manos y diarrea. ¿Es peligroso? Mi móvil es ${phone.es()} por si hace falta.`,
      ),
    ],
  });
}
{
  const p = person('en');
  const id = callId();
  add('phi-mt-methadone-intake', 'clinical-note', 'en', PHI_PII, {
    tools: [fn('create_intake_note', 'Save an intake note to the OTP record.', { text: { type: 'string' } })],
    messages: [
      S('You help counsellors at an opioid treatment program write intake notes.'),
      U(`New admission today: ${p.full}, ${phone.us()}.`),
      A('Got it. What are the assessment findings?'),
      U(
        'OUD severe (F11.20), IV fentanyl use daily for 3 years, COWS 14 at 9am. Methadone induction 30 mg day 1, may add 10 mg after 3h if still in withdrawal. Hep C Ab positive, referred.',
      ),
      AC([
        [
          id,
          'create_intake_note',
          {
            text: 'Intake: OUD severe (F11.20). COWS 14. Methadone induction 30 mg day 1, +10 mg PRN after 3h. HCV Ab positive, referred to hepatology.',
          },
        ],
      ]),
      T(id, '{"saved":true}'),
      U('Now a short welcome letter for the client explaining take-home rules.'),
    ],
  });
}
{
  const p = person('en', 'f', [1985, 1994]);
  add('phi-ivf-portal-message', 'clinical-note', 'en', PHI_PII, {
    messages: [
      S('You triage messages sent to the fertility clinic patient portal and draft replies for a nurse to approve.'),
      U(
        `From: ${p.full} (DOB ${p.us})\nSubject: beta result\n\nHi, my beta hCG came back 312 mIU/mL at 14dp5dt this morning!! Should I keep taking the progesterone 200 mg vaginal three times a day and the estradiol 2 mg? When is my first scan?`,
      ),
    ],
  });
}
{
  const p = person('en');
  add('phi-sti-result-sms', 'lab', 'en', PHI_PII, {
    messages: [
      U(
        `Write a discreet SMS for ${p.first} ${p.last} at ${phone.uk()}: their chlamydia NAAT from the sexual health clinic was positive, treatment is doxycycline 100 mg twice daily for 7 days (free, collect from the clinic), and recent partners should be told. Don't put the word chlamydia in the SMS itself, ask them to call.`,
      ),
    ],
  });
}
{
  const p = person('en', 'f');
  add('phi-genetics-report', 'lab', 'en', PHI_PII, {
    messages: [
      U(
        `Please summarise this for a patient-friendly letter.\n\nCLINICAL GENETICS LABORATORY – Hereditary Breast and Ovarian Cancer panel\nName: ${p.full}   DOB: ${p.us}   Lab no: G26-${digits(5)}\nResult: BRCA1 c.68_69delAG p.(Glu23ValfsTer17), heterozygous, PATHOGENIC.\nNo other reportable variants in BRCA2, PALB2, ATM, CHEK2.\nRecommendation: referral to high-risk breast clinic; cascade testing of first-degree relatives.`,
      ),
    ],
  });
}
{
  const lines = [];
  for (const dx of [
    'T2N1 rectal adenocarcinoma, MRI CRM clear – for short-course RT then TME',
    'NSCLC adenocarcinoma RUL, EGFR exon 19 del – start osimertinib 80 mg',
    'DLBCL stage II, IPI 1 – R-CHOP x 6',
  ])
    lines.push(`MRN ${digits(8)} — ${dx}`);
  add('phi-mdt-list-mrn-only', 'clinical-note', 'en', ['PHI'], {
    messages: [U(`Format this tumour board outcome list as a table with columns MRN / diagnosis / plan:\n${lines.join('\n')}`)],
  });
}
{
  const p = person('en');
  add('phi-pharmacy-refill-chat', 'pharmacy', 'en', PHI_PII, {
    messages: [
      S(
        'You are the refill assistant for Cornerstone Pharmacy. Verify identity with full name and date of birth before discussing prescriptions.',
      ),
      U('hi can I get a refill'),
      A('Of course! Can you confirm your full name and date of birth?'),
      U(`${p.full}, ${p.us}`),
      A('Thanks. Which medication would you like to refill?'),
      U('the sertraline 100mg and my clonazepam 0.5. the clonazepam says no refills left?'),
    ],
  });
  const q = person('it');
  add('phi-pharmacy-refill-chat', 'pharmacy', 'it', PHI_PII, {
    messages: [
      S("Sei l'assistente della Farmacia San Rocco. Per le ricette chiedi sempre nome, cognome e data di nascita."),
      U('Buongiorno, devo rinnovare la ricetta ripetibile'),
      A('Buongiorno! Mi indica nome, cognome e data di nascita?'),
      U(`${q.full}, ${q.eu}`),
      A('Grazie. Quali farmaci?'),
      U('Eutirox 75 microgrammi e il ramipril 5 mg, come sempre. Passo domani pomeriggio.'),
    ],
  });
}
{
  const p = person('en');
  add('phi-claim-line-check', 'insurance', 'en', PHI_PII, {
    messages: [
      U(
        `Can you sanity-check this claim line before I submit it?\nSubscriber: ${p.full}   Member ID: ${pick(['XKP', 'MEH', 'QRA'])}${digits(9)}   DOB ${p.us}\nDOS 2026-11-18  POS 11\nCPT 99214-25, 93000\nICD-10: I48.91 Unspecified atrial fibrillation; Z79.01 long-term anticoagulant use\nRendering NPI ${npi()}`,
      ),
    ],
  });
}
{
  const p = person('en');
  add('phi-prior-auth-letter', 'insurance', 'en', PHI_PII, {
    messages: [
      U(
        `Write a prior authorization letter of medical necessity for semaglutide 0.5 mg weekly. Patient: ${p.full}, DOB ${p.us}. Dx E11.65 T2DM with hyperglycemia, A1c 8.7% on 2026-10-02, BMI 36. Failed metformin 1000 mg BID x 12 months and glipizide 10 mg (hypoglycemia). Prescriber: Dr A. Mensah, NPI ${npi()}.`,
      ),
    ],
  });
}
{
  const p = person('en');
  add('phi-lab-result-email', 'lab', 'en', PHI_PII, {
    messages: [
      U(
        `Make this sound friendlier but keep the numbers:\n\nDear ${p.full},\nYour blood test results from 3 December are now available. TSH 8.9 mIU/L (high), free T4 9.1 pmol/L (low normal), TPO antibodies positive. Dr Ferris would like to start levothyroxine 50 micrograms daily and recheck in 6 weeks. Please book via the portal.`,
      ),
    ],
  });
}
{
  // A provider NPI on its own: SPEC §4 lists NPI among medical identifiers that make a request PHI by
  // themselves. Debatable (an NPI identifies a clinician, not a patient), labelled by the SPEC's letter.
  add('phi-npi-alone', 'code', 'en', ['PHI'], {
    messages: [
      U(
        `Our credentialing import rejects NPI ${npi()} with "invalid check digit". Is the number wrong or is our validator? Here's the validator:\n\nfunction validNpi(s){ return /^\\d{10}$/.test(s) && luhn(s); }`,
      ),
    ],
  });
}
{
  add('phi-dea-in-system-prompt', 'pharmacy', 'en', ['PHI'], {
    messages: [
      S(
        `You are the controlled-substance refill bot for Dr Imani Castellanos' practice (DEA ${dea('Castellanos')}). Only answer questions about refill status; never change quantities.`,
      ),
      U('Has my oxycodone refill been sent to the pharmacy yet?'),
    ],
  });
}
{
  const p = person('en');
  const id = callId();
  const note = `Progress note 2026-12-04\nPatient: ${p.full}, DOB ${p.us}\nS: Low mood, poor sleep x 6 weeks, passive SI without plan.\nA: Major depressive disorder, recurrent, moderate (F33.1).\nP: Start escitalopram 10 mg daily, safety plan reviewed, follow-up 2 weeks.`;
  add(
    'phi-base64-tool-document',
    'agent',
    'en',
    PHI_PII,
    {
      tools: [fn('fetch_document', 'Fetch a document from the EHR document store; content is base64.', { doc_id: { type: 'string' } })],
      messages: [
        U('Summarise doc 88213 in two lines for the on-call psychiatrist.'),
        AC([[id, 'fetch_document', { doc_id: '88213' }]]),
        T(id, { doc_id: '88213', mime: 'text/plain', content_b64: b64(note) }),
      ],
    },
    { where: 'tool_result', encoding: 'base64' },
  );
}
{
  const p = person('en');
  add(
    'phi-percent-callback-metadata',
    'clinical-note',
    'en',
    PHI_PII,
    {
      metadata: {
        source: 'intake-form',
        callback: `https://intake.northgate-bh.org/api/cb?patient=${encodeURIComponent(p.full)}&dob=${p.iso}&reason=${encodeURIComponent('F50.01 anorexia nervosa, restricting type; BMI 15.2')}`,
      },
      messages: [U('Generate the intake summary for the eating disorders team from the form submission.')],
    },
    { where: 'metadata', encoding: 'percent' },
  );
}
{
  const p = person('en', 'm');
  add('phi-mt-assistant-holds-name', 'clinical-note', 'en', PHI_PII, {
    messages: [
      U('Start a visit summary for the glaucoma clinic, patient details are in the header I pasted earlier.'),
      A(`Visit summary – Mr ${p.full}, glaucoma clinic, 7 Dec 2026.\n\n[Findings]\n[Plan]`),
      U(
        'Findings: IOP 28 mmHg right, 19 left, cup-disc 0.7 right. Diagnosis POAG right eye. Plan: start latanoprost 0.005% one drop right eye at night, visual fields in 6 weeks.',
      ),
    ],
  });
}
{
  const p = person('en');
  add(
    'phi-message-name-field',
    'clinical-note',
    'en',
    PHI_PII,
    {
      messages: [
        S('You are a supportive assistant. You are not a doctor.'),
        U(
          'My psychiatrist increased my quetiapine to 300 mg at night and now I literally cannot wake up for work. Is it OK to take it earlier, like 8pm?',
          { name: `${slug(p.first)}_${slug(p.last)}`.replace(/\./g, '_') },
        ),
      ],
    },
    { where: 'name' },
  );
}
{
  const p = person('fr');
  const id = callId();
  add(
    'phi-fr-tool-arret-travail',
    'agent',
    'fr',
    PHI_PII,
    {
      tools: [
        fn('creer_arret_travail', "Prépare un avis d'arrêt de travail (brouillon, à signer par le médecin).", {
          nom: { type: 'string' },
          date_naissance: { type: 'string' },
          motif: { type: 'string' },
          duree_jours: { type: 'integer' },
        }),
      ],
      messages: [
        U("Prépare l'arrêt pour le patient que je viens de voir, 10 jours."),
        AC([
          [
            id,
            'creer_arret_travail',
            {
              nom: p.full,
              date_naissance: p.eu,
              motif: 'lombosciatique L5 droite hyperalgique, sous prégabaline 75 mg x2',
              duree_jours: 10,
            },
          ],
        ]),
        T(id, '{"statut":"brouillon_cree","id":"AT-2026-4471"}'),
      ],
    },
    { where: 'tool_call_arguments' },
  );
}

// ================================================================ PII only (confidential)
{
  const p = person('en');
  add(
    'pii-user-field-email',
    'personal',
    'en',
    ['PII'],
    {
      user: email(p),
      messages: [U("What's a good beginner road bike under £800? I'm about 5'9\" and mostly ride on weekends.")],
    },
    { where: 'user' },
  );
}
{
  const p = person('de');
  add(
    'pii-metadata-callback-phone',
    'support-ticket',
    'de',
    ['PII'],
    {
      metadata: { kunde: p.full, rueckruf: phone.de(), ticket: `T-${digits(6)}` },
      messages: [
        U(
          'Formuliere eine höfliche Antwort auf die Reklamation wegen der um zwei Wochen verspäteten Lieferung des Sofas. Biete einen Gutschein über 50 € an.',
        ),
      ],
    },
    { where: 'metadata' },
  );
}
{
  const p = person('pl');
  add('pii-pl-crm-pesel', 'business', 'pl', ['PII'], {
    messages: [
      U(
        `Napisz potwierdzenie zmiany adresu dla klienta:\nKlient: ${p.full}, PESEL ${pesel(p.y, p.m, p.d, p.female)}\nNowy adres korespondencyjny: ul. Słowicza 14/3, 02-170 Warszawa\nNumer umowy: UM/2026/${digits(5)}`,
      ),
    ],
  });
}
{
  const p = person('sv');
  add('pii-sv-hr-onboarding', 'hr', 'sv', ['PII'], {
    messages: [
      U(
        `Skriv ett välkomstmejl till vår nya medarbetare och lista vad lönekontoret behöver bekräfta:\nNamn: ${p.full}\nPersonnummer: ${personnummer(p.y, p.m, p.d)}\nAdress: Tegnérgatan ${1 + ri(60)}, 113 59 Stockholm\nStartdatum: 2027-01-11`,
      ),
    ],
  });
}
{
  const p = person('pt');
  add('pii-pt-fatura-nif', 'business', 'pt', ['PII'], {
    messages: [
      U(
        `Preciso de um email a pedir desculpa pelo erro na fatura. Dados do cliente: ${p.full}, NIF ${nifPT()}, Rua do Almada ${10 + ri(300)}, 4050-032 Porto. IBAN para reembolso: ${ibanFmt(ibanPT())}.`,
      ),
    ],
  });
}
{
  const p = person('it', 'm');
  add('pii-it-contratto-locazione', 'business', 'it', ['PII'], {
    messages: [
      U(
        `Controlla se manca qualcosa in questa bozza:\nCONTRATTO DI LOCAZIONE AD USO ABITATIVO\nConduttore: ${p.full}, nato a Milano il ${p.eu}, C.F. ${codiceFiscale(p.last, p.first, p.y, p.m, p.d, p.female, 'F205')}, residente in Via Padova ${1 + ri(200)}, 20127 Milano.\nCanone mensile: 950 € da versare entro il giorno 5.`,
      ),
    ],
  });
}
{
  const p = person('en');
  const id = callId();
  add(
    'pii-tool-args-shipping',
    'agent',
    'en',
    ['PII'],
    {
      tools: [
        fn('create_shipment', 'Create a UPS shipment label.', {
          recipient: { type: 'string' },
          address: { type: 'string' },
          phone: { type: 'string' },
          weight_kg: { type: 'number' },
        }),
      ],
      messages: [
        U('Ship the replacement router to the customer from ticket 5521.'),
        AC([[id, 'create_shipment', { recipient: p.full, address: usAddr(), phone: phone.us(), weight_kg: 1.2 }]]),
        T(id, '{"tracking":"1Z999AA10123456784","label_url":"https://labels.internal/4471.pdf"}'),
      ],
    },
    { where: 'tool_call_arguments' },
  );
}
{
  const p = person('es');
  add(
    'pii-response-format-example',
    'extraction',
    'es',
    ['PII'],
    {
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'contacto',
          schema: {
            type: 'object',
            properties: {
              nombre: { type: 'string', description: `Nombre completo, p. ej. "${p.full}"` },
              telefono: { type: 'string', description: `Móvil con prefijo, p. ej. "+34 ${phone.es()}"` },
              email: { type: 'string' },
            },
            required: ['nombre', 'telefono'],
          },
        },
      },
      messages: [
        U(
          'Extrae los datos de contacto del formulario web adjunto y devuélvelos en el formato indicado. Formulario: (vacío en esta prueba)',
        ),
      ],
    },
    { where: 'response_format' },
  );
}
{
  const p = person('en');
  add('pii-mt-name-then-phone', 'personal', 'en', ['PII'], {
    messages: [
      U(`Hi, I'm ${p.first} ${p.last}, looking for a quote for my car insurance, it renews on the 19th.`),
      A('Hi! I can help. What car do you drive and where is it usually parked overnight?'),
      U('2019 Honda Jazz, on the driveway'),
      A('Great. Any claims or convictions in the last 5 years?'),
      U(`nope. best to call me on ${phone.uk()} after 6, and the postcode is LS6 2QT`),
    ],
  });
}
{
  const p = person('fr', 'm');
  add('pii-fr-attestation-nir', 'hr', 'fr', ['PII'], {
    messages: [
      U(
        `Rédige une attestation employeur pour Pôle emploi :\nSalarié : ${p.full}, né le ${p.eu}\nN° de sécurité sociale : ${nir(p.female, String(p.y % 100).padStart(2, '0'), String(p.m).padStart(2, '0'), '69')}\nEmploi : technicien de maintenance, CDI du 03/02/2019 au 30/11/2026.`,
      ),
    ],
  });
}
{
  const p = person('en');
  add('pii-login-public-ip', 'support-ticket', 'en', ['PII'], {
    messages: [
      U(
        `Write a short security alert email: unusual sign-in for ${p.full} (${email(p)}) on 6 Dec 2026 21:14 UTC from 81.${100 + ri(100)}.${ri(250)}.${1 + ri(250)} (Leeds, UK), Chrome on Windows. Ask them to confirm it was them or reset their password.`,
      ),
    ],
  });
}
{
  // Pet diagnosis with the owner's contact details: the diagnosis is the animal's, so no PHI; the
  // owner's name and phone are PII (same call as h4).
  const p = person('en');
  add('pii-vet-owner-contact', 'personal', 'en', ['PII'], {
    messages: [
      U(
        `Draft a reminder text: "Hi ${p.first}, Biscuit's thyroid recheck (T4 after starting methimazole 2.5 mg) is due this week." Send to ${p.full}, ${phone.uk()}. Sign off as Westgate Vets.`,
      ),
    ],
  });
}

// ================================================================ PCI (restricted)
{
  const p = person('en');
  add('pci-mt-card-in-later-turn', 'payment', 'en', ['PCI', 'PII'], {
    messages: [
      S('You are the billing assistant for Northwind Broadband.'),
      U(`hi my direct debit failed, account holder ${p.full}`),
      A('Sorry to hear that! I can set up a one-off card payment. What would you like to pay today?'),
      U('the £42.99 overdue'),
      A('Sure, please provide the card details.'),
      U(`${group4(card('4', 16))} exp 08/29 cvv ${digits(3)}`),
    ],
  });
}
{
  const id = callId();
  add(
    'pci-tool-args-charge',
    'agent',
    'en',
    ['PCI'],
    {
      tools: [
        fn('charge_card', 'Charge a card through the payment gateway.', {
          pan: { type: 'string' },
          exp: { type: 'string' },
          cvc: { type: 'string' },
          amount_cents: { type: 'integer' },
        }),
      ],
      messages: [
        U('Retry the failed payment for order 88412 with the card the customer just read out.'),
        AC([[id, 'charge_card', { pan: card(pick(['51', '53', '55']), 16), exp: '11/28', cvc: digits(3), amount_cents: 12999 }]]),
        T(id, '{"status":"declined","code":"insufficient_funds"}'),
      ],
    },
    { where: 'tool_call_arguments' },
  );
}
{
  add(
    'pci-metadata-pan',
    'payment',
    'en',
    ['PCI'],
    {
      metadata: { order_id: `ORD-${digits(8)}`, card_on_file: group4(card('6011', 16), '-'), channel: 'phone' },
      messages: [
        U('Write a polite message telling the customer their refund has been issued to the card on file and will take 5–10 business days.'),
      ],
    },
    { where: 'metadata' },
  );
}
{
  const rows = ['name,card_number,exp,amount'];
  for (const [pre, len] of [
    ['4', 16],
    [pick(['51', '53', '55']), 16],
    ['37', 15],
  ]) {
    const p = person('en');
    rows.push(`${p.full},${card(pre, len)},${String(1 + ri(12)).padStart(2, '0')}/${27 + ri(4)},${(10 + ri(400)).toFixed(2)}`);
  }
  add('pci-csv-export', 'payment', 'en', ['PCI', 'PII'], {
    messages: [U(`Why does Excel turn the card column into 4.53E+15? Here's the top of the export:\n${rows.join('\n')}`)],
  });
}
{
  add('pci-it-amex-chat', 'payment', 'it', ['PCI'], {
    messages: [
      U(
        `Ho pagato il biglietto due volte con la mia American Express ${amexFmt(card('37', 15))}. Come scrivo la richiesta di rimborso alla compagnia aerea?`,
      ),
    ],
  });
}
{
  add('pci-pt-pontos', 'payment', 'pt', ['PCI'], {
    messages: [
      U(
        `o site não aceita o cartão ${group4(card(pick(['51', '52', '54', '55']), 16), '.')} validade 03/28, diz "número inválido". é problema do banco ou do site?`,
      ),
    ],
  });
}
{
  add('pci-log-json-line', 'payment', 'en', ['PCI'], {
    messages: [
      U(
        `This error shows up in our checkout logs, what's wrong with the payload?\n{"level":"error","ts":"2026-12-06T14:02:11.482Z","svc":"checkout","msg":"tokenization failed","req":{"pan":"${card('2221', 16)}","exp_month":4,"exp_year":2029},"err":"PROCESSOR_TIMEOUT"}`,
      ),
    ],
  });
}
{
  add('pci-unionpay-19', 'payment', 'en', ['PCI'], {
    messages: [
      U(
        `A customer says our form cuts off their UnionPay card, it's 19 digits: ${card('62', 19)}. Our input has maxlength=16. What's the right max length for all card brands?`,
      ),
    ],
  });
}

// ================================================================ CREDENTIALS (restricted)
{
  const saToken = jwt(
    { alg: 'RS256', kid: chars(43, ALNUM + '-_') },
    {
      iss: 'kubernetes/serviceaccount',
      'kubernetes.io/serviceaccount/namespace': 'ci',
      'kubernetes.io/serviceaccount/secret.name': 'deployer-token-x7k2p',
      'kubernetes.io/serviceaccount/service-account.name': 'deployer',
      'kubernetes.io/serviceaccount/service-account.uid': uuid(),
      sub: 'system:serviceaccount:ci:deployer',
    },
  );
  add('cred-kubeconfig-token', 'config', 'en', ['CREDENTIALS'], {
    messages: [
      U(
        `kubectl says "error: You must be logged in to the server (Unauthorized)" with this kubeconfig, what's wrong?\n\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${randBytes(60).toString('base64')}\n    server: https://10.40.0.12:6443\n  name: prod-eu\ncontexts:\n- context:\n    cluster: prod-eu\n    namespace: ci\n    user: deployer\n  name: prod-eu-deployer\ncurrent-context: prod-eu-deployer\nusers:\n- name: deployer\n  user:\n    token: ${saToken}`,
      ),
    ],
  });
}
{
  add('cred-npmrc-token', 'config', 'en', ['CREDENTIALS'], {
    messages: [
      U(
        `npm publish gives 403 Forbidden from our CI. .npmrc in the repo root:\n\n@acme-internal:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${checksummedToken('npm')}\nalways-auth=true\n\nIs the scope line wrong?`,
      ),
    ],
  });
}
{
  add('cred-netrc-password', 'config', 'en', ['CREDENTIALS'], {
    messages: [
      U(
        `curl --netrc isn't picking this up for the artifact server, the file is ~/.netrc with mode 644:\n\nmachine artifacts.corp.acme-tools.net\n  login build-bot\n  password ${chars(6)}!${chars(5)}#${digits(2)}\n\nmachine api.heroku.com\n  login build-bot@acme-tools.net\n  password ${uuid()}`,
      ),
    ],
  });
}
{
  const tfstate = {
    version: 4,
    terraform_version: '1.6.4',
    serial: 37,
    lineage: uuid(),
    outputs: {},
    resources: [
      {
        mode: 'managed',
        type: 'aws_db_instance',
        name: 'orders',
        provider: 'provider["registry.terraform.io/hashicorp/aws"]',
        instances: [
          {
            schema_version: 2,
            attributes: {
              identifier: 'orders-prod',
              engine: 'postgres',
              engine_version: '15.4',
              username: 'orders_admin',
              password: `${chars(10)}${digits(3)}${chars(7)}`,
              endpoint: 'orders-prod.c9akciq32.eu-west-1.rds.amazonaws.com:5432',
            },
            sensitive_attributes: [],
          },
        ],
      },
      {
        mode: 'managed',
        type: 'aws_iam_access_key',
        name: 'ci',
        instances: [
          {
            attributes: {
              id: 'AKIA' + chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'),
              secret: chars(40, ALNUM + '/+'),
              status: 'Active',
              user: 'ci-deployer',
            },
          },
        ],
      },
    ],
  };
  add('cred-terraform-state', 'config', 'en', ['CREDENTIALS'], {
    messages: [
      U(
        `terraform plan wants to replace the DB every time, here's the relevant part of terraform.tfstate:\n\n${JSON.stringify(tfstate, null, 2)}`,
      ),
    ],
  });
}
{
  add(
    'cred-slack-webhook-metadata',
    'webhook',
    'en',
    ['CREDENTIALS'],
    {
      metadata: {
        alert_channel: '#payments-oncall',
        notify_webhook: `https://hooks.slack.com/services/T${chars(8, UPNUM)}/B${chars(10, UPNUM)}/${chars(24)}`,
      },
      messages: [U('Summarise the last 24h of payment errors into a 5-bullet on-call update.')],
    },
    { where: 'metadata' },
  );
}
{
  add('cred-discord-webhook', 'webhook', 'pt', ['CREDENTIALS'], {
    messages: [
      U(
        `o bot parou de postar no canal, já testei com curl e dá 401. o webhook é https://discord.com/api/webhooks/${nz()}${digits(18)}/${chars(68, ALNUM + '-_')} — foi revogado ou tô mandando o json errado?`,
      ),
    ],
  });
}
{
  const now = 1796601600; // 2026-12-07T00:00:00Z
  const token = jwt(
    { alg: 'RS256', typ: 'JWT', kid: hex(16) },
    {
      iss: 'https://auth.orderdesk.io/',
      sub: `auth0|${hex(24)}`,
      aud: ['https://api.orderdesk.io', 'https://orderdesk.eu.auth0.com/userinfo'],
      iat: now,
      exp: now + 86400,
      azp: chars(32),
      scope: 'openid profile read:orders write:orders',
    },
  );
  add('cred-jwt-bearer', 'code', 'en', ['CREDENTIALS'], {
    messages: [U(`Why do I get 401 "invalid audience" calling /v2/orders with this header?\n\nAuthorization: Bearer ${token}`)],
  });
}
{
  // The JWT's payload carries a person's name and e-mail: base64url text -> PII as well.
  const p = person('de');
  const token = jwt(
    { alg: 'HS256', typ: 'JWT' },
    { sub: String(100000 + ri(800000)), name: p.full, email: email(p, 'web.de'), roles: ['customer'], iat: 1796558400, exp: 1796644800 },
    32,
  );
  add(
    'cred-jwt-with-person',
    'code',
    'de',
    ['CREDENTIALS', 'PII'],
    {
      messages: [U(`Warum liefert jwt.verify() "invalid signature"? Secret kommt aus der .env. Token aus dem Browser-Storage:\n${token}`)],
    },
    { encoding: 'base64url' },
  );
}
{
  add('cred-pgp-private-block', 'config', 'en', ['CREDENTIALS'], {
    messages: [
      U(
        `gpg --import fails with "no valid OpenPGP data found" on our release runner. I exported it with --export-secret-keys --armor, here's what's in the CI variable:\n\n${armor('PRIVATE', [0x95, 0x03, 0x98, 0x04, 0x65], 420)}`,
      ),
    ],
  });
}
{
  add('cred-smtp-url', 'connection-string', 'fr', ['CREDENTIALS'], {
    messages: [
      U(
        `Nodemailer renvoie "535 5.7.8 Authentication failed" avec cette config, une idée ?\n\nconst transport = nodemailer.createTransport("smtps://notifications%40boutique-lumen.fr:${chars(8)}%21${digits(4)}@smtp.ionos.fr:465");`,
      ),
    ],
  });
}
{
  const id = callId();
  add(
    'cred-github-token-tool-result',
    'agent',
    'en',
    ['CREDENTIALS'],
    {
      tools: [fn('run_shell', 'Run a shell command in the build sandbox.', { cmd: { type: 'string' } })],
      messages: [
        U('Why does the release job push to the wrong fork? Check the remotes.'),
        AC([[id, 'run_shell', { cmd: 'git remote -v' }]]),
        T(
          id,
          `origin\thttps://x-access-token:${checksummedToken('ghp')}@github.com/acme-labs/release-tools.git (fetch)\norigin\thttps://github.com/acme-labs/release-tools.git (push)\nupstream\thttps://github.com/acme/release-tools.git (fetch)`,
        ),
      ],
    },
    { where: 'tool_result' },
  );
}
{
  add(
    'cred-key-in-tool-description',
    'agent',
    'en',
    ['CREDENTIALS'],
    {
      tools: [
        fn(
          'embed_text',
          `Embeds text with the shared OpenAI project. Call POST https://api.openai.com/v1/embeddings with header Authorization: Bearer sk-proj-${chars(48, ALNUM + '-_')}T3BlbkFJ${chars(48, ALNUM + '-_')}`,
          { text: { type: 'string' } },
        ),
      ],
      messages: [U('Embed the three FAQ answers and tell me which two are most similar.')],
    },
    { where: 'tool_description' },
  );
}
{
  // Basic-auth credentials in an image URL. The image part alone already makes it restricted
  // (unreadableContent default); the credential is the category.
  add(
    'cred-image-url-basic-auth',
    'config',
    'en',
    ['CREDENTIALS'],
    {
      model: 'gpt-4o',
      messages: [
        U([
          { type: 'text', text: 'Is the loading dock door open in this camera snapshot?' },
          {
            type: 'image_url',
            image_url: { url: `http://admin:${chars(5)}${digits(4)}!@10.20.4.17/ISAPI/Streaming/channels/101/picture` },
          },
        ]),
      ],
    },
    { where: 'image_url' },
  );
}
{
  add('cred-azure-storage-connstr', 'connection-string', 'it', ['CREDENTIALS'], {
    messages: [
      U(
        `La Function non parte: "Microsoft.Azure.Storage: Server failed to authenticate the request". In local.settings.json ho:\n"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=stfatturazioneprod;AccountKey=${randBytes(64).toString('base64')};EndpointSuffix=core.windows.net"\nDevo rigenerare la chiave?`,
      ),
    ],
  });
}
{
  add('cred-google-key-in-url', 'code', 'pl', ['CREDENTIALS'], {
    messages: [
      U(
        `Dlaczego mapa pokazuje "For development purposes only"? Wklejam wywołanie:\nhttps://maps.googleapis.com/maps/api/staticmap?center=52.2297,21.0122&zoom=13&size=600x300&key=AIza${chars(35, ALNUM + '-_')}`,
      ),
    ],
  });
}

// ================================================================ PUBLIC (hard negatives)
const NONE = [];
add('pub-drug-interaction', 'health-info', 'en', NONE, {
  messages: [
    U(
      'Is it safe to take ibuprofen 400 mg occasionally if you are on lisinopril 10 mg and a low-dose aspirin? Asking for general info, what are the risks?',
    ),
  ],
});
add('pub-drug-interaction', 'health-info', 'de', NONE, {
  messages: [
    U('Darf man Metamizol 500 mg und Ibuprofen 400 mg zusammen einnehmen, oder besser abwechselnd? Gibt es Wechselwirkungen mit Marcumar?'),
  ],
});
add('pub-guideline-question', 'health-info', 'en', NONE, {
  messages: [
    U(
      'What is first-line treatment for stage 1 hypertension in a 60-year-old with no diabetes according to NICE NG136? Summarise the step 1 to step 4 drugs.',
    ),
  ],
});
add('pub-aggregate-cohort', 'lab', 'en', NONE, {
  messages: [
    U(
      'Help me write the results paragraph: In our cohort of 1,248 adults with type 2 diabetes (mean age 61.4 ± 9.8 years, 46% women), 14.2% had HbA1c > 8.0% at 12 months; median eGFR fell from 78 to 71 mL/min/1.73m². Statin use was 83%.',
    ),
  ],
});
add('pub-aggregate-cohort', 'lab', 'pl', NONE, {
  messages: [
    U(
      'Opisz krótko te dane do raportu: w 2025 r. w województwie mazowieckim zarejestrowano 4 812 nowych zachorowań na raka jelita grubego (wskaźnik 88,9/100 tys.), mediana wieku 69 lat, 57% mężczyzn.',
    ),
  ],
});
add('pub-sql-ddl', 'code', 'en', NONE, {
  messages: [
    U(
      'Review this schema for a clinic app, is the index on mrn enough?\n\nCREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  mrn VARCHAR(12) NOT NULL UNIQUE,\n  full_name TEXT NOT NULL,\n  date_of_birth DATE NOT NULL,\n  nhs_number CHAR(10),\n  created_at TIMESTAMPTZ NOT NULL DEFAULT now()\n);\nCREATE TABLE diagnoses (\n  patient_id BIGINT REFERENCES patients(id),\n  icd10 VARCHAR(8) NOT NULL,\n  noted_on DATE\n);\nCREATE INDEX ON patients (mrn);',
    ),
  ],
});
add('pub-unit-test-placeholders', 'code', 'en', NONE, {
  messages: [
    U(
      "Why does this Jest test fail with \"expected 1 call, got 0\"?\n\nit('redacts patient fields before logging', () => {\n  const rec = { name: '<patient_name>', dob: '<dob>', mrn: '<mrn>', dx: '<icd10>' };\n  logVisit(rec);\n  expect(logger.info).toHaveBeenCalledWith(expect.not.stringContaining('<patient_name>'));\n});",
    ),
  ],
});
add('pub-vet-no-owner', 'health-info', 'en', NONE, {
  messages: [
    U(
      'My cat Miso (4 years, 4.1 kg) was diagnosed with hyperthyroidism and the vet prescribed methimazole 2.5 mg twice daily. Can I crush the tablet into her food, or does it need to be a transdermal gel?',
    ),
  ],
});
add('pub-vet-no-owner', 'health-info', 'sv', NONE, {
  messages: [
    U(
      'Vår hund Sixten (labrador, 9 år) har fått diagnosen artros och veterinären skrev ut Metacam 1,5 mg/ml. Hur länge kan en hund stå på NSAID utan blodprov?',
    ),
  ],
});
add('pub-hist-cause-of-death', 'public-fact', 'en', NONE, {
  messages: [
    U(
      "Franklin D. Roosevelt was diagnosed with polio in 1921 at 39; some historians now think it was Guillain-Barré syndrome. What's the evidence for each, and did his illness affect his 1932 campaign?",
    ),
  ],
});
add('pub-hist-cause-of-death', 'public-fact', 'de', NONE, {
  messages: [
    U(
      'Woran ist Ludwig van Beethoven eigentlich gestorben? Ich habe gelesen, dass die Haaranalyse 2023 Hepatitis B und hohe Bleiwerte gezeigt hat, und dass er schon ab etwa 1798 schwerhörig wurde.',
    ),
  ],
});
add('pub-hist-cause-of-death', 'public-fact', 'fr', NONE, {
  messages: [
    U(
      "Frédéric Chopin est mort à Paris le 17 octobre 1849, officiellement de tuberculose. Certains parlent de mucoviscidose : quels arguments, et qu'a montré l'examen de son cœur en 2014 ?",
    ),
  ],
});
add('pub-hist-essay', 'public-fact', 'it', NONE, {
  messages: [
    U(
      'Sto scrivendo un tema su Giacomo Puccini: morì a Bruxelles nel novembre 1924 dopo un trattamento con radio per un tumore alla gola. Mi aiuti con un paragrafo su come la malattia influenzò la composizione di Turandot?',
    ),
  ],
});
add('pub-hist-essay', 'public-fact', 'pt', NONE, {
  messages: [
    U(
      'Fernando Pessoa morreu em 30 de novembro de 1935, em Lisboa, com cólica hepática, provavelmente ligada à cirrose. Pode escrever um parágrafo para um trabalho escolar sobre os últimos dias dele?',
    ),
  ],
});
add('pub-hist-essay', 'public-fact', 'pl', NONE, {
  messages: [
    U(
      'Maria Skłodowska-Curie zmarła 4 lipca 1934 r. w sanatorium w Passy na anemię aplastyczną, prawdopodobnie przez wieloletnią ekspozycję na promieniowanie. Pomóż mi napisać krótki akapit do prezentacji.',
    ),
  ],
});
add('pub-hist-quiz', 'public-fact', 'sv', NONE, {
  messages: [
    U(
      'Gör fem quizfrågor om Alfred Nobel. Till exempel att han led av angina pectoris och att läkarna ordinerade nitroglycerin, som han själv hade gjort sin förmögenhet på.',
    ),
  ],
});
add('pub-agency-hotline', 'public-fact', 'en', NONE, {
  messages: [
    U("What's the number for CDC-INFO and what hours is it open? I think it's 800-232-4636. Also is NHS 111 available 24/7 in Wales?"),
  ],
});
add('pub-agency-hotline', 'public-fact', 'de', NONE, {
  messages: [
    U(
      'Welche Krisennummern kann ich in einer Broschüre für Schulen angeben? Die TelefonSeelsorge 0800 111 0 111 und 0800 111 0 222, die Nummer gegen Kummer 116 111 – stimmen die noch?',
    ),
  ],
});
add('pub-compose-env-refs', 'config', 'en', NONE, {
  messages: [
    U(
      'Is it fine to commit this docker-compose.yml?\n\nservices:\n  db:\n    image: postgres:16.4\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}\n  api:\n    image: ghcr.io/acme/api:2.14.3\n    environment:\n      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}\n    ports: ["127.0.0.1:8080:8080"]',
    ),
  ],
});
add('pub-commit-message', 'code', 'en', NONE, {
  messages: [
    U(
      'Write a conventional commit message for this diff:\n\n- logger.info(`visit saved for ${patient.mrn}`)\n+ logger.info(`visit saved`, { patientRef: hash(patient.mrn) })\n\nContext: issue #4521, MRNs were showing up in Datadog.',
    ),
  ],
});
add('pub-api-docs', 'code', 'en', NONE, {
  messages: [
    U(
      'Turn this into an OpenAPI 3.1 path item:\n\nGET /v2/patients/{patientId}/observations?code={loinc}&since={isoDate}\nReturns 200 with a FHIR Bundle (searchset). patientId is an opaque string like "pat_<id>". Errors: 401 if the bearer token is missing, 404 if the patient is not in the caller\'s organisation.',
    ),
  ],
});
add('pub-changelog-versions', 'code', 'en', NONE, {
  messages: [
    U(
      'Write release notes from this:\nv2.14.3 (2026-11-30): fix retry storm in claims sync; bump node to 20.19.0\nv2.14.2 (2026-11-18): CVE-2026-31337 patch in xml parser\nv2.14.0 (2026-11-02): new prior-auth status webhook, drop support for API v1',
    ),
  ],
});
add('pub-uuid-log-triage', 'networking', 'en', NONE, {
  messages: [
    U(
      `What's the likely cause? 3 of these per minute since the deploy:\n2026-12-07T08:14:22.190Z ERROR req=${uuid()} upstream=10.12.3.41:8443 status=502 dur=30001ms route=/v1/claims/submit\n2026-12-07T08:14:22.488Z WARN  req=${uuid()} circuit=claims-api state=half_open\n2026-12-07T08:14:23.002Z ERROR req=${uuid()} upstream=10.12.3.42:8443 status=502 dur=30000ms`,
    ),
  ],
});
add('pub-order-number', 'payment', 'en', NONE, {
  messages: [
    U(
      `Order #${group4(failsLuhn(16), '-')} was placed on 28 Nov and still says "processing". What's a good template reply for customers asking about delayed orders?`,
    ),
  ],
});
add('pub-hex-palette', 'code', 'en', NONE, {
  messages: [
    U(
      'Is this palette accessible for a patient portal? Primary #0B5FFF on #FFFFFF, secondary #6B7280, error #B42318, success #067647, background #F9FAFB. Check WCAG AA contrast for body text.',
    ),
  ],
});
add('pub-nginx-private-ips', 'networking', 'en', NONE, {
  messages: [
    U(
      'Why does set_real_ip_from not work here?\n\nset_real_ip_from 10.0.0.0/8;\nset_real_ip_from 192.168.0.0/16;\nreal_ip_header X-Forwarded-For;\nallow 203.0.113.0/24;\nallow 198.51.100.17;\ndeny all;',
    ),
  ],
});
add('pub-company-facts', 'public-fact', 'en', NONE, {
  messages: [
    U(
      'Give me a one-paragraph company profile of Novo Nordisk: HQ in Bagsværd, Denmark (Novo Allé 1), main products (Ozempic, Wegovy, insulin), and 2024 revenue of about DKK 290 billion.',
    ),
  ],
});
add('pub-icd-lookup', 'icd-coding', 'en', NONE, {
  messages: [
    U(
      "What's the ICD-10-CM code for type 2 diabetes with diabetic polyneuropathy, and do I also need a code for long-term insulin use? E11.42 + Z79.4?",
    ),
  ],
});
add('pub-tools-harmless', 'agent', 'en', NONE, {
  tools: [
    fn('get_weather', 'Get the current weather for a city.', { city: { type: 'string' }, unit: { type: 'string', enum: ['C', 'F'] } }),
  ],
  messages: [U('Do I need an umbrella in Lisbon this afternoon?')],
});
{
  const id = callId();
  add('pub-tool-guideline-search', 'agent', 'en', NONE, {
    tools: [fn('search_guidelines', "Search the hospital's clinical guideline library.", { query: { type: 'string' } })],
    messages: [
      U('What is our sepsis bundle timing for antibiotics?'),
      AC([[id, 'search_guidelines', { query: 'sepsis 1-hour bundle antibiotics' }]]),
      T(
        id,
        '[{"title":"Adult Sepsis Pathway v5 (2025)","excerpt":"Give IV broad-spectrum antibiotics within 1 hour of recognition of red-flag sepsis. Take blood cultures before antibiotics if this does not delay treatment. Measure lactate; if > 4 mmol/L give 30 mL/kg crystalloid."}]',
      ),
    ],
  });
}
add('pub-metadata-harmless', 'agent', 'en', NONE, {
  metadata: { trace_id: uuid(), team: 'billing-platform', env: 'staging', build: '2026.12.06-3' },
  messages: [U('Rewrite this error message to be friendlier: "ERR_QUOTA: monthly invoice export limit reached (500/500)".')],
});
add('pub-user-service-account', 'agent', 'en', NONE, {
  user: 'svc-claims-batch-07',
  messages: [
    U(
      'Classify this claim denial reason into one of: eligibility, coding, authorization, duplicate, other. Reason text: "Service requires precertification which was not obtained."',
    ),
  ],
});
add('pub-response-format-vignette', 'extraction', 'en', NONE, {
  response_format: {
    type: 'json_schema',
    json_schema: {
      name: 'vignette',
      schema: {
        type: 'object',
        properties: {
          age: { type: 'integer' },
          presenting_complaint: { type: 'string', description: 'e.g. "chest pain"' },
          likely_diagnosis: { type: 'string', description: 'e.g. "<diagnosis>"' },
          next_step: { type: 'string' },
        },
        required: ['age', 'presenting_complaint', 'likely_diagnosis', 'next_step'],
      },
    },
  },
  messages: [
    U(
      'Exam practice. A 54-year-old man presents with crushing central chest pain for 40 minutes, sweating, BP 100/60. ECG shows ST elevation in II, III and aVF. Fill the schema.',
    ),
  ],
});
add('pub-stop-harmless', 'agent', 'en', NONE, {
  stop: ['</answer>', '\n###', 'Human:'],
  messages: [U('Explain in 3 sentences what a Merkle tree is. Wrap the answer in <answer></answer>.')],
});
add('pub-prediction-code', 'code', 'en', NONE, {
  messages: [U('Rename the function to formatVisitDate and make it accept a Date or an ISO string.')],
  prediction: { type: 'content', content: 'export function fmt(d: Date): string {\n  return d.toISOString().slice(0, 10);\n}\n' },
});
add('pub-first-person-no-id', 'health-info', 'en', NONE, {
  messages: [
    U(
      'I get migraines about twice a month and my GP suggested sumatriptan 50 mg. Can I take it with the propranolol 40 mg I already use for prevention? And is it OK with coffee?',
    ),
  ],
});
add('pub-first-person-no-id', 'health-info', 'es', NONE, {
  messages: [
    U('Me han diagnosticado hipotiroidismo y tomo Eutirox 50 microgramos. ¿Tengo que esperar media hora para el café o es un mito?'),
  ],
});
{
  const m = [S('You are a project assistant.')];
  const turns = [
    [
      'We need to plan the EHR migration kickoff. Who usually attends?',
      'Typically the clinical informatics lead, IT infrastructure, the vendor PM, a nursing representative and someone from information governance.',
    ],
    [
      'What should be on the agenda?',
      'Scope and timeline, data migration approach, downtime plan, training, go/no-go criteria, and risks.',
    ],
    [
      'How long should the downtime window be for a 400-bed hospital?',
      'Commonly 8–24 hours for the cutover itself, with downtime procedures rehearsed beforehand.',
    ],
    [
      'What goes into a downtime procedure pack?',
      'Paper forms, printed medication administration records, contact lists, and a recovery/back-entry plan.',
    ],
    [
      'Good. Draft the invitation email for 14 January, 10:00–12:00, room 3.04.',
      'Subject: EHR migration kickoff – 14 Jan, 10:00–12:00, Room 3.04 ...',
    ],
  ];
  for (const [u, a] of turns) m.push(U(u), A(a));
  m.push(U("Add a line asking people to bring their team's list of interfaces, and make it shorter."));
  add('pub-long-convo-planning', 'business', 'en', NONE, { messages: m });
}
add('pub-paeds-dosing-general', 'health-info', 'en', NONE, {
  messages: [
    U("What's the usual ibuprofen dose for a 20 kg child with fever, and how many hours between doses? The bottle is 100 mg/5 mL."),
  ],
});
add('pub-genetics-general', 'health-info', 'en', NONE, {
  messages: [
    U(
      'What does a "variant of uncertain significance" in BRCA2 actually mean for screening decisions? Can a VUS be reclassified later, and how often does that happen?',
    ),
  ],
});
add('pub-k8s-secret-ref', 'config', 'en', NONE, {
  messages: [
    U(
      'Is this the right way to inject the DB password in a Deployment?\n\nenv:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password\n  - name: DB_HOST\n    value: orders-db.default.svc.cluster.local',
    ),
  ],
});
add('pub-npmrc-env-ref', 'config', 'en', NONE, {
  messages: [
    U(
      'Our CI .npmrc is:\n\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\n\nDoes npm expand the ${} itself or do I need envsubst?',
    ),
  ],
});
// Slack's own documentation placeholder webhook (T00000000/B00000000/XXXX...) is no secret.
add('pub-slack-doc-placeholder', 'webhook', 'en', NONE, {
  messages: [
    U(
      'The Slack docs show curl -X POST -H \'Content-type: application/json\' --data \'{"text":"Hello, World!"}\' https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX. How do I add a button block to that payload?',
    ),
  ],
});
add('pub-kubeconfig-placeholder', 'config', 'en', NONE, {
  messages: [
    U(
      'Template for our onboarding docs, is the structure right?\n\napiVersion: v1\nkind: Config\nclusters:\n- name: dev\n  cluster:\n    server: https://<api-server>:6443\n    certificate-authority-data: <base64-ca>\nusers:\n- name: <your-user>\n  user:\n    token: <paste-token-from-vault>\ncontexts:\n- name: dev\n  context: {cluster: dev, user: <your-user>}',
    ),
  ],
});
add('pub-smtp-placeholder', 'config', 'fr', NONE, {
  messages: [
    U(
      "Dans la doc interne on met : SMTP_URL=smtps://${SMTP_USER}:${SMTP_PASSWORD}@smtp.example.com:465 . Est-ce que Nodemailer accepte directement ce format ou faut-il encoder le @ du nom d'utilisateur ?",
    ),
  ],
});
add('pub-luhn-question', 'payment', 'en', NONE, {
  messages: [
    U(
      `Why does 1234 5678 9012 3456 fail a Luhn check but our tester still types it into the staging form? We only store the last four (e.g. "•••• 4242") and the brand. Is that PCI-compliant?`,
    ),
  ],
});
add('pub-iban-format', 'payment', 'de', NONE, {
  messages: [
    U(
      'Wie ist eine deutsche IBAN aufgebaut? Im Formular steht als Beispiel "DEkk bbbb bbbb cccc cccc cc". Wofür stehen kk, b und c, und wie wird die Prüfziffer berechnet?',
    ),
  ],
});
add('pub-hospital-news', 'public-fact', 'pt', NONE, {
  messages: [
    U(
      'Resuma esta notícia em duas frases: "O Instituto Português de Oncologia do Porto inaugurou uma nova unidade de radioterapia com dois aceleradores lineares, que deverá tratar mais 1200 doentes por ano e reduzir os tempos de espera em 30%."',
    ),
  ],
});
add('pub-dental-general', 'health-info', 'es', NONE, {
  messages: [
    U(
      '¿Cuánto tiempo después de una extracción de muela del juicio se puede fumar o beber con pajita? ¿Y cuándo se quitan los puntos reabsorbibles?',
    ),
  ],
});
add('pub-appointment-template', 'appointment', 'en', NONE, {
  messages: [
    U(
      'Improve this SMS template, keep the variables: "Hi {{first_name}}, reminder of your appointment at {{clinic_name}} on {{date}} at {{time}}. Reply C to confirm or R to reschedule. Please do not reply with health information."',
    ),
  ],
});
// jwt.io's well-known documentation example token ("John Doe", 1516239022): published as an
// example, not a secret; the name is the canonical placeholder. Judgement call -> public.
add('pub-jwt-doc-example', 'code', 'en', NONE, {
  messages: [
    U(
      'In the jwt.io example eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c, what does each of the three parts contain, and why should I never put secrets in the payload?',
    ),
  ],
});
// A PGP PUBLIC key block is meant to be shared: not a credential.
add('pub-pgp-public-key', 'config', 'en', NONE, {
  messages: [
    U(
      `Our security.txt should link to our PGP key. Is it OK to paste the public key directly on the page like this?\n\n${armor('PUBLIC', [0x99, 0x01, 0x8d, 0x04, 0x65], 300)}`,
    ),
  ],
});
add('pub-ssh-known-hosts', 'networking', 'en', NONE, {
  messages: [
    U(
      `ssh warns "REMOTE HOST IDENTIFICATION HAS CHANGED" for our bastion. known_hosts line:\n10.30.0.5 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${randBytes(32).toString('base64').slice(0, 43)}\nHow do I safely verify and replace it?`,
    ),
  ],
});
add('pub-git-log', 'code', 'en', NONE, {
  messages: [
    U(
      `Explain what happened in this history:\n${hex(7)} (HEAD -> main) Merge pull request #812 from acme/dependabot/npm_and_yarn/axios-1.7.9\n${hex(7)} build(deps): bump axios from 1.7.7 to 1.7.9\n${hex(7)} revert "feat(portal): show lab trends" (#809)\n${hex(7)} feat(portal): show lab trends (#805)`,
    ),
  ],
});
add('pub-oncology-general', 'health-info', 'pl', NONE, {
  messages: [
    U('Jakie są wczesne objawy raka jelita grubego i od jakiego wieku w Polsce robi się przesiewową kolonoskopię w programie NFZ?'),
  ],
});
add('pub-substance-general', 'health-info', 'en', NONE, {
  messages: [
    U(
      'How does buprenorphine induction work with fentanyl in the picture? I keep reading about precipitated withdrawal and "low-dose" or "macrodosing" starts. Explain the difference for a training session.',
    ),
  ],
});
add('pub-reproductive-general', 'health-info', 'fr', NONE, {
  messages: [
    U(
      "Quelle est l'efficacité de la pilule du lendemain à base d'ulipristal par rapport au lévonorgestrel, et jusqu'à combien d'heures après le rapport ?",
    ),
  ],
});
add('pub-sexual-health-general', 'health-info', 'pt', NONE, {
  messages: [
    U(
      'A PrEP sob demanda (esquema 2-1-1) é recomendada para todas as pessoas ou só para alguns grupos? E quais exames são pedidos antes de começar?',
    ),
  ],
});
add('pub-mental-health-general', 'health-info', 'sv', NONE, {
  messages: [
    U('Vad är skillnaden mellan SSRI och SNRI, och varför börjar man ofta med sertralin 50 mg? Förklara enkelt för en anhöriggrupp.'),
  ],
});
add('pub-extra-field-harmless', 'agent', 'en', NONE, {
  messages: [U('Translate "Your prescription is ready for collection" into Spanish and Polish.')],
  x_client_build: '2026.12.1+4471',
  experiment_arm: 'B',
});
add('pub-tool-schema-no-values', 'agent', 'en', NONE, {
  tools: [
    fn('lookup_patient', 'Look up a patient by medical record number. Returns demographics and active problems. Never log the response.', {
      mrn: { type: 'string', pattern: '^[0-9]{7,10}$', description: 'Medical record number (7–10 digits), as printed on the wristband.' },
    }),
  ],
  messages: [U("Write the system prompt for an agent that uses this tool only after the clinician confirms the patient's identity.")],
});
add('pub-response-format-placeholders', 'extraction', 'de', NONE, {
  response_format: {
    type: 'json_schema',
    json_schema: {
      name: 'arztbrief',
      schema: {
        type: 'object',
        properties: {
          patient: { type: 'string', description: 'Name im Format "<Nachname>, <Vorname>"' },
          diagnose_icd: { type: 'string', description: 'ICD-10-GM Code, z. B. "<ICD>"' },
        },
        required: ['patient', 'diagnose_icd'],
      },
    },
  },
  messages: [U('Erstelle mir nur eine Beispielausgabe mit Platzhaltern, damit ich das Schema im Team zeigen kann.')],
});
add('pub-ip-rfc5737-firewall', 'networking', 'de', NONE, {
  messages: [
    U(
      'Ist diese iptables-Regel korrekt, um nur das Monitoring (192.0.2.10) und das VPN-Netz 172.16.8.0/22 auf Port 5432 zuzulassen?\n\niptables -A INPUT -p tcp -s 192.0.2.10 --dport 5432 -j ACCEPT\niptables -A INPUT -p tcp -s 172.16.8.0/22 --dport 5432 -j ACCEPT\niptables -A INPUT -p tcp --dport 5432 -j DROP',
    ),
  ],
});
add('pub-ophthalmology-general', 'health-info', 'it', NONE, {
  messages: [
    U(
      'Dopo un intervento di cataratta quanto tempo bisogna usare il collirio antibiotico e quello cortisonico? È normale vedere aloni intorno alle luci la prima settimana?',
    ),
  ],
});
add('pub-pseudonymised-export', 'lab', 'en', NONE, {
  messages: [
    U(
      `Check this de-identified export for problems before we share it with the research team:\nsubject_id,age_band,sex,hba1c_pct,egfr\nS-0001,60-64,F,7.9,64\nS-0002,45-49,M,6.4,91\nS-0003,70-74,F,8.8,47\nAge is banded, dates are shifted, no names or record numbers.`,
    ),
  ],
});

// ================================================================ sanity checks and output
if (luhnValid('1234567890123456')) throw new Error('pub-luhn-question number must fail Luhn');
const ids = new Set();
for (const c of cases) {
  if (ids.has(c.id)) throw new Error(`duplicate id ${c.id}`);
  ids.add(c.id);
}
const nTemplates = Object.keys(perTemplate).length;
if (nTemplates < 70) throw new Error(`only ${nTemplates} templates`);

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'h6-cases.jsonl');
writeFileSync(out, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');

const count = (f) => {
  const m = {};
  for (const c of cases) for (const k of [].concat(f(c))) m[k] = (m[k] || 0) + 1;
  return Object.entries(m)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
};
console.log(`wrote ${cases.length} cases, ${nTemplates} templates -> ${out}`);
console.log(`level:    ${count((c) => c.expected.level)}`);
console.log(`category: ${count((c) => (c.expected.categories.length ? c.expected.categories : ['none']))}`);
console.log(`cat-set:  ${count((c) => c.expected.categories.join('+') || 'none')}`);
console.log(`kind:     ${count((c) => c.kind)}`);
console.log(`lang:     ${count((c) => c.lang)}`);
console.log(`where:    ${count((c) => c.where || 'messages')}`);
console.log(`encoding: ${count((c) => c.encoding || 'none')}`);
