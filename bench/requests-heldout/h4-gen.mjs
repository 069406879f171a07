// h4 held-out request set: deterministic generator (fixed seed, no dependencies, no network).
// Writes /tmp/h4/h4-cases.jsonl (or the path given as argv[2]).
// Written from SPEC §3/§4 and the bench/requests README only. Synthetic people and values;
// every check digit is computed below.
import { createHmac, createECDH, createPrivateKey } from 'node:crypto';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

// ---------- deterministic PRNG (mulberry32) ----------
let _s = 0x48340a17;
function rnd() {
  _s = (_s + 0x6d2b79f5) | 0;
  let t = Math.imul(_s ^ (_s >>> 15), 1 | _s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const nz = (n) => String(ri(1, 9)) + digits(n - 1);
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LO = 'abcdefghijklmnopqrstuvwxyz';
const DIG = '0123456789';
const B62 = DIG + UP + LO;
const HEX = '0123456789abcdef';
const chars = (n, alpha) => Array.from({ length: n }, () => alpha[Math.floor(rnd() * alpha.length)]).join('');
const randBytes = (n) => Buffer.from(Array.from({ length: n }, () => ri(0, 255)));
const b64u = (buf) => Buffer.from(buf).toString('base64url');
const b64 = (s) => Buffer.from(s).toString('base64');

// ---------- check digits ----------
function luhnCheck(body) {
  let sum = 0;
  const d = body.split('').reverse().map(Number);
  for (let i = 0; i < d.length; i++) {
    let x = d[i];
    if (i % 2 === 0) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    sum += x;
  }
  return String((10 - (sum % 10)) % 10);
}
function luhnValid(num) {
  return luhnCheck(num.slice(0, -1)) === num.slice(-1);
}
function card(prefix, len) {
  let s = prefix;
  while (s.length < len - 1) s += ri(0, 9);
  return s + luhnCheck(s);
}
function notLuhn(len, first = '') {
  // a number of that length that FAILS Luhn
  let s = first;
  while (s.length < len) s += ri(0, 9);
  if (luhnValid(s)) s = s.slice(0, -1) + ((Number(s.slice(-1)) + 1) % 10);
  return s;
}
const grp4 = (s, sep = ' ') => s.match(/.{1,4}/g).join(sep);
const amexFmt = (s, sep = ' ') => `${s.slice(0, 4)}${sep}${s.slice(4, 10)}${sep}${s.slice(10)}`;

function hasLuhnRun(text) {
  // a 13-19 digit run (spaces/dashes allowed) that passes Luhn
  for (const m of text.matchAll(/(?<![\d.])\d(?:[ -]?\d){12,18}(?![\d.])/g)) {
    const d = m[0].replace(/[ -]/g, '');
    if (luhnValid(d)) return m[0];
  }
  return null;
}
function mod97(numStr) {
  return Number(BigInt(numStr) % 97n);
}
function ibanAlphaToNum(s) {
  return s
    .toUpperCase()
    .split('')
    .map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c))
    .join('');
}
function iban(cc, bban) {
  const chk = 98 - mod97(ibanAlphaToNum(bban + cc + '00'));
  return cc + String(chk).padStart(2, '0') + bban;
}
function ibanValid(s) {
  s = s.replace(/ /g, '');
  return mod97(ibanAlphaToNum(s.slice(4) + s.slice(0, 4))) === 1;
}
const ibanFmt = (s) => s.match(/.{1,4}/g).join(' ');
function deIban() {
  return iban('DE', nz(8) + digits(10));
}
function nlIban() {
  return iban('NL', pick(['RABO', 'INGB', 'ABNA', 'SNSB', 'TRIO']) + '0' + nz(9));
}
const ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
function esCd(s) {
  const r = 11 - (s.split('').reduce((a, c, i) => a + Number(c) * ES_W[i], 0) % 11);
  return r === 11 ? 0 : r === 10 ? 1 : r;
}
function esIban() {
  const bank = pick(['2100', '0049', '0182', '2038', '0081']);
  const branch = digits(4);
  const acct = digits(10);
  return iban('ES', bank + branch + esCd('00' + bank + branch) + esCd(acct) + acct);
}
function ptNib(base) {
  return base + String(98 - mod97(base + '00')).padStart(2, '0');
}
function ptIban() {
  for (;;) {
    const x = iban('PT', ptNib(pick(['0035', '0033', '0007', '0010']) + digits(4) + digits(11)));
    if (!hasLuhnRun(ibanFmt(x)) && !hasLuhnRun(x)) return x;
  }
}
function nhs() {
  for (;;) {
    const d = nz(9);
    const s = d.split('').reduce((a, c, i) => a + Number(c) * (10 - i), 0);
    let r = 11 - (s % 11);
    if (r === 11) r = 0;
    if (r === 10) continue;
    return d + r;
  }
}
const nhsFmt = (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
function npi() {
  const nine = String(ri(1, 2)) + digits(8);
  return nine + luhnCheck('80840' + nine);
}
function dea(lastName, first = 'B') {
  const d = digits(6).split('').map(Number);
  const c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10;
  return first + lastName[0].toUpperCase() + d.join('') + c;
}
function mrzVal(c) {
  if (c === '<') return 0;
  if (/[0-9]/.test(c)) return Number(c);
  return c.charCodeAt(0) - 55;
}
function mrzCheck(s) {
  const w = [7, 3, 1];
  return String(s.split('').reduce((a, c, i) => a + mrzVal(c) * w[i % 3], 0) % 10);
}
function mrzTd3({ country, surname, given, number, nat, dob, sex, expiry, personal = '' }) {
  const l1 = ('P<' + country + surname.toUpperCase().replace(/ /g, '<') + '<<' + given.toUpperCase().replace(/ /g, '<')).padEnd(44, '<');
  const num = number.padEnd(9, '<');
  const pers = personal.padEnd(14, '<');
  const a = num + mrzCheck(num);
  const b = dob + mrzCheck(dob);
  const e = expiry + mrzCheck(expiry);
  const p = pers + mrzCheck(pers);
  const comp = mrzCheck(a + b + e + p);
  const l2 = a + nat + b + sex + e + p + comp;
  if (l1.length !== 44 || l2.length !== 44) throw new Error('mrz length');
  return [l1, l2];
}
function bsn() {
  for (;;) {
    const d = String(ri(1, 6)) + digits(7);
    const s = d.split('').reduce((a, c, i) => a + Number(c) * (9 - i), 0);
    const last = s % 11;
    if (last === 10) continue;
    return d + last;
  }
}
function kvnr() {
  const L = pick('ABCDEFGHJKLMNPRSTUWXY'.split(''));
  const body = nz(8);
  const all = String(L.charCodeAt(0) - 64).padStart(2, '0') + body;
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    let p = Number(all[i]) * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p = Math.floor(p / 10) + (p % 10);
    sum += p;
  }
  return L + body + (sum % 10);
}
function steuerId() {
  for (;;) {
    const ds = digits(10);
    if (ds[0] === '0') continue;
    const cnt = {};
    for (const c of ds) cnt[c] = (cnt[c] || 0) + 1;
    const vals = Object.values(cnt);
    if (!(vals.filter((v) => v === 2).length === 1 && vals.filter((v) => v > 2).length === 0)) continue;
    let product = 10;
    for (const c of ds) {
      let sum = (Number(c) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    let chk = 11 - product;
    if (chk === 10) chk = 0;
    return ds + chk;
  }
}
function ssn() {
  let area;
  do {
    area = ri(100, 665);
  } while (area === 666);
  return `${area}-${String(ri(1, 99)).padStart(2, '0')}-${String(ri(1, 9999)).padStart(4, '0')}`;
}
function nir(sex, yy, mm, dept, commune) {
  for (;;) {
    const x = nir1(sex, yy, mm, dept, commune);
    if (!hasLuhnRun(x.fmt) && !hasLuhnRun(x.n + x.key)) return x;
  }
}
function nir1(sex, yy, mm, dept, commune) {
  const n = `${sex}${yy}${mm}${dept}${commune}${String(ri(1, 999)).padStart(3, '0')}`;
  const key = 97 - mod97(n);
  return {
    n,
    key: String(key).padStart(2, '0'),
    fmt: `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${String(key).padStart(2, '0')}`,
  };
}
function dni() {
  const n = nz(8);
  return n + 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(n) % 23];
}
function nif() {
  const b = String(ri(1, 2)) + digits(7);
  const s = b.split('').reduce((a, c, i) => a + Number(c) * (9 - i), 0);
  const r = s % 11;
  return b + (r < 2 ? 0 : 11 - r);
}
function pesel(y, m, d, male) {
  const mm = y >= 2000 ? m + 20 : m;
  let serial = digits(3);
  let sx = ri(0, 4) * 2 + (male ? 1 : 0);
  const b = String(y % 100).padStart(2, '0') + String(mm).padStart(2, '0') + String(d).padStart(2, '0') + serial + sx;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = b.split('').reduce((a, c, i) => a + Number(c) * w[i], 0);
  return b + ((10 - (s % 10)) % 10);
}
function personnummer(yymmdd) {
  const b = yymmdd + digits(3);
  return `${yymmdd}-${b.slice(6)}${luhnCheck(b)}`;
}
function codiceFiscale(surname, name, yyyy, month, day, female, belfiore) {
  const norm = (s) =>
    s
      .toUpperCase()
      .normalize('NFD')
      .replace(/[^A-Z]/g, '');
  const cons = (s) => norm(s).replace(/[AEIOU]/g, '');
  const vow = (s) => norm(s).replace(/[^AEIOU]/g, '');
  const sc = (cons(surname) + vow(surname) + 'XXX').slice(0, 3);
  const nc0 = cons(name);
  const nc = nc0.length >= 4 ? nc0[0] + nc0[2] + nc0[3] : (nc0 + vow(name) + 'XXX').slice(0, 3);
  const body =
    sc + nc + String(yyyy % 100).padStart(2, '0') + 'ABCDEHLMPRST'[month - 1] + String(day + (female ? 40 : 0)).padStart(2, '0') + belfiore;
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
  for (let i = 0; i < 15; i++) {
    const c = body[i];
    s += i % 2 === 0 ? odd[c] : /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return body + UP[s % 26];
}
const MBI_L = 'ACDEFGHJKMNPQRTUVWXY';
function mbi() {
  const AN = MBI_L + DIG;
  return (
    String(ri(1, 9)) + chars(1, MBI_L) + chars(1, AN) + ri(0, 9) + chars(1, MBI_L) + chars(1, AN) + ri(0, 9) + chars(2, MBI_L) + digits(2)
  );
}
const mbiFmt = (m) => `${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}`;

// ---------- secrets ----------
const CRC_T = (() => {
  const t = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(s) {
  let c = 0xffffffff;
  for (const b of Buffer.from(s)) c = CRC_T[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n) {
  let s = '';
  do {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  } while (n > 0);
  return s;
}
function ghToken(prefix = 'ghp_') {
  const r = chars(30, B62);
  return prefix + r + base62(crc32(r)).padStart(6, '0');
}
const awsKeyId = (p = 'AKIA') => p + chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567');
const awsSecret = () => chars(40, B62 + '/+');
const openaiKey = () => 'sk-proj-' + chars(74, B62 + '-_') + 'T3BlbkFJ' + chars(74, B62 + '-_');
const stripeLive = () => 'sk_live_51' + chars(22, B62) + chars(75, B62);
const npmToken = () => 'npm_' + chars(36, B62);
const pypiToken = () => 'pypi-AgEIcHlwaS5vcmcCJ' + chars(130, B62 + '-_');
const sendgridKey = () => 'SG.' + chars(22, B62 + '-_') + '.' + chars(43, B62 + '-_');
const googleKey = () => 'AIza' + chars(35, B62 + '-_');
const slackHook = () => `https://hooks.slack.com/services/T0${chars(8, UP + DIG)}/B0${chars(9, UP + DIG)}/${chars(24, B62)}`;
const hexs = (n) => chars(n, HEX);
function jwtHS(payload, secret) {
  const h = b64u(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const p = b64u(JSON.stringify(payload));
  return `${h}.${p}.${createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url')}`;
}
function jwtRS(payload, kid) {
  const h = b64u(JSON.stringify({ alg: 'RS256', kid }));
  const p = b64u(JSON.stringify(payload));
  return `${h}.${p}.${b64u(randBytes(256))}`;
}
const pemWrap = (label, der) =>
  `-----BEGIN ${label}-----\n${der
    .toString('base64')
    .match(/.{1,64}/g)
    .join('\n')}\n-----END ${label}-----`;
function ecPrivPem() {
  const priv = randBytes(32);
  const ecdh = createECDH('prime256v1');
  ecdh.setPrivateKey(priv);
  const pub = ecdh.getPublicKey();
  const der = Buffer.concat([Buffer.from('30770201010420', 'hex'), priv, Buffer.from('a00a06082a8648ce3d030107a144034200', 'hex'), pub]);
  const pem = pemWrap('EC PRIVATE KEY', der);
  createPrivateKey(pem);
  return pem;
}
function ed25519Pem() {
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), randBytes(32)]);
  const pem = pemWrap('PRIVATE KEY', der);
  createPrivateKey(pem);
  return pem;
}
const uuid = () => `${hexs(8)}-${hexs(4)}-4${hexs(3)}-${pick(['8', '9', 'a', 'b'])}${hexs(3)}-${hexs(12)}`;
function qpEncode(text) {
  // quoted-printable (RFC 2045) with soft line breaks at 76
  const bytes = Buffer.from(text, 'utf8');
  const lines = [];
  let cur = '';
  const flush = () => {
    lines.push(cur);
    cur = '';
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) {
      lines.push(cur + '\n');
      cur = '';
      continue;
    }
    let tok = (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (b === 32 && bytes[i + 1] === 0x0a) tok = '=20';
    if (cur.length + tok.length > 75) {
      cur += '=';
      lines.push(cur + '\n');
      cur = '';
    }
    cur += tok;
  }
  if (cur) flush();
  return lines.join('');
}
const htmlEnt = (s) =>
  s
    .split('')
    .map((c) => `&#${c.codePointAt(0)};`)
    .join('');
const pctAll = (s) =>
  Buffer.from(s)
    .toString('hex')
    .replace(/../g, (h) => '%' + h.toUpperCase());

// ---------- case assembly ----------
const cases = [];
const counters = {};
const MODELS = ['gpt-4o-mini', 'auto', 'gpt-4o', 'support-chat', 'auto', 'gpt-4o-mini'];
const S = (content) => ({ role: 'system', content });
const U = (content, extra = {}) => ({ role: 'user', content, ...extra });
const A = (content) => ({ role: 'assistant', content });
const CALL = (id, name, args) => ({
  role: 'assistant',
  content: null,
  tool_calls: [{ id, type: 'function', function: { name, arguments: JSON.stringify(args) } }],
});
const TOOL = (id, content) => ({
  role: 'tool',
  tool_call_id: id,
  content: typeof content === 'string' ? content : JSON.stringify(content),
});
const fn = (name, description, properties, required = []) => ({
  type: 'function',
  function: { name, description, parameters: { type: 'object', properties, required } },
});
function add(cat, { kind, lang = 'en', template, categories = [], where, encoding, messages, extra = {} }) {
  counters[cat] = (counters[cat] || 0) + 1;
  const cats = [...new Set(categories)].sort();
  const level = cats.some((c) => c === 'PHI' || c === 'PCI' || c === 'CREDENTIALS')
    ? 'restricted'
    : cats.includes('PII')
      ? 'confidential'
      : 'public';
  const c = {
    id: `h4-${cat}-${String(counters[cat]).padStart(2, '0')}`,
    kind,
    lang,
    template: 'h4-' + template,
    expected: { level, categories: cats },
  };
  if (where) c.where = where;
  if (encoding) c.encoding = encoding;
  const model = extra.model || MODELS[cases.length % MODELS.length];
  const { model: _m, ...rest } = extra;
  c.body = { model, messages, ...rest };
  cases.push(c);
}

// =====================================================================
// PHI
// =====================================================================
{
  // 1. multi-turn: name early, diagnosis several turns later
  add('phi', {
    kind: 'patient-chat',
    template: 'multiturn-name-then-dx',
    categories: ['PHI', 'PII'],
    messages: [
      S('You are a patient, friendly assistant for family caregivers. Do not give definitive medical advice.'),
      U(
        'Hi, I look after my dad, Gerald Pemberton. He is 74 and moved in with us in Shrewsbury last spring. I will probably have a few questions over the next days.',
      ),
      A('Of course, happy to help you and your father. What would you like to start with?'),
      U('Today mostly food. He has gone off bread and only wants soup. Is that something to worry about?'),
      A(
        'A change in appetite can have many causes. If it lasts more than a couple of weeks or he is losing weight, mention it to his GP. Small, frequent meals often help.',
      ),
      U(
        'Update after the clinic this afternoon: the echo showed an ejection fraction of 30 %, they said heart failure with reduced ejection fraction and started sacubitril/valsartan 24/26 mg twice a day. Which side effects should I look out for at home?',
      ),
    ],
  });
}
{
  // 2. assistant turn carries the data
  const mrn = '00' + digits(6);
  add('phi', {
    kind: 'clinical-note',
    template: 'assistant-turn-summary',
    categories: ['PHI', 'PII'],
    messages: [
      S('You are a clinical documentation assistant for the medical ward. Keep summaries under 120 words.'),
      U('Summarise the consult I pasted earlier for the evening handover.'),
      A(
        `Handover summary: Ana Ruiz-Calloway, MRN ${mrn}, 58 F. Admitted 2025-10-02 with community-acquired pneumonia (J18.9), CURB-65 score 2. On ceftriaxone 2 g IV once daily plus azithromycin 500 mg PO. SpO2 94 % on 2 L nasal cannula. Plan: switch to oral antibiotics on day 3 if afebrile for 24 h; repeat CRP in the morning.`,
      ),
      U('Shorter please, as bullet points, and leave out the antibiotic doses.'),
    ],
  });
}
{
  // 3. tool result carries the record
  const mrn = String(ri(3000000, 3999999));
  add('phi', {
    kind: 'agent',
    template: 'tool-result-ehr',
    categories: ['PHI', 'PII'],
    where: 'tool_result',
    messages: [
      S('You are an assistant embedded in the ward EHR. Use the tools to look things up; never guess.'),
      U('What allergies does bed 14 on ward 4B have? Need to know before the porter takes them to CT.'),
      CALL('call_8fQ2', 'get_patient_by_bed', { ward: '4B', bed: 14 }),
      TOOL('call_8fQ2', {
        mrn,
        name: 'Harold Voss',
        dob: '1958-07-22',
        sex: 'M',
        allergies: [
          { substance: 'penicillin', reaction: 'anaphylaxis' },
          { substance: 'iodinated contrast', reaction: 'urticaria' },
        ],
        active_problems: [
          { icd10: 'J44.1', text: 'COPD with acute exacerbation' },
          { icd10: 'I10', text: 'essential hypertension' },
        ],
        medications: [
          'tiotropium 18 mcg inhaled once daily',
          'prednisolone 30 mg PO once daily for 5 days',
          'amlodipine 5 mg PO once daily',
        ],
      }),
    ],
    extra: {
      tools: [
        fn(
          'get_patient_by_bed',
          'Return the current patient record for a ward bed.',
          { ward: { type: 'string' }, bed: { type: 'integer' } },
          ['ward', 'bed'],
        ),
      ],
    },
  });
}
{
  // 4. system prompt with the patient context
  const n = nhs();
  add('phi', {
    kind: 'clinical-note',
    template: 'system-prompt-context',
    categories: ['PHI', 'PII'],
    messages: [
      S(
        `Session context (from the practice system):\nPatient: Imogen Pratt\nDOB: 09/02/1983\nNHS number: ${nhsFmt(n)}\nProblem list: relapsing-remitting multiple sclerosis (G35), diagnosed 2019\nCurrent treatment: ocrelizumab 600 mg IV every 6 months, last infusion 19/08/2025\nWrite in plain English, UK spelling.`,
      ),
      U(
        'Draft a short letter to her employer explaining that she needs a half-day off roughly every six months for a hospital appointment. Do not mention the diagnosis.',
      ),
    ],
  });
}
{
  // 5. CSV lab export
  const rows = [
    ['Okafor', 'Chidi', '1961-04-30', '2345-7', 'Glucose [Mass/volume] in Serum or Plasma', '212', 'mg/dL', '70-99'],
    ['Lindgren', 'Maja', '1990-11-02', '4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', '5.4', '%', '4.0-5.6'],
    ['Delacroix', 'Bernard', '1947-01-19', '2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', '2.31', 'mg/dL', '0.74-1.35'],
    ['Whitcombe', 'Sally', '1975-08-08', '2823-3', 'Potassium [Moles/volume] in Serum or Plasma', '6.1', 'mmol/L', '3.5-5.1'],
    ['Nakamura', 'Ren', '2002-06-25', '718-7', 'Hemoglobin [Mass/volume] in Blood', '13.9', 'g/dL', '13.2-16.6'],
  ];
  const csv = ['mrn,last_name,first_name,dob,loinc,test,value,unit,ref_range']
    .concat(rows.map((r) => [String(ri(1000000, 9999999)), ...r].map((x) => (x.includes(',') ? `"${x}"` : x)).join(',')))
    .join('\n');
  add('phi', {
    kind: 'lab',
    template: 'csv-lab-export',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Below is this morning's export from the LIS. Flag anything outside the reference range and tell me who needs a call-back today, most urgent first.\n\n\`\`\`csv\n${csv}\n\`\`\``,
      ),
    ],
  });
}
{
  // 6. SQL INSERT seed
  const m1 = String(ri(100000, 999999));
  const m2 = String(ri(100000, 999999));
  add('phi', {
    kind: 'code',
    template: 'sql-insert-patients',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `This seed script fails with "insert or update on table encounters violates foreign key constraint". What is wrong?\n\n\`\`\`sql\nINSERT INTO patients (id, mrn, first_name, last_name, dob, phone) VALUES\n  (101, '${m1}', 'Rosalind', 'Achterberg', '1966-09-14', '+1 617 555 0148'),\n  (102, '${m2}', 'Emeka', 'Nwosu', '1988-03-03', '+1 617 404 2291');\n\nINSERT INTO encounters (patient_id, admitted_at, icd10, note) VALUES\n  (101, '2025-09-30 22:14', 'N17.9', 'AKI on CKD stage 3; creatinine 3.4 from baseline 1.6; IV fluids started'),\n  (103, '2025-10-01 07:40', 'K35.80', 'acute appendicitis, lap appendectomy planned');\n\`\`\``,
      ),
    ],
  });
}
{
  // 7. JSON log line with MRN only -> medical identifier alone
  const mrn = 'MRN-' + String(ri(7000000, 7999999));
  add('phi', {
    kind: 'code',
    template: 'json-api-log-mrn',
    categories: ['PHI'],
    messages: [
      U(
        `Our encounter service keeps returning 409 for this call and I can't see why. Logs:\n\n{"ts":"2025-11-04T09:30:12.481Z","level":"warn","svc":"encounter-api","route":"POST /api/v2/encounters","mrn":"${mrn}","dx":["E11.65","I10"],"rx":["metformin 1000 mg BID"],"status":409,"msg":"duplicate encounter for same admit date"}\n{"ts":"2025-11-04T09:30:12.502Z","level":"info","svc":"encounter-api","route":"GET /api/v2/encounters","status":200,"latency_ms":38}`,
      ),
    ],
  });
}
{
  // 8. HL7 CDA fragment
  const mrn = String(ri(40000000, 49999999));
  add('phi', {
    kind: 'cda',
    template: 'cda-problem-entry',
    categories: ['PHI', 'PII'],
    messages: [
      S('You convert HL7 CDA R2 fragments to FHIR R4 JSON. Output only JSON.'),
      U(
        `Convert to a FHIR Patient and a Condition:\n\n<recordTarget>\n  <patientRole>\n    <id root="2.16.840.1.113883.19.5.99999.2" extension="${mrn}"/>\n    <addr use="HP"><streetAddressLine>48 Larchmont Avenue</streetAddressLine><city>Dayton</city><state>OH</state><postalCode>45419</postalCode></addr>\n    <patient>\n      <name><given>Lucinda</given><family>Marsh-Abara</family></name>\n      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>\n      <birthTime value="19720316"/>\n    </patient>\n  </patientRole>\n</recordTarget>\n<component><section><code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>\n  <entry><observation classCode="OBS" moodCode="EVN">\n    <code code="55607006" codeSystem="2.16.840.1.113883.6.96" displayName="Problem"/>\n    <effectiveTime><low value="20230611"/></effectiveTime>\n    <value xsi:type="CD" code="44054006" codeSystem="2.16.840.1.113883.6.96" displayName="Diabetes mellitus type 2"/>\n  </observation></entry>\n</section></component>`,
      ),
    ],
  });
}
{
  // 9. X12 837P claim
  const nNpi = npi();
  const m = mbi();
  add('phi', {
    kind: 'claim',
    template: 'x12-837p',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `The clearinghouse rejected this 837P with "2010BA NM109 invalid subscriber identifier". Which segment is wrong and how do I fix it?\n\nST*837*0001*005010X222A1~\nBHT*0019*00*0123*20251103*1432*CH~\nNM1*85*2*RIVERBEND FAMILY MEDICINE*****XX*${nNpi}~\nN3*1200 W MAIN ST~\nN4*SPRINGFIELD*IL*627040001~\nSBR*P*18*******MB~\nNM1*IL*1*CROWTHER*BETHANY*A***MI*${m}~\nN3*27 FOXGLOVE LN~\nN4*CHATHAM*IL*626291832~\nDMG*D8*19560412*F~\nCLM*A37791*185***11:B:1*Y*A*Y*Y~\nHI*ABK:E1165*ABF:I10~\nLX*1~\nSV1*HC:99214*185*UN*1***1~\nDTP*472*D8*20251028~\nSE*16*0001~`,
      ),
    ],
  });
}
{
  // 10. NCPDP-like pharmacy claim
  const pn = npi();
  add('phi', {
    kind: 'pharmacy',
    template: 'ncpdp-claim-reject',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Got reject 75 (prior authorization required) on this claim. What does the PBM usually want for a PA on this drug?\n\nTransaction B1 | BIN 610014 | PCN MEDDPRIME\n302-C2 Cardholder ID: ZQW${digits(9)}\n310-CA Patient First Name: DARNELL\n311-CB Patient Last Name: HOLLOWAY\n304-C4 Date of Birth: 19790922\n305-C5 Patient Gender: 1\n407-D7 Product/Service ID (NDC): 00169413212\n442-E7 Quantity Dispensed: 3.000\n405-D5 Days Supply: 28\n411-DB Prescriber ID (NPI): ${pn}\n424-DO Diagnosis Code: E6601\nSIG: semaglutide 2 mg/3 mL pen, inject 0.5 mg subcutaneously once weekly`,
      ),
    ],
  });
}
{
  // 11. pharmacy label
  const d = dea('Okonjo', 'F');
  add('phi', {
    kind: 'pharmacy',
    template: 'pharmacy-label',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Can you turn this label into large-print instructions for my neighbour?\n\nHARBORVIEW PHARMACY  (206) 555-0100\nRx# 6038112   Date filled: 11/02/2025\nMARGARET OYELARAN\n1730 NE 92ND ST APT 4, SEATTLE WA 98115\nWARFARIN SODIUM 5 MG TABLET\nTAKE 1 TABLET BY MOUTH ONCE DAILY AT 6 PM EXCEPT TAKE 1/2 TABLET ON MONDAYS\nQty: 30   Refills: 2\nDr. P. Okonjo   DEA ${d}\nAVOID ASPIRIN AND NSAIDS UNLESS YOUR DOCTOR APPROVES`,
      ),
    ],
  });
}
{
  // 12. vaccination record (UK)
  const n = nhs();
  add('phi', {
    kind: 'vaccination',
    template: 'vaccination-history',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Please put this vaccination history into a table with columns date / vaccine / dose / batch, for the travel clinic form.\n\nName: Isla Brannigan\nDOB: 21/07/2016\nNHS No: ${nhsFmt(n)}\n\n- 6-in-1 (Infanrix hexa) dose 1 15/09/2016 batch A21CB447A\n- 6-in-1 dose 2 13/10/2016 batch A21CB447A\n- MMR dose 1 02/08/2017 batch R012345\n- MMR dose 2 (MMRVaxPro) 11/11/2019 batch S004512\n- Hep A (Havrix junior) 04/10/2025 batch AHAVB918BA\n- Typhoid (Typhim Vi) 04/10/2025 batch X1B441V`,
      ),
    ],
  });
}
{
  // 13. dental note
  add('phi', {
    kind: 'dental',
    template: 'dental-note',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Tidy up this dental note for the referral to the endodontist:\n\npt Kwame Asante dob 03/05/1991 tel 07700 914 263. c/o throbbing pain LR6 x 4 days, worse at night. #30 (LR6) TTP +++, cold test lingering, PA radiograph: periapical radiolucency ~4 mm mesial root. dx: symptomatic apical periodontitis / irreversible pulpitis 46. pulp extirpation done under ID block (articaine 4% 1 cartridge), CaOH dressing, GIC temp. Rx amoxicillin 500 mg TDS 5 days (swelling buccal sulcus). Pt anxious, hx of vasovagal syncope.`,
      ),
    ],
  });
}
{
  // 14. mental-health progress note
  add('phi', {
    kind: 'mental-health',
    template: 'therapy-progress-note',
    categories: ['PHI', 'PII'],
    messages: [
      S('You help licensed therapists write DAP progress notes. Be concise and neutral.'),
      U(
        `Session 6, 50 min, telehealth. Client: Wesley Tran. Reports sleeping 4-5 h, passive SI without plan or intent (safety plan reviewed, crisis line numbers given). PHQ-9 today 17 (was 21), GAD-7 14. GP increased sertraline to 100 mg daily three weeks ago, tolerating it. We worked on behavioural activation; homework: two short walks and one call with his brother. Write it up as a DAP note.`,
      ),
    ],
  });
}
{
  // 15. e-mail thread with signature
  add('phi', {
    kind: 'email',
    template: 'email-thread-signature',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Can you draft a reply to the patient based on this thread? Keep it warm, no jargon.\n\n-----Original Message-----\nFrom: Dr Halvorsen <halvorsen.s@riverbend-cancer.org>\nSent: Tuesday, November 4, 2025 4:12 PM\nTo: Ferreira-Holt, Nadia\nSubject: RE: Path results - Theo Castellan\n\nNadia, core biopsy came back: invasive ductal carcinoma, grade 2, ER+/PR+/HER2-. Staging CT is booked for the 12th. Please call him before Friday so he does not see it on the portal first.\n\nS.\n\n-----Original Message-----\nFrom: Ferreira-Holt, Nadia\nSubject: Path results - Theo Castellan\n\nHi, Mr Castellan (DOB 17/01/1969) rang again asking about his biopsy from the 28th.\n\nNadia Ferreira-Holt, RN\nOncology Nurse Navigator | Riverbend Cancer Centre\nDirect: 312-448-7310 | Mobile: 312-602-1957`,
      ),
    ],
  });
}
{
  // 16. MDT meeting notes with MRNs only
  const m = () => String(ri(2000000, 2999999));
  add('phi', {
    kind: 'meeting-notes',
    template: 'mdt-notes-mrn-only',
    categories: ['PHI'],
    messages: [
      U(
        `Turn these MDT notes into an action list grouped by owner (roles only).\n\nUpper GI MDT — 2025-11-05\nPresent: consultant surgeon, oncologist, radiologist, CNS, MDT coordinator\n\n1. MRN ${m()} — oesophageal adenocarcinoma T3N1, post neoadjuvant FLOT. Restage CT shows partial response. Plan: Ivor Lewis oesophagectomy, listed for December.\n2. MRN ${m()} — gastric GIST 6 cm, imatinib 400 mg daily since July, tolerating. Repeat CT in 3 months.\n3. MRN ${m()} — pancreatic head lesion, CA 19-9 812 U/mL. EUS-FNA to be arranged; CNS to contact.\n4. MRN ${m()} — Barrett's with high-grade dysplasia, for EMR; anticoagulation (apixaban) to be held 48 h.`,
      ),
    ],
  });
}
{
  // 17. health insurance appeal
  const member = 'XJH' + digits(9);
  add('phi', {
    kind: 'insurance',
    template: 'insurance-appeal-mri',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Please write a firm but polite appeal letter from this info.\n\nMember: Priscilla Dunmore, DOB 06/14/1980, member ID ${member}, group 770412\nClaim: 2025-0917-44812, MRI lumbar spine without contrast (CPT 72148) on 09/17/2025, denied "not medically necessary"\nHistory: lumbar radiculopathy L5 (M54.16) for 9 weeks, failed 6 weeks of physical therapy and naproxen 500 mg BID, new foot drop on the left noted 09/10.\nOrdering physician: Dr. Samuel Kettering, orthopaedics`,
      ),
    ],
  });
}
{
  // 20. MRN in metadata, findings in text
  add('phi', {
    kind: 'clinical-note',
    template: 'metadata-mrn',
    categories: ['PHI'],
    where: 'metadata',
    messages: [
      U(
        'Summarise this echo report in three lines for the discharge letter: LVEF 35 % (biplane Simpson), LV moderately dilated, moderate functional mitral regurgitation, no pericardial effusion. Recommend guideline-directed medical therapy and repeat echo in 3 months.',
      ),
    ],
    extra: {
      metadata: {
        encounter_id: 'ENC-20251104-0173',
        patient_mrn: String(ri(4000000, 4999999)),
        department: 'cardiology',
        requested_by: 'echo-lab',
      },
    },
  });
}
{
  // 21. personal e-mail in `user`, diagnosis in text
  add('phi', {
    kind: 'patient-chat',
    template: 'user-field-email',
    categories: ['PHI', 'PII'],
    where: 'user',
    messages: [
      U(
        'I was diagnosed with type 1 diabetes last week and I am on insulin glargine 14 units at night plus aspart with meals. Can I still run the half marathon in March? What should I carry?',
      ),
    ],
    extra: { user: 'm.oduya.1979@outlook.com' },
  });
}
{
  // 22. PACS image URL with patient name and id
  const pid = String(ri(80000000, 89999999));
  add('phi', {
    kind: 'imaging',
    template: 'image-url-pacs',
    categories: ['PHI', 'PII'],
    where: 'image_url',
    messages: [
      U([
        { type: 'text', text: 'Describe any abnormality on this chest radiograph. Keep it to a short impression.' },
        {
          type: 'image_url',
          image_url: {
            url: `https://pacs.stmarys-hospital.org.uk/wado?requestType=WADO&studyUID=1.2.826.0.1.3680043.8.498.${digits(11)}&contentType=image/jpeg&patientID=${pid}&patientName=KOVAC%5EANA&birthDate=19770302`,
          },
        },
      ]),
    ],
  });
}
{
  // 23. json_schema examples carry a record (German)
  const k = kvnr();
  add('phi', {
    kind: 'extraction',
    lang: 'de',
    template: 'json-schema-example',
    categories: ['PHI', 'PII'],
    where: 'response_format.json_schema',
    messages: [
      S('Du extrahierst strukturierte Befunde aus Arztbriefen.'),
      U(
        'Extrahiere aus dem folgenden Absatz die Befunde gemäß Schema: "Sonographie Abdomen: Leber homogen, Gallenblase steinfrei, Nieren beidseits unauffällig."',
      ),
    ],
    extra: {
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'befund',
          strict: true,
          schema: {
            type: 'object',
            description: 'Ein Befund pro Untersuchung.',
            properties: { patient: { type: 'string' }, kvnr: { type: 'string' }, diagnose: { type: 'string' }, befund: { type: 'string' } },
            required: ['befund'],
            examples: [
              {
                patient: 'Svenja Albrecht',
                kvnr: k,
                diagnose: 'Mammakarzinom links, ED 03/2025 (C50.4), unter Letrozol 2,5 mg',
                befund: 'Mammographie rechts ohne Befund',
              },
            ],
          },
        },
      },
    },
  });
}
{
  // 24. prediction.content carries the letter
  add('phi', {
    kind: 'clinical-note',
    template: 'prediction-letter',
    categories: ['PHI', 'PII'],
    where: 'prediction.content',
    messages: [U('Fix typos and tighten the wording of the referral letter; keep the structure exactly as it is.')],
    extra: {
      model: 'gpt-4o',
      prediction: {
        type: 'content',
        content: `Dear Dr Mahlangu,\n\nRe: Mr Colm Brennan, DOB 22/03/1962, 14 Ardmore Crescent, Galway\n\nI would be gratefull if you could see this 63 year old man with a 3 month history of painless jaundice and 6 kg weight loss. His CA 19-9 is 640 and an ultrasound showed a dilated common bile duct. He is on metformin 500mg BD and ramipril 5mg OD.\n\nYours sincerly,\nDr A. Keane`,
      },
    },
  });
}
{
  // 25. message `name` carries the person
  add('phi', {
    kind: 'patient-chat',
    template: 'message-name',
    categories: ['PHI', 'PII'],
    where: 'name',
    messages: [
      S('You answer questions from patients of the practice. Suggest contacting the practice for anything urgent.'),
      U(
        'My HbA1c came back at 9.1 % and the GP wants to add empagliflozin 10 mg to my metformin. Is it usually taken in the morning, and is it true I should drink more water?',
        { name: 'Dolores_Fairbanks' },
      ),
    ],
  });
}
{
  // 26. unknown top-level field carries the context
  add('phi', {
    kind: 'patient-chat',
    template: 'extra-field-context',
    categories: ['PHI', 'PII'],
    where: 'patient_context',
    messages: [U('Can he take ibuprofen for his knee for a few days, or is paracetamol the only option?')],
    extra: {
      patient_context: {
        name: 'Marcus Whitfield',
        dob: '1969-11-30',
        conditions: ['atrial fibrillation (I48.91)', 'CKD stage 3a'],
        medications: ['apixaban 5 mg BID', 'bisoprolol 2.5 mg daily'],
      },
    },
  });
}
{
  // 27. German discharge letter with KVNR
  const k = kvnr();
  add('phi', {
    kind: 'discharge-summary',
    lang: 'de',
    template: 'de-arztbrief-kvnr',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Bitte fasse den Entlassbrief für den Hausarzt in fünf Sätzen zusammen.\n\nPatient: Jürgen Kessler, geb. 11.08.1956, Versichertennummer ${k}\nAufnahme: 28.10.2025, Entlassung: 03.11.2025\nDiagnosen: NSTEMI (I21.4), koronare 2-Gefäßerkrankung, arterielle Hypertonie\nProzedere: PCI mit DES-Implantation RIVA\nMedikation bei Entlassung: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1 für 12 Monate, Atorvastatin 80 mg 0-0-1, Ramipril 2,5 mg 1-0-0\nLetzte Laborwerte: Troponin T hs 412 ng/l (Aufnahme), LDL 148 mg/dl`,
      ),
    ],
  });
}
{
  // 28. German nursing handover across turns
  add('phi', {
    kind: 'clinical-note',
    lang: 'de',
    template: 'de-uebergabe-multiturn',
    categories: ['PHI', 'PII'],
    messages: [
      S('Du hilfst Pflegekräften, Übergaben knapp und strukturiert (ISBAR) zu formulieren.'),
      U('Zimmer 7, Fenster: Frau Hannelore Wiegand, 82 Jahre, kam gestern aus dem Pflegeheim Haus Lindenhof.'),
      A('Verstanden. Was ist seit gestern passiert?'),
      U(
        'Heute Nacht Fieber 38,9 °C, CRP 112 mg/l, Urin trüb, V. a. Harnwegsinfekt. Dr. Yilmaz hat Cefuroxim 500 mg p.o. 1-0-1 angesetzt, Blutkulturen sind abgenommen. Sie ist etwas verwirrter als gestern. Formulier das bitte für die Frühschicht.',
      ),
    ],
  });
}
{
  // 29. French report with NIR
  const x = nir(2, '84', '06', '69', '383');
  add('phi', {
    kind: 'clinical-note',
    lang: 'fr',
    template: 'fr-compte-rendu-nir',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Peux-tu reformuler ce compte rendu de consultation pour le dossier de la mutuelle ?\n\nPatiente : Mme Élodie Marchand, née le 14/06/1984\nN° de sécurité sociale : ${x.fmt}\nMotif : douleurs pelviennes chroniques\nConclusion : endométriose profonde (N80.3) confirmée à l'IRM pelvienne du 22/10/2025. Mise sous diénogest 2 mg/j. Discussion d'une prise en charge chirurgicale en RCP.\nDr Thierry Gaudin, gynécologue`,
      ),
    ],
  });
}
{
  // 30. French e-mail, quoted-printable
  const raw = `Bonjour Docteur,\n\nVoici les résultats de Mme Solène Lefebvre (née le 02/09/1971) reçus ce matin : TSH 8,4 mUI/L, T4 libre 9 pmol/L, anticorps anti-TPO positifs à 420 UI/mL. Le tableau est compatible avec une thyroïdite de Hashimoto ; elle demande s'il faut débuter la lévothyroxine 25 µg.\n\nCordialement,\nLe secrétariat médical`;
  add('phi', {
    kind: 'email',
    lang: 'fr',
    template: 'fr-email-quoted-printable',
    categories: ['PHI', 'PII'],
    encoding: 'quoted-printable',
    messages: [
      U(
        `Peux-tu décoder et résumer ce courriel ?\n\nContent-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n${qpEncode(raw)}`,
      ),
    ],
  });
}
{
  // 31. Spanish discharge report with NHC and DNI
  const nhc = String(ri(1000000, 1999999));
  add('phi', {
    kind: 'discharge-summary',
    lang: 'es',
    template: 'es-informe-alta-nhc',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Resume este informe de alta en lenguaje sencillo para la familia.\n\nHospital Universitario La Paz — Servicio de Neumología\nPaciente: Remedios Calvo Ibáñez   NHC: ${nhc}   DNI: ${dni()}\nFecha de ingreso: 25/10/2025   Alta: 02/11/2025\nDiagnóstico principal: tromboembolismo pulmonar agudo bilateral (I26.99)\nTratamiento al alta: apixabán 5 mg cada 12 horas durante al menos 6 meses; paracetamol 1 g si dolor.\nRevisión en consultas externas en 4 semanas con analítica.`,
      ),
    ],
  });
}
{
  // 32. Spanish chat transcript patient <-> clinic
  add('phi', {
    kind: 'chat-transcript',
    lang: 'es',
    template: 'es-whatsapp-clinica',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Clasifica esta conversación por urgencia y propón una respuesta:\n\n[10/11/25 09:14] Andrés Villalba Ruiz: Buenos días, soy paciente del Dr. Segura\n[10/11/25 09:15] Andrés Villalba Ruiz: Ayer me confirmaron hipotiroidismo y me pusieron levotiroxina 50 mcg\n[10/11/25 09:15] Andrés Villalba Ruiz: Desde que la tomo tengo palpitaciones y no duermo, ¿la dejo?\n[10/11/25 09:31] Clínica Salud Norte: Buenos días Andrés, lo consultamos con el doctor y le escribimos\n[10/11/25 11:02] Andrés Villalba Ruiz: Mi móvil por si es más fácil: 612 48 93 07`,
      ),
    ],
  });
}
{
  // 33. Italian report with codice fiscale
  const cf = codiceFiscale('Ferraresi', 'Giulia', 1987, 4, 23, true, 'F205');
  add('phi', {
    kind: 'lab',
    lang: 'it',
    template: 'it-referto-cf',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Mi spieghi in parole semplici questo referto?\n\nPaziente: Giulia Ferraresi  C.F. ${cf}\nData prelievo: 03/11/2025\nEmocromo: Hb 9,8 g/dL (12-16), MCV 71 fL, ferritina 6 ng/mL\nConclusione: anemia sideropenica. Si consiglia ferro solfato 105 mg 1 cp/die e ricerca sangue occulto fecale.\nIl medico refertante: dott. Massimo Bellandi`,
      ),
    ],
  });
}
{
  // 34. Dutch GP letter with BSN
  const b = bsn();
  add('phi', {
    kind: 'clinical-note',
    lang: 'nl',
    template: 'nl-huisartsbrief-bsn',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Kun je deze verwijsbrief inkorten tot de kern?\n\nBetreft: dhr. Joost Hoekstra, geb. 30-01-1958, BSN ${b}\nGeachte collega,\nGraag verwijs ik bovengenoemde patiënt naar uw polikliniek urologie. Sinds drie maanden nycturie 4x per nacht en een PSA van 11,2 µg/l (vorig jaar 4,1). Rectaal toucher: asymmetrische, vaste prostaat rechts. Medicatie: tamsulosine 0,4 mg 1dd, metoprolol 50 mg 1dd.\nMet collegiale groet,\nS. van der Wiel, huisarts`,
      ),
    ],
  });
}
{
  // 35. Portuguese report with NIF
  add('phi', {
    kind: 'clinical-note',
    lang: 'pt',
    template: 'pt-relatorio-nif',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Preciso de um resumo deste relatório para a junta médica.\n\nUtente: Inês Carvalho Tavares   NIF ${nif()}   Data de nascimento: 08/12/1979\nMorada: Rua do Almada 212, 2.º esq., 4050-032 Porto\nDiagnóstico: artrite reumatoide seropositiva (M05.79), DAS28 5,4\nTerapêutica: metotrexato 20 mg/semana + ácido fólico 5 mg; início de adalimumab 40 mg SC quinzenal aprovado.\nMédico assistente: Dr. Rui Mendonça`,
      ),
    ],
  });
}
{
  // 36. Polish discharge card with PESEL
  const p = pesel(1964, 2, 17, true);
  add('phi', {
    kind: 'discharge-summary',
    lang: 'pl',
    template: 'pl-karta-pesel',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Przetłumacz na angielski tę kartę informacyjną:\n\nPacjent: Tomasz Wójcik, PESEL ${p}\nRozpoznanie: udar niedokrwienny mózgu (I63.5), niedowład połowiczy prawostronny\nLeczenie: tromboliza alteplazą 0,9 mg/kg, następnie klopidogrel 75 mg 1x dziennie, atorwastatyna 40 mg\nZalecenia: rehabilitacja neurologiczna, kontrola w poradni za 4 tygodnie`,
      ),
    ],
  });
}
{
  // 37. Swedish note with personnummer
  const pn = personnummer('890412');
  add('phi', {
    kind: 'clinical-note',
    lang: 'sv',
    template: 'sv-journal-personnummer',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Sammanfatta journalanteckningen i punktform:\n\nPatient: Ingrid Söderberg, ${pn}\nKontaktorsak: andfåddhet och pipande andning sedan två veckor.\nBedömning: astma, ej tidigare diagnostiserad (J45.9). Spirometri med reversibilitet 18 %.\nÅtgärd: budesonid/formoterol 160/4,5 µg 1 inhalation x 2, återbesök om 6 veckor.`,
      ),
    ],
  });
}
{
  // 38. percent-encoded access log
  const q = `patient=${encodeURIComponent('Ruth Adeyemi')}&dob=1990-05-11&dx=${encodeURIComponent('F32.1 major depressive disorder, moderate')}&rx=${encodeURIComponent('fluoxetine 20 mg daily')}`;
  add('phi', {
    kind: 'code',
    template: 'access-log-percent',
    categories: ['PHI', 'PII'],
    encoding: 'percent',
    messages: [
      U(
        `Why is the referral form being submitted as GET? Found this in the nginx access log:\n\n10.20.4.17 - - [04/Nov/2025:10:12:44 +0000] "GET /referrals/submit?${q} HTTP/1.1" 302 0 "-" "Mozilla/5.0"`,
      ),
    ],
  });
}
{
  // 39. base64-encoded note
  const note = `Clinic note 2025-11-03\nPatient: Bethel Abernathy, 44 F, DOB 1981-02-27\nHx: migraine with aura, now 10-12 headache days/month.\nPlan: start topiramate 25 mg nightly, titrate to 50 mg BID; avoid combined oral contraceptive (aura).`;
  add('phi', {
    kind: 'clinical-note',
    template: 'base64-note',
    categories: ['PHI', 'PII'],
    encoding: 'base64',
    messages: [
      U(
        `Our integration sends notes base64-encoded. Decode this one and tell me whether the plan section parsed correctly:\n\n${b64(note)}`,
      ),
    ],
  });
}
{
  // 40. veterinary note, but the owner's own health is in it
  add('phi', {
    kind: 'veterinary',
    template: 'vet-owner-injury',
    categories: ['PHI', 'PII'],
    messages: [
      U(
        `Write up the incident report for the clinic file:\n\nPatient: "Bruno", 6 y MN German Shepherd, presented for lameness. During the exam Bruno bit his owner, Mr Dale Huxley (mobile 07911 382 540), on the right hand; two puncture wounds. Mr Huxley told us he takes warfarin 5 mg daily for a mechanical heart valve and the bleeding was hard to stop, so we sent him to A&E for wound care and a tetanus booster. Bruno's rabies vaccination is current.`,
      ),
    ],
  });
}

