// Shared helpers for bench/requests/gen.mjs: a fixed-seed PRNG, word lists per language, and
// generators for real-world identifier formats (with their checksums where they exist).
// Nothing here is read from the gateway's detector; formats follow the public standards.

let state = 0x5eed2026;
export function reseed(s) {
  state = s >>> 0;
}
/** mulberry32 */
export function rnd() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
export const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
export const pick = (a) => a[Math.floor(rnd() * a.length)];
export const chance = (p) => rnd() < p;
export const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
export const nzdigits = (n) => String(int(1, 9)) + digits(n - 1);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const chars = (n, set = ALNUM) => Array.from({ length: n }, () => set[int(0, set.length - 1)]).join('');
export const hex = (n) => chars(n, '0123456789abcdef');
export const pad = (n, w = 2) => String(n).padStart(w, '0');
export const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
export const b64url = (s) => Buffer.from(s, 'utf8').toString('base64url');
export function shuffle(a) {
  const r = a.slice();
  for (let i = r.length - 1; i > 0; i--) {
    const j = int(0, i);
    [r[i], r[j]] = [r[j], r[i]];
  }
  return r;
}

// ---------------------------------------------------------------- people and places
export const FIRST = {
  en: ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'Robert', 'Ashley', 'Daniel', 'Megan', 'Kevin', 'Laura', 'Brian', 'Olivia', 'Gregory', 'Hannah'],
  de: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Sophie', 'Tobias', 'Katrin', 'Matthias', 'Sabine', 'Jürgen', 'Ursula'],
  fr: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Théo', 'Léa', 'Julien', 'Élodie', 'Nicolas', 'Sylvie', 'Thierry'],
  es: ['Lucía', 'Javier', 'Carmen', 'Alejandro', 'Marta', 'Sergio', 'Paula', 'Andrés', 'Elena', 'Diego', 'Rocío', 'Iñaki'],
  it: ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Matteo', 'Sara', 'Alessandro', 'Federica', 'Davide'],
  nl: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Joris', 'Femke', 'Thijs', 'Eva', 'Maarten', 'Anouk'],
};
export const LAST = {
  en: ['Thompson', 'Whitaker', 'Delgado', 'Okafor', 'Brennan', 'Hughes', 'Kowalski', 'Patel', 'Morrison', 'Fitzgerald', 'Nguyen', 'Caldwell', 'Holloway', 'Ramirez'],
  de: ['Müller', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Schäfer', 'Köhler', 'Richter', 'Wagner', 'Brandt', 'Vogel'],
  fr: ['Dubois', 'Lefebvre', 'Moreau', 'Girard', 'Fontaine', 'Rousseau', 'Lambert', 'Bonnet', 'Mercier', 'Faure', 'Chevalier', 'Perrin'],
  es: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Ruiz', 'Jiménez', 'Ortega', 'Castillo'],
  it: ['Rossi', 'Bianchi', 'Colombo', 'Ferrari', 'Esposito', 'Ricci', 'Greco', 'Bruno', 'Marino', 'Conti'],
  nl: ['de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'van Dijk'],
};
const ADDR = {
  en: () => `${int(12, 4890)} ${pick(['Maple Avenue', 'Oak Street', 'Elm Drive', 'Cedar Lane', 'Willow Court', 'Harbor Road', 'Birchwood Terrace', 'Lincoln Blvd'])}${chance(0.3) ? `, Apt ${int(1, 24)}${pick(['A', 'B', 'C'])}` : ''}, ${pick(['Springfield, IL 62704', 'Worcester, MA 01608', 'Boise, ID 83702', 'Tacoma, WA 98402', 'Dayton, OH 45402', 'Tucson, AZ 85701', 'Raleigh, NC 27601'])}`,
  de: () => `${pick(['Lindenstraße', 'Goethestraße', 'Bahnhofstraße', 'Am Rosengarten', 'Schillerweg', 'Hauptstraße', 'Birkenallee'])} ${int(1, 140)}${chance(0.2) ? 'a' : ''}, ${pick(['10115 Berlin', '80331 München', '50667 Köln', '04109 Leipzig', '28195 Bremen', '70173 Stuttgart', '90402 Nürnberg'])}`,
  fr: () => `${int(1, 120)} ${pick(['rue des Lilas', 'avenue Victor Hugo', 'rue de la République', 'chemin du Moulin', 'boulevard Pasteur', 'impasse des Tilleuls'])}, ${pick(['69003 Lyon', '31000 Toulouse', '44000 Nantes', '33000 Bordeaux', '75011 Paris', '13006 Marseille'])}`,
  es: () => `${pick(['Calle Mayor', 'Calle de Alcalá', 'Avenida del Sol', 'Gran Vía', 'Calle de la Paz', 'Paseo de la Castellana'])} ${int(1, 220)}, ${pick(['3º B', '1º A', '2º izq.', 'bajo'])}, ${pick(['28013 Madrid', '41001 Sevilla', '46002 Valencia', '50001 Zaragoza', '08007 Barcelona'])}`,
  it: () => `Via ${pick(['Garibaldi', 'Roma', 'Dante Alighieri', 'Alessandro Manzoni', 'Giuseppe Verdi', 'Cavour'])} ${int(1, 180)}, ${pick(['20121 Milano', '10121 Torino', '40121 Bologna', '50122 Firenze', '00184 Roma'])}`,
  nl: () => `${pick(['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsweg', 'Prinsengracht', 'Lindelaan'])} ${int(1, 310)}, ${pick(['1012 AB Amsterdam', '3011 CD Rotterdam', '3511 EF Utrecht', '2511 GH Den Haag', '5611 KL Eindhoven'])}`,
};
const UK_ADDR = () => `${int(1, 220)} ${pick(['Victoria Road', 'Church Lane', 'Mill Street', 'Queens Drive', 'Park Avenue'])}, ${pick(['Leeds LS6 2QD', 'Bristol BS7 8PL', 'Manchester M14 5RT', 'Norwich NR2 3HG', 'Cardiff CF24 4AN'])}`;
const STRIP = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\s+/g, '').toLowerCase();
const MAIL = { en: ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'comcast.net'], de: ['web.de', 'gmx.de', 't-online.de', 'posteo.de'], fr: ['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr'], es: ['gmail.com', 'hotmail.es', 'telefonica.net', 'yahoo.es'], it: ['libero.it', 'virgilio.it', 'tiscali.it'], nl: ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl'] };
const MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};

