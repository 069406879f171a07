// h5 held-out request set generator. Deterministic (fixed seed), no dependencies, no network.
// Writes /tmp/h5/h5-cases.jsonl. Synthetic people and values; every check digit computed here.
import { writeFileSync, mkdirSync } from 'node:fs';

// ---------- deterministic PRNG ----------
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x5eed2026 ^ 0x0507);
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const digits = (n) => Array.from({ length: n }, () => String(ri(0, 9))).join('');
const fromSet = (set, n) => Array.from({ length: n }, () => set[Math.floor(rnd() * set.length)]).join('');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = ALNUM + '+/';
const B64URL = ALNUM + '-_';
const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url');
const uuid = () => {
  const h = fromSet(HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[ri(0, 3)]}${h.slice(17, 20)}-${h.slice(20)}`;
};

// ---------- checksums ----------
function luhnValid(num) {
  const d = num.replace(/\D/g, '');
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    let x = +d[d.length - 1 - i];
    if (i % 2 === 1) {
      x *= 2;
      if (x > 9) x -= 9;
    }
    s += x;
  }
  return s % 10 === 0;
}
function luhnCheckDigit(payload) {
  for (let c = 0; c < 10; c++) if (luhnValid(payload + c)) return String(c);
}
function pan(prefix, len) {
  const body = prefix + digits(len - prefix.length - 1);
  return body + luhnCheckDigit(body);
}
function panNotLuhn(prefix, len) {
  const body = prefix + digits(len - prefix.length - 1);
  const good = +luhnCheckDigit(body);
  return body + String((good + ri(1, 9)) % 10);
}
const group4 = (s, sep = ' ') => s.match(/.{1,4}/g).join(sep);
const amexFmt = (s, sep = ' ') => `${s.slice(0, 4)}${sep}${s.slice(4, 10)}${sep}${s.slice(10)}`;

function mod97(str) {
  let r = 0;
  for (const ch of str) r = (r * 10 + +ch) % 97;
  return r;
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
  const x = s.replace(/\s/g, '');
  return mod97(ibanAlphaToNum(x.slice(4) + x.slice(0, 4))) === 1;
}
const ibanFmt = (s) => s.match(/.{1,4}/g).join(' ');
// Italian CIN / codice fiscale control character share the odd/even tables.
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
const cfEven = (c) => (/\d/.test(c) ? +c : c.charCodeAt(0) - 65);
function cfControl(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += i % 2 === 0 ? CF_ODD[s[i]] : cfEven(s[i]);
  return UPPER[sum % 26];
}
function ibanDE() {
  return iban('DE', digits(8).replace(/^0/, '5') + digits(10));
}
function ibanFR() {
  const bank = '30' + digits(3),
    branch = digits(5),
    acct = digits(11);
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(acct)) % 97n);
  return iban('FR', bank + branch + acct + String(key).padStart(2, '0'));
}
function ibanES() {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const dc = (ten) => {
    let s = 0;
    for (let i = 0; i < 10; i++) s += +ten[i] * w[i];
    let d = 11 - (s % 11);
    if (d === 11) d = 0;
    if (d === 10) d = 1;
    return String(d);
  };
  const bank = pick(['2100', '0049', '0182', '2085']),
    branch = digits(4),
    acct = digits(10);
  return iban('ES', bank + branch + dc('00' + bank + branch) + dc(acct) + acct);
}
function ibanNL() {
  return iban('NL', pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + digits(10).replace(/^0/, '4'));
}
function ibanIT() {
  const abi = pick(['03069', '02008', '05034']),
    cab = digits(5),
    acct = digits(12);
  return iban('IT', cfControl(abi + cab + acct) + abi + cab + acct);
}
function ibanPT() {
  const b = pick(['0035', '0033', '0010']) + digits(4) + digits(11);
  const k = 98 - Number((BigInt(b) * 100n) % 97n);
  return iban('PT', b + String(k).padStart(2, '0'));
}
function ibanGB() {
  return iban('GB', pick(['NWBK', 'BARC', 'LOYD']) + digits(6) + digits(8));
}

function nhs() {
  for (;;) {
    const b = String(ri(4, 7)) + digits(8);
    let s = 0;
    for (let i = 0; i < 9; i++) s += +b[i] * (10 - i);
    let c = 11 - (s % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    return b + c;
  }
}
const nhsFmt = (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
function nhsValid(n) {
  const d = n.replace(/\D/g, '');
  let s = 0;
  for (let i = 0; i < 9; i++) s += +d[i] * (10 - i);
  let c = 11 - (s % 11);
  if (c === 11) c = 0;
  return c === +d[9];
}
function npi() {
  const b = String(ri(1, 2)) + digits(8);
  return b + luhnCheckDigit('80840' + b);
}
function dea(surname) {
  const d = digits(6);
  const c = (+d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5])) % 10;
  return pick(['A', 'B', 'F']) + surname[0].toUpperCase() + d + c;
}
function deaValid(s) {
  const d = s.slice(2);
  return (+d[0] + +d[2] + +d[4] + 2 * (+d[1] + +d[3] + +d[5])) % 10 === +d[6];
}
function ssn() {
  let a;
  do {
    a = ri(1, 899);
  } while (a === 666);
  return `${String(a).padStart(3, '0')}-${String(ri(1, 99)).padStart(2, '0')}-${String(ri(1, 9999)).padStart(4, '0')}`;
}
function steuerId() {
  for (;;) {
    const ds = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    for (let i = 9; i > 0; i--) {
      const j = ri(0, i);
      [ds[i], ds[j]] = [ds[j], ds[i]];
    }
    const nine = ds.slice(0, 9);
    const dup = nine[ri(0, 8)];
    const ten = [...nine];
    ten.splice(ri(0, 9), 0, dup);
    if (ten[0] === 0) continue;
    let product = 10;
    for (const x of ten) {
      let sum = (x + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    let c = 11 - product;
    if (c === 10) c = 0;
    return ten.join('') + c;
  }
}
function dni() {
  const n = ri(10000000, 79999999);
  return String(n) + 'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23];
}
function bsn() {
  for (;;) {
    const b = String(ri(1, 6)) + digits(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += +b[i] * (9 - i);
    const c = s % 11;
    if (c === 10) continue;
    return b + c;
  }
}
function nir(sex, yy, mm, dept, commune) {
  const b = `${sex}${yy}${mm}${dept}${commune}${digits(3)}`;
  const k = 97 - Number(BigInt(b) % 97n);
  return {
    raw: b + String(k).padStart(2, '0'),
    fmt: `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${String(k).padStart(2, '0')}`,
  };
}
function codiceFiscale(surname, name, yy, month, day, female, belfiore) {
  const cons = (s) =>
    s
      .toUpperCase()
      .replace(/[^A-Z]/g, '')
      .replace(/[AEIOU]/g, '');
  const vows = (s) => s.toUpperCase().replace(/[^AEIOU]/g, '');
  const sc = (cons(surname) + vows(surname) + 'XXX').slice(0, 3);
  const nc0 = cons(name);
  const nc = nc0.length > 3 ? nc0[0] + nc0[2] + nc0[3] : (nc0 + vows(name) + 'XXX').slice(0, 3);
  const body = sc + nc + yy + 'ABCDEHLMPRST'[month - 1] + String(female ? day + 40 : day).padStart(2, '0') + belfiore;
  return body + cfControl(body);
}
function nifPT() {
  const b = String(ri(1, 2)) + digits(7);
  let s = 0;
  for (let i = 0; i < 8; i++) s += +b[i] * (9 - i);
  let c = 11 - (s % 11);
  if (c >= 10) c = 0;
  return b + c;
}
function personnummer(yy, mm, dd) {
  const b = `${yy}${mm}${dd}${digits(3)}`;
  return `${b.slice(0, 6)}-${b.slice(6)}${luhnCheckDigit(b)}`;
}
function pesel(yy, mm, dd, female) {
  const b = `${yy}${mm}${dd}${digits(3)}${female ? pick([0, 2, 4, 6, 8]) : pick([1, 3, 5, 7, 9])}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += +b[i] * w[i];
  return b + ((10 - (s % 10)) % 10);
}
function kvnr() {
  const L = UPPER[ri(0, 25)];
  const eight = digits(8);
  const ten = String(L.charCodeAt(0) - 64).padStart(2, '0') + eight;
  let s = 0;
  for (let i = 0; i < 10; i++) {
    let p = +ten[i] * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p = Math.floor(p / 10) + (p % 10);
    s += p;
  }
  return L + eight + (s % 10);
}
function mbi() {
  const A = 'ACDEFGHJKMNPQRTUVWXY',
    N = '0123456789',
    AN = A + N;
  return [
    fromSet('123456789', 1),
    fromSet(A, 1),
    fromSet(AN, 1),
    fromSet(N, 1),
    fromSet(A, 1),
    fromSet(AN, 1),
    fromSet(N, 1),
    fromSet(A, 1),
    fromSet(A, 1),
    fromSet(N, 1),
    fromSet(N, 1),
  ].join('');
}
function ukNino() {
  return (
    fromSet('ABCEGHJKLMNPRSTWXYZ', 1) +
    fromSet('ABCEGHJKLMNPRSTWXYZ', 1) +
    ' ' +
    digits(2) +
    ' ' +
    digits(2) +
    ' ' +
    digits(2) +
    ' ' +
    pick(['A', 'B', 'C', 'D'])
  );
}
// ICAO 9303 check digits
function mrzCheck(s) {
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const v = c === '<' ? 0 : /\d/.test(c) ? +c : c.charCodeAt(0) - 55;
    sum += v * w[i % 3];
  }
  return String(sum % 10);
}
function mrzTD3(country, surname, given, docNo, nat, dob, sex, exp) {
  const l1 = (`P<${country}${surname.toUpperCase()}<<${given.toUpperCase().replace(/ /g, '<')}` + '<'.repeat(44)).slice(0, 44);
  const doc = (docNo + '<<<<<<<<<').slice(0, 9),
    pers = '<'.repeat(14);
  const part = doc + mrzCheck(doc) + nat + dob + mrzCheck(dob) + sex + exp + mrzCheck(exp) + pers + mrzCheck(pers);
  const comp = mrzCheck(doc + mrzCheck(doc) + dob + mrzCheck(dob) + exp + mrzCheck(exp) + pers + mrzCheck(pers));
  return [l1, part + comp];
}
// ---------- secrets ----------
const CRC_TABLE = (() => {
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
  for (const ch of Buffer.from(s)) c = CRC_TABLE[(c ^ ch) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, len) {
  const A = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  let s = '';
  while (n > 0) {
    s = A[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(len, '0');
}
const ghToken = (prefix) => {
  const r = fromSet(ALNUM, 30);
  return prefix + r + base62(crc32(r), 6);
};
const awsKeyId = () => 'AKIA' + fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
const awsSecret = () => fromSet(B64, 40);
const stripeLive = () => 'sk_live_51' + fromSet(ALNUM, 97);
const slackWebhook = () =>
  `https://hooks.slack.com/services/T0${fromSet(UPPER + '0123456789', 8)}/B0${fromSet(UPPER + '0123456789', 9)}/${fromSet(ALNUM, 24)}`;
const slackBot = () => `xoxb-${digits(12).replace(/^0/, '7')}-${digits(13).replace(/^0/, '5')}-${fromSet(ALNUM, 24)}`;
const openaiKey = () => 'sk-proj-' + fromSet(B64URL, 74) + 'T3BlbkFJ' + fromSet(B64URL, 74);
const anthropicKey = () => 'sk-ant-api03-' + fromSet(B64URL, 93) + 'AA';
const sendgridKey = () => 'SG.' + fromSet(B64URL, 22) + '.' + fromSet(B64URL, 43);
const googleKey = () => 'AIza' + fromSet(B64URL, 35);
const hfToken = () => 'hf_' + fromSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34);
const discordWebhook = () => `https://discord.com/api/webhooks/${digits(19).replace(/^0/, '1')}/${fromSet(B64URL, 68)}`;
const azureKey = () => fromSet(B64, 86) + '==';
const jwt = (payload) =>
  `${b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${b64url(JSON.stringify(payload))}.${fromSet(B64URL, 43)}`;
function pemKey(kind = 'RSA PRIVATE KEY', lines = 12) {
  const body = [];
  body.push('MIIE' + fromSet(B64, 60));
  for (let i = 1; i < lines; i++) body.push(fromSet(B64, 64));
  body.push(fromSet(B64, 28) + '=');
  return `-----BEGIN ${kind}-----\n${body.join('\n')}\n-----END ${kind}-----`;
}
const password = () =>
  pick(['Harbor', 'Lantern', 'Quartz', 'Falcon', 'Juniper', 'Meridian', 'Copper', 'Tundra']) +
  pick(['!', '#', '$', '%', '&', '*']) +
  pick(['river', 'stone', 'otter', 'maple', 'comet', 'violet']) +
  ri(10, 99) +
  pick(['X', 'q', 'Z', 'k']);

// ---------- case helpers ----------
const cases = [];
const counters = {};
const CATKEY = { PHI: 'phi', PCI: 'pci', CREDENTIALS: 'cred', PII: 'pii' };
function add({ kind, lang, template, cats = [], where, encoding, body }) {
  cats = [...new Set(cats)].sort();
  const primary = cats.includes('PHI')
    ? 'phi'
    : cats.includes('PCI')
      ? 'pci'
      : cats.includes('CREDENTIALS')
        ? 'cred'
        : cats.includes('PII')
          ? 'pii'
          : 'pub';
  counters[primary] = (counters[primary] || 0) + 1;
  const level = cats.some((c) => c === 'PHI' || c === 'PCI' || c === 'CREDENTIALS')
    ? 'restricted'
    : cats.includes('PII')
      ? 'confidential'
      : 'public';
  const c = {
    id: `h5-${primary}-${String(counters[primary]).padStart(2, '0')}`,
    kind,
    lang,
    template: 'h5-' + template,
    expected: { level, categories: cats },
  };
  if (where) c.where = where;
  if (encoding) c.encoding = encoding;
  c.body = body;
  cases.push(c);
}
const MODELS = ['auto', 'gpt-4o-mini', 'auto', 'support-chat', 'auto', 'gpt-4o-mini', 'code-assist'];
function chat(user, { system, model, extra, history } = {}) {
  const messages = [];
  if (system) messages.push({ role: 'system', content: system });
  if (history) messages.push(...history);
  messages.push({ role: 'user', content: user });
  return { model: model || pick(MODELS), messages, ...(extra || {}) };
}

// =====================================================================
// PUBLIC (no personal data, no health data about a person, no PAN, no secret)
// =====================================================================
{
  const rid = uuid();
  add({
    kind: 'code',
    lang: 'en',
    template: 'py-traceback-keyerror',
    body: chat(
      `Our worker crashes on some messages. What is wrong?\n\nTraceback (most recent call last):\n  File "/srv/app/worker/consumer.py", line 88, in handle\n    payload = json.loads(msg.body)["data"]\n  File "/srv/app/worker/consumer.py", line 91, in handle\n    region = payload["shipping"]["region_code"]\nKeyError: 'region_code'\n\nrequest_id=${rid} queue=orders.v2 attempt=3`,
    ),
  });
}
{
  const ts = '2026-11-30T08:14:27.' + digits(3) + 'Z';
  add({
    kind: 'networking',
    lang: 'en',
    template: 'node-log-econnrefused',
    body: chat(
      `Can you explain these log lines from our staging cluster?\n\n${ts} level=error svc=billing-api req=${uuid()} msg="connect ECONNREFUSED 10.0.3.17:5432"\n${ts.replace('27.', '29.')} level=warn svc=billing-api req=${uuid()} msg="retrying db connection" attempt=2 backoff_ms=400\n${ts.replace('27.', '31.')} level=info svc=billing-api msg="pool ready" host=10.0.3.18 port=5432`,
      { model: 'code-assist' },
    ),
  });
}
add({
  kind: 'networking',
  lang: 'en',
  template: 'nginx-access-private',
  body: chat(
    `Why do the health checks return 499 here?\n\n172.16.4.21 - - [02/Dec/2026:10:41:07 +0000] "GET /healthz HTTP/1.1" 499 0 "-" "kube-probe/1.30"\n172.16.4.22 - - [02/Dec/2026:10:41:07 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"\n192.168.10.5 - - [02/Dec/2026:10:41:09 +0000] "POST /api/v1/jobs HTTP/1.1" 202 61 "-" "internal-scheduler/2.4.1"\n\nupstream_response_time is 10.002 for the 499s.`,
  ),
});
add({
  kind: 'connection-string',
  lang: 'en',
  template: 'sql-env-dsn',
  body: chat(
    `This query is slow on Postgres 16. The app connects with DATABASE_URL=postgres://app:\${DB_PASSWORD}@db.internal:5432/shop.\n\nSELECT o.id, o.created_at, SUM(li.qty * li.unit_price) AS total\nFROM orders o JOIN line_items li ON li.order_id = o.id\nWHERE o.created_at >= now() - interval '30 days'\nGROUP BY o.id ORDER BY total DESC LIMIT 50;\n\nWhich indexes should I add?`,
    { model: 'code-assist' },
  ),
});
add({
  kind: 'config',
  lang: 'en',
  template: 'compose-env-refs',
  body: chat(
    `Is this docker-compose file OK for local dev?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it in .env}\n    ports: ["127.0.0.1:5432:5432"]\n  api:\n    build: .\n    environment:\n      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY}\n      JWT_SECRET: \${JWT_SECRET}\n    depends_on: [db]`,
  ),
});
add({
  kind: 'config',
  lang: 'en',
  template: 'gha-secrets-ref',
  body: chat(
    `Why does this publish step say "ENEEDAUTH"?\n\n- name: Publish\n  run: npm publish --access public\n  env:\n    NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n- name: Notify\n  run: curl -X POST -H 'Content-type: application/json' --data '{"text":"released"}' "\${{ secrets.SLACK_WEBHOOK_URL }}"`,
  ),
});
add({
  kind: 'config',
  lang: 'en',
  template: 'k8s-secret-placeholder',
  body: chat(
    `Review this manifest template before I commit it:\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\ntype: Opaque\nstringData:\n  API_KEY: <your-api-key>\n  DB_PASSWORD: <set-by-sealed-secrets>\n  AWS_ACCESS_KEY_ID: AKIAXXXXXXXXXXXXXXXX`,
  ),
});
add({
  kind: 'business',
  lang: 'de',
  template: 'translate-marketing-de',
  body: chat(
    `Bitte übersetze ins Englische und behalte den Ton bei:\n\n„Mit der neuen Nordlicht Cloud Suite 4.2 von Brandhoff Systems GmbH synchronisieren Ihre Teams Angebote, Lagerbestände und Rechnungen in Echtzeit – jetzt auch mit SAP S/4HANA und Microsoft Dynamics 365. Testen Sie 30 Tage kostenlos!“`,
  ),
});
add({
  kind: 'business',
  lang: 'fr',
  template: 'rewrite-press-fr',
  body: chat(
    `Réécris ce communiqué en 80 mots maximum, ton sobre :\n\n« Lyon, le 3 décembre 2026 – Vétiver Logistique annonce l'ouverture de sa plateforme de Villefranche-sur-Saône (42 000 m²) et un partenariat avec Renault Trucks pour 60 camions électriques. Le directeur général rappelle l'objectif de zéro émission en 2030. »`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'en',
  template: 'news-summary-ecb',
  body: chat(
    `Summarise in three bullet points: "The European Central Bank kept its deposit rate unchanged on Thursday. President Christine Lagarde told reporters in Frankfurt that inflation was converging towards the 2% target, while Bundesbank chief Joachim Nagel warned against cutting too early. Markets priced in one more cut by mid-2027."`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'es',
  template: 'sports-liga-es',
  body: chat(
    `Resume esta crónica en dos frases: «El Real Madrid ganó 3-1 al Sevilla en el Bernabéu. Vinícius Júnior abrió el marcador en el minuto 12, Jude Bellingham amplió antes del descanso y Kylian Mbappé cerró el partido de penalti. El equipo de Carlo Ancelotti suma 38 puntos tras 16 jornadas.»`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'es',
  template: 'history-bolivar-es',
  body: chat(
    `¿Por qué Simón Bolívar (Caracas, 24 de julio de 1783 – Santa Marta, 17 de diciembre de 1830) rompió con Francisco de Paula Santander? Explícalo para alumnos de bachillerato.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'it',
  template: 'geo-rivers-it',
  body: chat(
    `Quali sono i cinque fiumi più lunghi d'Italia? Per ciascuno indica la lunghezza in km, la sorgente e la foce, e le regioni attraversate.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'nl',
  template: 'history-deltawerken-nl',
  body: chat(
    `Leg uit waarom de Deltawerken na de watersnoodramp van 1953 werden gebouwd en wanneer de Oosterscheldekering werd geopend. Maximaal 150 woorden.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'pt',
  template: 'recipe-nata-pt',
  body: chat(
    `Tenho esta receita de pastéis de nata e quero reduzi-la para 12 unidades: 500 g de massa folhada, 500 ml de leite, 400 g de açúcar, 250 ml de água, 60 g de farinha, 6 gemas, 1 pau de canela e casca de 1 limão. Forno a 250 °C durante 12 minutos. Faz as contas.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'en',
  template: 'recipe-bananabread',
  body: chat(
    `Convert this banana bread recipe to US cups and Fahrenheit: 3 ripe bananas (about 350 g), 75 g melted butter, 150 g brown sugar, 1 egg, 1 tsp vanilla, 1 tsp baking soda, a pinch of salt, 190 g plain flour. Bake at 175 °C for 55–60 min in a 23 × 13 cm tin.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'en',
  template: 'itinerary-kyoto',
  body: chat(
    `Plan a 5-day Kyoto itinerary for a first-time visitor in late March: arrive KIX on day 1 around 14:00, leave from Kyoto Station on day 5 by Shinkansen at 11:03. Include Fushimi Inari early, Arashiyama, a day trip to Nara, and rough budgets in yen.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'en',
  template: 'math-longnums',
  body: chat(
    `Without a calculator, show how to get the largest prime factor of 600851475143, and check that 2^64 = 18446744073709551616. Then compute 18446744073709551616 mod 97.`,
  ),
});
{
  const on = panNotLuhn('71', 16);
  if (luhnValid(on)) throw new Error('order number must fail Luhn');
  add({
    kind: 'payment',
    lang: 'en',
    template: 'order-number-not-pan',
    body: chat(
      `Our order numbers are 16 digits like ${on} and customers keep typing them into the card field. Write a JS function that tells order numbers (prefix 71, no Luhn) apart from card numbers (Luhn-valid).`,
      { model: 'code-assist' },
    ),
  });
}
add({
  kind: 'payment',
  lang: 'en',
  template: 'invoice-template',
  body: chat(
    `Improve the wording of this invoice template. Keep the placeholders exactly as they are.\n\nInvoice {{invoice_number}} — issued {{issue_date}}\nBill to: {{customer_name}}, {{customer_address}}\nAmount due: {{total}} {{currency}} by {{due_date}}\nPay to IBAN {{iban}} (BIC {{bic}}), reference {{invoice_number}}.\nQuestions? billing@{{company_domain}}`,
  ),
});
add({
  kind: 'business',
  lang: 'en',
  template: 'sku-stock',
  body: chat(
    `From this stock export, which SKUs should we reorder if the threshold is 20 units?\n\nsku,description,on_hand,reserved\nTRL-2210-BLK,Trail runner 2210 black,14,3\nTRL-2210-GRY,Trail runner 2210 grey,41,0\nJKT-880-NVY-M,Shell jacket navy M,22,9\nJKT-880-NVY-L,Shell jacket navy L,7,1\nBTL-500-STL,Steel bottle 500 ml,130,12`,
  ),
});
add({
  kind: 'payment',
  lang: 'en',
  template: 'tracking-formats',
  body: chat(
    `Write a regex for each carrier's tracking number format and test it on these samples: UPS 1Z999AA10123456784, USPS 9400 1000 0000 0000 0000 00, DHL Express JD014600006281230704. Which one uses a mod-10 or mod-7 check?`,
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'uuid-v7',
  body: chat(
    `Is ${uuid()} a v4 or v7 UUID, and how would 018f3c2a-7b1e-7c3d-9a4f-2b6e8d1f0a55 sort compared to it in a B-tree index? Should we switch our primary keys to UUIDv7?`,
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'hash-compare',
  body: chat(
    `The release checksum doesn't match. Expected sha256 ${fromSet(HEX, 64)} but I get ${fromSet(HEX, 64)} for gateway-2.14.0-linux-amd64.tar.gz, and the git tag points at ${fromSet(HEX, 40)}. What are the likely causes?`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'de',
  template: 'dst-timezone-de',
  body: chat(
    `Wie spät ist 2026-03-29T01:30:00Z in Europe/Berlin, und was passiert mit einem täglichen Cronjob um 02:30 Ortszeit in dieser Nacht?`,
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'phone-format-fictional',
  body: chat(
    `Write a function that normalises US phone numbers to E.164. Test cases (all fictional 555-01xx numbers): "(212) 555-0147", "212.555.0183", "+1 212 555 0100", "555-0199 ext. 12". What should happen to the extension?`,
    { model: 'code-assist' },
  ),
});
add({
  kind: 'health-info',
  lang: 'en',
  template: 'drug-interaction-general',
  body: chat(
    `In general terms, why is combining warfarin with ibuprofen risky, and which over-the-counter pain relievers are usually considered safer for people on anticoagulants?`,
  ),
});
add({
  kind: 'health-info',
  lang: 'en',
  template: 'lab-value-general',
  body: chat(
    `What does an HbA1c of 7.2 % indicate, how is it related to average glucose in mg/dL, and what targets do the ADA guidelines suggest for most adults?`,
  ),
});
add({
  kind: 'health-info',
  lang: 'de',
  template: 'first-aid-burn-de',
  body: chat(
    `Erste Hilfe bei Verbrennungen: Wie lange sollte man eine Brandwunde kühlen, mit welcher Wassertemperatur, und wann muss man den Notruf 112 wählen?`,
  ),
});
add({
  kind: 'health-info',
  lang: 'en',
  template: 'textbook-vignette',
  body: chat(
    `Textbook question for my pharmacology exam: "A 58-year-old man presents with crushing chest pain radiating to the left arm for 40 minutes. ECG shows ST elevation in II, III and aVF." Which coronary artery is most likely occluded, and what are the first-line drugs?`,
  ),
});
add({
  kind: 'health-info',
  lang: 'fr',
  template: 'general-dosing-fr',
  body: chat(
    `Quelle est la dose maximale de paracétamol par jour chez l'adulte en France, et pourquoi est-elle réduite en cas d'insuffisance hépatique ? Réponse générale, pas pour un patient particulier.`,
  ),
});
add({
  kind: 'icd-coding',
  lang: 'en',
  template: 'icd-lookup',
  body: chat(
    `What's the ICD-10-CM code for type 2 diabetes mellitus without complications, and how does it differ from E11.65? Also, which LOINC code is used for hemoglobin A1c?`,
  ),
});
add({
  kind: 'fhir',
  lang: 'en',
  template: 'fhir-skeleton',
  body: chat(
    `Is this FHIR R4 Patient skeleton valid? The values are template placeholders.\n\n{"resourceType":"Patient","identifier":[{"system":"urn:oid:<hospital-oid>","value":"<mrn>"}],"name":[{"family":"<family>","given":["<given>"]}],"birthDate":"<yyyy-mm-dd>","gender":"<gender>"}`,
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'schema-patients-ddl',
  body: chat(
    `Design review: is this table normalised enough?\n\nCREATE TABLE encounters (\n  id BIGSERIAL PRIMARY KEY,\n  patient_mrn VARCHAR(12) NOT NULL,\n  icd10_code VARCHAR(8),\n  admitted_at TIMESTAMPTZ,\n  discharged_at TIMESTAMPTZ,\n  attending_npi CHAR(10)\n);`,
    { model: 'code-assist' },
  ),
});
add({
  kind: 'health-info',
  lang: 'en',
  template: 'vet-dog',
  body: chat(
    `My neighbour's Labrador, Bruno, was diagnosed with hip dysplasia and the vet prescribed carprofen 75 mg twice daily. Is that a typical dose for a 34 kg dog?`,
  ),
});
add({
  kind: 'hr',
  lang: 'en',
  template: 'job-description',
  body: chat(
    `Polish this job ad: "Senior Data Engineer (m/f/d), Hamburg or remote. You will build streaming pipelines on Kafka and Flink, own our dbt models and mentor two juniors. 5+ years experience, fluent English, German a plus. Salary band €78–92k. Apply via careers@brandhoff-systems.de, reference DE-ENG-2417."`,
  ),
});
add({
  kind: 'business',
  lang: 'de',
  template: 'company-imprint-de',
  body: chat(
    `Formuliere ein kurzes Impressum für unsere Website: Brandhoff Systems GmbH, Speicherstraße 12, 20457 Hamburg, Registergericht Hamburg HRB 184 220, USt-IdNr. DE 318 447 261, Service-Hotline 0800 330 4400 (kostenfrei, Mo–Fr 8–18 Uhr), info@brandhoff-systems.de.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'fr',
  template: 'bio-curie-fr',
  body: chat(
    `Rédige une courte biographie de Marie Curie (née Maria Skłodowska le 7 novembre 1867 à Varsovie, morte le 4 juillet 1934 à Passy d'une anémie aplasique) pour une exposition scolaire.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'en',
  template: 'bio-serena',
  body: chat(
    `Write a 120-word profile of Serena Williams focusing on her 23 Grand Slam singles titles, her business ventures (Serena Ventures) and her influence on women's sport.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'en',
  template: 'bio-jensen-huang',
  body: chat(
    `Summarise Jensen Huang's career: co-founding NVIDIA in 1993 at a Denny's in San Jose, the CUDA bet, and how the company became one of the most valuable in the world.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'es',
  template: 'bio-kahlo-es',
  body: chat(
    `Escribe una biografía breve de Frida Kahlo: nació en Coyoacán en 1907, tuvo poliomielitis de niña, sufrió un grave accidente de autobús en 1925 y murió en 1954. Destaca su obra y su relación con Diego Rivera.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'en',
  template: 'bio-kariko',
  body: chat(
    `Explain in simple words what Katalin Karikó and Drew Weissman discovered about modified nucleosides in mRNA, and why it won the 2023 Nobel Prize in Physiology or Medicine.`,
  ),
});
add({
  kind: 'payment',
  lang: 'en',
  template: 'pci-saq',
  body: chat(
    `We use Stripe Elements, so card data never touches our servers; receipts only show "Visa ending 4242". Are we SAQ A or SAQ A-EP under PCI DSS 4.0, and does showing the last four digits change anything?`,
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'mask-pan-code',
  body: chat(
    `Review this masking function:\n\nexport function maskPan(pan: string): string {\n  const d = pan.replace(/\\D/g, '');\n  return '*'.repeat(Math.max(0, d.length - 4)) + d.slice(-4);\n}\n\n// maskPan('************1234') === '************1234'`,
    { model: 'code-assist' },
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'jwt-env-secret',
  body: chat(
    `Is this safe?\n\nimport jwt from 'jsonwebtoken';\nconst secret = process.env.JWT_SECRET;\nif (!secret) throw new Error('JWT_SECRET missing');\nexport const verify = (t) => jwt.verify(t, secret, { algorithms: ['HS256'], maxAge: '15m' });`,
    { model: 'code-assist' },
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'password-policy',
  body: chat(
    `What does NIST SP 800-63B say about minimum password length, composition rules and periodic rotation? Draft a password policy paragraph for our internal wiki.`,
  ),
});
add({
  kind: 'agent',
  lang: 'en',
  template: 'tool-weather',
  body: {
    model: 'auto',
    messages: [
      { role: 'user', content: 'Will it rain in Rotterdam tomorrow afternoon?' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [
          {
            id: 'call_' + fromSet(ALNUM, 24),
            type: 'function',
            function: { name: 'get_forecast', arguments: JSON.stringify({ city: 'Rotterdam', country: 'NL', date: '2026-12-08' }) },
          },
        ],
      },
      {
        role: 'tool',
        tool_call_id: 'call_x',
        content: JSON.stringify({
          city: 'Rotterdam',
          hourly: [
            { t: '13:00', precip_mm: 0.4, temp_c: 7 },
            { t: '16:00', precip_mm: 1.8, temp_c: 6 },
          ],
        }),
      },
    ],
    tools: [
      {
        type: 'function',
        function: {
          name: 'get_forecast',
          description: 'Hourly forecast for a city',
          parameters: {
            type: 'object',
            properties: { city: { type: 'string' }, country: { type: 'string' }, date: { type: 'string', format: 'date' } },
            required: ['city'],
          },
        },
      },
    ],
  },
});
cases[cases.length - 1].body.messages[2].tool_call_id = cases[cases.length - 1].body.messages[1].tool_calls[0].id;
add({
  kind: 'agent',
  lang: 'en',
  template: 'response-format-product',
  body: chat(
    `Extract the product attributes from: "Aeris 2 wireless earbuds, 6 h battery, IPX4, USB-C, colours sand and graphite, EAN 4006381333931, RRP €129."`,
    {
      extra: {
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: 'product',
            schema: {
              type: 'object',
              properties: {
                name: { type: 'string' },
                battery_hours: { type: 'number' },
                ip_rating: { type: 'string' },
                colours: { type: 'array', items: { type: 'string' } },
                ean: { type: 'string', description: 'EAN-13 barcode' },
                price_eur: { type: 'number' },
              },
              required: ['name'],
            },
          },
        },
      },
    },
  ),
});
add({
  kind: 'agent',
  lang: 'en',
  template: 'metadata-harmless',
  body: chat(
    `Summarise the weekly churn dashboard notes: churn fell from 2.9% to 2.4%, mostly in the SMB tier; onboarding emails A/B test shows +6% activation for variant B.`,
    { extra: { user: 'svc-reporting', metadata: { team: 'growth', ticket: 'OPS-4412', env: 'prod' } } },
  ),
});
add({
  kind: 'public-fact',
  lang: 'de',
  template: 'tax-general-de',
  body: chat(
    `Wie hoch ist der Arbeitnehmer-Pauschbetrag für Werbungskosten in Deutschland aktuell, und lohnt sich die Einzelaufstellung bei 18 km Arbeitsweg an 210 Tagen? Allgemein erklärt, bitte.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'it',
  template: 'history-cesare-it',
  body: chat(`Perché Giulio Cesare attraversò il Rubicone nel 49 a.C.? Spiegalo in 100 parole e cita Pompeo e il Senato.`),
});
add({
  kind: 'public-fact',
  lang: 'nl',
  template: 'recipe-stamppot-nl',
  body: chat(
    `Ik wil boerenkoolstamppot maken voor 6 personen. Hoeveel kilo aardappelen en boerenkool heb ik nodig, en hoeveel rookworsten? Geef ook de kooktijden.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'pt',
  template: 'itinerary-lisboa-pt',
  body: chat(
    `Sugere um roteiro de 4 dias entre Lisboa e Porto de comboio, com paragem em Coimbra e Aveiro, incluindo horários aproximados do Alfa Pendular e preços médios.`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'sv',
  template: 'allemansratt-sv',
  body: chat(
    `Förklara allemansrätten kortfattat: får man tälta en natt på någon annans mark, och vad gäller för eldning under torrperioder?`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'pl',
  template: 'kopernik-pl',
  body: chat(
    `Napisz krótką notkę o Mikołaju Koperniku: gdzie się urodził, kiedy wydano „De revolutionibus orbium coelestium” i dlaczego jego teoria była przełomowa.`,
  ),
});
add({
  kind: 'networking',
  lang: 'en',
  template: 'k8s-pod-ips',
  body: chat(
    `Pods can't reach the service. kubectl output:\n\nNAME                          READY   IP            NODE\ncheckout-7d9f8c6b5d-x2kqp     1/1     10.244.1.23   worker-2\ncheckout-7d9f8c6b5d-m8w4z     1/1     10.244.2.17   worker-3\n\nservice/checkout ClusterIP 10.96.140.12 port 8080/TCP, endpoints <none>. What's the usual cause?`,
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'base64-harmless',
  body: chat(
    `What does this base64 decode to, and is it valid JSON? ${b64(JSON.stringify({ feature: 'dark-mode', rollout: 0.25, regions: ['eu-west-1', 'us-east-2'] }))}`,
  ),
});
add({
  kind: 'business',
  lang: 'es',
  template: 'marketing-es',
  body: chat(
    `Adapta este eslogan para el mercado mexicano: «Con Hidrata+ de Fontalba, tu equipo rinde más: 24 botellas de 500 ml, envío gratis en pedidos de más de 49 €.»`,
  ),
});
add({
  kind: 'public-fact',
  lang: 'ja',
  template: 'kanji-ja',
  body: chat(`「生」という漢字の主な読み方を五つ挙げて、それぞれの例文を作ってください。`),
});
add({
  kind: 'business',
  lang: 'it',
  template: 'company-hotline-it',
  body: chat(
    `Traduci in inglese questo avviso: «Per assistenza tecnica contatta il servizio clienti di Ferroluce S.p.A., Via Tortona 31, 20144 Milano, numero verde 800 912 345 (lun–ven 9–18), supporto@ferroluce.it.»`,
  ),
});

// =====================================================================
// PII only (confidential)
// =====================================================================
add({
  kind: 'business',
  lang: 'en',
  template: 'crm-note',
  cats: ['PII'],
  body: chat(
    `Turn this call note into a CRM activity with next steps:\n\n"Spoke with Dana Whitfield (procurement, personal cell (312) 748-2291, dana.whitfield82@gmail.com). She's moving from Chicago to 2214 N Halsted St, Apt 3B, Chicago IL 60614 next month and wants the renewal quote sent to her home address. Follow up Tuesday."`,
  ),
});
{
  const sid = steuerId();
  add({
    kind: 'hr',
    lang: 'de',
    template: 'hr-abmahnung-de',
    cats: ['PII'],
    body: chat(
      `Bitte formuliere eine sachliche Abmahnung wegen wiederholter Verspätung.\n\nMitarbeiter: Jannik Oberländer, Personalnr. 40517, wohnhaft Gutenbergstraße 18, 70176 Stuttgart, geb. 14.02.1991, Steuer-ID ${sid}.\nVorfälle: 03.11., 10.11. und 24.11.2026, jeweils mehr als 45 Minuten ohne Meldung.`,
    ),
  });
}
add({
  kind: 'support-ticket',
  lang: 'fr',
  template: 'shipping-fr',
  cats: ['PII'],
  body: chat(
    `Rédige une réponse d'excuse pour ce ticket :\n\n« Bonjour, je suis Mme Clémence Barrault, mon colis n° 6A21948375021 devait arriver au 14 rue des Tanneurs, 67000 Strasbourg le 28/11 et il est indiqué livré alors que je n'ai rien reçu. Joignable au 06 48 27 93 15 ou clemence.barrault@orange.fr. »`,
  ),
});
{
  const ib = ibanNL();
  add({
    kind: 'personal',
    lang: 'nl',
    template: 'tenancy-deposit-nl',
    cats: ['PII'],
    body: chat(
      `Help me een formele brief te schrijven aan mijn verhuurder. Ik ben Sanne de Wit-Hoekstra, ik huurde tot 31 oktober het appartement aan de Oudegracht 212-bis, 3511 NS Utrecht. De borg van € 1.850 is nog steeds niet teruggestort op mijn rekening ${ibanFmt(ib)}. Mijn telefoonnummer is 06-41827395.`,
    ),
  });
}
{
  const d = dni();
  add({
    kind: 'hr',
    lang: 'es',
    template: 'cv-es',
    cats: ['PII'],
    body: chat(
      `Mejora la redacción de este CV:\n\nAlejandro Quintana Robles\nDNI ${d} · Calle de Embajadores 87, 4º B, 28012 Madrid\n+34 612 483 907 · alejandro.quintana.r@hotmail.es\nFecha de nacimiento: 09/06/1994\n\nExperiencia: Analista de datos en Grupo Ondalia (2019–2026), SQL, Power BI, Python.`,
    ),
  });
}
add({
  kind: 'business',
  lang: 'en',
  template: 'meeting-minutes',
  cats: ['PII'],
  body: chat(
    `Clean up these minutes and list action items by owner:\n\nResidents' association — 2 Dec 2026\nPresent: Priya Raman (chair, 07911 482 637, priya.raman@btinternet.com), Tom Ellery (treasurer, 14 Cavendish Road, Leeds LS6 2AB), Marguerite Obi (secretary).\n- Tom to chase the council about the broken streetlight outside no. 14.\n- Priya to email all households about the Christmas collection.`,
  ),
});
{
  const [l1, l2] = mrzTD3('USA', 'HALVERSEN', 'KRISTOFER JON', String(ri(5, 6)) + digits(8), 'USA', '880317', 'M', '320514');
  add({
    kind: 'personal',
    lang: 'en',
    template: 'passport-mrz',
    cats: ['PII'],
    body: chat(
      `The airline app can't read my passport. Here are the two MRZ lines I typed in — can you check whether the check digits are right?\n\n${l1}\n${l2}`,
    ),
  });
}
add({
  kind: 'support-ticket',
  lang: 'en',
  template: 'car-rental-dl',
  cats: ['PII'],
  body: chat(
    `Draft a reply to this damage claim dispute:\n\n"Renter: Marcus Delacroix-Hill, California driver license ${'D' + digits(7)}, home address 4418 Alder Creek Dr, Sacramento CA 95823. He says the scratch on the rear bumper was already there at pickup at SMF on Nov 18."`,
  ),
});
add({
  kind: 'hr',
  lang: 'en',
  template: 'payroll-ssn',
  cats: ['PII'],
  body: chat(
    `Write a short email to payroll asking them to correct an employee's W-2. Employee: Rosalind Achebe, SSN ${ssn()}, the 2025 W-2 shows the old address (812 Magnolia Ave, Tallahassee FL 32303) instead of 55 Birchwood Ln, Atlanta GA 30307.`,
  ),
});
{
  const cf = codiceFiscale('Bellandi', 'Giorgia', '89', 5, 23, true, 'F205');
  add({
    kind: 'business',
    lang: 'it',
    template: 'contract-cf-it',
    cats: ['PII'],
    body: chat(
      `Controlla i dati anagrafici di questo contratto di locazione prima della firma:\n\nConduttrice: Giorgia Bellandi, nata a Milano il 23/05/1989, codice fiscale ${cf}, residente in Via Padova 118, 20127 Milano, cell. +39 347 218 5530.`,
    ),
  });
}
{
  const nif = nifPT();
  add({
    kind: 'support-ticket',
    lang: 'pt',
    template: 'complaint-nif-pt',
    cats: ['PII'],
    body: chat(
      `Responde a esta reclamação com cortesia:\n\n«Sou o Duarte Menezes Fialho, NIF ${nif}, morada Rua do Almada 241, 2.º Esq., 4050-038 Porto. A fatura de novembro foi emitida sem o meu NIF e preciso dela corrigida. Telemóvel +351 912 845 307.»`,
    ),
  });
}
{
  const pn = personnummer('87', '10', '04');
  add({
    kind: 'support-ticket',
    lang: 'sv',
    template: 'ticket-personnummer-sv',
    cats: ['PII'],
    body: chat(
      `Sammanfatta ärendet på engelska:\n\n"Kund: Elin Bergqvist, personnummer ${pn}, Götgatan 54, 116 21 Stockholm, tel 070-482 19 36. Hon har fått två fakturor för samma bredbandsabonnemang i november."`,
    ),
  });
}
{
  const p = pesel('92', '07', '15', false);
  add({
    kind: 'hr',
    lang: 'pl',
    template: 'hr-pesel-pl',
    cats: ['PII'],
    body: chat(
      `Przygotuj krótki e-mail do działu kadr z prośbą o aktualizację danych pracownika: Bartosz Wiśniewski-Kowal, PESEL ${p}, nowy adres: ul. Zielona 17/4, 30-203 Kraków, telefon 601 384 927.`,
    ),
  });
}
{
  const n = nir(2, '93', '04', '69', '123');
  add({
    kind: 'hr',
    lang: 'fr',
    template: 'onboarding-nir-fr',
    cats: ['PII'],
    body: chat(
      `Vérifie la fiche d'embauche et dis-moi ce qui manque :\n\nNom : Léa Fontanel\nNé(e) le : 12/04/1993 à Lyon\nN° de sécurité sociale : ${n.fmt}\nAdresse : 8 quai Saint-Vincent, 69001 Lyon\nPoste : assistante commerciale, début le 05/01/2027`,
    ),
  });
}
{
  const ib = ibanDE();
  add({
    kind: 'email',
    lang: 'de',
    template: 'refund-iban-de',
    cats: ['PII'],
    body: chat(
      `Antworte freundlich auf diese Kundenmail:\n\n„Hallo, hier ist Friederike Maaßen. Bitte erstatten Sie die 89,90 € für die stornierte Bestellung auf mein Konto ${ibanFmt(ib)} (Kontoinhaberin Friederike Maaßen). Meine Adresse: Lindenallee 5, 50968 Köln.“`,
    ),
  });
}
{
  const b = bsn();
  add({
    kind: 'email',
    lang: 'nl',
    template: 'tax-advisor-bsn-nl',
    cats: ['PII'],
    body: chat(
      `Vat deze mail samen in drie punten:\n\n"Beste mevrouw Verbeek, namens mijn cliënt Ruben Schaapman (BSN ${b}, geboren 02-11-1979, Koningsweg 41, 5211 BK 's-Hertogenbosch) verzoek ik uitstel voor de aangifte inkomstenbelasting 2025."`,
    ),
  });
}
add({
  kind: 'personal',
  lang: 'en',
  template: 'landlord-ref-nino',
  cats: ['PII'],
  body: chat(
    `Write a landlord reference request. Tenant applicant: Callum Fitzgerald-Nkemelu, National Insurance number ${ukNino()}, currently at Flat 2, 37 Beaumont Street, Oxford OX1 2NP, mobile 07983 516 204.`,
  ),
});
add({
  kind: 'support-ticket',
  lang: 'en',
  template: 'login-public-ip',
  cats: ['PII'],
  body: chat(
    `Is this account takeover? Security log for customer account "h.oyelaran":\n\n2026-12-01T22:14:09Z login_success user=hannah.oyelaran@outlook.com ip=86.147.23.201 geo=Manchester,GB ua="Safari/17.4 iPhone"\n2026-12-01T22:19:47Z login_success user=hannah.oyelaran@outlook.com ip=41.203.72.118 geo=Lagos,NG ua="Chrome/131 Windows"\n2026-12-01T22:21:03Z password_change user=hannah.oyelaran@outlook.com ip=41.203.72.118`,
  ),
});
add({
  kind: 'agent',
  lang: 'en',
  template: 'user-field-email',
  cats: ['PII'],
  where: 'user',
  body: chat(`Suggest three names for a sourdough bakery in a seaside town.`, { extra: { user: 'marta.kowalczyk1990@gmail.com' } }),
});
add({
  kind: 'agent',
  lang: 'en',
  template: 'metadata-customer',
  cats: ['PII'],
  where: 'metadata',
  body: chat(`Draft a polite reminder that the spare part ships within 5 working days.`, {
    extra: {
      metadata: { ticket: 'CS-88213', customer_name: 'Oluwaseun Adeyemi-Grant', customer_phone: '+44 7700 183 429', postcode: 'BS6 5QE' },
    },
  }),
});
{
  const tcid = 'call_' + fromSet(ALNUM, 24);
  add({
    kind: 'agent',
    lang: 'en',
    template: 'toolcall-create-contact',
    cats: ['PII'],
    where: 'tool_calls.arguments',
    body: {
      model: 'auto',
      messages: [
        { role: 'user', content: 'Add the lead from this morning’s trade-show scan to the CRM.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: tcid,
              type: 'function',
              function: {
                name: 'create_contact',
                arguments: JSON.stringify({
                  full_name: 'Ingrid Solvang',
                  email: 'ingrid.solvang@online.no',
                  mobile: '+47 912 48 375',
                  home_city: 'Bergen',
                }),
              },
            },
          ],
        },
        { role: 'tool', tool_call_id: tcid, content: '{"status":"created","contact_id":"C-20931"}' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'create_contact',
            description: 'Create a CRM contact',
            parameters: {
              type: 'object',
              properties: {
                full_name: { type: 'string' },
                email: { type: 'string' },
                mobile: { type: 'string' },
                home_city: { type: 'string' },
              },
            },
          },
        },
      ],
    },
  });
}
{
  const tcid = 'call_' + fromSet(ALNUM, 24);
  add({
    kind: 'agent',
    lang: 'de',
    template: 'toolresult-crm-de',
    cats: ['PII'],
    where: 'tool_result',
    body: {
      model: 'support-chat',
      messages: [
        { role: 'system', content: 'Du bist der Kundenservice-Assistent. Antworte auf Deutsch.' },
        { role: 'user', content: 'Wann wurde die Bestellung 4471-A verschickt?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: tcid, type: 'function', function: { name: 'lookup_order', arguments: '{"order":"4471-A"}' } }],
        },
        {
          role: 'tool',
          tool_call_id: tcid,
          content: JSON.stringify({
            order: '4471-A',
            shipped: '2026-12-02',
            recipient: 'Ottilie Brandstätter',
            address: 'Marienplatz 3, 94032 Passau',
            phone: '+49 171 4839206',
          }),
        },
      ],
    },
  });
}
add({
  kind: 'agent',
  lang: 'de',
  template: 'response-format-recipient',
  cats: ['PII'],
  where: 'response_format',
  body: chat(`Erstelle den Brief als JSON gemäß Schema.`, {
    extra: {
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'letter',
          schema: {
            type: 'object',
            description: 'Mahnschreiben an Frau Ilse Brandauer, Kirchgasse 7, 6020 Innsbruck, Tel. +43 664 318 2207',
            properties: { subject: { type: 'string' }, body: { type: 'string' } },
            required: ['subject', 'body'],
          },
        },
      },
    },
  }),
});
{
  const rec = JSON.stringify({
    name: 'Yusuf Demirtaş',
    street: 'Sonnenallee 142',
    zip: '12059',
    city: 'Berlin',
    phone: '+49 152 2843 9917',
    email: 'y.demirtas@gmx.de',
  });
  add({
    kind: 'support-ticket',
    lang: 'en',
    template: 'base64-customer',
    cats: ['PII'],
    encoding: 'base64',
    body: chat(
      `Our webhook delivers the customer record base64-encoded. Decode it and tell me which required fields (name, street, zip, city, country) are missing:\n\n${b64(rec)}`,
    ),
  });
}
{
  const q =
    'name=' +
    encodeURIComponent('Ana Ferreira Gouveia') +
    '&email=' +
    encodeURIComponent('ana.f.gouveia@sapo.pt') +
    '&tel=' +
    encodeURIComponent('+351 936 274 118') +
    '&morada=' +
    encodeURIComponent('Rua de Cedofeita 402, Porto');
  add({
    kind: 'code',
    lang: 'pt',
    template: 'urlencoded-form-pt',
    cats: ['PII'],
    encoding: 'url',
    body: chat(`Porque é que este pedido de formulário dá erro 422? O corpo é:\n\n${q}`),
  });
}
add({
  kind: 'personal',
  lang: 'en',
  template: 'multiturn-delivery',
  cats: ['PII'],
  body: chat(`Yes please, write the message to the courier with those details.`, {
    history: [
      {
        role: 'user',
        content:
          'I need to change the delivery address for my parcel. I moved to 19 Kestrel Way, Milton Keynes MK10 7FH. My name is Nadia Okonkwo-Berg and my number is 07852 390 614.',
      },
      {
        role: 'assistant',
        content: 'Sure — do you want me to draft a short message to the courier with your new address and phone number?',
      },
    ],
  }),
});

// =====================================================================
// PHI (restricted); PHI+PII when a personal identifier is present too
// =====================================================================
add({
  kind: 'hr',
  lang: 'de',
  template: 'sick-leave-de',
  cats: ['PHI', 'PII'],
  body: chat(
    `Formuliere eine interne Notiz an die Teamleitung (ohne Wertung):\n\nHerr Malte Riedesel (Lager, Personalnr. 22871) ist laut AU vom 01.12.2026 bis voraussichtlich 09.01.2027 krankgeschrieben. Diagnose laut seinem Anruf: lumbaler Bandscheibenvorfall L4/L5 (M51.2), er bekommt Ibuprofen 600 mg dreimal täglich und Physiotherapie.`,
  ),
});
add({
  kind: 'hr',
  lang: 'en',
  template: 'accommodation-ms',
  cats: ['PHI', 'PII'],
  body: chat(
    `Help me write a reasonable-accommodation response. Employee: Theresa Wójcik-Lund, customer success, badge 10488. She disclosed relapsing-remitting multiple sclerosis, is on ocrelizumab infusions every six months and asks to work from home two days a week and to have the infusion days off.`,
  ),
});
add({
  kind: 'icd-coding',
  lang: 'fr',
  template: 'insurance-claim-fr',
  cats: ['PHI', 'PII'],
  body: chat(
    `Rédige la lettre de demande de remboursement à la mutuelle :\n\nAdhérent : M. Gaspard Lheureux, né le 30/08/1968, 22 avenue Jean-Médecin, 06000 Nice.\nActe : arthroscopie du genou droit le 14/11/2026 à la Clinique Saint-George, diagnostic S83.2 (déchirure du ménisque), dépassement d'honoraires 380 €.`,
  ),
});
add({
  kind: 'clinical-note',
  lang: 'en',
  template: 'portal-message',
  cats: ['PHI', 'PII'],
  body: chat(
    `Rewrite this patient-portal message so it's clear and kind:\n\n"Hi Dr. Saldana, this is Maribel Echeverría (DOB 03/22/1975). Since you raised my lisinopril to 20 mg daily I get a dry cough every night. My home BP readings are around 128/82. Can I switch to something else?"`,
  ),
});
add({
  kind: 'pharmacy',
  lang: 'es',
  template: 'pharmacy-mother-es',
  cats: ['PHI', 'PII'],
  body: chat(
    `Pregunta para la farmacia: mi madre, Carmen Ruiz Albarracín (82 años, vive en Calle Mayor 14, Alcalá de Henares), toma metformina 850 mg dos veces al día y le han recetado ahora ciprofloxacino 500 mg. ¿Hay alguna interacción que deba vigilar?`,
  ),
});
add({
  kind: 'lab',
  lang: 'it',
  template: 'lab-results-it',
  cats: ['PHI', 'PII'],
  body: chat(
    `Spiega in parole semplici questi esami:\n\nPaziente: Rocco Santangelo, nato il 11/01/1962\nData prelievo: 25/11/2026\nColesterolo LDL 168 mg/dL (v.n. < 115)\nTrigliceridi 212 mg/dL\nGlicemia a digiuno 118 mg/dL\nALT 54 U/L`,
  ),
});
add({
  kind: 'clinical-note',
  lang: 'nl',
  template: 'therapy-note-nl',
  cats: ['PHI', 'PII'],
  body: chat(
    `Maak van deze sessienotitie een korte verslaglegging voor het dossier:\n\nCliënt: Femke van der Heijden, 34 jr. Sessie 6. Depressieve klachten nemen af, slaapt beter sinds start sertraline 50 mg (huisarts). Piekeren over re-integratie op werk. Volgende sessie: cognitieve herstructurering.`,
  ),
});
add({
  kind: 'discharge-summary',
  lang: 'en',
  template: 'mrn-only',
  cats: ['PHI'],
  body: chat(
    `Please pull together a checklist of what the ward clerk needs to attach to the discharge packet for MRN ${digits(8).replace(/^0/, '4')} before transport arrives at 15:00.`,
  ),
});
{
  const n = nhs();
  if (!nhsValid(n)) throw new Error('nhs');
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'nhs-only',
    cats: ['PHI'],
    body: chat(
      `Draft a short cover note to the GP practice: we've received a referral for NHS number ${nhsFmt(n)} but the referral form is missing the page with the reason for referral. Ask them to resend it via e-RS.`,
    ),
  });
}
add({
  kind: 'icd-coding',
  lang: 'en',
  template: 'member-id-mri',
  cats: ['PHI'],
  body: chat(
    `Write a prior-authorization follow-up: member ID ${'XZH' + digits(9)}, request for MRI lumbar spine without contrast (CPT 72148) for radiculopathy M54.16, submitted 11/20, still pending after 10 business days.`,
  ),
});
{
  const np = npi(),
    d = dea('Okafor');
  if (!deaValid(d)) throw new Error('dea');
  add({
    kind: 'pharmacy',
    lang: 'en',
    template: 'prescription-npi-dea',
    cats: ['PHI', 'PII'],
    body: chat(
      `Check this e-prescription for missing fields:\n\nPrescriber: Chidi Okafor, MD — NPI ${np}, DEA ${d}\nPatient: Loretta Vance, DOB 1959-07-08, 66 Ridge Rd, Duluth MN 55803\nRx: oxycodone/acetaminophen 5/325 mg, 1 tab q6h PRN pain, #20, no refills\nDx: post-operative pain after total knee arthroplasty`,
    ),
  });
}
{
  const k = kvnr();
  add({
    kind: 'icd-coding',
    lang: 'de',
    template: 'kvnr-widerspruch-de',
    cats: ['PHI', 'PII'],
    body: chat(
      `Hilf mir beim Widerspruch gegen die Ablehnung:\n\nVersicherte: Hannelore Kückelhaus, Versichertennummer ${k}\nAbgelehnt: Kostenübernahme für eine Reha nach Hüft-TEP links (Z96.64), Antrag vom 07.10.2026. Die Orthopädin hält die ambulante Physiotherapie für nicht ausreichend.`,
    ),
  });
}
add({
  kind: 'icd-coding',
  lang: 'en',
  template: 'mbi-only',
  cats: ['PHI'],
  body: chat(
    `Our claim for MBI ${mbi()} was rejected with CARC 16 (missing information). Date of service 10/14/2026, HCPCS G0439 annual wellness visit. What is usually missing and how do I resubmit?`,
  ),
});
add({
  kind: 'hr',
  lang: 'pt',
  template: 'sick-leave-pt',
  cats: ['PHI', 'PII'],
  body: chat(
    `Escreve uma mensagem curta à equipa a informar a ausência, sem detalhes clínicos:\n\nA colaboradora Inês Carvalho Mota está de baixa médica até 20/12 — pneumonia adquirida na comunidade, a fazer amoxicilina/ácido clavulânico 875/125 mg de 12 em 12 horas.`,
  ),
});
add({
  kind: 'clinical-note',
  lang: 'en',
  template: 'dental-note',
  cats: ['PHI', 'PII'],
  body: chat(
    `Turn this into a patient-friendly summary:\n\nPatient: Desmond Achterberg. Tooth 36: irreversible pulpitis, root canal started 12/03, calcium hydroxide dressing. Rx amoxicillin 500 mg TID x 5 days, ibuprofen 400 mg PRN. Return 12/17 for obturation.`,
  ),
});
add({
  kind: 'personal',
  lang: 'en',
  template: 'multiturn-crohns',
  cats: ['PHI', 'PII'],
  body: chat(
    `I was diagnosed with Crohn's disease in October and I'm starting adalimumab 40 mg every two weeks. Can you help me phrase the request for flexible hours?`,
    {
      history: [
        {
          role: 'user',
          content: "Hi, I'm Oskar Lindqvist, I work in the finance team at a logistics company and I need to write to my manager.",
        },
        { role: 'assistant', content: 'Happy to help, Oskar. What would you like the message to cover?' },
      ],
    },
  ),
});
{
  const tcid = 'call_' + fromSet(ALNUM, 24);
  add({
    kind: 'agent',
    lang: 'en',
    template: 'toolresult-ehr',
    cats: ['PHI', 'PII'],
    where: 'tool_result',
    body: {
      model: 'auto',
      messages: [
        { role: 'system', content: 'You are a scheduling assistant for a clinic front desk.' },
        { role: 'user', content: 'Can we move the 3 pm appointment to Friday?' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: tcid, type: 'function', function: { name: 'get_appointment', arguments: '{"slot":"2026-12-07T15:00"}' } }],
        },
        {
          role: 'tool',
          tool_call_id: tcid,
          content: JSON.stringify({
            slot: '2026-12-07T15:00',
            patient: 'Gwendolyn Arkwright',
            dob: '1948-02-19',
            reason: 'INR check — warfarin 5 mg, atrial fibrillation',
            allergies: ['penicillin'],
          }),
        },
      ],
    },
  });
}
{
  const tcid = 'call_' + fromSet(ALNUM, 24);
  add({
    kind: 'agent',
    lang: 'en',
    template: 'toolcall-chemo',
    cats: ['PHI', 'PII'],
    where: 'tool_calls.arguments',
    body: {
      model: 'auto',
      messages: [
        { role: 'user', content: 'Book the next infusion slot for the patient we discussed.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: tcid,
              type: 'function',
              function: {
                name: 'book_infusion',
                arguments: JSON.stringify({
                  patient_name: 'Reginald Mbeki-Torres',
                  regimen: 'FOLFOX cycle 3',
                  diagnosis: 'C18.7 sigmoid colon adenocarcinoma',
                  chair_hours: 4,
                }),
              },
            },
          ],
        },
        { role: 'tool', tool_call_id: tcid, content: '{"booked":"2026-12-11T09:00","chair":7}' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'book_infusion',
            description: 'Book an infusion chair',
            parameters: {
              type: 'object',
              properties: {
                patient_name: { type: 'string' },
                regimen: { type: 'string' },
                diagnosis: { type: 'string' },
                chair_hours: { type: 'integer' },
              },
            },
          },
        },
      ],
    },
  });
}
add({
  kind: 'agent',
  lang: 'en',
  template: 'metadata-mrn',
  cats: ['PHI'],
  where: 'metadata',
  body: chat(`Write a friendly two-sentence reminder for a follow-up visit next Tuesday at 10:30; bring a list of current medicines.`, {
    extra: { metadata: { source: 'ehr-outreach', patient_mrn: 'MRN-' + digits(7).replace(/^0/, '3'), campaign: 'follow-up' } },
  }),
});
add({
  kind: 'lab',
  lang: 'en',
  template: 'image-url-pacs',
  cats: ['PHI'],
  where: 'image_url',
  body: {
    model: 'auto',
    messages: [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Describe the image quality issues in this scan preview (motion, contrast).' },
          {
            type: 'image_url',
            image_url: {
              url: `https://pacs.stmarys-radiology.example/wado?requestType=WADO&studyUID=1.2.840.113619.2.55.3.${digits(9)}&patientID=MRN${digits(8).replace(/^0/, '6')}&contentType=image/jpeg`,
            },
          },
        ],
      },
    ],
  },
});
add({
  kind: 'lab',
  lang: 'en',
  template: 'user-field-tsh',
  cats: ['PHI', 'PII'],
  where: 'user',
  body: chat(`My latest TSH came back at 6.8 mIU/L while taking levothyroxine 75 µg daily. Should I ask my doctor about a dose change?`, {
    extra: { user: 'lena.hoffmann87@web.de' },
  }),
});
{
  const note = `Patient: Aurelio Vendramin, DOB 1956-09-02\nA/P: COPD exacerbation (J44.1). Prednisone 40 mg x 5 days, doxycycline 100 mg BID x 7 days. SpO2 91% on RA. Follow up in 1 week.`;
  add({
    kind: 'clinical-note',
    lang: 'en',
    template: 'base64-note',
    cats: ['PHI', 'PII'],
    encoding: 'base64',
    body: chat(`The interface engine sends notes base64-encoded. Decode this one and convert it to a SOAP-formatted note:\n\n${b64(note)}`),
  });
}
{
  const s = 'Beatriz Olmedo Sáez — diagnóstico: diabetes tipo 1, insulina glargina 22 UI por la noche';
  const ent = [...s].map((ch) => `&#${ch.codePointAt(0)};`).join('');
  add({
    kind: 'clinical-note',
    lang: 'es',
    template: 'html-entities-portal-es',
    cats: ['PHI', 'PII'],
    encoding: 'html',
    body: chat(
      `Limpia este fragmento HTML exportado del portal del paciente y devuélvelo como texto plano:\n\n<div class="summary"><p>${ent}</p></div>`,
    ),
  });
}
add({
  kind: 'support-ticket',
  lang: 'en',
  template: 'gym-cardiac',
  cats: ['PHI', 'PII'],
  body: chat(
    `Draft a reply approving the membership freeze: "Customer Tomasz Nowakowski (member since 2019, tomasz.nowakowski@wp.pl) asks to freeze his membership for 3 months after being diagnosed with atrial fibrillation; he had a catheter ablation on 26 November."`,
  ),
});
add({
  kind: 'icd-coding',
  lang: 'es',
  template: 'travel-claim-es',
  cats: ['PHI', 'PII'],
  body: chat(
    `Redacta la reclamación al seguro de viaje: la asegurada, Lucía Pedraza Montiel (póliza personal, domicilio en Av. de la Constitución 30, Sevilla), fue operada de apendicitis aguda (apendicectomía laparoscópica) en Lisboa el 3 de noviembre y pide el reembolso de 4.200 €.`,
  ),
});
add({
  kind: 'discharge-summary',
  lang: 'es',
  template: 'nhc-only-es',
  cats: ['PHI'],
  body: chat(
    `Prepara un correo al servicio de admisión pidiendo que se archive el informe de alta del NHC ${digits(7).replace(/^0/, '2')} en la historia clínica electrónica antes del viernes.`,
  ),
});

// =====================================================================
// PCI (restricted): a Luhn-valid PAN
// =====================================================================
const PANS = [];
const P = (prefix, len) => {
  const p = pan(prefix, len);
  if (!luhnValid(p)) throw new Error('luhn');
  PANS.push(p);
  return p;
};
{
  const p = P('4' + digits(5), 16);
  add({
    kind: 'payment',
    lang: 'en',
    template: 'dispute-visa',
    cats: ['PCI', 'PII'],
    body: chat(
      `Summarise this dispute for the chargeback team:\n\n"Cardholder Gregory Ashworth-Pike says the €312.40 charge from 'NORDVIK OUTDOOR' on 11/27 is not his. Card ${group4(p)}, exp 08/28. He still has the card in his wallet."`,
    ),
  });
}
{
  const p = P('5' + ri(1, 5) + digits(4), 16);
  add({
    kind: 'payment',
    lang: 'de',
    template: 'chargeback-mc-de',
    cats: ['PCI'],
    body: chat(
      `Erkläre kurz, was dieser Rückbuchungsgrund bedeutet und welche Belege wir einreichen sollen:\n\nChargeback-Fall CB-2026-11873\nKarte: ${group4(p, '-')}\nReason Code 4853 (Cardholder Dispute – Not as Described)\nBetrag: 149,00 EUR, Transaktionsdatum 18.11.2026`,
    ),
  });
}
{
  const rows = [
    ['Lotte Verhaegen', 'lotte.verhaegen@telenet.be', P('4' + digits(5), 16)],
    ['Emeka Chukwuma', 'emeka.chukwuma@yahoo.co.uk', P('5' + ri(1, 5) + digits(4), 16)],
    ['Sigrun Haldorsen', 'sigrun.h@live.no', P('37' + digits(4), 15)],
  ];
  add({
    kind: 'payment',
    lang: 'en',
    template: 'order-export-csv',
    cats: ['PCI', 'PII'],
    body: chat(
      `Convert this legacy order export to JSON lines. (Yes, I know the card column shouldn't be there; we're fixing it.)\n\norder_id,customer,email,card_number,amount\n${rows.map((r, i) => `SO-${88120 + i},${r[0]},${r[1]},${r[2]},${(ri(2000, 30000) / 100).toFixed(2)}`).join('\n')}`,
    ),
  });
}
{
  const p = P('4' + digits(5), 16);
  const W = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const spoken = p
    .match(/.{4}/g)
    .map((g) =>
      g
        .split('')
        .map((c) => W[+c])
        .join(' '),
    )
    .join(', ');
  add({
    kind: 'payment',
    lang: 'en',
    template: 'call-transcript-spoken',
    cats: ['PCI'],
    body: chat(
      `Summarise this call transcript for QA (agent performance only):\n\nAgent: Thanks for holding. Could you read me the long number on the front of the card?\nCaller: Sure, it's ${spoken}.\nAgent: And the expiry?\nCaller: Oh-nine, twenty-seven.\nAgent: Thank you, the payment of sixty-four dollars has gone through.`,
    ),
  });
}
{
  const p = P('34' + digits(4), 15);
  add({
    kind: 'payment',
    lang: 'fr',
    template: 'refund-amex-fr',
    cats: ['PCI'],
    body: chat(
      `Rédige une réponse au client : le remboursement de 219 € a été émis le 02/12 sur la carte American Express ${amexFmt(p)} et apparaîtra sous 5 à 10 jours ouvrés.`,
    ),
  });
}
add({
  kind: 'code',
  lang: 'en',
  template: 'stripe-test-card',
  cats: ['PCI'],
  body: chat(
    `My Stripe integration test fails with "card_declined" when I use 4000 0000 0000 0002, but passes with 4242 4242 4242 4242. Is that expected in test mode, and how do I simulate insufficient funds?`,
    { model: 'code-assist' },
  ),
});
if (!luhnValid('4000000000000002') || !luhnValid('4242424242424242')) throw new Error('test pans');
{
  const p = P('6011' + digits(2), 16);
  add({
    kind: 'payment',
    lang: 'es',
    template: 'discover-es',
    cats: ['PCI'],
    body: chat(
      `Un cliente escribe: «Me cobraron dos veces el pedido 55201 en mi tarjeta Discover ${group4(p)}». Redacta una respuesta pidiendo disculpas y confirmando la devolución del cargo duplicado.`,
    ),
  });
}
{
  const p = P('4' + digits(5), 16);
  const tcid = 'call_' + fromSet(ALNUM, 24);
  add({
    kind: 'agent',
    lang: 'en',
    template: 'toolcall-charge',
    cats: ['PCI'],
    where: 'tool_calls.arguments',
    body: {
      model: 'auto',
      messages: [
        { role: 'user', content: 'Retry the failed payment for invoice INV-40213 with the card on the form.' },
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: tcid,
              type: 'function',
              function: {
                name: 'charge_card',
                arguments: JSON.stringify({ invoice: 'INV-40213', card_number: p, exp_month: 4, exp_year: 2029, amount_cents: 45900 }),
              },
            },
          ],
        },
        { role: 'tool', tool_call_id: tcid, content: '{"status":"succeeded"}' },
      ],
      tools: [
        {
          type: 'function',
          function: {
            name: 'charge_card',
            description: 'Charge a card for an invoice',
            parameters: {
              type: 'object',
              properties: {
                invoice: { type: 'string' },
                card_number: { type: 'string' },
                exp_month: { type: 'integer' },
                exp_year: { type: 'integer' },
                amount_cents: { type: 'integer' },
              },
            },
          },
        },
      ],
    },
  });
}
{
  const p = P('5' + ri(1, 5) + digits(4), 16);
  add({
    kind: 'payment',
    lang: 'en',
    template: 'metadata-pan',
    cats: ['PCI'],
    where: 'metadata',
    body: chat(`Write a one-line status update: order 77-3312 is packed and will ship tomorrow.`, {
      extra: { metadata: { order: '77-3312', payment_ref: p, channel: 'phone' } },
    }),
  });
}
{
  const p = P('4' + digits(5), 16);
  const enc = [...group4(p)].map((c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()).join('');
  add({
    kind: 'code',
    lang: 'en',
    template: 'urlencoded-pan',
    cats: ['PCI'],
    encoding: 'url',
    body: chat(
      `Our legacy payment page redirects to this URL and the PSP rejects it. Why?\n\nhttps://pay.legacy-shop.internal/return?status=ok&cc=${enc}&exp=1128&amt=59.90`,
    ),
  });
}
{
  const p = P('5' + ri(1, 5) + digits(4), 16);
  add({
    kind: 'payment',
    lang: 'it',
    template: 'reclamo-it',
    cats: ['PCI', 'PII'],
    body: chat(
      `Riassumi il reclamo: «Sono Tiziana Marcolongo, ho pagato l'abbonamento annuale con la carta ${group4(p)} ma mi è stato addebitato due volte l'importo di 89 €. Chiedo il rimborso immediato.»`,
    ),
  });
}
{
  const p = P('4' + digits(5), 16);
  add({
    kind: 'payment',
    lang: 'nl',
    template: 'chat-creditcard-nl',
    cats: ['PCI'],
    body: chat(
      `Vertaal dit chatbericht naar het Engels voor de escalatie:\n\n"Mijn betaling van €64,95 is mislukt maar wel afgeschreven. Creditcard ${p}, vervaldatum 03/29. Wat moet ik doen?"`,
    ),
  });
}
{
  const p = P('2' + ri(221, 720) + digits(2), 16);
  add({
    kind: 'code',
    lang: 'en',
    template: 'gateway-debug-log',
    cats: ['PCI'],
    body: chat(
      `Why does the PSP return 05 "Do not honour"? Debug log:\n\n2026-12-03T09:12:44.118Z DEBUG psp-client request={"merchant":"M-44120","amount":12900,"currency":"EUR","pan":"${p}","exp":"0730","cvv_present":true}\n2026-12-03T09:12:44.902Z DEBUG psp-client response={"code":"05","message":"Do not honour"}`,
    ),
  });
}

// =====================================================================
// CREDENTIALS (restricted): literal secret values
// =====================================================================
add({
  kind: 'code',
  lang: 'en',
  template: 'traceback-stripe-key',
  cats: ['CREDENTIALS'],
  body: chat(
    `Getting this in production, what's wrong?\n\nTraceback (most recent call last):\n  File "/srv/shop/payments/refunds.py", line 42, in issue_refund\n    stripe.Refund.create(payment_intent=pi_id, api_key="${stripeLive()}")\n  File "/usr/local/lib/python3.12/site-packages/stripe/_api_resource.py", line 117, in create\nstripe._error.InvalidRequestError: Request req_${fromSet(ALNUM, 14)}: This PaymentIntent does not have a successful charge to refund.`,
    { model: 'code-assist' },
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'curl-openai-bearer',
  cats: ['CREDENTIALS'],
  body: chat(
    `This curl works from my laptop but times out from the CI runner. Any idea?\n\ncurl https://api.openai.com/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${openaiKey()}" \\\n  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}]}'`,
  ),
});
add({
  kind: 'config',
  lang: 'en',
  template: 'dotenv-file',
  cats: ['CREDENTIALS'],
  body: chat(
    `Why does dotenv load an empty REDIS_URL from this .env?\n\nNODE_ENV=production\nDATABASE_URL=postgresql://shop_app:${password()}@pg-prod-01.internal:5432/shop\nAWS_ACCESS_KEY_ID=${awsKeyId()}\nAWS_SECRET_ACCESS_KEY=${awsSecret()}\nREDIS_URL= redis://cache.internal:6379/0\nSENTRY_DSN=https://${fromSet(HEX, 32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`,
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'ci-log-npm-token',
  cats: ['CREDENTIALS'],
  body: chat(
    `Our release job printed this, then failed. What happened?\n\nRun echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > ~/.npmrc && cat ~/.npmrc\n//registry.npmjs.org/:_authToken=${ghToken('npm_')}\nRun npm publish\nnpm ERR! code E403\nnpm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@acme-internal%2fui-kit - You cannot publish over the previously published versions: 3.4.1.`,
  ),
});
add({
  kind: 'config',
  lang: 'en',
  template: 'pem-ssh-key',
  cats: ['CREDENTIALS'],
  body: chat(
    `ssh says "Load key "deploy_key": invalid format". Here's the key file I'm using for the deploy user — is the header wrong?\n\n${pemKey('RSA PRIVATE KEY', 14)}`,
  ),
});
add({
  kind: 'webhook',
  lang: 'en',
  template: 'slack-webhook',
  cats: ['CREDENTIALS'],
  body: chat(
    `The alert never shows up in #ops-alerts. Alertmanager receiver config:\n\nreceivers:\n  - name: ops-slack\n    slack_configs:\n      - api_url: ${slackWebhook()}\n        channel: '#ops-alerts'\n        send_resolved: true`,
  ),
});
add({
  kind: 'personal',
  lang: 'de',
  template: 'wifi-password-de',
  cats: ['CREDENTIALS'],
  body: chat(
    `Schreib eine kurze Willkommensnachricht für die neuen Werkstudenten im Münchner Büro und nenn darin das WLAN: Netz „BH-Office“, Passwort ${password()}. Bitte auch erwähnen, dass die Kaffeemaschine im 3. OG steht.`,
  ),
});
add({
  kind: 'code',
  lang: 'en',
  template: 'git-remote-pat',
  cats: ['CREDENTIALS'],
  body: chat(
    `git push fails with "remote: Support for password authentication was removed". My remote is:\n\norigin  https://build-bot:${ghToken('ghp_')}@github.com/acme-internal/platform-infra.git (push)\n\nWhat should I change?`,
  ),
});
add({
  kind: 'networking',
  lang: 'en',
  template: 'jwt-access-log',
  cats: ['CREDENTIALS'],
  body: chat(
    `Why is the API gateway returning 401 for this request even though the token hasn't expired?\n\n10.20.4.9 - POST /internal/v2/settlements 401 headers={"authorization":"Bearer ${jwt({ sub: 'svc-settlement', scope: 'settlements:write', iat: 1796630400, exp: 1796716800, iss: 'https://auth.internal.acme' })}"}`,
  ),
});
add({
  kind: 'connection-string',
  lang: 'en',
  template: 'azure-storage-conn',
  cats: ['CREDENTIALS'],
  body: chat(
    `Function app can't reach the blob container. appsettings:\n\n"AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmeexportsprod;AccountKey=${azureKey()};EndpointSuffix=core.windows.net"`,
  ),
});
add({
  kind: 'agent',
  lang: 'en',
  template: 'tool-param-default-key',
  cats: ['CREDENTIALS'],
  where: 'tools.parameters',
  body: chat(`Look up the current exchange rate EUR→CHF.`, {
    extra: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'fx_rate',
            description: 'Get an FX rate from the rates provider',
            parameters: {
              type: 'object',
              properties: { pair: { type: 'string' }, api_key: { type: 'string', default: googleKey() } },
              required: ['pair'],
            },
          },
        },
      ],
    },
  }),
});
add({
  kind: 'agent',
  lang: 'en',
  template: 'tool-description-key',
  cats: ['CREDENTIALS'],
  where: 'tools.description',
  body: chat(`Translate the release notes for v3.2 into French using the translation tool.`, {
    extra: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'translate_doc',
            description: `Calls the internal translation proxy. Always send header x-api-key: ${anthropicKey()}`,
            parameters: { type: 'object', properties: { text: { type: 'string' }, target: { type: 'string' } } },
          },
        },
      ],
    },
  }),
});
add({
  kind: 'agent',
  lang: 'en',
  template: 'unknown-field-bearer',
  cats: ['CREDENTIALS'],
  where: 'unknown_field',
  body: chat(`Give me five subject lines for the December newsletter about our new warehouse in Leipzig.`, {
    extra: { debug_context: { upstream: 'mailer-svc', upstream_authorization: 'Bearer ' + sendgridKey() } },
  }),
});
{
  const pw = password();
  add({
    kind: 'config',
    lang: 'en',
    template: 'k8s-secret-base64',
    cats: ['CREDENTIALS'],
    encoding: 'base64',
    body: chat(
      `The pod crash-loops with "password authentication failed". Is the secret encoded correctly?\n\napiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-db\ntype: Opaque\ndata:\n  username: ${b64('orders_svc')}\n  password: ${b64(pw)}\n  host: ${b64('orders-pg.prod.svc.cluster.local')}`,
    ),
  });
}
add({
  kind: 'networking',
  lang: 'en',
  template: 'basic-auth-header',
  cats: ['CREDENTIALS'],
  encoding: 'base64',
  body: chat(
    `The legacy SOAP endpoint rejects our call with 401. Request dump:\n\nPOST /ws/InventoryService HTTP/1.1\nHost: erp-gw.internal:8443\nAuthorization: Basic ${b64('svc_inventory:' + password())}\nContent-Type: text/xml; charset=utf-8\nSOAPAction: "urn:GetStockLevels"`,
  ),
});
add({
  kind: 'personal',
  lang: 'fr',
  template: 'vpn-password-fr',
  cats: ['CREDENTIALS'],
  body: chat(
    `Le VPN de l'entreprise refuse ma connexion depuis ce matin. Identifiant : vpn-compta-07, mot de passe : ${password()}. Le message est « AUTH_FAILED ». Que dois-je vérifier avant d'appeler le support ?`,
  ),
});
add({
  kind: 'code',
  lang: 'es',
  template: 'sendgrid-es',
  cats: ['CREDENTIALS'],
  body: chat(
    `¿Por qué este código no envía correos? No da error.\n\nconst sgMail = require('@sendgrid/mail');\nsgMail.setApiKey('${sendgridKey()}');\nsgMail.send({ to: 'pedidos@fontalba.es', from: 'no-reply@fontalba.es', subject: 'Nuevo pedido', text: 'Pedido 55201' });`,
  ),
});
add({
  kind: 'connection-string',
  lang: 'it',
  template: 'mongo-srv-it',
  cats: ['CREDENTIALS'],
  body: chat(
    `Perché Mongoose non si connette? Errore: "querySrv ENOTFOUND".\n\nmongoose.connect('mongodb+srv://catalogo_app:${password()}@cluster0.ab3xk.mongodb.net/catalogo?retryWrites=true&w=majority')`,
  ),
});