// =====================================================================
// PII
// =====================================================================
{
  // 1. HR offer letter
  add('pii', {
    kind: 'hr',
    template: 'hr-offer-letter',
    categories: ['PII'],
    messages: [
      U(
        `Proofread this offer letter and make the tone a bit warmer.\n\nPrivate & Confidential\nMs Delia Okonkwo\n9 Wexford Close\nCardiff CF14 3NP\n\nDear Delia,\n\nFollowing your interview on 28 October, we are pleased to offer you the position of Senior Data Analyst at Northwind Traders Ltd, starting 5 January 2026, at an annual salary of £58,500. Please sign and return the enclosed contract, together with your National Insurance number and bank details, by 20 November.\n\nYours sincerely,\nHead of People, Northwind Traders Ltd`,
      ),
    ],
  });
}
{
  // 2. personal e-mail thread with signatures
  add('pii', {
    kind: 'email',
    template: 'email-thread-landlord',
    categories: ['PII'],
    messages: [
      U(
        `Help me reply firmly to my landlord, this is the thread so far:\n\nOn Mon, 3 Nov 2025 at 19:02, Graham Tolley <g.tolley61@btinternet.com> wrote:\n> The deposit deduction stands. The carpet was stained.\n>\n> Graham Tolley\n> 07834 226 915\n\nOn Sun, 2 Nov 2025 at 10:47, Imani Brooks <imani.brooks.home@gmail.com> wrote:\n> Hi Graham, I moved out of Flat 2, 31 Kelvin Road, Glasgow G12 8QL on 30 September and still have not received the £950 deposit. The check-out report showed no damage.\n>\n> Imani\n> 07460 118 302`,
      ),
    ],
  });
}
{
  // 3. CSV customer export
  const people = [
    ['Marisol', 'Quintero', 'marisol.q@yahoo.com', '(415) 832-0917', 'Oakland'],
    ['Declan', 'Mahoney', 'dmahoney77@gmail.com', '(510) 224-6683', 'Berkeley'],
    ['Marisol', 'Quintero', 'MARISOL.Q@YAHOO.COM', '415-832-0917', 'Oakland'],
    ['Yusuf', 'Demir', 'yusuf.demir@protonmail.com', '(925) 471-3058', 'Walnut Creek'],
  ];
  const csv = ['customer_id,first_name,last_name,email,phone,city']
    .concat(people.map((p, i) => [`C-${10480 + i * 7}`, ...p].join(',')))
    .join('\n');
  add('pii', {
    kind: 'business',
    template: 'csv-customer-dedupe',
    categories: ['PII'],
    messages: [U(`Deduplicate this CRM export (same person if e-mail matches case-insensitively) and return clean CSV:\n\n${csv}`)],
  });
}
{
  // 4. SQL INSERT with SSN
  add('pii', {
    kind: 'code',
    template: 'sql-insert-ssn',
    categories: ['PII'],
    messages: [
      U(
        `Rewrite these inserts as a single multi-row INSERT with ON CONFLICT (ssn) DO NOTHING:\n\n\`\`\`sql\nINSERT INTO applicants (first_name, last_name, dob, ssn, email) VALUES ('Corinne', 'Ballard', '1986-02-11', '${ssn()}', 'corinne.ballard86@gmail.com');\nINSERT INTO applicants (first_name, last_name, dob, ssn, email) VALUES ('Tariq', 'Haddadin', '1993-07-29', '${ssn()}', 'tariq.h93@outlook.com');\n\`\`\``,
      ),
    ],
  });
}
{
  // 5. JSON log of logins with personal e-mail and public IPs
  add('pii', {
    kind: 'code',
    template: 'json-login-log',
    categories: ['PII'],
    messages: [
      U(
        `Do these look like credential stuffing or a user travelling?\n\n{"ts":"2025-11-05T02:14:07Z","event":"login_failed","email":"kristof.varga@gmail.com","ip":"86.142.77.19","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}\n{"ts":"2025-11-05T02:14:09Z","event":"login_failed","email":"kristof.varga@gmail.com","ip":"86.142.77.19","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64)"}\n{"ts":"2025-11-05T06:40:51Z","event":"login_success","email":"kristof.varga@gmail.com","ip":"174.63.118.20","ua":"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"}`,
      ),
    ],
  });
}
{
  // 6. passport MRZ
  const [l1, l2] = mrzTd3({
    country: 'GBR',
    surname: 'PEMBERTON ROSS',
    given: 'AMELIA JANE',
    number: String(ri(100000000, 599999999)),
    nat: 'GBR',
    dob: '880627',
    sex: 'F',
    expiry: '320914',
  });
  add('pii', {
    kind: 'travel',
    template: 'passport-mrz',
    categories: ['PII'],
    messages: [
      U(
        `The hotel's OCR gave me these two lines from a guest's passport. Extract surname, given names, document number, nationality, date of birth and expiry, and tell me whether the check digits are valid.\n\n${l1}\n${l2}`,
      ),
    ],
  });
}
{
  // 7. meeting notes with attendees
  add('pii', {
    kind: 'meeting-notes',
    template: 'meeting-notes-attendees',
    categories: ['PII'],
    messages: [
      U(
        `Turn these notes into a follow-up e-mail with action items per person.\n\nProject Falcon weekly — 2025-11-06\nAttendees: Priya Raghunathan, Tobias Lindqvist, Ayesha Mirza, Bram Verhoeven\n- Priya: data migration is 70 % done, the legacy export still times out on the orders table.\n- Tobias will be on paternity leave from 1 Dec; Ayesha covers his reviews.\n- Bram to call the vendor about the invoice dispute (his mobile for the vendor: +31 6 4182 5530).\n- Next meeting 2025-11-13.`,
      ),
    ],
  });
}
{
  // 8. vet note: pet diagnosis with owner identifiers -> PII only
  add('pii', {
    kind: 'veterinary',
    template: 'vet-owner-contact',
    categories: ['PII'],
    messages: [
      U(
        `Write a discharge sheet for the owner from this note.\n\nPatient: Mochi, 4 y FS domestic shorthair\nOwner: Rachel Abernethy, 22 Clover Street, Bath BA2 4JP, tel 07723 590 148\nDx: hyperthyroidism (T4 78 nmol/L). Rx methimazole 2.5 mg PO BID, recheck T4 and renal panel in 3 weeks. Diet: no change.`,
      ),
    ],
  });
}
{
  // 9. motor insurance claim
  add('pii', {
    kind: 'insurance',
    template: 'motor-claim',
    categories: ['PII'],
    messages: [
      U(
        `Summarise this first-notice-of-loss for the adjuster:\n\nPolicyholder: Jerome Whitaker, 4410 Maple Ridge Dr, Plano, TX 75024\nDriver licence: TX ${digits(8)}, DOB 1984-10-03\nPhone: (469) 718-2046\nDate of loss: 2025-11-01 approx. 17:45\nDescription: rear-ended at the light on Preston Rd by a white pickup that left the scene. Rear bumper and tailgate damaged, no injuries. Police report #25-118734.`,
      ),
    ],
  });
}
{
  // 10. support chat transcript with delivery address
  add('pii', {
    kind: 'support-ticket',
    template: 'chat-transcript-address',
    categories: ['PII'],
    messages: [
      U(
        `Summarise this chat for the courier ticket:\n\nAgent (Sam): Hi, how can I help?\nCustomer: My parcel says delivered but it isn't here. Order 7731-22-0418.\nAgent (Sam): Sorry about that. Can you confirm the delivery address?\nCustomer: Hollis Brandt, 1189 Sycamore Lane, Boulder CO 80304. Phone 303 914 7265.\nAgent (Sam): Thanks Hollis, I've opened a trace with the courier.`,
      ),
    ],
  });
}
{
  // 11. German personnel form: Steuer-ID + IBAN
  const st = steuerId();
  const ib = deIban();
  add('pii', {
    kind: 'hr',
    lang: 'de',
    template: 'de-personalbogen',
    categories: ['PII'],
    messages: [
      U(
        `Prüfe bitte, ob in diesem Personalbogen Angaben fehlen:\n\nName: Till Bergmann\nAnschrift: Friedrichstraße 118, 10117 Berlin\nGeburtsdatum: 04.09.1991\nSteuer-ID: ${st.slice(0, 2)} ${st.slice(2, 5)} ${st.slice(5, 8)} ${st.slice(8)}\nSteuerklasse: I\nIBAN: ${ibanFmt(ib)}\nKrankenkasse: TK\nKonfession: –`,
      ),
    ],
  });
}
{
  // 12. French employer certificate with NIR
  const x = nir(1, '77', '11', '75', '114');
  add('pii', {
    kind: 'hr',
    lang: 'fr',
    template: 'fr-attestation-employeur',
    categories: ['PII'],
    messages: [
      U(
        `Complète cette attestation employeur pour Pôle emploi à partir des infos suivantes :\n\nSalarié : M. Thierry Gaudin\nAdresse : 12 rue des Tanneurs, 67000 Strasbourg\nN° de sécurité sociale : ${x.fmt}\nEmploi : technicien de maintenance, CDI du 02/05/2016 au 31/10/2025\nMotif de fin de contrat : rupture conventionnelle`,
      ),
    ],
  });
}
{
  // 14. Italian: codice fiscale in a rental contract
  const cf = codiceFiscale('Bellandi', 'Massimo', 1972, 11, 5, false, 'H501');
  add('pii', {
    kind: 'business',
    lang: 'it',
    template: 'it-contratto-cf',
    categories: ['PII'],
    messages: [
      U(
        `Controlla i dati del conduttore in questo contratto di locazione:\n\nIl sig. Massimo Bellandi, nato a Roma il 05/11/1972, codice fiscale ${cf}, residente in Via Appia Nuova 431, 00181 Roma, tel. 347 218 6650, di seguito "conduttore"...`,
      ),
    ],
  });
}
{
  // 15. Dutch salary admin: BSN + IBAN
  add('pii', {
    kind: 'hr',
    lang: 'nl',
    template: 'nl-salarisadministratie',
    categories: ['PII'],
    messages: [
      U(
        `Zet deze gegevens om naar het importformaat van de salarisadministratie (CSV met puntkomma):\n\nNaam: Sanne van der Wiel\nBSN: ${bsn()}\nGeboortedatum: 14-02-1993\nAdres: Oudegracht 221, 3511 NH Utrecht\nIBAN: ${ibanFmt(nlIban())}\nIn dienst per: 01-12-2025`,
      ),
    ],
  });
}
{
  // 16. Portuguese: NIF and address
  add('pii', {
    kind: 'business',
    lang: 'pt',
    template: 'pt-fatura-nif',
    categories: ['PII'],
    messages: [
      U(
        `Corrige os dados de faturação deste cliente particular:\n\nNome: Rui Mendonça Faria\nNIF: ${nif()}\nMorada: Avenida da Liberdade 190, 5.º dto, 1250-147 Lisboa\nTelemóvel: 912 447 308\nIBAN para reembolso: ${ibanFmt(ptIban())}`,
      ),
    ],
  });
}
{
  // 17. Polish: PESEL in a form
  const p = pesel(1998, 7, 3, false);
  add('pii', {
    kind: 'business',
    lang: 'pl',
    template: 'pl-wniosek-pesel',
    categories: ['PII'],
    messages: [
      U(
        `Sprawdź, czy ten wniosek o kartę biblioteczną jest poprawnie wypełniony:\n\nImię i nazwisko: Agnieszka Lis\nPESEL: ${p}\nAdres: ul. Długa 14/6, 31-147 Kraków\nTelefon: 601 742 385`,
      ),
    ],
  });
}
{
  // 18. Swedish: rental application with personnummer
  add('pii', {
    kind: 'business',
    lang: 'sv',
    template: 'sv-hyresansokan',
    categories: ['PII'],
    messages: [
      U(
        `Skriv ett kort svar till den sökande och bekräfta att ansökan är mottagen:\n\nSökande: Linnea Holmqvist\nPersonnummer: ${personnummer('950823')}\nNuvarande adress: Storgatan 12 B, 722 11 Västerås\nTelefon: 070-318 46 92\nE-post: linnea.holmqvist@telia.com`,
      ),
    ],
  });
}
{
  // 19. personal e-mail in `user`
  add('pii', {
    kind: 'personal',
    template: 'user-field-email',
    categories: ['PII'],
    where: 'user',
    messages: [U('Plan a relaxed three-day itinerary for Lisbon in early December, with one day trip.')],
    extra: { user: 'jonah.marlowe1987@gmail.com' },
  });
}
{
  // 20. metadata carries customer name and phone
  add('pii', {
    kind: 'support-ticket',
    template: 'metadata-customer',
    categories: ['PII'],
    where: 'metadata',
    messages: [
      S('You are the support assistant for Brightline Broadband. Be brief.'),
      U('The router keeps dropping the connection every evening around 8 pm. What can I try before you send an engineer?'),
    ],
    extra: { metadata: { ticket: 'BB-552019', customer_name: 'Orla Fitzgibbon', customer_phone: '+353 87 214 6639', plan: 'fibre-500' } },
  });
}
{
  // 21. tool-call arguments carry the person
  add('pii', {
    kind: 'agent',
    template: 'tool-call-sms',
    categories: ['PII'],
    where: 'tool_call.arguments',
    messages: [
      S('You are a scheduling assistant for a hair salon. Confirm bookings by SMS.'),
      U('Confirm the 3 pm Saturday slot for the client who just called.'),
      CALL('call_sms_01', 'send_sms', {
        to: '+44 7712 408 553',
        recipient_name: 'Beatriz Almeida',
        text: 'Hi Beatriz, your cut & colour is confirmed for Sat 8 Nov at 15:00. Reply C to cancel.',
      }),
      TOOL('call_sms_01', { status: 'queued', message_id: 'SM' + hexs(32) }),
    ],
    extra: {
      tools: [
        fn(
          'send_sms',
          'Send an SMS to a client.',
          { to: { type: 'string' }, recipient_name: { type: 'string' }, text: { type: 'string' } },
          ['to', 'text'],
        ),
      ],
    },
  });
}
{
  // 22. HTML entities hide name and e-mail
  add('pii', {
    kind: 'business',
    template: 'html-entities-contact',
    categories: ['PII'],
    encoding: 'html-entity',
    messages: [
      U(
        `I scraped this from a member directory page. Extract the name and e-mail as JSON:\n\n<li class="member"><span>${htmlEnt('Evangeline Stroud')}</span> &middot; <a href="mailto:${htmlEnt('evie.stroud@fastmail.com')}">${htmlEnt('evie.stroud@fastmail.com')}</a> &middot; ${htmlEnt('07415 630 882')}</li>`,
      ),
    ],
  });
}
{
  // 23. stop sequence is the customer's name
  add('pii', {
    kind: 'support-ticket',
    template: 'stop-speaker-name',
    categories: ['PII'],
    where: 'stop',
    messages: [
      S('Continue the transcript as the agent. Stop before the customer speaks again.'),
      U('Agent: Thanks for holding. I can see the refund was issued on Monday.\nCustomer: It still is not on my statement.\nAgent:'),
    ],
    extra: { stop: ['\nRenata Okafor:', '\nCustomer:'] },
  });
}
{
  // 24. tool description names a private person
  add('pii', {
    kind: 'agent',
    template: 'tool-description-person',
    categories: ['PII'],
    where: 'tools.function.description',
    messages: [U("Send this week's expense summary to the usual person.")],
    extra: {
      tools: [
        fn(
          'send_expense_summary',
          'E-mails the weekly expense summary to the household bookkeeper, Miriam Castellanos (miriam.castellanos@icloud.com, 07982 115 604), who handles our personal taxes.',
          { week: { type: 'string', description: 'ISO week, e.g. 2025-W45' } },
          ['week'],
        ),
      ],
    },
  });
}