/** A person with everything a template might need, formatted for a language. */
export function person(lang = 'en', opts = {}) {
  const L = FIRST[lang] ? lang : 'en';
  const first = pick(FIRST[L]);
  const last = pick(LAST[L]);
  const sex = ['Emily', 'Sarah', 'Jessica', 'Ashley', 'Megan', 'Laura', 'Olivia', 'Hannah', 'Anna', 'Lea', 'Sophie', 'Katrin', 'Sabine', 'Ursula', 'Camille', 'Chloé', 'Manon', 'Léa', 'Élodie', 'Sylvie', 'Lucía', 'Carmen', 'Marta', 'Paula', 'Elena', 'Rocío', 'Giulia', 'Francesca', 'Chiara', 'Sara', 'Federica', 'Sanne', 'Lotte', 'Femke', 'Eva', 'Anouk'].includes(first) ? 'F' : 'M';
  const y = int(opts.minYear ?? 1936, opts.maxYear ?? 2004);
  const m = int(1, 12);
  const d = int(1, 28);
  const dom = pick(MAIL[L]);
  const emailStyle = int(0, 3);
  const f = STRIP(first), l = STRIP(last);
  const email = [`${f}.${l}@${dom}`, `${f[0]}${l}${int(1, 99)}@${dom}`, `${f}${l}${y % 100}@${dom}`, `${l}.${f}@${dom}`][emailStyle];
  return {
    first, last, sex, name: `${first} ${last}`, email, y, m, d, age: 2026 - y,
    dob: fmtDate(lang, y, m, d), dobIso: `${y}-${pad(m)}-${pad(d)}`, dobHl7: `${y}${pad(m)}${pad(d)}`,
    phone: phone(lang), address: (ADDR[L] ?? ADDR.en)(), ukAddress: UK_ADDR(),
    title: { en: sex === 'F' ? 'Ms.' : 'Mr.', de: sex === 'F' ? 'Frau' : 'Herr', fr: sex === 'F' ? 'Mme' : 'M.', es: sex === 'F' ? 'Sra.' : 'Sr.', it: sex === 'F' ? 'Sig.ra' : 'Sig.', nl: sex === 'F' ? 'mevrouw' : 'meneer' }[L],
  };
}
export function fmtDate(lang, y, m, d) {
  switch (lang) {
    case 'de': return chance(0.6) ? `${pad(d)}.${pad(m)}.${y}` : `${d}. ${MONTHS.de[m - 1]} ${y}`;
    case 'fr': return chance(0.6) ? `${pad(d)}/${pad(m)}/${y}` : `${d} ${MONTHS.fr[m - 1]} ${y}`;
    case 'es': return chance(0.6) ? `${pad(d)}/${pad(m)}/${y}` : `${d} de ${MONTHS.es[m - 1]} de ${y}`;
    case 'it': return `${pad(d)}/${pad(m)}/${y}`;
    case 'nl': return chance(0.5) ? `${pad(d)}-${pad(m)}-${y}` : `${d} ${MONTHS.nl[m - 1]} ${y}`;
    default: return pick([`${pad(m)}/${pad(d)}/${y}`, `${MONTHS.en[m - 1]} ${d}, ${y}`, `${y}-${pad(m)}-${pad(d)}`]);
  }
}
/** A near-future date (appointments, admissions): not personal on its own. */
export function someDate(lang) {
  return fmtDate(lang, int(2025, 2026), int(1, 12), int(1, 28));
}
export function phone(lang) {
  switch (lang) {
    case 'de': return pick([`+49 ${pick(['30', '89', '221', '40', '711'])} ${digits(3)} ${digits(4)}`, `0${pick(['151', '160', '171', '176'])} ${digits(7)}`]);
    case 'fr': return pick([`06 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`, `+33 7 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`]);
    case 'es': return `+34 6${digits(2)} ${digits(3)} ${digits(3)}`;
    case 'it': return `+39 3${digits(2)} ${digits(3)} ${digits(4)}`;
    case 'nl': return pick([`06-${digits(8)}`, `+31 6 ${digits(4)} ${digits(4)}`]);
    default: return pick([`(${pick(['617', '312', '415', '206', '512', '303', '919'])}) ${int(201, 549)}-${digits(4)}`, `+1 ${pick(['646', '720', '858', '480'])} ${int(201, 549)} ${digits(4)}`]);
  }
}