// =====================================================================
// checks and output
// =====================================================================
function texts(x, out = []) {
  if (typeof x === 'string') out.push(x);
  else if (Array.isArray(x)) x.forEach((y) => texts(y, out));
  else if (x && typeof x === 'object') Object.values(x).forEach((y) => texts(y, out));
  return out;
}
function decodeAll(s) {
  let t = s;
  try {
    t = decodeURIComponent(t);
  } catch {}
  t = t.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n));
  const extra = [];
  for (const m of t.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)) {
    const d = Buffer.from(m[0], 'base64').toString('utf8');
    if (/^[\x20-\x7e\n\u00a0-\u024f—]+$/.test(d)) extra.push(d);
  }
  return [t, ...extra].join('\n');
}
function luhnRuns(s) {
  const hits = [];
  for (const m of s.matchAll(/(?<![A-Za-z0-9])\d(?:[ -]?\d){12,18}(?![0-9])/g)) {
    const d = m[0].replace(/\D/g, '');
    if (d.length >= 13 && d.length <= 19 && luhnValid(d)) hits.push(m[0]);
  }
  return hits;
}
const problems = [];
for (const c of cases) {
  const all = decodeAll(texts(c.body).join('\n'));
  const runs = luhnRuns(all);
  const isPci = c.expected.categories.includes('PCI');
  if (!isPci && runs.length) problems.push(`${c.id}: Luhn-valid digit run ${JSON.stringify(runs)}`);
  if (c.expected.level === 'public' && (c.where || c.encoding)) problems.push(`${c.id}: public case with where/encoding`);
  for (const m of all.matchAll(/\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b/g)) {
    if (/^(DE|FR|ES|NL|IT|PT|GB)/.test(m[1]) && !ibanValid(m[1])) problems.push(`${c.id}: invalid IBAN ${m[1]}`);
  }
}
for (const p of PANS) if (!luhnValid(p)) problems.push('bad PAN ' + p);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

mkdirSync('/tmp/h5', { recursive: true });
writeFileSync('/tmp/h5/h5-cases.jsonl', cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
const tally = (f) =>
  cases.reduce((m, c) => {
    const k = f(c);
    if (k != null) m[k] = (m[k] || 0) + 1;
    return m;
  }, {});
console.log('cases', cases.length);
console.log(
  'level',
  tally((c) => c.expected.level),
);
console.log(
  'category sets',
  tally((c) => c.expected.categories.join('+') || 'none'),
);
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