// =====================================================================
// PCI
// =====================================================================
{
  // 1. support chat with card and cardholder name
  const c = card('4539', 16);
  add('pci', {
    kind: 'payment',
    template: 'support-double-charge',
    categories: ['PCI', 'PII'],
    messages: [
      U(
        `Hi, this is Naomi Seddon. My card ${grp4(c)} (exp 08/28) was charged twice for order BK-20931 on 3 November, £64.99 each. Can you refund one of them?`,
      ),
      A('Sorry about the double charge, Naomi. I have passed this to our payments team; refunds usually appear within 3-5 working days.'),
      U('Thanks. Please also remove the card from my account afterwards.'),
    ],
  });
}
{
  // 2. CSV settlement export with PANs only
  const r = [card('4916', 16), card('5425', 16), card('374245', 15), card('6011', 16)];
  const csv = [
    'txn_id,settled_at,amount,currency,pan,auth_code,status',
    `T${digits(9)},2025-11-04T08:12:55Z,129.00,EUR,${r[0]},${digits(6)},SETTLED`,
    `T${digits(9)},2025-11-04T08:13:02Z,18.50,EUR,${r[1]},${digits(6)},SETTLED`,
    `T${digits(9)},2025-11-04T08:14:40Z,2400.00,USD,${r[2]},${digits(6)},CHARGEBACK`,
    `T${digits(9)},2025-11-04T08:15:09Z,7.99,USD,${r[3]},,DECLINED`,
  ].join('\n');
  add('pci', {
    kind: 'payment',
    template: 'csv-settlement-pan',
    categories: ['PCI'],
    messages: [
      U(
        `Reconcile this settlement file against the ledger totals: EUR 147.50 and USD 2407.99. Which lines explain the difference?\n\n${csv}`,
      ),
    ],
  });
}
{
  // 3. JSON gateway error log with full PAN
  const c = card('5199', 16);
  add('pci', {
    kind: 'code',
    template: 'json-gateway-log-pan',
    categories: ['PCI'],
    messages: [
      U(
        `Our payment service logged this at ERROR. What does the processor response mean and why is the request body being logged at all?\n\n{"ts":"2025-11-05T14:22:31.004Z","level":"error","svc":"checkout","processor":"adyen","resultCode":"Refused","refusalReason":"CVC Declined","request":{"amount":{"value":4599,"currency":"EUR"},"paymentMethod":{"type":"scheme","number":"${c}","expiryMonth":"03","expiryYear":"2027","cvc":"${digits(3)}"},"reference":"ORD-88412"}}`,
      ),
    ],
  });
}
{
  // 4. German order with Amex and name
  const c = card('37', 15);
  add('pci', {
    kind: 'payment',
    lang: 'de',
    template: 'de-bestellung-amex',
    categories: ['PCI', 'PII'],
    messages: [
      U(
        `Bitte formuliere eine Bestellbestätigung an den Kunden:\n\nBesteller: Konstantin Ehrlich, Am Kirchberg 9, 01309 Dresden\nZahlung: American Express ${amexFmt(c)}, gültig bis 11/27\nArtikel: 2x Espressotassen-Set „Nordlicht“, 1x Milchkännchen\nSumme: 89,70 €`,
      ),
    ],
  });
}
{
  // 5. French card with dashes
  const c = card('4970', 16);
  add('pci', {
    kind: 'payment',
    lang: 'fr',
    template: 'fr-carte-tirets',
    categories: ['PCI'],
    messages: [
      U(
        `Le terminal refuse la carte ${grp4(c, '-')} avec le code 51. Ça veut dire quoi exactement, et faut-il retenter le paiement plus tard ?`,
      ),
    ],
  });
}
{
  // 6. Spanish Mastercard 2-series
  const c = card('2221', 16);
  add('pci', {
    kind: 'payment',
    lang: 'es',
    template: 'es-mastercard-2series',
    categories: ['PCI'],
    messages: [
      U(
        `Estoy probando la validación del formulario y la tarjeta ${c} me sale como "tipo desconocido". ¿Qué rango BIN de Mastercard me falta en la expresión regular /^5[1-5]\\d{14}$/?`,
      ),
    ],
  });
}
{
  // 7. tool-call arguments carry the card
  const c = card('4024', 16);
  add('pci', {
    kind: 'agent',
    template: 'tool-call-charge',
    categories: ['PCI'],
    where: 'tool_call.arguments',
    messages: [
      S('You are the booking agent. Use the charge tool once the guest confirms.'),
      U('Yes, go ahead and charge the deposit for room 312.'),
      CALL('call_chg_7', 'charge_card', {
        amount: 150.0,
        currency: 'USD',
        card_number: c,
        exp: '09/27',
        cvc: digits(3),
        reference: 'RES-312-1108',
      }),
      TOOL('call_chg_7', { status: 'approved', auth_code: digits(6), last4: c.slice(-4) }),
    ],
    extra: {
      tools: [
        fn(
          'charge_card',
          'Charge a card for a deposit.',
          {
            amount: { type: 'number' },
            currency: { type: 'string' },
            card_number: { type: 'string' },
            exp: { type: 'string' },
            cvc: { type: 'string' },
            reference: { type: 'string' },
          },
          ['amount', 'card_number'],
        ),
      ],
    },
  });
}
{
  // 8. metadata carries the PAN
  const c = card('5555', 16);
  add('pci', {
    kind: 'payment',
    template: 'metadata-pan',
    categories: ['PCI'],
    where: 'metadata',
    messages: [U('Draft a short message telling the customer their payment method was updated successfully.')],
    extra: { metadata: { account: 'acct_7731', updated_field: 'payment_method', new_card: grp4(c), channel: 'ivr' } },
  });
}
{
  // 9. percent-encoded card in a callback URL
  const c = card('4485', 16);
  const qs = 'card=' + pctAll(grp4(c)) + '&exp=' + pctAll('12/26') + '&amount=59.00';
  add('pci', {
    kind: 'code',
    template: 'callback-url-percent',
    categories: ['PCI'],
    encoding: 'percent',
    messages: [
      U(
        `The legacy payment page redirects to this URL after checkout. Is this safe? What should it send instead?\n\nhttps://shop.northwind-outdoor.com/checkout/callback?order=88120&${qs}&status=ok`,
      ),
    ],
  });
}
{
  // 10. prediction.content carries the PAN
  const c = card('4929', 16);
  add('pci', {
    kind: 'code',
    template: 'prediction-test-fixture',
    categories: ['PCI'],
    where: 'prediction.content',
    messages: [U('Rename the variables in this fixture to camelCase, change nothing else.')],
    extra: {
      model: 'gpt-4o',
      prediction: {
        type: 'content',
        content: `export const chargeFixture = {\n  card_number: '${c}',\n  exp_month: 4,\n  exp_year: 2028,\n  billing_zip: '94107',\n};\n`,
      },
    },
  });
}
{
  // 11. Italian card with holder name
  const c = card('5300', 16);
  add('pci', {
    kind: 'payment',
    lang: 'it',
    template: 'it-carta-titolare',
    categories: ['PCI', 'PII'],
    messages: [
      U(
        `Scrivi una mail all'hotel per garantire la prenotazione con questa carta:\n\nTitolare: Chiara Donnarumma\nNumero: ${grp4(c)}\nScadenza: 06/28\nArrivo 12/12, partenza 15/12, camera doppia`,
      ),
    ],
  });
}
{
  // 12. Dutch QA ticket with the Discover test PAN
  add('pci', {
    kind: 'support-ticket',
    lang: 'nl',
    template: 'nl-testkaart-discover',
    categories: ['PCI'],
    messages: [
      U(
        'Bug: op staging wordt testkaart 6011 1111 1111 1117 (exp 12/30, CVC 123) geweigerd met "unsupported brand", terwijl Visa en Mastercard wel werken. Welke instelling in de Stripe-dashboard moet aan?',
      ),
    ],
  });
}