// ---------------------------------------------------------------- identifiers with checksums
export function luhnDigit(body) {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export const luhnValid = (num) => luhnDigit(num.slice(0, -1)) === num.slice(-1);
export const TEST_PANS = ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '4242424242424242', '5105105105105100', '371449635398431', '4012888888881881', '6011000990139424', '5200828282828210'];
export function pan(brand = pick(['visa', 'mc', 'amex', 'disc', 'visa', 'mc'])) {
  if (chance(0.35)) return pick(TEST_PANS);
  const pre = { visa: '4' + digits(5), mc: String(int(51, 55)) + digits(4), amex: pick(['34', '37']) + digits(4), disc: '6011' + digits(2) }[brand];
  const len = brand === 'amex' ? 15 : 16;
  const body = pre + digits(len - 1 - pre.length);
  return body + luhnDigit(body);
}
/** A 16-digit number that fails Luhn (order numbers, tracking ids). */
export function nonLuhn16() {
  const body = '4' + digits(14);
  const good = Number(luhnDigit(body));
  return body + String((good + int(1, 9)) % 10);
}
export function fmtPan(p, style = int(0, 2)) {
  if (p.length === 15) return style === 0 ? p : `${p.slice(0, 4)} ${p.slice(4, 10)} ${p.slice(10)}`;
  if (style === 0) return p;
  const sep = style === 1 ? ' ' : '-';
  return p.match(/.{4}/g).join(sep);
}
export const expiry = () => `${pad(int(1, 12))}/${int(27, 31)}`;
export const cvv = (p) => (p && p.length === 15 ? digits(4) : digits(3));

export function ssn() {
  let a;
  do a = int(101, 665); while (a === 666);
  return `${a}-${pad(int(1, 99))}-${pad(int(1, 9999), 4)}`;
}
export function nhs() {
  for (;;) {
    const b = nzdigits(9);
    let s = 0;
    for (let i = 0; i < 9; i++) s += Number(b[i]) * (10 - i);
    const c = 11 - (s % 11);
    if (c === 10) continue;
    const n = b + (c === 11 ? '0' : String(c));
    return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
}
export function npi() {
  const b = '1' + digits(8);
  return b + luhnDigit('80840' + b);
}
export function mbi() {
  const A = 'ACDEFGHJKMNPQRTUVWXY', AN = A + '0123456789', N = '0123456789';
  const c = (set) => set[int(0, set.length - 1)];
  return `${c('123456789')}${c(A)}${c(AN)}${c(N)}-${c(A)}${c(AN)}${c(N)}-${c(A)}${c(A)}${c(N)}${c(N)}`;
}
export const mrn = () => pick([`${digits(8)}`, `MR${digits(7)}`, `${pad(int(1, 99))}-${digits(6)}`, `${nzdigits(7)}`]);
export function dea(lastInitial = 'M') {
  const b = pick(['A', 'B', 'F', 'M']) + lastInitial.toUpperCase();
  const d = digits(6);
  const s = Number(d[0]) + Number(d[2]) + Number(d[4]) + 2 * (Number(d[1]) + Number(d[3]) + Number(d[5]));
  return b + d + String(s % 10);
}
function mod97(str) {
  let r = 0;
  for (const ch of str) r = (r * 10 + Number(ch)) % 97;
  return r;
}
export function iban(country = 'DE') {
  const bban = {
    DE: () => digits(8) + digits(10),
    FR: () => digits(10) + digits(11) + digits(2),
    ES: () => digits(20),
    NL: () => pick(['ABNA', 'INGB', 'RABO', 'SNSB']) + digits(10),
    IT: () => pick(['X', 'K', 'M']) + '0' + digits(4) + digits(5) + digits(12),
    GB: () => pick(['NWBK', 'BARC', 'LOYD', 'MIDL']) + digits(6) + digits(8),
  }[country]();
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = pad(98 - mod97(numeric));
  const raw = country + check + bban;
  return raw.match(/.{1,4}/g).join(' ');
}
export function dni() {
  const n = int(10000000, 99999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}
export function bsn() {
  for (;;) {
    const d = nzdigits(8);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
    const c = s % 11;
    if (c < 10) return d + String(c);
  }
}
export function nir(p) {
  const sex = p?.sex === 'F' ? '2' : '1';
  const body = `${sex}${pad((p?.y ?? 1970) % 100)}${pad(p?.m ?? int(1, 12))}${pad(int(1, 95))}${pad(int(1, 999), 3)}${pad(int(1, 999), 3)}`;
  const key = 97 - Number(BigInt(body) % 97n);
  return `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10, 13)} ${pad(key)}`;
}
export function steuerId() {
  // ISO 7064 MOD 11,10 check digit over 10 digits
  const d = nzdigits(10);
  let p = 10;
  for (const ch of d) {
    let s = (Number(ch) + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  const c = (11 - p) % 10;
  return d + String(c);
}
export function kvnr() {
  const letter = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[int(0, 25)];
  const num = nzdigits(8);
  const all = pad(letter.charCodeAt(0) - 64) + num;
  let s = 0;
  for (let i = 0; i < all.length; i++) {
    let v = Number(all[i]) * (i % 2 === 0 ? 1 : 2);
    if (v > 9) v = Math.floor(v / 10) + (v % 10);
    s += v;
  }
  return letter + num + String(s % 10);
}
export const usPassport = () => pick([nzdigits(9), pick(['A', 'C', 'E']) + digits(8)]);
export const ukPassport = () => nzdigits(9);
export const publicIp = () => pick([`${pick([81, 84, 91, 94, 176, 188, 212, 217])}.${int(1, 254)}.${int(0, 254)}.${int(1, 254)}`, `${pick([24, 67, 71, 73, 98, 108])}.${int(1, 254)}.${int(0, 254)}.${int(1, 254)}`]);

// ---------------------------------------------------------------- secrets
const B64CH = ALNUM + '+/';
export const secret = {
  aws: () => ({ id: 'AKIA' + chars(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), key: chars(40, B64CH) }),
  github: () => 'ghp_' + chars(36),
  githubFine: () => 'github_pat_' + chars(22) + '_' + chars(59),
  gitlab: () => 'glpat-' + chars(20, ALNUM + '-_'),
  stripe: () => pick(['sk_live_', 'rk_live_']) + chars(int(24, 40)),
  slackBot: () => `xoxb-${nzdigits(11)}-${nzdigits(13)}-${chars(24)}`,
  slackHook: () => `https://hooks.slack.com/services/T${chars(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B${chars(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/${chars(24)}`,
  discordHook: () => `https://discord.com/api/webhooks/${nzdigits(18)}/${chars(68, ALNUM + '-_')}`,
  teamsHook: () => `https://contoso${int(1, 9)}.webhook.office.com/webhookb2/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}@${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}/IncomingWebhook/${hex(32)}/${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}/V2${chars(40)}`,
  openai: () => 'sk-proj-' + chars(int(56, 74), ALNUM + '-_'),
  anthropic: () => 'sk-ant-api03-' + chars(93, ALNUM + '-_') + 'AA',
  google: () => 'AIza' + chars(35, ALNUM + '-_'),
  sendgrid: () => `SG.${chars(22, ALNUM + '-_')}.${chars(43, ALNUM + '-_')}`,
  twilio: () => ({ sid: 'AC' + hex(32), token: hex(32) }),
  npm: () => 'npm_' + chars(36),
  hf: () => 'hf_' + chars(34),
  password: () => pick([
    () => chars(4) + pick(['#', '!', '$', '%', '&', '*']) + chars(5) + digits(2),
    () => pick(['Sommer', 'Winter', 'Falcon', 'Blue', 'Quartz', 'Tiger']) + pick(['!', '#', '_', '.']) + digits(4) + chars(3),
    () => chars(int(14, 22), ALNUM + '!#%&*-_'),
  ])(),
  jwt: (sub = 'user-' + digits(5)) => {
    const h = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const p = b64url(JSON.stringify({ sub, iat: 1764979200 + int(0, 999999), exp: 1767571200 + int(0, 999999), scope: pick(['read write', 'admin', 'api']) }));
    return `${h}.${p}.${chars(43, ALNUM + '-_')}`;
  },
  pem: (kind = pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'EC PRIVATE KEY'])) => {
    const lines = Array.from({ length: int(6, 12) }, () => chars(64, B64CH));
    const first = kind === 'OPENSSH PRIVATE KEY' ? 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn' : kind === 'RSA PRIVATE KEY' ? 'MIIEpAIBAAKCAQEA' + chars(48, B64CH) : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + chars(14, B64CH);
    return `-----BEGIN ${kind}-----\n${[first, ...lines].join('\n')}\n${chars(int(20, 60), B64CH)}==\n-----END ${kind}-----`;
  },
  azureSas: () => `sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-${pad(int(1, 12))}-${pad(int(1, 28))}T18:${pad(int(0, 59))}:00Z&st=2025-11-01T10:00:00Z&spr=https&sig=${encodeURIComponent(chars(43, B64CH) + '=')}`,
  azureStorageKey: () => chars(86, B64CH) + '==',
};

// ---------------------------------------------------------------- health vocabulary
export const DX = [
  { icd: 'E11.9', en: 'type 2 diabetes mellitus without complications', de: 'Diabetes mellitus Typ 2 ohne Komplikationen', fr: 'diabète de type 2 sans complication', es: 'diabetes mellitus tipo 2 sin complicaciones', it: 'diabete mellito di tipo 2 senza complicanze', nl: 'diabetes mellitus type 2 zonder complicaties' },
  { icd: 'I10', en: 'essential (primary) hypertension', de: 'essentielle Hypertonie', fr: 'hypertension essentielle', es: 'hipertensión esencial', it: 'ipertensione essenziale', nl: 'essentiële hypertensie' },
  { icd: 'J18.9', en: 'community-acquired pneumonia', de: 'ambulant erworbene Pneumonie', fr: 'pneumopathie communautaire', es: 'neumonía adquirida en la comunidad', it: 'polmonite acquisita in comunità', nl: 'pneumonie' },
  { icd: 'I21.4', en: 'NSTEMI', de: 'NSTEMI (Nicht-ST-Hebungsinfarkt)', fr: 'infarctus sans sus-décalage du segment ST', es: 'infarto sin elevación del ST', it: 'infarto NSTEMI', nl: 'NSTEMI' },
  { icd: 'F32.1', en: 'major depressive disorder, single episode, moderate', de: 'mittelgradige depressive Episode', fr: 'épisode dépressif moyen', es: 'episodio depresivo moderado', it: 'episodio depressivo moderato', nl: 'matige depressieve episode' },
  { icd: 'N18.3', en: 'chronic kidney disease stage 3', de: 'chronische Nierenkrankheit Stadium 3', fr: 'maladie rénale chronique stade 3', es: 'enfermedad renal crónica estadio 3', it: 'malattia renale cronica stadio 3', nl: 'chronische nierziekte stadium 3' },
  { icd: 'C50.912', en: 'malignant neoplasm of the left breast', de: 'Mammakarzinom links', fr: 'cancer du sein gauche', es: 'carcinoma de mama izquierda', it: 'carcinoma della mammella sinistra', nl: 'mammacarcinoom links' },
  { icd: 'J45.40', en: 'moderate persistent asthma', de: 'mittelschweres persistierendes Asthma', fr: 'asthme persistant modéré', es: 'asma persistente moderada', it: 'asma persistente moderato', nl: 'matig persisterend astma' },
  { icd: 'I48.91', en: 'atrial fibrillation', de: 'Vorhofflimmern', fr: 'fibrillation auriculaire', es: 'fibrilación auricular', it: 'fibrillazione atriale', nl: 'atriumfibrilleren' },
  { icd: 'K35.80', en: 'acute appendicitis', de: 'akute Appendizitis', fr: 'appendicite aiguë', es: 'apendicitis aguda', it: 'appendicite acuta', nl: 'acute appendicitis' },
  { icd: 'B20', en: 'HIV disease', de: 'HIV-Krankheit', fr: 'infection par le VIH', es: 'enfermedad por VIH', it: 'malattia da HIV', nl: 'hiv-infectie' },
  { icd: 'G40.909', en: 'epilepsy, unspecified', de: 'Epilepsie, nicht näher bezeichnet', fr: 'épilepsie, sans précision', es: 'epilepsia no especificada', it: 'epilessia non specificata', nl: 'epilepsie' },
  { icd: 'O24.419', en: 'gestational diabetes', de: 'Gestationsdiabetes', fr: 'diabète gestationnel', es: 'diabetes gestacional', it: 'diabete gestazionale', nl: 'zwangerschapsdiabetes' },
  { icd: 'M17.11', en: 'primary osteoarthritis of the right knee', de: 'primäre Gonarthrose rechts', fr: 'gonarthrose primaire droite', es: 'gonartrosis primaria derecha', it: 'gonartrosi primaria destra', nl: 'primaire gonartrose rechts' },
];
export const MEDS = [
  ['metformin', ['500 mg PO BID', '1000 mg twice daily', '850 mg 1-0-1']],
  ['lisinopril', ['10 mg PO daily', '20 mg once daily']],
  ['atorvastatin', ['40 mg at night', '20 mg PO qHS']],
  ['apixaban', ['5 mg BID', '2.5 mg twice daily']],
  ['sertraline', ['50 mg daily', '100 mg PO qAM']],
  ['levothyroxine', ['75 mcg daily', '100 µg 1-0-0']],
  ['insulin glargine', ['18 units SC at bedtime', '24 IE abends s.c.']],
  ['amoxicillin/clavulanate', ['875/125 mg PO q12h', '1 g 1-0-1 for 7 days']],
  ['prednisolone', ['40 mg daily, taper by 5 mg every 3 days', '20 mg 1-0-0']],
  ['furosemide', ['40 mg IV BID', '20 mg PO daily']],
  ['methotrexate', ['15 mg once weekly', '10 mg weekly (Mondays)']],
  ['salbutamol', ['100 mcg 2 puffs PRN', '2 Hub bei Bedarf']],
  ['bisoprolol', ['2.5 mg daily', '5 mg 1-0-0']],
  ['tamoxifen', ['20 mg PO daily']],
  ['enoxaparin', ['40 mg SC daily', '1 mg/kg SC q12h']],
];
export const med = () => { const [n, ds] = pick(MEDS); return { name: n, dose: pick(ds), full: `${n} ${pick(ds)}` }; };
export const LABS = [
  { loinc: '4548-4', en: 'Hemoglobin A1c', unit: '%', v: () => (int(55, 112) / 10).toFixed(1), ref: '4.0-5.6' },
  { loinc: '2345-7', en: 'Glucose', unit: 'mg/dL', v: () => String(int(68, 310)), ref: '70-99' },
  { loinc: '2160-0', en: 'Creatinine', unit: 'mg/dL', v: () => (int(6, 38) / 10).toFixed(1), ref: '0.6-1.3' },
  { loinc: '718-7', en: 'Hemoglobin', unit: 'g/dL', v: () => (int(72, 168) / 10).toFixed(1), ref: '12.0-16.0' },
  { loinc: '2823-3', en: 'Potassium', unit: 'mmol/L', v: () => (int(29, 62) / 10).toFixed(1), ref: '3.5-5.1' },
  { loinc: '3016-3', en: 'TSH', unit: 'mIU/L', v: () => (int(1, 140) / 10).toFixed(2), ref: '0.4-4.0' },
  { loinc: '13457-7', en: 'LDL cholesterol (calc)', unit: 'mg/dL', v: () => String(int(62, 221)), ref: '<100' },
  { loinc: '1988-5', en: 'C reactive protein', unit: 'mg/L', v: () => (int(1, 2400) / 10).toFixed(1), ref: '<5.0' },
  { loinc: '6301-6', en: 'INR', unit: '', v: () => (int(9, 46) / 10).toFixed(1), ref: '0.8-1.2' },
  { loinc: '33914-3', en: 'eGFR (MDRD)', unit: 'mL/min/1.73m2', v: () => String(int(18, 110)), ref: '>60' },
  { loinc: '26464-8', en: 'WBC', unit: '10*3/uL', v: () => (int(21, 198) / 10).toFixed(1), ref: '4.5-11.0' },
  { loinc: '2093-3', en: 'Cholesterol total', unit: 'mg/dL', v: () => String(int(140, 290)), ref: '<200' },
];
export const lab = () => { const l = pick(LABS); const v = l.v(); return { ...l, value: v, text: `${l.en} ${v}${l.unit ? ' ' + l.unit : ''}` }; };
export const PROC = {
  en: ['laparoscopic cholecystectomy', 'coronary angiography with stent placement (LAD)', 'colonoscopy with polypectomy', 'total knee arthroplasty', 'CT chest with contrast', 'lumbar puncture', 'cesarean section'],
  de: ['laparoskopische Cholezystektomie', 'Koronarangiographie mit Stentimplantation (RIVA)', 'Koloskopie mit Polypektomie', 'Knie-TEP rechts', 'CT Thorax mit KM', 'Lumbalpunktion'],
  fr: ['cholécystectomie par cœlioscopie', 'coronarographie avec pose de stent', 'coloscopie avec polypectomie', 'prothèse totale de genou', 'scanner thoracique injecté'],
  es: ['colecistectomía laparoscópica', 'coronariografía con implante de stent', 'colonoscopia con polipectomía', 'prótesis total de rodilla', 'TC de tórax con contraste'],
  it: ['colecistectomia laparoscopica', 'coronarografia con impianto di stent', 'colonscopia con polipectomia', 'protesi totale di ginocchio'],
  nl: ['laparoscopische cholecystectomie', 'coronairangiografie met stentplaatsing', 'coloscopie met poliepectomie', 'totale knieprothese'],
};
export const dxText = (dx, lang) => dx[lang] ?? dx.en;