// =====================================================================
// CREDENTIALS
// =====================================================================
{
  // 1. curl with a bearer token
  add('cred', {
    kind: 'code',
    template: 'curl-bearer',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `This works in my terminal but fails from cron with 401. Why?\n\ncurl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer ${openaiKey()}" \\\n  -H "OpenAI-Organization: org-${chars(24, B62)}"`,
      ),
    ],
  });
}
{
  // 2. kubeconfig with a service-account token
  const tok = jwtRS(
    {
      iss: 'kubernetes/serviceaccount',
      'kubernetes.io/serviceaccount/namespace': 'ci',
      'kubernetes.io/serviceaccount/service-account.name': 'deployer',
      sub: 'system:serviceaccount:ci:deployer',
    },
    chars(43, B62 + '-_'),
  );
  add('cred', {
    kind: 'config',
    template: 'kubeconfig-token',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `kubectl says "error: You must be logged in to the server (Unauthorized)" with this kubeconfig. What is wrong?\n\n\`\`\`yaml\napiVersion: v1\nkind: Config\nclusters:\n- name: prod-eu\n  cluster:\n    server: https://10.40.0.10:6443\n    certificate-authority-data: ${b64u(randBytes(48)).replace(/[-_]/g, 'A')}\ncontexts:\n- name: deployer@prod-eu\n  context:\n    cluster: prod-eu\n    user: deployer\n    namespace: ci\ncurrent-context: deployer@prod-eu\nusers:\n- name: deployer\n  user:\n    token: ${tok}\n\`\`\``,
      ),
    ],
  });
}
{
  // 3. .npmrc
  add('cred', {
    kind: 'config',
    template: 'npmrc-token',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `npm publish gives E403 for our scope. Here's the .npmrc in the repo root:\n\n@northwind:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npmToken()}\nalways-auth=true`,
      ),
    ],
  });
}
{
  // 4. .pypirc
  add('cred', {
    kind: 'config',
    template: 'pypirc-token',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `twine upload keeps asking for a password even though I have this ~/.pypirc:\n\n[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${pypiToken()}`,
      ),
    ],
  });
}
{
  // 5. .netrc
  add('cred', {
    kind: 'config',
    template: 'netrc-password',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `git clone over https still prompts for credentials. Is this .netrc format right?\n\nmachine artifacts.internal.northwind.io\n  login ci-bot\n  password ${chars(28, B62 + '!#%')}\nmachine git.internal.northwind.io login ci-bot password ${chars(20, B62)}`,
      ),
    ],
  });
}
{
  // 6. docker config.json with base64 auth
  const auth = b64('ci-pusher:' + chars(22, B62 + '$!'));
  add('cred', {
    kind: 'config',
    template: 'docker-config-auth',
    categories: ['CREDENTIALS'],
    encoding: 'base64',
    messages: [
      U(
        `docker push to our registry says "unauthorized: authentication required". ~/.docker/config.json:\n\n{\n  "auths": {\n    "registry.northwind.io": {\n      "auth": "${auth}"\n    }\n  },\n  "credsStore": ""\n}`,
      ),
    ],
  });
}
{
  // 7. JWT in a request log
  const t = jwtHS(
    {
      sub: 'svc-ledger',
      iss: 'https://auth.northwind.io',
      aud: 'payments-api',
      scope: 'ledger:write payouts:read',
      iat: 1762337400,
      exp: 1762423800,
    },
    chars(48, B62),
  );
  add('cred', {
    kind: 'code',
    template: 'jwt-in-log',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `Why does the payments API reject this token as expired when exp is tomorrow?\n\n2025-11-05 10:10:02 DEBUG outbound POST https://payments.northwind.io/v1/payouts headers={"Authorization":"Bearer ${t}","Content-Type":"application/json"}`,
      ),
    ],
  });
}
{
  // 8. EC private key
  add('cred', {
    kind: 'code',
    template: 'ec-private-key',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `openssl says "unable to load Private Key" for this file, which we use to sign Apple Pay merchant sessions. Is the header wrong?\n\n${ecPrivPem()}`,
      ),
    ],
  });
}
{
  // 9. German: ed25519 key in PKCS#8
  add('cred', {
    kind: 'code',
    lang: 'de',
    template: 'de-ed25519-pkcs8',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `Wie lade ich diesen Signierschlüssel in Node mit crypto.createPrivateKey? Er liegt momentan direkt im Repo unter keys/webhook-signing.pem:\n\n${ed25519Pem()}`,
      ),
    ],
  });
}
{
  // 10. Slack webhook hard-coded in a workflow
  add('cred', {
    kind: 'webhook',
    template: 'gha-slack-webhook',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `The notify step never posts to Slack. Workflow excerpt:\n\n\`\`\`yaml\n  notify:\n    runs-on: ubuntu-latest\n    needs: deploy\n    steps:\n      - name: Post to #deploys\n        run: |\n          curl -X POST -H 'Content-type: application/json' \\\n            --data '{"text":"Deploy \${{ github.sha }} finished"}' \\\n            ${slackHook()}\n\`\`\``,
      ),
    ],
  });
}
{
  // 11. French: Postgres connection string
  add('cred', {
    kind: 'connection-string',
    lang: 'fr',
    template: 'fr-postgres-url',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `Mon appli Django n'arrive pas à se connecter à la base de prod, alors que psql fonctionne. Voici la variable dans le fichier de déploiement :\n\nDATABASE_URL=postgres://app_rw:${chars(18, B62)}@pg-prod-01.int.northwind.io:5432/commandes?sslmode=require`,
      ),
    ],
  });
}
{
  // 12. Terraform tfvars with AWS keys
  add('cred', {
    kind: 'config',
    template: 'terraform-tfvars-aws',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `terraform plan fails with "InvalidClientTokenId". terraform.tfvars:\n\n\`\`\`hcl\nregion            = "eu-west-1"\naws_access_key_id = "${awsKeyId()}"\naws_secret_key    = "${awsSecret()}"\nvpc_cidr          = "10.60.0.0/16"\nenvironment       = "staging"\n\`\`\``,
      ),
    ],
  });
}
{
  // 13. Spanish: Ansible vars with plaintext secrets
  add('cred', {
    kind: 'config',
    lang: 'es',
    template: 'es-ansible-vars',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `¿Por qué falla la tarea de envío de correo? group_vars/prod.yml:\n\n\`\`\`yaml\nmysql_root_password: "${chars(16, B62)}#${chars(4, DIG)}"\napp_db_user: tienda\napp_db_password: "${chars(20, B62)}"\nsendgrid_api_key: "${sendgridKey()}"\nsmtp_from: "no-reply@tienda-norte.es"\n\`\`\``,
      ),
    ],
  });
}
{
  // 14. Italian: GitHub token in a git remote
  const gh = ghToken();
  add('cred', {
    kind: 'code',
    lang: 'it',
    template: 'it-git-remote-token',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `git push mi dà "remote: Permission to northwind/infra.git denied". Ecco l'output di git remote -v:\n\norigin  https://${gh}@github.com/northwind/infra.git (fetch)\norigin  https://${gh}@github.com/northwind/infra.git (push)`,
      ),
    ],
  });
}
{
  // 15. tool parameter schema default carries a key
  add('cred', {
    kind: 'agent',
    template: 'tool-schema-default-key',
    categories: ['CREDENTIALS'],
    where: 'tools.function.parameters',
    messages: [U('Look up the weather for Rotterdam tomorrow morning.')],
    extra: {
      tools: [
        fn(
          'get_forecast',
          'Get a forecast from the weather provider.',
          {
            city: { type: 'string' },
            when: { type: 'string' },
            api_key: { type: 'string', description: 'provider key', default: googleKey() },
          },
          ['city'],
        ),
      ],
    },
  });
}
{
  // 16. unknown top-level field carries provider keys
  add('cred', {
    kind: 'config',
    template: 'extra-field-provider-config',
    categories: ['CREDENTIALS'],
    where: 'provider_config',
    messages: [U('Translate "The invoice is attached" into German and Dutch.')],
    extra: { provider_config: { provider: 'anthropic', api_key: 'sk-ant-api03-' + chars(93, B62 + '-_') + 'AA', timeout_ms: 20000 } },
  });
}
{
  // 17. presigned S3 URL in an image part
  const t = '20251105T101500Z';
  add('cred', {
    kind: 'imaging',
    template: 'image-url-presigned',
    categories: ['CREDENTIALS'],
    where: 'image_url',
    messages: [
      U([
        { type: 'text', text: 'What product is shown in this photo? Give a one-line alt text.' },
        {
          type: 'image_url',
          image_url: {
            url: `https://northwind-media.s3.eu-west-1.amazonaws.com/catalog/sku-88213.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${awsKeyId()}%2F20251105%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=${t}&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${hexs(64)}`,
          },
        },
      ]),
    ],
  });
}
{
  // 18. Dutch: base64-encoded .env
  const env = `APP_ENV=production\nDB_HOST=10.12.0.5\nDB_USER=webshop\nDB_PASSWORD=${chars(18, B62)}\nSTRIPE_SECRET_KEY=${stripeLive()}\nMAIL_FROM=noreply@webwinkel-noord.nl\n`;
  add('cred', {
    kind: 'config',
    lang: 'nl',
    template: 'nl-base64-env',
    categories: ['CREDENTIALS'],
    encoding: 'base64',
    messages: [
      U(
        `Onze Kubernetes-secret ziet er zo uit. Klopt de inhoud? Decodeer en controleer of alle variabelen erin staan.\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: webshop-env\ntype: Opaque\ndata:\n  .env: ${b64(env)}`,
      ),
    ],
  });
}
{
  // 19. Portuguese: Stripe live key in code
  add('cred', {
    kind: 'code',
    lang: 'pt',
    template: 'pt-stripe-live-code',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `Porque é que este código cria o cliente mas não a subscrição?\n\n\`\`\`python\nimport stripe\nstripe.api_key = "${stripeLive()}"\n\ncustomer = stripe.Customer.create(email=form_email)\nstripe.Subscription.create(customer=customer.id, items=[{"price": "price_1QmB${chars(20, B62)}"}])\n\`\`\``,
      ),
    ],
  });
}
{
  // 20. Swedish: Twilio credentials
  add('cred', {
    kind: 'code',
    lang: 'sv',
    template: 'sv-twilio-python',
    categories: ['CREDENTIALS'],
    messages: [
      U(
        `Varför får jag felet 20003 Authenticate från Twilio?\n\n\`\`\`python\nfrom twilio.rest import Client\nclient = Client("AC${hexs(32)}", "${hexs(32)}")\nclient.messages.create(to=mottagare, from_=avsandare, body="Din kod är 482913")\n\`\`\``,
      ),
    ],
  });
}

// =====================================================================
// PUBLIC (hard negatives)
// =====================================================================
const pub = (o) => add('pub', { categories: [], ...o });
pub({
  kind: 'public-fact',
  template: 'living-public-figure',
  messages: [U('When was Novak Djokovic born, and how many Grand Slam singles titles had he won by the end of 2024?')],
});
pub({
  kind: 'public-fact',
  template: 'historical-figure-illness',
  messages: [U('What illness did Frédéric Chopin most likely die of, and is it true his heart is kept in a church in Warsaw?')],
});
pub({
  kind: 'health-info',
  template: 'drug-dosing-general',
  messages: [
    S('You are a clinical reference assistant for pharmacists. Cite guideline sources where possible.'),
    U(
      'What is the usual adult dose of amoxicillin for acute otitis media, and how should it be adjusted when eGFR is below 30 mL/min/1.73m²?',
    ),
  ],
});
pub({
  kind: 'health-info',
  template: 'lab-meaning',
  messages: [
    U(
      'What does a TSH of 6.8 mIU/L with a normal free T4 usually indicate, and when do guidelines suggest treating subclinical hypothyroidism?',
    ),
  ],
});
pub({
  kind: 'code',
  template: 'env-var-references',
  messages: [
    U(
      'Is this the right way to pass the DB password into the container?\n\n```yaml\nservices:\n  api:\n    image: northwind/api:2.14.3\n    environment:\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n      JWT_SECRET: ${JWT_SECRET:?set JWT_SECRET}\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n```\n\nand in the code: `const pool = new Pool({ password: process.env.DB_PASSWORD });`',
    ),
  ],
});
pub({
  kind: 'config',
  template: 'placeholder-config',
  messages: [
    U(
      'Write the README section that explains these settings:\n\n```yaml\nllm:\n  provider: openai\n  api_key: "<your-api-key>"\n  base_url: https://api.openai.com/v1\nadmin:\n  username: admin\n  password: changeme   # default, you are forced to change it on first login\nsmtp:\n  password: ""          # leave empty to disable mail\n```',
    ),
  ],
});
pub({
  kind: 'networking',
  template: 'subnetting-private-doc',
  messages: [
    U(
      'I need to split 10.24.0.0/14 into /18 subnets for four regions with room to grow, and our docs use 192.0.2.0/24 and 198.51.100.0/24 for the examples. How many /18s do I get, and what are the first four ranges? Also, should the gateway be 10.24.0.1 or the last usable address?',
    ),
  ],
});
pub({
  kind: 'code',
  template: 'example-com-test-data',
  messages: [
    U(
      "Why does the second assertion fail?\n\n```ts\nimport { isValidEmail } from './validate';\n\ntest('emails', () => {\n  expect(isValidEmail('alice@example.com')).toBe(true);\n  expect(isValidEmail('bob.smith+tag@example.org')).toBe(true);\n  expect(isValidEmail('no-at-sign.example.net')).toBe(false);\n});\n\nexport const isValidEmail = (s: string) => /^[a-z0-9.]+@[a-z0-9-]+\\.[a-z]{2,}$/i.test(s);\n```",
    ),
  ],
});
pub({
  kind: 'payment',
  template: 'card-format-question',
  messages: [
    U(
      'How many digits does an American Express card number have, which prefixes does it use, and how does the Luhn check work? Show a small JavaScript function that validates a number without storing it.',
    ),
  ],
});
pub({
  kind: 'icd-coding',
  template: 'icd-lookup',
  messages: [
    U(
      'Which ICD-10-CM code is used for type 2 diabetes with diabetic chronic kidney disease, and do I also need a code from N18 for the CKD stage?',
    ),
  ],
});
pub({
  kind: 'business',
  template: 'changelog-versions-dates',
  messages: [
    U(
      'Turn these into user-facing release notes:\n\n- v2.14.3 (2025-11-04): fix race in session refresh (#4412)\n- v2.14.2 (2025-10-28): bump openssl to 3.0.15; drop Node 18 support\n- v2.14.0 (2025-10-02): new export API, deprecate /v1/reports (removal planned for 2026-04-01)\n- build 20251104.3, commit 9c1f2ab',
    ),
  ],
});
pub({
  kind: 'support-ticket',
  template: 'order-number-sku',
  messages: [
    U(
      `Draft a reply: order ${notLuhn(16, '44')} placed 2025-10-30 for SKU NW-TR-0042-BLK (qty 2) and SKU NW-TR-0107-GRY still shows "label created". The customer wants to know when it ships. Our warehouse ships within 5 working days.`,
    ),
  ],
});
pub({
  kind: 'code',
  template: 'uuid-git-hash',
  messages: [
    U(
      `git bisect points at ${hexs(40)} and the failing request id in the logs is ${uuid()}. What is the quickest way to see which files that commit touched and to find all log lines for that request id with jq?`,
    ),
  ],
});
pub({
  kind: 'public-fact',
  template: 'math-long-numbers',
  messages: [
    U(
      'Compute 12345678901234567890 mod 97 by hand, show the steps, then tell me whether 2305843009213693951 is prime and what the largest prime factor of 600851475143 is.',
    ),
  ],
});
pub({
  kind: 'public-fact',
  template: 'fictional-character-dx',
  messages: [
    U(
      'In the pilot episode of the TV series House M.D., what was the final diagnosis for Rebecca Adler, the kindergarten teacher, and how did the team figure it out?',
    ),
  ],
});
pub({
  kind: 'business',
  template: 'company-address-hotline',
  messages: [
    U(
      'Write a short e-mail footer for our customer service team using: Northwind Traders Ltd, 12 Harbour Road, Leeds LS1 4AB, United Kingdom. Customer hotline 0800 047 1234 (Mon-Fri 8-18). support@northwind-traders.co.uk. Registered in England and Wales, company no. 08841273.',
    ),
  ],
});
pub({
  kind: 'veterinary',
  template: 'pet-no-owner',
  messages: [
    U(
      'My dog Biscuit was just diagnosed with acute pancreatitis. What kind of diet do vets usually recommend while he recovers, and how long before he can have treats again?',
    ),
  ],
});
pub({
  kind: 'health-info',
  template: 'case-vignette',
  messages: [
    U(
      'Exam practice: a 54-year-old man presents with crushing chest pain radiating to the left arm for 40 minutes. ECG shows ST elevation in II, III and aVF with reciprocal changes in I and aVL. Which coronary artery is most likely occluded, and what is the door-to-balloon target?',
    ),
  ],
});
pub({
  kind: 'payment',
  template: 'last4-decline-code',
  messages: [
    U(
      "A customer's Visa ending in 4242 was declined with response code 05 (do not honor). What should our support agents tell them, and should we retry automatically?",
    ),
  ],
});
pub({
  kind: 'hl7',
  template: 'hl7-placeholder-template',
  messages: [
    U(
      'Fill in the missing OBX fields of this HL7 v2.5 ORU template, keep the placeholders:\n\nMSH|^~\\&|{{sending_app}}|{{facility}}|LIS|HOSP|{{timestamp}}||ORU^R01|{{control_id}}|P|2.5\nPID|1||{{mrn}}^^^HOSP^MR||{{family}}^{{given}}||{{dob}}|{{sex}}\nOBR|1|{{placer}}|{{filler}}|2345-7^Glucose^LN\nOBX|1|NM|2345-7^Glucose^LN||{{value}}|',
    ),
  ],
});
pub({
  kind: 'agent',
  template: 'tool-schema-password-field',
  messages: [U('Write the front-end validation that matches this tool schema: password at least 12 characters, e-mail required.')],
  extra: {
    tools: [
      fn(
        'create_user',
        'Create a new user account in the admin console.',
        {
          email: { type: 'string', format: 'email', description: 'login e-mail of the new user' },
          password: { type: 'string', minLength: 12, description: 'initial password chosen by the user' },
          role: { type: 'string', enum: ['viewer', 'editor', 'admin'] },
        },
        ['email', 'password'],
      ),
    ],
  },
});
pub({
  kind: 'business',
  template: 'harmless-metadata-user',
  messages: [
    U('Summarise Q3 revenue by region in two sentences: EMEA 4.2M (+6 %), AMER 7.9M (+2 %), APAC 2.1M (-4 %). Mention the APAC dip.'),
  ],
  extra: { user: 'svc-reporting-01', metadata: { trace_id: uuid(), build: '2025.11.3', team: 'finance-analytics' } },
});
pub({
  kind: 'config',
  template: 'aws-doc-example-key',
  messages: [
    U(
      'Write a ~/.aws/credentials and ~/.aws/config example for the docs using the AWS documentation example values AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, with two profiles.',
    ),
  ],
});
pub({
  kind: 'code',
  template: 'json-log-no-personal',
  messages: [
    U(
      `Why is p99 so high on this endpoint?\n\n{"ts":"2025-11-05T12:00:01Z","route":"GET /api/v1/catalog","status":200,"latency_ms":1840,"upstream":"10.8.3.21:8080","request_id":"${uuid()}","cache":"miss"}\n{"ts":"2025-11-05T12:00:02Z","route":"GET /api/v1/catalog","status":200,"latency_ms":36,"upstream":"10.8.3.22:8080","request_id":"${uuid()}","cache":"hit"}`,
    ),
  ],
});
pub({
  kind: 'business',
  template: 'meeting-notes-roles',
  messages: [
    U(
      'Turn these notes into a decision log:\n\nArchitecture sync, 2025-11-06. Present: backend lead, SRE on call, product manager, two platform engineers.\n- Decision: migrate the reporting DB to Postgres 16 by 2026-02-01.\n- Decision: keep Redis 7.2 for sessions for now.\n- Risk: the nightly export job runs 3 h 40 min; SRE to add a timeout alert.\n- PM to confirm the maintenance window with customers.',
    ),
  ],
});
pub({
  kind: 'claim',
  template: 'x12-structure-question',
  messages: [
    U(
      'In an 837P, what is the difference between the NM1*IL loop (2010BA) and NM1*QC (2010CA), when is the patient loop needed, and what do the ABK and ABF qualifiers in the HI segment mean?',
    ),
  ],
});
pub({
  kind: 'agent',
  template: 'harmless-schema-stop',
  messages: [U('Extract the product attributes from: "Trail runner 2, men, size 44, colour graphite, waterproof membrane, 290 g".')],
  extra: {
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'product',
        schema: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            gender: { type: 'string' },
            size_eu: { type: 'number' },
            colour: { type: 'string' },
            weight_g: { type: 'number' },
          },
          required: ['name'],
        },
      },
    },
    stop: ['###'],
  },
});
pub({
  kind: 'code',
  template: 'percent-encoded-query',
  encoding: 'percent',
  messages: [
    U(
      'Decode this search URL from our analytics and tell me what the user searched for:\n\nhttps://search.northwind-outdoor.com/?q=' +
        pctAll('waterproof hiking boots size 44') +
        '&lang=en&page=2',
    ),
  ],
});
pub({
  kind: 'code',
  template: 'sql-schema-no-data',
  messages: [
    U(
      'Review this schema for a patient registry. Should ssn be encrypted at the column level, and is CHAR(11) right?\n\n```sql\nCREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  mrn VARCHAR(16) UNIQUE NOT NULL,\n  first_name TEXT NOT NULL,\n  last_name TEXT NOT NULL,\n  dob DATE NOT NULL,\n  ssn CHAR(11),\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n```',
    ),
  ],
});
pub({
  kind: 'health-info',
  template: 'drug-interaction-general',
  messages: [U('Is it generally safe to combine ibuprofen with apixaban? What do the guidelines say about NSAIDs in patients on DOACs?')],
});
pub({
  kind: 'public-fact',
  lang: 'de',
  template: 'de-public-figure',
  messages: [U('Wie lange war Angela Merkel Bundeskanzlerin, und wer war ihr Nachfolger?')],
});
pub({
  kind: 'health-info',
  lang: 'de',
  template: 'de-ibuprofen-dosierung',
  messages: [
    U(
      'Wie hoch ist die maximale Tagesdosis Ibuprofen für Erwachsene ohne ärztliche Verordnung, und ab wann sollte man zusätzlich einen Magenschutz nehmen?',
    ),
  ],
});
pub({
  kind: 'business',
  lang: 'de',
  template: 'de-impressum-firma',
  messages: [
    U(
      'Formuliere ein Impressum für unsere Website: Musterbau Nord GmbH, Industriestraße 12, 70565 Stuttgart, Telefon +49 711 9876500, E-Mail info@musterbau-nord.de, Registergericht Amtsgericht Stuttgart HRB 745120, USt-IdNr. DE298341567, vertreten durch die Geschäftsführung.',
    ),
  ],
});
pub({
  kind: 'public-fact',
  lang: 'fr',
  template: 'fr-victor-hugo',
  messages: [
    U("En quelle année Victor Hugo est-il revenu d'exil à Guernesey, et combien de personnes ont assisté à ses funérailles en 1885 ?"),
  ],
});
pub({
  kind: 'health-info',
  lang: 'fr',
  template: 'fr-crp-signification',
  messages: [U('Que signifie en général une CRP à 45 mg/L, et à partir de quelle valeur pense-t-on plutôt à une infection bactérienne ?')],
});
pub({
  kind: 'public-fact',
  lang: 'es',
  template: 'es-gaudi',
  messages: [U('¿Cómo murió Antoni Gaudí y en qué año? ¿Cuándo está previsto terminar la Sagrada Família?')],
});
pub({
  kind: 'business',
  lang: 'es',
  template: 'es-empresa-contacto',
  messages: [
    U(
      'Redacta el pie de página de la factura con estos datos: Energía Norte S.A., CIF A12345674, Paseo de la Castellana 95, 28046 Madrid. Atención al cliente: 900 123 456 (gratuito), clientes@energianorte.es.',
    ),
  ],
});
pub({
  kind: 'public-fact',
  lang: 'it',
  template: 'it-leonardo',
  messages: [U('Dove è morto Leonardo da Vinci e in che data? Scrivi la data anche in formato ISO 8601.')],
});
pub({
  kind: 'public-fact',
  lang: 'nl',
  template: 'nl-rembrandt',
  messages: [U('Hoe oud was Rembrandt toen hij De Nachtwacht schilderde, en waarom ging hij later failliet?')],
});
pub({
  kind: 'health-info',
  lang: 'nl',
  template: 'nl-egfr-betekenis',
  messages: [
    U('Wat betekent een eGFR van 55 ml/min/1,73 m² in het algemeen, en welke medicijnen moeten dan vaak in dosis worden aangepast?'),
  ],
});
pub({
  kind: 'public-fact',
  lang: 'pt',
  template: 'pt-pessoa',
  messages: [U('Quantos heterónimos teve Fernando Pessoa e de que morreu, em 1935?')],
});
pub({
  kind: 'code',
  lang: 'pt',
  template: 'pt-config-variaveis',
  messages: [
    U(
      'Este application.properties está correto para ler a senha de uma variável de ambiente?\n\nspring.datasource.url=jdbc:postgresql://db:5432/loja\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\nspring.jpa.hibernate.ddl-auto=validate',
    ),
  ],
});
pub({
  kind: 'public-fact',
  lang: 'pl',
  template: 'pl-sklodowska',
  messages: [U('Na jaką chorobę zmarła Maria Skłodowska-Curie i czy była ona związana z jej badaniami nad promieniotwórczością?')],
});
pub({
  kind: 'public-fact',
  lang: 'sv',
  template: 'sv-nobel',
  messages: [U('Varför instiftade Alfred Nobel Nobelpriset, och i vilken stad dog han 1896?')],
});

// =====================================================================
// self-tests of the check-digit code against published examples
// =====================================================================
{
  const eq = (a, b, what) => {
    if (a !== b) throw new Error(`self-test ${what}: ${a} !== ${b}`);
  };
  eq(luhnValid('4111111111111111'), true, 'luhn');
  eq(iban('GB', 'WEST12345698765432'), 'GB82WEST12345698765432', 'iban GB');
  eq(iban('DE', '370400440532013000'), 'DE89370400440532013000', 'iban DE');
  eq(iban('ES', '21000418450200051332'), 'ES9121000418450200051332', 'iban ES');
  eq(String(esCd('00' + '2100' + '0418')) + esCd('0200051332'), '45', 'es ccc');
  eq(ptNib('0002012312345678901'), '000201231234567890154', 'pt nib');
  eq(iban('PT', '000201231234567890154'), 'PT50000201231234567890154', 'iban PT');
  const nhsOk = (n) => {
    const s = n
      .slice(0, 9)
      .split('')
      .reduce((a, c, i) => a + Number(c) * (10 - i), 0);
    const r = (11 - (s % 11)) % 11;
    return r === Number(n[9]);
  };
  eq(nhsOk('9434765919'), true, 'nhs');
  eq(luhnCheck('80840' + '123456789'), '3', 'npi');
  const deaOk = (d) => {
    const x = d.slice(2).split('').map(Number);
    return (x[0] + x[2] + x[4] + 2 * (x[1] + x[3] + x[5])) % 10 === x[6];
  };
  eq(deaOk('AB1234563'), true, 'dea');
  eq(
    mrzTd3({
      country: 'UTO',
      surname: 'ERIKSSON',
      given: 'ANNA MARIA',
      number: 'L898902C3',
      nat: 'UTO',
      dob: '740812',
      sex: 'F',
      expiry: '120415',
      personal: 'ZE184226B',
    })[1],
    'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
    'mrz',
  );
  const bsnOk = (b) => b.split('').reduce((a, c, i) => a + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
  eq(bsnOk('111222333'), true, 'bsn');
  eq(codiceFiscale('Rossi', 'Mario', 1985, 12, 10, false, 'A562'), 'RSSMRA85T10A562S', 'codice fiscale');
  const kv = (s) => {
    const all = String(s.charCodeAt(0) - 64).padStart(2, '0') + s.slice(1, 9);
    let sum = 0;
    for (let i = 0; i < 10; i++) {
      let p = Number(all[i]) * (i % 2 ? 2 : 1);
      if (p > 9) p -= 9;
      sum += p;
    }
    return String(sum % 10) === s[9];
  };
  eq(kv('A123456780'), true, 'kvnr');
  const stOk = (id) => {
    let product = 10;
    for (const c of id.slice(0, 10)) {
      let sum = (Number(c) + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    let chk = 11 - product;
    if (chk === 10) chk = 0;
    return chk === Number(id[10]);
  };
  eq(stOk('86095742719'), true, 'steuer-id');
  const peselOk = (p) => {
    const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    const s = p
      .slice(0, 10)
      .split('')
      .reduce((a, c, i) => a + Number(c) * w[i], 0);
    return (10 - (s % 10)) % 10 === Number(p[10]);
  };
  eq(peselOk('44051401359'), true, 'pesel');
  eq(luhnValid('8112189876'), true, 'personnummer');
  const nifOk = (n) => {
    const s = n
      .slice(0, 8)
      .split('')
      .reduce((a, c, i) => a + Number(c) * (9 - i), 0);
    const r = s % 11;
    return (r < 2 ? 0 : 11 - r) === Number(n[8]);
  };
  eq(nifOk('123456789'), true, 'nif');
  eq('12345678' + 'TRWAGMYFPDXBNJZSQVHLCKE'[12345678 % 23], '12345678Z', 'dni');
  // every generated value re-verified with the independent checkers above
  for (let i = 0; i < 200; i++) {
    if (
      !nhsOk(nhs()) ||
      !bsnOk(bsn()) ||
      !kv(kvnr()) ||
      !stOk(steuerId()) ||
      !nifOk(nif()) ||
      !ibanValid(deIban()) ||
      !ibanValid(nlIban()) ||
      !ibanValid(esIban()) ||
      !ibanValid(ptIban())
    )
      throw new Error('generator self-test');
  }
}

// =====================================================================
// output + self-checks
// =====================================================================
const out = process.argv[2] || '/tmp/h4/h4-cases.jsonl';
const ids = new Set();
for (const c of cases) {
  if (ids.has(c.id)) throw new Error('duplicate id ' + c.id);
  ids.add(c.id);
  const text = JSON.stringify(c.body);
  // any 13-19 digit run (spaces/dashes allowed) that passes Luhn must be in a PCI case
  const run = hasLuhnRun(text);
  if (run && !c.expected.categories.includes('PCI')) console.warn(`WARN ${c.id}: Luhn-valid run ${run}`);
  if (c.expected.level !== 'restricted' && /"image_url"/.test(text)) throw new Error('image part in non-restricted case ' + c.id);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
const tally = (f) =>
  cases.reduce((a, c) => {
    const k = f(c);
    if (k !== undefined) a[k] = (a[k] || 0) + 1;
    return a;
  }, {});
console.log(`wrote ${cases.length} cases to ${out}`);
console.log(
  'level',
  tally((c) => c.expected.level),
);
console.log(
  'category sets',
  tally((c) => c.expected.categories.join('+') || 'none'),
);
const catCount = {};
for (const c of cases) for (const k of c.expected.categories) catCount[k] = (catCount[k] || 0) + 1;
console.log('categories', catCount);
console.log(
  'lang',
  tally((c) => c.lang),
);
console.log(
  'where',
  tally((c) => c.where),
);
console.log(
  'encoding',
  tally((c) => c.encoding),
);
console.log(
  'kind',
  tally((c) => c.kind),
);
