// h9 held-out request set: PUBLIC TEXT THAT LOOKS PRIVATE, and its private twins.
// Written from SPEC §4 and bench/requests/README.md only (no look at the detector or the other sets).
// Synthetic people and values; every check digit is computed below.
//
// Public cases: encyclopedic, news and school questions about famous people (living and dead) with
// their famous illnesses, causes of death, birth dates and birthplaces; news-wire summaries naming
// officials and CEOs; sports reports; fictional characters and fictional patients; textbook medical
// questions with no patient; company press releases / imprints (registered office, switchboard);
// public agency hotlines; travel questions naming streets and landmarks; code and docs with
// documented placeholder data. Private twins: the same genres about private people.
//
// Every case carries a one-line `note` explaining its label. The README's line format does not list
// a `note` field, so the note stays here in the generator (as documentation next to the case) and is
// NOT written to the .jsonl.
//
// Usage: node bench/requests-heldout/h9-gen.mjs   (Node 20, no dependencies, no network)
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------- fixed-seed PRNG ----------
function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x4839_2009);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const dg = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const pad = (n, w) => String(n).padStart(w, '0');
const hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[ri(0, 15)]).join('');
function shuffle(a) {
  for (let i = a.length - 1; i > 0; i--) {
    const j = ri(0, i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------- identifiers with their check digits ----------
// Luhn check digit for a payload (the digit that is appended on the right).
function luhnDigit(s) {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = +s[s.length - 1 - i];
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === +s.slice(-1);
// Visa PAN, 16 digits, Luhn.
function visa() {
  const b = '4' + dg(14);
  return b + luhnDigit(b);
}
const fmt4 = (s) => s.replace(/(.{4})(?=.)/g, '$1 ');
// Polish PESEL: weights 1,3,7,9,1,3,7,9,1,3; month +20 for 2000-2099; sex digit even = female.
function pesel(y, m, d, female) {
  const mm = m + (y >= 2000 ? 20 : 0);
  const b = pad(y % 100, 2) + pad(mm, 2) + pad(d, 2) + dg(3) + String(female ? 2 * ri(0, 4) : 2 * ri(0, 4) + 1);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = [...b].reduce((a, c, i) => a + +c * w[i], 0);
  return b + ((10 - (s % 10)) % 10);
}
// Swedish personnummer YYYYMMDD-NNNC, Luhn over YYMMDDNNN; 9th digit even = female.
function personnummer(y, m, d, female) {
  const b = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + dg(2) + String(female ? 2 * ri(0, 4) : 2 * ri(0, 4) + 1);
  return `${y}${pad(m, 2)}${pad(d, 2)}-${b.slice(6)}${luhnDigit(b)}`;
}
// Czech rodné číslo YYMMDD/XXXC: the 10-digit number is divisible by 11 (C = first nine mod 11);
// women have month + 50. Serials whose remainder is 10 are skipped.
function rodneCislo(y, m, d, female) {
  for (;;) {
    const b = pad(y % 100, 2) + pad(m + (female ? 50 : 0), 2) + pad(d, 2) + dg(3);
    const c = Number(BigInt(b) % 11n);
    if (c === 10) continue;
    return `${b.slice(0, 6)}/${b.slice(6)}${c}`;
  }
}
// Romanian CNP: S YYMMDD JJ NNN C, weights 279146358279, sum mod 11, 10 -> 1.
function cnp(y, m, d, female, county) {
  const s = y >= 2000 ? (female ? 6 : 5) : female ? 2 : 1;
  const b = `${s}${pad(y % 100, 2)}${pad(m, 2)}${pad(d, 2)}${pad(county, 2)}${pad(ri(1, 999), 3)}`;
  const w = '279146358279';
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += +b[i] * +w[i];
  let c = sum % 11;
  if (c === 10) c = 1;
  return b + c;
}
// Turkish T.C. Kimlik No: d10 = (7*(d1+d3+d5+d7+d9) - (d2+d4+d6+d8)) mod 10; d11 = sum(d1..d10) mod 10.
function tckn() {
  const d = [ri(1, 9)];
  for (let i = 0; i < 8; i++) d.push(ri(0, 9));
  const odd = d[0] + d[2] + d[4] + d[6] + d[8],
    even = d[1] + d[3] + d[5] + d[7];
  d.push((((odd * 7 - even) % 10) + 10) % 10);
  d.push(d.reduce((a, b) => a + b, 0) % 10);
  return d.join('');
}
// Portuguese NIF: weights 9..2, check = 11 - sum mod 11, 10/11 -> 0.
function nifPT() {
  const b = String(ri(1, 2)) + dg(7);
  let s = 0;
  for (let i = 0; i < 8; i++) s += +b[i] * (9 - i);
  let c = 11 - (s % 11);
  if (c >= 10) c = 0;
  return b + c;
}
// Dutch BSN (11-proef): 9*d1 + ... + 2*d8 - d9 ≡ 0 (mod 11).
function bsn() {
  for (;;) {
    const b = String(ri(1, 9)) + dg(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += +b[i] * (9 - i);
    const c = s % 11;
    if (c === 10) continue;
    return b + c;
  }
}
// Spanish DNI: 8 digits + letter TRWAGMYFPDXBNJZSQVHLCKE[n mod 23].
function dni() {
  const n = ri(10000000, 79999999);
  return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`;
}
// French NIR: 13 digits + key 97 - (n mod 97).
function nir(female, yy, mm, dept, commune) {
  const b = `${female ? 2 : 1}${pad(yy, 2)}${pad(mm, 2)}${pad(dept, 2)}${pad(commune, 3)}${pad(ri(1, 999), 3)}`;
  const key = pad(Number(97n - (BigInt(b) % 97n)), 2);
  return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${b.slice(10, 13)} ${key}`;
}
// UK NHS number: weights 10..2, check = 11 - sum mod 11, 11 -> 0, 10 is invalid (skipped).
function nhs() {
  for (;;) {
    const b = String(ri(4, 7)) + dg(8);
    let s = 0;
    for (let i = 0; i < 9; i++) s += +b[i] * (10 - i);
    let c = 11 - (s % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    const n = b + c;
    return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  }
}
// German KVNR: letter + 8 digits + check; letter -> 01..26, weights 1,2,1,2,..., cross sums, mod 10.
function kvnr() {
  const L = String.fromCharCode(65 + ri(0, 25));
  const n = String(ri(1, 9)) + dg(7);
  const digits = pad(L.charCodeAt(0) - 64, 2) + n;
  let s = 0;
  for (let i = 0; i < 10; i++) {
    let p = +digits[i] * (i % 2 === 0 ? 1 : 2);
    if (p > 9) p = Math.floor(p / 10) + (p % 10);
    s += p;
  }
  return L + n + (s % 10);
}
// Brazilian CPF: two mod-11 check digits.
function cpf() {
  const d = Array.from({ length: 9 }, () => ri(0, 9));
  d[0] = ri(1, 9);
  for (const len of [9, 10]) {
    let s = 0;
    for (let i = 0; i < len; i++) s += d[i] * (len + 1 - i);
    const r = s % 11;
    d.push(r < 2 ? 0 : 11 - r);
  }
  const x = d.join('');
  return `${x.slice(0, 3)}.${x.slice(3, 6)}.${x.slice(6, 9)}-${x.slice(9)}`;
}
// German Steuer-ID: 10 digits, one digit twice, one missing, first not 0; check ISO 7064 MOD 11,10.
function steuerId() {
  for (;;) {
    const ds = shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    const arr = shuffle([...ds, ds[ri(0, 8)]]);
    if (arr[0] === 0) continue;
    let p = 10;
    for (const d of arr) {
      let s = (d + p) % 10;
      if (s === 0) s = 10;
      p = (s * 2) % 11;
    }
    let c = 11 - p;
    if (c === 10) c = 0;
    const x = arr.join('') + c;
    return `${x.slice(0, 2)} ${x.slice(2, 5)} ${x.slice(5, 8)} ${x.slice(8)}`;
  }
}
// French SIREN (company number): 8 digits + Luhn digit.
function siren() {
  const b = String(ri(3, 9)) + dg(7);
  const x = b + luhnDigit(b);
  return `${x.slice(0, 3)} ${x.slice(3, 6)} ${x.slice(6)}`;
}
// Spanish CIF for an S.L. (letter B): digit control from doubled odd positions + even positions.
function cifB() {
  const b = dg(7);
  let even = 0,
    odd = 0;
  for (let i = 0; i < 7; i++) {
    const d = +b[i];
    if (i % 2 === 1) even += d;
    else {
      const x = d * 2;
      odd += Math.floor(x / 10) + (x % 10);
    }
  }
  return 'B' + b + ((10 - ((even + odd) % 10)) % 10);
}
// Romanian CUI (company tax id): weights 753217532 right-aligned, sum*10 mod 11, 10 -> 0.
function cuiRO() {
  const b = String(ri(1, 4)) + dg(6);
  const w = '753217532';
  const p = b.padStart(9, '0');
  let s = 0;
  for (let i = 0; i < 9; i++) s += +p[i] * +w[i];
  let c = (s * 10) % 11;
  if (c === 10) c = 0;
  return b + c;
}
// IBAN mod-97 check digits.
function iban(cc, bban) {
  const s = bban + cc + '00';
  const num = [...s].map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch)).join('');
  let r = 0;
  for (const ch of num) r = (r * 10 + +ch) % 97;
  return fmt4(cc + pad(98 - r, 2) + bban);
}

// ---------- case builder ----------
const ORDER = ['PHI', 'PII', 'PCI', 'CREDENTIALS'];
const MODELS = ['gpt-4o-mini', 'auto', 'gpt-4o', 'support-chat', 'auto', 'gpt-4o-mini'];
const cases = [];
const counters = { pub: 0, prv: 0 };
function levelOf(cats) {
  if (cats.some((c) => c === 'PHI' || c === 'PCI' || c === 'CREDENTIALS')) return 'restricted';
  if (cats.includes('PII')) return 'confidential';
  return 'public';
}
const u = (content) => ({ role: 'user', content });
const s = (content) => ({ role: 'system', content });
const a = (content) => ({ role: 'assistant', content });
// add({ t: template, kind, lang, cats, note, m: string | message[], x?: extra body fields, where?, encoding?, model? })
function add(c) {
  if (!c.note) throw new Error(`case without note: ${c.t}`);
  const cats = [...(c.cats || [])].sort((p, q) => ORDER.indexOf(p) - ORDER.indexOf(q));
  const level = levelOf(cats);
  const g = level === 'public' ? 'pub' : 'prv';
  const id = `h9-${g}-${pad(++counters[g], 3)}`;
  const messages = typeof c.m === 'string' ? [u(c.m)] : c.m;
  const model = c.model || pick(MODELS);
  const out = { id, kind: c.kind, lang: c.lang, template: c.t, expected: { level, categories: cats } };
  if (c.where) out.where = c.where;
  if (c.encoding) out.encoding = c.encoding;
  out.body = { model, messages, ...(c.x || {}) };
  cases.push(out);
}
const PHI_PII = ['PHI', 'PII'];
const PII = ['PII'];
const NONE = [];

// =====================================================================================
// PUBLIC: famous people, fiction, textbook medicine, companies, agencies, places, placeholders
// =====================================================================================

// ---- English ----
add({
  t: 'school-homework-head-of-state',
  kind: 'public-fact',
  lang: 'en',
  cats: NONE,
  note: 'FDR is a famous head of state; polio and cause of death are encyclopedic history, no private person.',
  m: 'For my Year 9 history homework: how did Franklin D. Roosevelt catch polio in August 1921 at Campobello, and how did he keep his paralysis out of the newsreels while he was president? He died on 12 April 1945 in Warm Springs, Georgia - was that a cerebral haemorrhage? Please keep it to about 200 words and give me two books I can cite.',
});
add({
  t: 'disease-explainer-via-famous-patients',
  kind: 'health-info',
  lang: 'en',
  cats: NONE,
  note: 'Lou Gehrig and Stephen Hawking are famous; their ALS is public record; the question is textbook neurology.',
  m: 'Lou Gehrig died of ALS in June 1941, two years after his "luckiest man on the face of the earth" speech, while Stephen Hawking (born 8 January 1942 in Oxford) was diagnosed at 21 and lived until 2018. Explain for a general reader why survival with motor neurone disease varies so much - bulbar vs limb onset, respiratory support, and the juvenile forms.',
});
add({
  t: 'newswire-ceo-medical-leave',
  kind: 'news',
  lang: 'en',
  cats: NONE,
  note: 'Steve Jobs was a famous CEO; his 2011 medical-leave memo and pancreatic tumour were worldwide news.',
  m: 'Summarise this wire item in three bullet points for a business-history newsletter:\n\nCUPERTINO, Calif., Jan. 17, 2011 - Apple Inc. chief executive Steve Jobs said on Monday he was taking a medical leave of absence, his second in two years, and that chief operating officer Tim Cook would run day-to-day operations. "At my request, the board of directors has granted me a medical leave of absence so I can focus on my health," Jobs wrote in an e-mail to staff. Jobs, 55, had a liver transplant in 2009 and was treated for a rare pancreatic neuroendocrine tumour in 2004.',
});
add({
  t: 'quote-verification-laureate',
  kind: 'public-fact',
  lang: 'en',
  cats: NONE,
  note: 'Nelson Mandela is a Nobel laureate and head of state; birthplace, birth date and prison TB are encyclopedic.',
  m: 'I keep seeing "It always seems impossible until it is done" attributed to Nelson Mandela. Can you tell me whether that is verified, and give me three quotes that are properly sourced (speech, date)? Also confirm for my slide: born 18 July 1918 in Mvezo, contracted tuberculosis in 1988 while imprisoned, Nobel Peace Prize 1993.',
});
add({
  t: 'royal-health-statement',
  kind: 'news',
  lang: 'en',
  cats: NONE,
  note: 'King Charles III is a head of state whose cancer diagnosis was announced publicly by the Palace.',
  m: 'In February 2024 Buckingham Palace said King Charles III had "a form of cancer" found during his treatment for benign prostate enlargement, and that he would postpone public-facing duties. For an explainer piece, what does "benign prostatic hyperplasia" mean, and why might an unrelated cancer be found during a procedure for it? No speculation about his prognosis, please.',
});
add({
  t: 'football-final-match-report',
  kind: 'sports',
  lang: 'en',
  cats: NONE,
  note: 'Professional footballers in a famous televised final; a player injury in a match report is public sports news.',
  m: 'Write a 150-word match report in the style of a Sunday paper: Euro 2024 final, Olympiastadion Berlin, 14 July 2024. Spain 2-1 England. Nico Williams scored on 47 minutes, Cole Palmer equalised off the bench on 73, Mikel Oyarzabal won it on 86. Rodri did not come out for the second half after picking up a knock, and Dani Olmo cleared off the line late on.',
});
add({
  t: 'tv-fictional-patient',
  kind: 'fiction',
  lang: 'en',
  cats: NONE,
  note: 'Gregory House is a fictional character; his infarction and Vicodin use are plot points, not PHI.',
  m: 'In House M.D., season 1 episode "Three Stories", we learn why Gregory House walks with a cane. What exactly happened to his thigh muscle, why did the diagnosis get missed for three days, and how does his Vicodin habit feed into later seasons? Spoilers are fine.',
});
add({
  t: 'novel-essay-fictional-diagnosis',
  kind: 'fiction',
  lang: 'en',
  cats: NONE,
  note: 'Walter White is fictional; the on-screen address 308 Negra Arroyo Lane and his stage IIIA lung cancer are fiction.',
  m: 'Essay prompt for my media-studies class: "Walter White, a 50-year-old chemistry teacher at 308 Negra Arroyo Lane, Albuquerque, is diagnosed with inoperable stage IIIA lung cancer in the pilot of Breaking Bad." Discuss how the diagnosis works as the inciting incident and how the series uses his remission in season 2. Give me an outline with five paragraphs.',
});
add({
  t: 'textbook-adult-dosing',
  kind: 'health-info',
  lang: 'en',
  cats: NONE,
  note: 'Generic adult dosing question with no patient.',
  m: 'What is the usual oral amoxicillin regimen for an adult with low-severity community-acquired pneumonia in UK guidance, and for how many days? Also, what would be the alternative for a penicillin-allergic adult?',
});
add({
  t: 'lab-value-meaning',
  kind: 'lab',
  lang: 'en',
  cats: NONE,
  note: 'Textbook interpretation of a lab value with no person attached.',
  m: 'Textbook question: what does a serum ferritin of 9 micrograms per litre usually indicate in an adult woman, and why can ferritin look normal in iron deficiency when there is inflammation? What other tests (transferrin saturation, CRP) would a GP usually order alongside it?',
});
add({
  t: 'press-release-registered-office',
  kind: 'business',
  lang: 'en',
  cats: NONE,
  note: 'Company registered office, company number, switchboard and role mailbox are company data, not PII.',
  m: `Tighten this press release boilerplate to 60 words:\n\nAbout Northwind Cobalt plc\nNorthwind Cobalt plc recycles lithium-ion batteries at its plant in Stourton. Registered office: 14 Carlton Quay, Leeds LS1 4AP. Registered in England and Wales, company number 08472116. Switchboard: +44 113 496 0000. Media enquiries: press@northwindcobalt.co.uk. Investor relations: ir@northwindcobalt.co.uk.`,
});
add({
  t: 'public-hotline-poster',
  kind: 'public-fact',
  lang: 'en',
  cats: NONE,
  note: 'National helplines are public agency numbers.',
  m: 'Make a simple A4 poster for our student union noticeboard listing these free helplines: 988 Suicide & Crisis Lifeline (call or text 988, US), Poison Help 1-800-222-1222 (US), NHS 111 (England), Samaritans 116 123 (UK and Ireland). Add one line each on when to call 999/911 instead.',
});
add({
  t: 'literary-walking-tour',
  kind: 'travel',
  lang: 'en',
  cats: NONE,
  note: 'Famous addresses of museums and landmarks, not private residences.',
  m: 'Plan a 3-hour literary walking tour of London starting at the Sherlock Holmes Museum, 221B Baker Street, then the Charles Dickens Museum at 48 Doughty Street, Keats House in Hampstead and ending at the Abbey Road zebra crossing. Tube connections and a coffee stop please.',
});
add({
  t: 'unit-test-documented-placeholders',
  kind: 'code',
  lang: 'en',
  cats: NONE,
  note: 'Documented placeholder data: Jane Doe, example.com, 555-01xx fictional range, 203.0.113.0/24 documentation IP.',
  m: "Write Jest tests for this validator. Use only documented placeholder data: name 'Jane Doe', email jane.doe@example.com, phone '+1 202-555-0143' (the 555-0100..0199 fictional range), client IP 203.0.113.7.\n\n```ts\nexport function validateContact(c: { name: string; email: string; phone: string }) {\n  if (!c.name.trim()) return 'name';\n  if (!/^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$/i.test(c.email)) return 'email';\n  if (!/^\\+?[0-9 ()-]{7,}$/.test(c.phone)) return 'phone';\n  return null;\n}\n```",
});
add({
  t: 'saint-essay-intro',
  kind: 'public-fact',
  lang: 'en',
  cats: NONE,
  note: 'Mother Teresa is a canonised saint; birth, death and heart trouble are encyclopedic.',
  m: 'Write a 200-word introduction for a school essay on Mother Teresa of Calcutta: born Anjezë Gonxhe Bojaxhiu on 26 August 1910 in Skopje, founded the Missionaries of Charity in 1950, had a heart attack in 1989 and a pacemaker fitted, died on 5 September 1997 in Kolkata, and was canonised by Pope Francis in 2016.',
});
add({
  t: 'pub-quiz-system-persona',
  kind: 'public-fact',
  lang: 'en',
  cats: NONE,
  note: 'System message sets a harmless persona; Serena Williams is a famous athlete with publicly reported health events.',
  m: [
    s('You are QuizBot for the Red Lion pub quiz. Only use facts that appeared in mainstream press. Never ask about contestants.'),
    u(
      'Give me five sports-round questions about Serena Williams with answers - for example, the pulmonary embolism she had in 2011, her 2017 Australian Open win while pregnant, and where she was born (Saginaw, Michigan, 26 September 1981).',
    ),
  ],
});
add({
  t: 'newsroom-bot-metadata',
  kind: 'agent',
  lang: 'en',
  cats: NONE,
  note: 'Service-account user id and harmless desk metadata; the content is about famous athletes.',
  m: 'Draft a 2-sentence push alert: Kylian Mbappé will play the rest of Euro 2024 in a mask after breaking his nose against Austria in Düsseldorf on 17 June.',
  x: { user: 'svc-newsdesk-bot', metadata: { desk: 'sports', story_id: '2024-06-18-mbappe-nose', cms: 'arc' } },
});
add({
  t: 'tool-described-encyclopedia',
  kind: 'agent',
  lang: 'en',
  cats: NONE,
  note: 'Harmless tool description; Michael J. Fox is a famous actor with publicly disclosed Parkinson disease.',
  m: "When was Michael J. Fox diagnosed with Parkinson's disease and when did he go public with it? Use the lookup tool.",
  x: {
    tools: [
      {
        type: 'function',
        function: {
          name: 'encyclopedia_lookup',
          description: 'Looks up the lead section of an encyclopedia article about a notable person, place or event. Returns plain text.',
          parameters: {
            type: 'object',
            properties: { title: { type: 'string', description: 'Article title, e.g. "Ada Lovelace"' } },
            required: ['title'],
          },
        },
      },
    ],
    tool_choice: 'auto',
  },
});
add({
  t: 'multi-turn-musician-bio',
  kind: 'public-fact',
  lang: 'en',
  cats: NONE,
  note: 'Multi-turn chat about Freddie Mercury; public biography and his publicly announced illness.',
  m: [
    u('Where was Freddie Mercury born?'),
    a('Freddie Mercury was born Farrokh Bulsara on 5 September 1946 in Stone Town, Zanzibar.'),
    u(
      'And when did he announce he had AIDS? I think it was the day before he died, 24 November 1991 - what did the statement say, and how did it change public awareness in Britain?',
    ),
  ],
});
add({
  t: 'hl7-template-explainer',
  kind: 'hl7',
  lang: 'en',
  cats: NONE,
  note: 'HL7 segment with angle-bracket placeholders only, no person and no identifier.',
  m: 'Explain each field of this PID segment template from our interface spec, and which ones are required for an ADT^A04:\n\nPID|1||<MRN>^^^<ASSIGNING_AUTH>^MR||<FAMILY>^<GIVEN>^<MIDDLE>||<YYYYMMDD>|<SEX>|||<STREET>^^<CITY>^^<POSTCODE>||<PHONE_HOME>',
});
add({
  t: 'newsletter-config-placeholder',
  kind: 'config',
  lang: 'en',
  cats: NONE,
  note: 'Config uses ${VAR} references and a <your-api-key> placeholder; no literal secret.',
  m: 'Why does this docker-compose service for our press-release mailer fail with "API key missing"?\n\n```yaml\nservices:\n  mailer:\n    image: ghcr.io/acme/press-mailer:2.3\n    environment:\n      MAILCHIMP_API_KEY: ${MAILCHIMP_API_KEY}\n      MAILCHIMP_LIST_ID: "<your-list-id>"\n      FROM_ADDRESS: newsroom@example.org\n```\nThe .env file contains `MAILCHIMP_API_KEY=<your-api-key>` for now.',
});

// ---- German ----
add({
  t: 'referat-composer-illness',
  kind: 'public-fact',
  lang: 'de',
  cats: NONE,
  note: 'Beethoven: famous historical composer; deafness and cause of death are encyclopedic.',
  m: 'Ich halte nächste Woche ein Referat über Ludwig van Beethoven (getauft am 17. Dezember 1770 in Bonn, gestorben am 26. März 1827 in Wien). Ab wann wurde er taub, was schrieb er im Heiligenstädter Testament, und was sagt die Forschung heute zur Todesursache - Leberzirrhose, Bleivergiftung oder Hepatitis B? Bitte mit Quellen.',
});
add({
  t: 'racing-driver-accident-summary',
  kind: 'news',
  lang: 'de',
  cats: NONE,
  note: 'Michael Schumacher: famous athlete; his skiing accident is worldwide news.',
  m: 'Fasse für eine Chronik in fünf Sätzen zusammen: Michael Schumacher, geboren am 3. Januar 1969 in Hürth, siebenfacher Formel-1-Weltmeister, stürzte am 29. Dezember 2013 beim Skifahren in Méribel und erlitt ein schweres Schädel-Hirn-Trauma. Er wurde in Grenoble operiert und in ein künstliches Koma versetzt. Die Familie hält seinen Gesundheitszustand seither privat.',
});
add({
  t: 'dpa-chancellor-tremor',
  kind: 'news',
  lang: 'de',
  cats: NONE,
  note: 'Angela Merkel as chancellor; the 2019 trembling episodes were covered by all media; government spokesman named.',
  m: 'Mach aus dieser Agenturmeldung einen neutralen Zweizeiler für den Liveticker:\n\nBERLIN (dpa) - Bundeskanzlerin Angela Merkel hat beim Empfang des ukrainischen Präsidenten Wolodymyr Selenskyj vor dem Kanzleramt minutenlang sichtbar gezittert. Sie habe zu wenig getrunken, sagte Merkel (64) am Abend. Regierungssprecher Steffen Seibert erklärte, es gehe ihr gut.',
});
add({
  t: 'novel-sanatorium-tuberculosis',
  kind: 'fiction',
  lang: 'de',
  cats: NONE,
  note: "Hans Castorp is a fictional patient in Thomas Mann's novel.",
  m: 'Im "Zauberberg" wird bei Hans Castorp im Sanatorium Berghof in Davos eine "feuchte Stelle" auf der Lunge gefunden, und Hofrat Behrens behält ihn da. Wie glaubwürdig ist diese Tuberkulose-Diagnose medizinisch für 1907, und wie nutzt Thomas Mann die Krankheit als Motiv? Für meine Hausarbeit, ca. 300 Wörter.',
});
add({
  t: 'impressum-registered-office',
  kind: 'business',
  lang: 'de',
  cats: NONE,
  note: 'Imprint of a GmbH: registered seat, register number, switchboard and role mailbox; no natural person.',
  m: 'Prüfe dieses Impressum auf Vollständigkeit nach § 5 DDG:\n\nKältetechnik Oberrhein GmbH\nSitz der Gesellschaft: Hafenstraße 27, 77694 Kehl\nRegistergericht: Amtsgericht Freiburg i. Br., HRB 712345\nTelefon (Zentrale): +49 7851 8870-0\nE-Mail: info@kaeltetechnik-oberrhein.de\nVertreten durch die Geschäftsführung',
});
add({
  t: 'textbook-otc-dosing',
  kind: 'health-info',
  lang: 'de',
  cats: NONE,
  note: 'General adult dosing question with no patient.',
  m: 'Wie hoch ist die übliche Tageshöchstdosis von Ibuprofen bei Erwachsenen in der Selbstmedikation, und ab welcher Dosis wirkt es entzündungshemmend? Welche Wechselwirkung mit ASS 100 mg sollte man kennen?',
});
add({
  t: 'hotline-aushang',
  kind: 'public-fact',
  lang: 'de',
  cats: NONE,
  note: 'Public helpline and on-call service numbers.',
  m: 'Formatiere einen Aushang fürs Lehrerzimmer mit: TelefonSeelsorge 0800 111 0 111 und 0800 111 0 222, Ärztlicher Bereitschaftsdienst 116 117, Nummer gegen Kummer 116 111, Giftnotruf Berlin 030 19240, Notruf 112.',
});
add({
  t: 'form-docs-mustermann',
  kind: 'code',
  lang: 'de',
  cats: NONE,
  note: 'Max Mustermann / Musterstraße / Musterstadt is the documented German placeholder identity; example.com.',
  m: 'Schreib mir für die README unseres Formular-Plugins ein Beispiel-JSON für das Kontaktformular mit den üblichen Platzhaltern: Max Mustermann, Musterstraße 1, 12345 Musterstadt, max.mustermann@example.com, Telefon 0123 456789.',
});

// ---- French ----
add({
  t: 'expose-scientifique-nobel',
  kind: 'public-fact',
  lang: 'fr',
  cats: NONE,
  note: 'Marie Curie: Nobel laureate, historical; birth and death from aplastic anaemia are encyclopedic.',
  m: "Pour mon exposé de physique-chimie : Marie Curie, née Maria Skłodowska le 7 novembre 1867 à Varsovie, morte le 4 juillet 1934 à Passy d'une anémie aplasique. Peux-tu expliquer simplement le lien entre son exposition au radium et sa maladie, et pourquoi ses cahiers sont encore radioactifs ?",
});
add({
  t: 'histoire-secret-medical-president',
  kind: 'public-fact',
  lang: 'fr',
  cats: NONE,
  note: 'François Mitterrand: head of state; his concealed cancer is a documented historical affair.',
  m: "Rédige un paragraphe d'histoire politique sur le secret médical de François Mitterrand : cancer de la prostate diagnostiqué en novembre 1981, bulletins de santé falsifiés par le Dr Claude Gubler, révélation en 1992 et décès le 8 janvier 1996. Ton neutre, niveau terminale.",
});
add({
  t: 'peintre-chirurgie-cataracte',
  kind: 'public-fact',
  lang: 'fr',
  cats: NONE,
  note: 'Claude Monet: famous painter; his 1923 cataract surgery is art history.',
  m: "Claude Monet a été opéré de la cataracte en 1923. Est-ce qu'on voit la différence dans les Nymphéas peints avant et après ? Explique aussi ce qu'est la cataracte et pourquoi les couleurs lui paraissaient jaunâtres.",
});
add({
  t: 'roman-epidemie-medecin',
  kind: 'fiction',
  lang: 'fr',
  cats: NONE,
  note: 'Dr Rieux and the plague victims in Camus are fictional.',
  m: "Dans La Peste de Camus, le docteur Bernard Rieux soigne les malades d'Oran pendant l'épidémie et le petit garçon du juge Othon meurt sous le sérum de Castel. Fais-moi une fiche personnage de Rieux pour le bac de français.",
});
add({
  t: 'communique-siege-social',
  kind: 'business',
  lang: 'fr',
  cats: NONE,
  note: 'Company registered office, SIREN (Luhn-valid, 9 digits, not a card) and switchboard are company data.',
  m: `Relis ce bas de communiqué de presse et corrige la typographie :\n\nÀ propos de Lumière Verte SAS - Société par actions simplifiée au capital de 250 000 €, siège social : 12 quai de la Fosse, 44000 Nantes. RCS Nantes ${siren()}. Standard : 02 40 00 00 00. Contact presse : presse@lumiere-verte.fr`,
});
add({
  t: 'flash-info-blessure-sportif',
  kind: 'sports',
  lang: 'fr',
  cats: NONE,
  note: 'Kylian Mbappé: famous footballer; broken nose in a televised match.',
  m: "Écris un flash info radio de 30 secondes : Kylian Mbappé s'est fracturé le nez lors de France-Autriche le 17 juin 2024 à Düsseldorf. Il n'a pas été opéré et jouera avec un masque. Didier Deschamps se veut rassurant.",
});

// ---- Spanish ----
add({
  t: 'museo-pintora-biografia',
  kind: 'public-fact',
  lang: 'es',
  cats: NONE,
  note: 'Frida Kahlo: famous painter; polio, accident and museum address are public.',
  m: 'Voy a visitar la Casa Azul (Londres 247, Coyoacán). ¿Me haces un resumen de la vida de Frida Kahlo? Nació el 6 de julio de 1907, tuvo poliomielitis de niña, sufrió el accidente del autobús el 17 de septiembre de 1925 y murió el 13 de julio de 1954. ¿Qué cuadros tratan de su dolor?',
});
add({
  t: 'nobel-escritor-demencia',
  kind: 'public-fact',
  lang: 'es',
  cats: NONE,
  note: 'Gabriel García Márquez: Nobel laureate; his dementia and lymphoma were reported publicly.',
  m: '¿Es cierto que Gabriel García Márquez tenía demencia en sus últimos años? Sé que nació en Aracataca el 6 de marzo de 1927, que recibió el Nobel en 1982, que superó un linfoma en 1999 y que murió en Ciudad de México el 17 de abril de 2014. Cítame fuentes periodísticas.',
});
add({
  t: 'cronica-lesion-tenista',
  kind: 'sports',
  lang: 'es',
  cats: NONE,
  note: 'Rafael Nadal: famous athlete; his Müller-Weiss syndrome is widely reported.',
  m: 'Redacta una crónica breve para la web del periódico: Rafael Nadal, nacido en Manacor el 3 de junio de 1986, explicó en rueda de prensa que el síndrome de Müller-Weiss en el pie izquierdo le acompaña desde 2005 y que recibe infiltraciones para poder jugar en Roland Garros.',
});
add({
  t: 'clase-literatura-locura',
  kind: 'fiction',
  lang: 'es',
  cats: NONE,
  note: 'Alonso Quijano is a fictional character.',
  m: 'Para clase de Lengua de 4.º de ESO: ¿qué "enfermedad" tiene Alonso Quijano en el Quijote? Cervantes dice que "del poco dormir y del mucho leer se le secó el celebro". ¿Cómo lo interpretan hoy los psiquiatras que han escrito sobre el libro?',
});
add({
  t: 'ruta-barrio-letras',
  kind: 'travel',
  lang: 'es',
  cats: NONE,
  note: 'Museum addresses and historical streets in Madrid.',
  m: 'Quiero hacer una ruta por el Barrio de las Letras de Madrid: la Casa Museo Lope de Vega en la calle Cervantes 11, la calle de las Huertas con las citas en el suelo, el convento de las Trinitarias donde está enterrado Cervantes y el Ateneo en la calle del Prado 21. ¿Orden lógico y duración?',
});
add({
  t: 'aviso-legal-domicilio-social',
  kind: 'business',
  lang: 'es',
  cats: NONE,
  note: 'Company legal notice: CIF (check digit computed), registered address, switchboard; no natural person.',
  m: `¿Le falta algo a este aviso legal según la LSSI?\n\nTitular: Conservas Atlánticas del Cantábrico, S.L. - CIF ${cifB()} - Domicilio social: Avenida de la Constitución 4, 39700 Castro Urdiales (Cantabria). Inscrita en el Registro Mercantil de Cantabria, tomo 1120, folio 45, hoja S-23311. Teléfono de centralita: 942 000 000. Correo: info@conservasatlanticas.es`,
});

// ---- Italian ----
add({
  t: 'necrologio-tenore-famoso',
  kind: 'public-fact',
  lang: 'it',
  cats: NONE,
  note: 'Luciano Pavarotti: famous tenor; pancreatic cancer and death were worldwide news.',
  m: "Per una trasmissione radiofonica: riassumi in 120 parole la vita di Luciano Pavarotti, nato a Modena il 12 ottobre 1935 e morto nella sua casa di Modena il 6 settembre 2007 per un tumore al pancreas operato a New York l'anno prima.",
});
add({
  t: 'santo-stigmate',
  kind: 'public-fact',
  lang: 'it',
  cats: NONE,
  note: 'Padre Pio is a canonised saint; his stigmata and life dates are public.',
  m: 'Mi spieghi la storia delle stimmate di Padre Pio? Nato Francesco Forgione a Pietrelcina il 25 maggio 1887, morto a San Giovanni Rotondo il 23 settembre 1968, canonizzato nel 2002. Cosa dissero i medici che lo visitarono, come Amico Bignami?',
});
add({
  t: 'sportivo-paralimpico-notizia',
  kind: 'sports',
  lang: 'it',
  cats: NONE,
  note: 'Alex Zanardi: famous athlete; his accidents were national news.',
  m: "Scrivi un ritratto di Alex Zanardi per un inserto sportivo: l'incidente al Lausitzring del 15 settembre 2001 in cui perse entrambe le gambe, i quattro ori paralimpici nell'handbike e l'incidente del 19 giugno 2020 vicino a Pienza con il grave trauma cranico.",
});
add({
  t: 'romanzo-dipendenza-fumo',
  kind: 'fiction',
  lang: 'it',
  cats: NONE,
  note: 'Zeno Cosini is a fictional character.',
  m: 'Ne "La coscienza di Zeno" di Svevo, Zeno Cosini scrive continuamente "U.S." (ultima sigaretta) e va dal dottor S. per la psicoanalisi. Fammi uno schema del capitolo sul fumo per l\'interrogazione di domani.',
});
add({
  t: 'set-cinematografici-roma',
  kind: 'travel',
  lang: 'it',
  cats: NONE,
  note: 'Famous film location addresses in Rome.',
  m: 'Itinerario di un giorno a Roma sui luoghi di "Vacanze romane": via Margutta 51 (la casa di Joe Bradley), la Bocca della Verità, Trinità dei Monti e la Fontana di Trevi. Aggiungi dove mangiare vicino a via Margutta.',
});

// ---- Portuguese ----
add({
  t: 'poeta-causa-morte',
  kind: 'public-fact',
  lang: 'pt',
  cats: NONE,
  note: 'Fernando Pessoa: famous poet; cause of death is literary history.',
  m: 'Para um trabalho de Português do 12.º ano: Fernando Pessoa nasceu em Lisboa a 13 de junho de 1888 e morreu a 30 de novembro de 1935 no Hospital de São Luís dos Franceses, com uma cólica hepática atribuída à cirrose. É verdade que escreveu "I know not what tomorrow will bring" no dia anterior?',
});
add({
  t: 'piloto-acidente-fatal',
  kind: 'sports',
  lang: 'pt',
  cats: NONE,
  note: 'Ayrton Senna: famous athlete; his fatal crash is public history.',
  m: 'Escreva um texto de 200 palavras para o aniversário da morte de Ayrton Senna: nascido em São Paulo em 21 de março de 1960, tricampeão mundial, morreu em 1º de maio de 1994 após bater na curva Tamburello, em Ímola. Fale também do legado do Instituto Ayrton Senna.',
});
add({
  t: 'romance-epidemia-cegueira',
  kind: 'fiction',
  lang: 'pt',
  cats: NONE,
  note: 'Characters of Saramago\'s novel are fictional; the "white blindness" is fictional.',
  m: 'No "Ensaio sobre a Cegueira", de José Saramago, o primeiro cego fica cego dentro do carro num semáforo e o médico oftalmologista também apanha a "cegueira branca". Só a mulher do médico continua a ver. Que leitura política se faz desta epidemia? Resumo para exame.',
});
add({
  t: 'obituario-agencia-atleta',
  kind: 'news',
  lang: 'pt',
  cats: NONE,
  note: 'Pelé: famous athlete; his cancer and death were announced by the hospital to the press.',
  m: 'Resuma este despacho de agência em dois parágrafos:\n\nSÃO PAULO (Agência) - Edson Arantes do Nascimento, o Pelé, morreu nesta quinta-feira, 29 de dezembro de 2022, aos 82 anos, no Hospital Israelita Albert Einstein, onde tratava um câncer de cólon diagnosticado em 2021. Nascido em Três Corações (MG) em 23 de outubro de 1940, foi tricampeão mundial com a seleção.',
});
add({
  t: 'navegador-doenca',
  kind: 'public-fact',
  lang: 'pt',
  cats: NONE,
  note: 'Vasco da Gama: historical explorer.',
  m: 'Como morreu Vasco da Gama? Li que adoeceu com malária pouco depois de chegar a Cochim como vice-rei e que morreu a 24 de dezembro de 1524. E muitos dos seus marinheiros da primeira viagem morreram de escorbuto - porquê?',
});
add({
  t: 'roteiro-lisboa-literaria',
  kind: 'travel',
  lang: 'pt',
  cats: NONE,
  note: 'Museum address and landmarks in Lisbon.',
  m: 'Roteiro a pé em Lisboa: Praça do Comércio, Rua Augusta, o café A Brasileira no Chiado com a estátua de Pessoa e a Casa Fernando Pessoa na Rua Coelho da Rocha 16, em Campo de Ourique. Quanto tempo a pé e qual elétrico apanhar?',
});

// ---- Dutch ----
add({
  t: 'kunstgeschiedenis-oor',
  kind: 'public-fact',
  lang: 'nl',
  cats: NONE,
  note: 'Vincent van Gogh: famous painter; his ear, asylum stay and death are art history.',
  m: 'Voor mijn profielwerkstuk: Vincent van Gogh, geboren op 30 maart 1853 in Zundert. Wat gebeurde er precies op 23 december 1888 in Arles met zijn oor, welke diagnose stelde dokter Peyron in Saint-Rémy, en hoe stierf hij op 29 juli 1890 in Auvers-sur-Oise?',
});
add({
  t: 'voetballegende-longkanker',
  kind: 'sports',
  lang: 'nl',
  cats: NONE,
  note: 'Johan Cruijff: famous footballer; heart surgery and lung cancer were public.',
  m: 'Schrijf een column van 250 woorden over Johan Cruijff en roken: in 1991 kreeg hij een dubbele bypass en stopte hij met roken ("Voetbal heeft me alles gegeven, roken nam het bijna af"), in oktober 2015 werd longkanker bekend gemaakt en op 24 maart 2016 overleed hij in Barcelona.',
});
add({
  t: 'museumbezoek-onderduik',
  kind: 'travel',
  lang: 'nl',
  cats: NONE,
  note: 'Anne Frank: historical figure; museum address is public.',
  m: 'We gaan met groep 8 naar het Anne Frank Huis aan de Prinsengracht 263. Kun je de kinderen in eenvoudige taal uitleggen wie Anne Frank was (geboren 12 juni 1929 in Frankfurt), en dat ze in februari of maart 1945 in Bergen-Belsen aan vlektyfus is overleden?',
});
add({
  t: 'leesverslag-hersentumor',
  kind: 'fiction',
  lang: 'nl',
  cats: NONE,
  note: 'Olga in Turks fruit is a fictional character with a fictional brain tumour.',
  m: 'Leesverslag "Turks fruit" van Jan Wolkers: Olga krijgt een hersentumor en sterft in het ziekenhuis. Hoe beschrijft de verteller haar ziekte en wat betekent het Turks fruit aan het einde? Maximaal 400 woorden.',
});
add({
  t: 'nierfunctie-uitleg',
  kind: 'lab',
  lang: 'nl',
  cats: NONE,
  note: 'Textbook question about eGFR, no patient.',
  m: 'Wat betekent een eGFR van 52 ml/min/1,73m² in het algemeen? Welke stadium-indeling gebruikt de NHG-standaard en wanneer moet de dosering van metformine worden aangepast?',
});
add({
  t: 'persbericht-statutaire-zetel',
  kind: 'business',
  lang: 'nl',
  cats: NONE,
  note: 'Company statutory seat, KvK number, switchboard and press mailbox; no natural person.',
  m: 'Maak deze "Over ons"-paragraaf van een persbericht korter:\n\nHollandse Kustwind B.V. is statutair gevestigd te Rotterdam, bezoekadres Wilhelminakade 91, 3072 AP Rotterdam, KvK 81234567. Algemeen telefoonnummer 010 000 0000. Voor pers: pers@kustwind.nl. De onderneming bouwt windparken op de Noordzee.',
});

// ---- Polish ----
add({
  t: 'wypracowanie-kompozytor',
  kind: 'public-fact',
  lang: 'pl',
  cats: NONE,
  note: 'Chopin: famous composer; inflected name (Fryderyka Chopina, serce Chopina) and illness are history.',
  m: 'Piszę wypracowanie o Fryderyku Chopinie. Kiedy dokładnie urodził się Fryderyk Chopin w Żelazowej Woli (1 marca czy 22 lutego 1810)? Na co chorował - gruźlica czy mukowiscydoza? I czy to prawda, że serce Chopina przewieziono do Warszawy i spoczywa w kościele Świętego Krzyża?',
});
add({
  t: 'papiez-choroba-parkinsona',
  kind: 'public-fact',
  lang: 'pl',
  cats: NONE,
  note: 'John Paul II: saint and head of state; Parkinson disease and assassination attempt are history; inflected forms.',
  m: 'Przygotuj notatkę na lekcję religii o Janie Pawle II: Karol Wojtyła urodził się 18 maja 1920 roku w Wadowicach. Opisz zamach z 13 maja 1981 roku, chorobę Parkinsona Jana Pawła II ujawnioną oficjalnie w 2003 roku i jego śmierć 2 kwietnia 2005 roku. Jak papież mówił o cierpieniu?',
});
add({
  t: 'komunikat-antydopingowy',
  kind: 'sports',
  lang: 'pl',
  cats: NONE,
  note: 'Iga Świątek: famous athlete; the ITIA decision is public; inflected forms (Idze, Igi).',
  m: 'Streść dla portalu sportowego: ITIA poinformowała, że Idze Świątek wymierzono miesięczne zawieszenie po wykryciu trimetazydyny w próbce z sierpnia 2024 roku. Źródłem było zanieczyszczone melatoniną lekarstwo. Igi Świątek nie uznano za winną celowego dopingu.',
});
add({
  t: 'muzeum-miejsce-urodzenia',
  kind: 'travel',
  lang: 'pl',
  cats: NONE,
  note: 'Museum at the birthplace of Maria Skłodowska-Curie; inflected famous name and street address.',
  m: 'Jak dojść z Zamku Królewskiego do Muzeum Marii Skłodowskiej-Curie przy ul. Freta 16? To dom, w którym urodziła się 7 listopada 1867 roku. Co warto tam zobaczyć z dzieckiem w wieku 10 lat?',
});
add({
  t: 'lektura-postac-depresja',
  kind: 'fiction',
  lang: 'pl',
  cats: NONE,
  note: 'Stanisław Wokulski is a fictional character in Prus\'s "Lalka".',
  m: 'Czy Stanisław Wokulski z "Lalki" Bolesława Prusa miał depresję? Na maturze chcę napisać o jego próbie samobójczej na torach w Skierniewicach. Podaj cytaty i kontekst pozytywizmu.',
});
add({
  t: 'pilkarz-data-urodzenia-kontuzja',
  kind: 'sports',
  lang: 'pl',
  cats: NONE,
  note: 'Robert Lewandowski: famous athlete; birth data and injury reported by the national team.',
  m: 'Sprawdź fakty do artykułu: Robert Lewandowski urodził się 21 sierpnia 1988 roku w Warszawie. Przed Euro 2024 lekarz reprezentacji poinformował o urazie mięśnia dwugłowego uda u Lewandowskiego w meczu z Turcją. Czy to się zgadza?',
});
add({
  t: 'telefony-zaufania-plakat',
  kind: 'public-fact',
  lang: 'pl',
  cats: NONE,
  note: 'Public helpline numbers.',
  m: 'Zrób plakat do szkoły: 116 111 Telefon Zaufania dla Dzieci i Młodzieży, 116 123 kryzysowy telefon zaufania dla dorosłych, 800 70 2222 Centrum Wsparcia, 112 numer alarmowy. Krótko i czytelnie.',
});

// ---- Swedish ----
add({
  t: 'uppfinnare-hjartsjukdom',
  kind: 'public-fact',
  lang: 'sv',
  cats: NONE,
  note: 'Alfred Nobel: historical; his angina and nitroglycerin prescription are a well-known irony.',
  m: 'Stämmer det att Alfred Nobel, född 21 oktober 1833 i Stockholm, fick nitroglycerin utskrivet mot sin kärlkramp? Han dog av en hjärnblödning i Sanremo den 10 december 1896. Skriv ett stycke till en skoluppgift om ironin i detta.',
});
add({
  t: 'foretagsledare-dyslexi',
  kind: 'business',
  lang: 'sv',
  cats: NONE,
  note: 'Ingvar Kamprad: famous business founder; his dyslexia is part of IKEA lore.',
  m: 'Till en föreläsning om entreprenörskap: Ingvar Kamprad, född 30 mars 1926 i Pjätteryd, grundade IKEA 1943. Han hade dyslexi och därför fick möblerna namn i stället för artikelnummer. Stämmer den historien, och var dog han 2018?',
});
add({
  t: 'barnbok-forfattare',
  kind: 'fiction',
  lang: 'sv',
  cats: NONE,
  note: 'Astrid Lindgren is a famous author; Pippi is fictional.',
  m: 'Skriv en kort text till en utställning: Astrid Lindgren föddes 14 november 1907 på Näs i Vimmerby. Pippi Långstrump började som godnattsagor för dottern Karin som låg sjuk i lunginflammation 1941. Hur mycket av Pippis styrka kommer från den berättelsen?',
});
add({
  t: 'roman-lakare-forgiftning',
  kind: 'fiction',
  lang: 'sv',
  cats: NONE,
  note: 'Doktor Glas and pastor Gregorius are fictional.',
  m: 'I Hjalmar Söderbergs "Doktor Glas" förgiftar läkaren pastor Gregorius med cyankaliumpiller som han låtsas är hjärtmedicin. Diskutera romanens etik för en litteraturseminarium, 300 ord.',
});
add({
  t: 'fotbollsstjarna-korsband',
  kind: 'sports',
  lang: 'sv',
  cats: NONE,
  note: 'Zlatan Ibrahimović: famous athlete; his cruciate ligament injury was widely reported.',
  m: 'Sammanfatta för en sportpodd: Zlatan Ibrahimović, född 3 oktober 1981 i Malmö och uppvuxen i Rosengård, skadade korsbandet i knät i Europa League-kvartsfinalen mot Anderlecht i april 2017 och gjorde comeback redan i november.',
});

// ---- Czech ----
add({
  t: 'prezident-zivotopis-nemoc',
  kind: 'public-fact',
  lang: 'cs',
  cats: NONE,
  note: 'Václav Havel: head of state; inflected name (Václava Havla) and his cancer surgery are public.',
  m: 'Kdy se narodil Václav Havel a na co zemřel? Vím, že se narodil 5. října 1936 v Praze, že mu v roce 1996 operovali rakovinu plic a že zemřel 18. prosince 2011 na Hrádečku. Napiš krátký medailonek Václava Havla pro školní nástěnku.',
});
add({
  t: 'skladatel-hluchota',
  kind: 'public-fact',
  lang: 'cs',
  cats: NONE,
  note: 'Bedřich Smetana: historical composer; deafness is music history; inflected forms.',
  m: 'Proč Bedřich Smetana v roce 1874 ohluchl? Čtu, že cyklus Má vlast dokončil už úplně hluchý a že Smetanu nakonec převezli do ústavu v Kateřinkách, kde 12. května 1884 zemřel. Vysvětli to pro žáky 8. třídy.',
});
add({
  t: 'prochazka-po-stopach-spisovatele',
  kind: 'travel',
  lang: 'cs',
  cats: NONE,
  note: 'Franz Kafka: historical writer; addresses are landmarks.',
  m: 'Naplánuj procházku Prahou po stopách Franze Kafky: rodný dům u kostela sv. Mikuláše, domek Zlatá ulička 22, kde v letech 1916-1917 psal, a jeho hrob na Novém židovském hřbitově na Olšanech. Kafka zemřel na tuberkulózu hrtanu 3. června 1924 v Kierlingu.',
});
add({
  t: 'literarni-postava-revma',
  kind: 'fiction',
  lang: 'cs',
  cats: NONE,
  note: 'Josef Švejk is a fictional character.',
  m: 'Ve Švejkovi se dobrý voják Švejk nechá odvézt k odvodu na vozíku, protože má revma v nohou, a paní Müllerová ho veze přes Prahu. Napiš rozbor téhle scény pro hodinu literatury.',
});
add({
  t: 'olympionik-medailonek',
  kind: 'sports',
  lang: 'cs',
  cats: NONE,
  note: 'Emil Zátopek: famous athlete; inflected forms.',
  m: 'Napiš medailonek Emila Zátopka pro sportovní rubriku: narodil se 19. září 1922 v Kopřivnici, na olympiádě v Helsinkách 1952 vyhrál 5 km, 10 km i maraton, po roce 1968 byl perzekvován a zemřel 22. listopadu 2000 v Praze.',
});

// ---- Romanian ----
add({
  t: 'poet-national-boala',
  kind: 'public-fact',
  lang: 'ro',
  cats: NONE,
  note: 'Mihai Eminescu: historical national poet; illness and death are literary history.',
  m: 'Pentru ora de română: Mihai Eminescu s-a născut la 15 ianuarie 1850 la Botoșani și a murit la 15 iunie 1889 la București, în sanatoriul doctorului Șuțu. Ce știm azi despre boala lui - sifilis, tulburare bipolară sau tratamentul cu mercur? Dă-mi surse.',
});
add({
  t: 'gimnasta-nota-zece',
  kind: 'sports',
  lang: 'ro',
  cats: NONE,
  note: 'Nadia Comăneci: famous athlete; birth data are public.',
  m: 'Scrie un text scurt pentru aniversarea notei de 10: Nadia Comăneci, născută pe 12 noiembrie 1961 la Onești, a primit primul 10 din istoria gimnasticii la Montreal, pe 18 iulie 1976, la paralele inegale. Tabela a afișat 1.00.',
});
add({
  t: 'sculptor-traseu-turistic',
  kind: 'travel',
  lang: 'ro',
  cats: NONE,
  note: 'Constantin Brâncuși: historical sculptor; landmarks.',
  m: 'Vreau să văd operele lui Constantin Brâncuși la Târgu Jiu: Coloana fără sfârșit, Poarta Sărutului, Masa Tăcerii. Apoi casa memorială de la Hobița, unde s-a născut la 19 februarie 1876. Fă-mi un traseu de o zi.',
});
add({
  t: 'comunicat-sediu-social',
  kind: 'business',
  lang: 'ro',
  cats: NONE,
  note: 'Company registered office, CUI (check digit computed) and switchboard.',
  m: `Corectează acest paragraf de final de comunicat de presă:\n\nDespre Carpatica Energie Verde SRL - sediu social: Bd. 21 Decembrie 1989 nr. 77, Cluj-Napoca, jud. Cluj; CUI RO${cuiRO()}; J12/3456/2019. Centrală telefonică: 0264 000 000. Contact presă: presa@carpatica-energie.ro`,
});
add({
  t: 'valori-normale-glicemie',
  kind: 'lab',
  lang: 'ro',
  cats: NONE,
  note: 'Textbook lab ranges, no patient.',
  m: 'Care sunt valorile normale ale glicemiei à jeun la un adult și de la ce valoare se pune diagnosticul de diabet zaharat? Ce înseamnă o hemoglobină glicată de 6,0%? Explicație de manual.',
});

// ---- Turkish ----
add({
  t: 'devlet-kurucusu-vefat',
  kind: 'public-fact',
  lang: 'tr',
  cats: NONE,
  note: 'Atatürk: head of state; cirrhosis and death are history.',
  m: "Ödevim için: Mustafa Kemal Atatürk 1881 yılında Selanik'te doğdu ve 10 Kasım 1938 saat 09.05'te Dolmabahçe Sarayı'nda siroz nedeniyle hayatını kaybetti. Hastalığının seyrini ve tedavi eden doktorları (Nihat Reşat Belger vb.) anlatan kısa bir paragraf yazar mısın?",
});
add({
  t: 'nobel-bilim-insani-biyografi',
  kind: 'public-fact',
  lang: 'tr',
  cats: NONE,
  note: 'Aziz Sancar: Nobel laureate; birth data are public.',
  m: "Aziz Sancar 8 Eylül 1946'da Mardin'in Savur ilçesinde doğdu ve 2015 Nobel Kimya Ödülü'nü DNA onarımı çalışmaları için aldı. Lise öğrencileri için DNA onarımını ve Sancar'ın katkısını anlatan bir sayfa yaz.",
});
add({
  t: 'halterci-anma-yazisi',
  kind: 'sports',
  lang: 'tr',
  cats: NONE,
  note: 'Naim Süleymanoğlu: famous athlete; his liver failure was national news.',
  m: "Naim Süleymanoğlu için bir anma yazısı: \"Cep Herkülü\" 23 Ocak 1967'de Bulgaristan'da doğdu, üç olimpiyat altını kazandı, karaciğer yetmezliği nedeniyle nakil oldu ve 18 Kasım 2017'de İstanbul'da öldü. 150 kelime.",
});
add({
  t: 'istanbul-tarihi-otel-rota',
  kind: 'travel',
  lang: 'tr',
  cats: NONE,
  note: 'Historic hotel address and landmarks.',
  m: "İstanbul'da bir günlük rota: Taksim'den İstiklal Caddesi boyunca yürüyüp Meşrutiyet Caddesi 52'deki Pera Palas'a (Agatha Christie'nin 411 numaralı odası), sonra Galata Kulesi ve Karaköy. Yürüme süreleri?",
});
add({
  t: 'acil-hatlar-afis',
  kind: 'public-fact',
  lang: 'tr',
  cats: NONE,
  note: 'Public agency helpline numbers.',
  m: 'Apartman girişi için afiş hazırla: 112 Acil Çağrı, 183 ALO Sosyal Destek Hattı, 184 SABİM Sağlık Bakanlığı İletişim Merkezi, 114 Ulusal Zehir Danışma Merkezi. Türkçe ve İngilizce.',
});

// =====================================================================================
// PRIVATE TWINS: the same genres about private people
// =====================================================================================

// ---- English ----
add({
  t: 'handover-note-private-patient',
  kind: 'clinical-note',
  lang: 'en',
  cats: PHI_PII,
  note: 'Private patient name + DOB + diagnosis and medication doses: PHI, and the name/DOB are PII.',
  m: 'Turn this into an SBAR handover for the night team:\n\nDenise Okafor, 58 (DOB 03/11/1966), bay 4 bed 2. Admitted yesterday with NSTEMI, troponin peaked at 1,840 ng/L. On aspirin 75 mg OD, clopidogrel 75 mg OD, fondaparinux 2.5 mg SC OD, atorvastatin 80 mg. Angio booked for Thursday. Daughter Kemi is next of kin.',
});
{
  const nhsNo = nhs();
  add({
    t: 'street-group-post-neighbour-stroke',
    kind: 'personal',
    lang: 'en',
    cats: PHI_PII,
    note: 'News-like post about a named private neighbour with home address and a suspected stroke: PHI + PII.',
    m: 'Can you turn this into a friendly post for our street WhatsApp group? "Just so everyone knows, our neighbour Gareth Pryce at number 17 Heol y Nant, Pontypridd CF37 4RQ, was taken to the Royal Glamorgan on Tuesday with a suspected stroke. He\'s on the stroke ward and they\'ve started him on clopidogrel. His wife Bethan says no visitors yet, but cards are welcome."',
  });
  add({
    t: 'lab-result-with-nhs-number',
    kind: 'lab',
    lang: 'en',
    cats: PHI_PII,
    note: 'Named private person, DOB, NHS number (mod-11 valid) and a lab result: PHI + PII.',
    m: `My results came back on the NHS app and I don't understand them. I'm Hannah Brightwell, DOB 14/06/1990, NHS number ${nhsNo}. Ferritin 9 ug/L, haemoglobin 104 g/L, MCV 74 fL. The GP wants me to start ferrous fumarate 210 mg twice a day. Is that a normal dose?`,
  });
}
add({
  t: 'critical-value-nhs-number-only',
  kind: 'lab',
  lang: 'en',
  cats: ['PHI'],
  note: 'NHS number alone (a medical identifier) with a critical lab value, no name: PHI only.',
  m: `Draft the critical-result phone script for the on-call FY1: NHS ${nhs().replace(/ /g, '')}, potassium 6.8 mmol/L (haemolysed? no - repeat sample confirmed), creatinine 412 umol/L, on ramipril 10 mg and spironolactone 25 mg. Ward 7B.`,
});
add({
  t: 'grandparent-biography-private',
  kind: 'personal',
  lang: 'en',
  cats: PII,
  note: "Private relative's full name, birth date, birthplace and family details: PII; no health data.",
  m: "Please write a warm one-page biography for my grandmother's 90th birthday booklet. Margaret Ellen Whitcombe (née Haddon) was born on 2 February 1935 at 9 Rockingham Road, Kettering, worked at the Timpson shoe factory, married Ronald Whitcombe in 1957 at St Andrew's, and has lived at 41 Windmill Avenue since 1962. Four grandchildren: Sophie, Callum, Ellie and me (Jack).",
});
add({
  t: 'press-release-personal-contact',
  kind: 'business',
  lang: 'en',
  cats: PII,
  note: "A press officer's personal mobile and personal Gmail address (not a role mailbox or switchboard): PII.",
  m: "Finish this press release footer:\n\nFor interviews, contact Priya Raghunathan directly on her mobile 07911 284 517 (evenings too) or at her personal address priya.raghu84@gmail.com - please don't use the press@ inbox this week. Priya lives in Harrogate and can do studio interviews at BBC Leeds.",
});
add({
  t: 'homework-about-classmate-diagnosis',
  kind: 'personal',
  lang: 'en',
  cats: PHI_PII,
  note: 'A named private classmate with type 1 diabetes and his insulin pump settings: PHI + PII.',
  m: "For my health-class project I want to write about my classmate Jordan Mazur (he's 15, in 10B at Westfield Academy). He was diagnosed with type 1 diabetes in 2021 and uses an Omnipod pump with a basal rate of 0.8 units an hour. Can you help me explain how the pump works using his routine as the example?",
});
add({
  t: 'story-about-coworker-epilepsy',
  kind: 'fiction',
  lang: 'en',
  cats: PHI_PII,
  note: 'A "story" about a real, named private coworker with his address and epilepsy medication: PHI + PII.',
  m: "Write a funny short story for my coworker Tomasz Wieczorek's leaving card. Real details to weave in: he lives at 3F2, 12 Elm Row, Edinburgh EH7 4AA, he has epilepsy and always forgets his levetiracetam 500 mg at lunch, and he once had a seizure in the Tesco on Leith Walk and still went back for his meal deal.",
});
add({
  t: 'child-dose-first-name',
  kind: 'health-info',
  lang: 'en',
  cats: PHI_PII,
  note: 'First name alone in a personal context ("my son Oliver") plus age, weight, diagnosis and dose: PHI + PII per the README rule.',
  m: "The GP says my son Oliver has otitis media and prescribed amoxicillin 250 mg/5 ml, 5 ml three times a day. He's 6 and weighs 21 kg. Is that the right dose for his weight?",
});
add({
  t: 'obituary-private-cause-of-death',
  kind: 'personal',
  lang: 'en',
  cats: PHI_PII,
  note: "Private person's name, birth date, birthplace and cause of death (cancer, hospice): PHI + PII, even though obituaries get published.",
  m: "Help me write a death notice for the Irish Examiner: my father, Desmond O'Leary, born 8 May 1947 in Blackpool, Cork, died peacefully on 2 March at Marymount Hospice after a long illness with pancreatic cancer. Beloved husband of Noreen, late of 22 Ashgrove Park, Ballincollig.",
});
add({
  t: 'ticket-purchase-card',
  kind: 'payment',
  lang: 'en',
  cats: ['PII', 'PCI'],
  note: 'Luhn-valid card number with a private cardholder name and home address: PCI + PII.',
  m: `The ticket site keeps timing out. Can you check whether I typed my card correctly for the concert? Name on card: Chloe Marsden, card ${fmt4(visa())}, expiry 09/28, billing address 5 Fernleigh Close, Truro TR1 3QE.`,
});
add({
  t: 'newsletter-config-live-key',
  kind: 'config',
  lang: 'en',
  cats: ['CREDENTIALS'],
  note: 'Literal Mailchimp API key (32 hex + datacenter) in a .env file: CREDENTIALS.',
  m: `Why does this docker-compose service for our press-release mailer fail with "API key invalid"?\n\n.env:\nMAILCHIMP_API_KEY=${hex(32)}-us21\nMAILCHIMP_LIST_ID=${hex(10)}\nFROM_ADDRESS=newsroom@example.org`,
});
add({
  t: 'als-question-patient-in-metadata',
  kind: 'agent',
  lang: 'en',
  cats: PHI_PII,
  where: 'metadata',
  note: 'Message is a textbook ALS question, but metadata names a private patient with the diagnosis: PHI + PII.',
  m: 'How fast does limb-onset ALS usually progress, and when is non-invasive ventilation offered?',
  x: {
    metadata: {
      app: 'carecoord',
      patient_name: 'Roberto Salvatierra',
      patient_dob: '1961-04-22',
      dx: 'G12.21 amyotrophic lateral sclerosis',
      clinic: 'neuromuscular',
    },
  },
});
add({
  t: 'press-duty-tool-description',
  kind: 'agent',
  lang: 'en',
  cats: PII,
  where: 'tool.function.description',
  note: "Tool description hard-codes a named press officer's personal mobile: PII.",
  m: 'A journalist from the Irish Times wants a comment on the plant closure tonight. Page whoever is on duty.',
  x: {
    tools: [
      {
        type: 'function',
        function: {
          name: 'page_press_duty',
          description:
            'Sends an SMS to the press officer on duty. This week that is Siobhán Kavanagh, personal mobile +353 87 214 6639 (home: 14 Seafield Crescent, Clontarf). Use only after 18:00.',
          parameters: { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] },
        },
      },
    ],
  },
});
add({
  t: 'multi-turn-famous-then-parent',
  kind: 'personal',
  lang: 'en',
  cats: PHI_PII,
  note: "Starts with Michael J. Fox (public), then names the user's father with his Parkinson diagnosis and dose: PHI + PII.",
  m: [
    u("How old was Michael J. Fox when he was diagnosed with Parkinson's?"),
    a('He was diagnosed in 1991, at 29, and disclosed it publicly in 1998.'),
    u(
      'OK. My dad Rajesh Menon, 67, was just diagnosed too. Neurologist at Frimley Park started him on co-careldopa 25/100 three times a day. Is that a typical starting dose and should he avoid protein at mealtimes?',
    ),
  ],
});
add({
  t: 'bio-draft-in-prediction',
  kind: 'personal',
  lang: 'en',
  cats: PII,
  where: 'prediction.content',
  note: "The predicted-output draft holds a private person's full name, date of birth and home town: PII.",
  m: 'Rewrite my uncle\'s "about me" for the family history website in a lighter tone; keep the facts.',
  x: {
    prediction: {
      type: 'content',
      content:
        'Leonard Abiodun Fashola was born on 27 October 1953 in Ibadan and moved to 88 Carlton Vale, Kilburn, in 1974. He worked as a bus driver on the 31 route for thirty years and still lives in the same flat.',
    },
  },
});

// ---- German ----
add({
  t: 'arztbrief-kvnr',
  kind: 'clinical-note',
  lang: 'de',
  cats: PHI_PII,
  note: 'Named private patient with DOB, KVNR (check digit computed), diagnosis and medication: PHI + PII.',
  m: `Kürze diesen Arztbrief auf das Wesentliche:\n\nSehr geehrte Frau Kollegin, wir berichten über Frau Annegret Vollmer, geb. 12.04.1951, wohnhaft Gartenstraße 9, 49477 Ibbenbüren, KVNR ${kvnr()}. Diagnosen: Vorhofflimmern (I48.1), arterielle Hypertonie. Medikation: Apixaban 5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0. Kontrolle in 3 Monaten.`,
});
add({
  t: 'gemeindeblatt-nachbar-sturz',
  kind: 'news',
  lang: 'de',
  cats: PHI_PII,
  note: 'Local-news style item about a named private neighbour with address and a hip fracture: PHI + PII.',
  m: 'Schreib daraus eine kurze Meldung fürs Gemeindeblatt: Unser Nachbar Herbert Pichler (74), Lindenweg 12 in 83329 Waging am See, ist am Montag beim Schneeräumen gestürzt und hat sich den Oberschenkelhals gebrochen. Er wurde im Klinikum Traunstein operiert und bekommt jetzt Heparin-Spritzen. Die Nachbarschaft kümmert sich um seinen Hund.',
});
add({
  t: 'sportverein-mitgliederliste',
  kind: 'hr',
  lang: 'de',
  cats: PII,
  note: 'Club member list with private names, birth dates and phone numbers: PII.',
  m: 'Sortiere diese Mitgliederliste der Tischtennisabteilung TSV Eintracht Hagenow nach Altersklassen (Jugend/Herren/Senioren):\n\nLena Albrecht, geb. 03.02.2009, 0171 4482 913\nJonas Wegener, geb. 21.11.1987, 0152 2039 8741\nUrsula Kriegel, geb. 30.06.1952, 03883 72 41 88\nMehmet Aksoy, geb. 14.09.2011, 0176 9921 0347\nFrank-Peter Lüdtke, geb. 07.01.1964, 0160 3318 552',
});
add({
  t: 'pressekontakt-privatnummer',
  kind: 'business',
  lang: 'de',
  cats: PII,
  note: "Press contact's private mobile and private web.de address: PII.",
  m: 'Ergänze die Pressemitteilung unten um den Kontakt: Ansprechpartnerin ist Katrin Hollerbach, am besten privat erreichbar unter 0157 3846 2210 oder katrin.hollerbach@web.de (sie ist diese Woche nicht im Büro).',
});
add({
  t: 'praxis-system-patientin',
  kind: 'agent',
  lang: 'de',
  cats: PHI_PII,
  where: 'system',
  note: 'System message carries a named patient with DOB and MS diagnosis; the user turn is harmless: PHI + PII.',
  m: [
    s(
      'Du bist die Assistenz der Neurologischen Praxis am Markt. Aktueller Fall: Jana Schuster, geb. 02.09.1979, Diagnose schubförmig-remittierende Multiple Sklerose (G35.1), Ocrelizumab 600 mg i.v. alle 6 Monate, nächste Infusion am 14.05.',
    ),
    u('Formuliere bitte eine freundliche Terminerinnerung per SMS.'),
  ],
});
add({
  t: 'lohnbuero-steuer-id',
  kind: 'hr',
  lang: 'de',
  cats: PII,
  note: 'Private employee name, birth date and Steuer-ID (mod 11,10 computed): PII.',
  m: `Prüfe die Stammdaten für die Lohnabrechnung: Sven Haberkorn, geb. 19.08.1993, Steuer-ID ${steuerId()}, Steuerklasse 1, Kirchensteuer ev., Anschrift Uhlandstraße 40, 70182 Stuttgart. Passt das Format der Steuer-ID?`,
});
add({
  t: 'multi-turn-komponist-dann-kind',
  kind: 'personal',
  lang: 'de',
  cats: PHI_PII,
  note: "Beethoven chat turns to the user's named son with hearing loss and hearing aids: PHI + PII.",
  m: [
    u('Wie alt war Beethoven, als er schwerhörig wurde?'),
    a('Erste Anzeichen hatte er mit etwa 27 Jahren, um 1798; 1802 schrieb er das Heiligenstädter Testament.'),
    u(
      'Danke. Mein Sohn Finn Ostermann (8) hat eine beidseitige Innenohrschwerhörigkeit von 50 dB und bekommt jetzt Hörgeräte. Wie erkläre ich ihm, dass selbst Beethoven schwerhörig war?',
    ),
  ],
});
add({
  t: 'impressum-einzelunternehmer-privatadresse',
  kind: 'business',
  lang: 'de',
  cats: PII,
  note: "Sole-trader imprint: a natural person's name, home address and private mobile: PII (judgement call, see report).",
  m: 'Ist dieses Impressum für meinen Etsy-Shop korrekt?\n\nAngaben gemäß § 5 DDG\nNadine Kowalczyk\nHandgemachte Kerzen\nAm Mühlbach 3, Hinterhaus\n36037 Fulda\nTelefon: 0170 5529 417\nE-Mail: nadine.kowalczyk86@gmx.de',
});

// ---- French ----
add({
  t: 'note-suivi-grossesse-nir',
  kind: 'clinical-note',
  lang: 'fr',
  cats: PHI_PII,
  note: 'Named private patient with NIR (key computed), pregnancy and gestational diabetes with insulin dose: PHI + PII.',
  m: `Rédige le courrier de liaison pour la sage-femme :\n\nMme Élodie Marchand, née le 23/07/1984, NIR ${nir(true, 84, 7, 35, 238)}. Grossesse 32 SA, diabète gestationnel sous insuline lispro 4 UI avant chaque repas, HbA1c 6,1 %. Échographie de croissance le 12/03.`,
});
add({
  t: 'voisin-gagnant-loto',
  kind: 'personal',
  lang: 'fr',
  cats: PII,
  note: 'News-like text about a named private neighbour with his home address; no health: PII.',
  m: "Transforme ça en petit article pour le bulletin de la résidence : mon voisin Yannick Le Goff, qui habite au 12 rue des Cordiers à Brest (2e étage gauche), a gagné 250 000 € au Loto samedi et offre l'apéro à tout l'immeuble. Son numéro si vous voulez le féliciter : 06 71 38 22 94.",
});
add({
  t: 'biographie-grand-pere',
  kind: 'personal',
  lang: 'fr',
  cats: PII,
  note: "Private grandfather's name, birth date and birthplace: PII.",
  m: 'Écris une courte biographie de mon grand-père pour ses 85 ans : Marcel Duhamel-Quéré, né le 14 octobre 1939 à Douarnenez, pêcheur puis patron de conserverie, marié à Annick en 1962, domicilié au 7 impasse des Goélands à Tréboul.',
});
add({
  t: 'contact-presse-portable-perso',
  kind: 'business',
  lang: 'fr',
  cats: PII,
  note: "Press contact's personal mobile and personal Orange e-mail: PII.",
  m: 'Ajoute en bas du communiqué : Contact presse : Camille Rouvière, portable perso 07 82 44 19 63, camille.rouviere@orange.fr (joignable le week-end).',
});
add({
  t: 'crm-lookup-tool-result',
  kind: 'agent',
  lang: 'fr',
  cats: PII,
  where: 'tool_result',
  note: "Tool result returns a private customer's name, address and phone: PII.",
  m: [
    u("Retrouve le client qui a commandé le colis 4471 et rédige-lui un message d'excuse pour le retard."),
    {
      role: 'assistant',
      content: null,
      tool_calls: [{ id: 'call_crm_1', type: 'function', function: { name: 'crm_find_order', arguments: '{"order":"4471"}' } }],
    },
    {
      role: 'tool',
      tool_call_id: 'call_crm_1',
      content:
        '{"order":"4471","client":"Hélène Vasseur-Bakri","adresse":"38 avenue Jean-Jaurès, 69007 Lyon","tel":"06 48 93 27 10","statut":"en retard"}',
    },
  ],
  x: {
    tools: [
      {
        type: 'function',
        function: {
          name: 'crm_find_order',
          description: 'Finds an order by number.',
          parameters: { type: 'object', properties: { order: { type: 'string' } } },
        },
      },
    ],
  },
});
add({
  t: 'compte-rendu-match-jeunes-commotion',
  kind: 'sports',
  lang: 'fr',
  cats: PHI_PII,
  note: 'Amateur youth match report naming a private child with a concussion: PHI + PII.',
  m: 'Écris le compte rendu du match des U14 pour la page Facebook du club : victoire 24-17 contre Quimper. Lucas Bernard-Kerbrat (né en 2011) est sorti à la 30e avec une commotion cérébrale, protocole commotion déclenché, il est au repos 21 jours. Essais de Noah et Malo.',
});

// ---- Spanish ----
add({
  t: 'historia-clinica-lupus',
  kind: 'clinical-note',
  lang: 'es',
  cats: PHI_PII,
  note: 'Named private patient with DNI (letter computed), lupus and medication dose: PHI + PII.',
  m: `Resume esta evolución para el informe:\n\nPaciente: Lucía Ferrández Soler, DNI ${dni()}, 47 años. Lupus eritematoso sistémico con afectación cutánea y articular. Tratamiento: hidroxicloroquina 200 mg/12 h, prednisona 5 mg/día. Anti-DNA 85 UI/ml, C3 bajo. Revisión oftalmológica pendiente.`,
});
add({
  t: 'biografia-abuelo',
  kind: 'personal',
  lang: 'es',
  cats: PII,
  note: "Private grandfather's name, birth date and birthplace: PII.",
  m: 'Escribe una biografía emotiva de mi abuelo para leerla en la comida familiar: Anselmo Ruiz Cabello, nacido el 4 de agosto de 1931 en Jódar (Jaén), emigró a Sabadell en 1958, trabajó en la textil Sallarès y vive en la calle Sant Isidre 22, 3.º 1.ª.',
});
add({
  t: 'vecina-aviso-vecinal',
  kind: 'personal',
  lang: 'es',
  cats: PII,
  note: 'Named private neighbour with address and phone: PII.',
  m: 'Redacta un aviso para el grupo de vecinos: mi vecina Guadalupe Ochoa Zamudio, de la calle Mina 134 interior 5 en Guadalajara, Jalisco, no ha salido en tres días y no contesta al 33 1784 5520. ¿Alguien tiene copia de su llave?',
});
add({
  t: 'contacto-prensa-movil-personal',
  kind: 'business',
  lang: 'es',
  cats: PII,
  note: "Press contact's personal mobile and Hotmail: PII.",
  m: 'Completa la nota de prensa con el contacto: Íñigo Larrañaga Etxeberria, móvil personal 655 31 82 07, correo personal inigo.larra@hotmail.com.',
});
add({
  t: 'hermano-tenista-sindrome',
  kind: 'personal',
  lang: 'es',
  cats: PHI_PII,
  note: 'First name + surname of a private brother with Müller-Weiss syndrome and prescribed dose: PHI + PII.',
  m: 'Como Nadal, mi hermano Álvaro Quintanilla (juega al pádel en el club de Boadilla) tiene síndrome de Müller-Weiss. Le han recetado etoricoxib 90 mg al día durante un mes. ¿Es compatible con seguir entrenando?',
});
add({
  t: 'url-retorno-percent-metadata',
  kind: 'agent',
  lang: 'es',
  cats: PII,
  where: 'metadata',
  encoding: 'percent',
  note: "Percent-encoded return URL in metadata carries a private person's name, DNI and phone: PII.",
  m: '¿Puedes explicarme qué es una URL de retorno en un formulario de pago?',
  x: {
    metadata: {
      return_url:
        'https://citas.example.org/ok?' +
        ['nombre=Marta Ibáñez Crespo', `dni=${dni()}`, 'tel=+34 622 418 903']
          .map((kv) =>
            kv
              .split('=')
              .map((p) => [...new TextEncoder().encode(p)].map((b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join(''))
              .join('='),
          )
          .join('&'),
    },
  },
});

// ---- Italian ----
add({
  t: 'lettera-dimissione-bpco',
  kind: 'discharge-summary',
  lang: 'it',
  cats: PHI_PII,
  note: 'Named private patient, birth date/place, COPD exacerbation and therapy: PHI + PII.',
  m: 'Riassumi questa lettera di dimissione per il medico di base:\n\nSig. Matteo Pagnotta, nato a Bari il 19/02/1958, ricoverato dal 3 al 10 marzo per BPCO riacutizzata con insufficienza respiratoria di tipo 2. Dimesso con tiotropio 2,5 mcg 2 puff/die, prednisone 25 mg a scalare, ossigeno 2 l/min.',
});
add({
  t: 'necrologio-nonna-alzheimer',
  kind: 'personal',
  lang: 'it',
  cats: PHI_PII,
  note: "Private grandmother's name and birth date with Alzheimer disease and care home: PHI + PII.",
  m: 'Aiutami a scrivere il necrologio di mia nonna: Giuseppina Carluccio ved. Russo, nata a Lecce il 2 novembre 1933, si è spenta dopo otto anni di Alzheimer alla RSA "Villa Serena" di Galatina. I funerali nella chiesa di San Biagio.',
});
add({
  t: 'elenco-soci-ciclismo',
  kind: 'hr',
  lang: 'it',
  cats: PII,
  note: 'Cycling club member list with private names, birth dates and mobiles: PII.',
  m: "Trasforma questo elenco soci dell'ASD Ciclistica Valdarno in una tabella con le categorie FCI:\n\nBertolazzi Giulia - 11/05/1990 - 347 218 6645\nPagnini Stefano - 23/08/1975 - 339 441 0982\nFerraro Nicolò - 02/03/2008 - 320 776 1403\nMarchetti Rosanna - 17/12/1961 - 055 912 3378",
});
add({
  t: 'messaggio-nome-celiachia',
  kind: 'health-info',
  lang: 'it',
  cats: PHI_PII,
  where: 'message.name',
  note: 'The message `name` identifies a private person who describes her own celiac disease and lab value: PHI + PII.',
  m: [
    {
      role: 'user',
      name: 'giulia_bertolazzi',
      content:
        'Mi hanno appena diagnosticato la celiachia, anticorpi anti-transglutaminasi 128 U/ml e biopsia Marsh 3b. Mi fai una lista della spesa senza glutine per una settimana?',
    },
  ],
});
add({
  t: 'lettera-privato-indirizzo',
  kind: 'personal',
  lang: 'it',
  cats: PII,
  note: "Private person's name, home address and mobile in a letter to the condominium administrator: PII.",
  m: "Scrivi una lettera formale all'amministratore di condominio per le infiltrazioni: mittente Salvatore Impellizzeri, via Etnea 512, scala B, interno 9, 95128 Catania, cell. 333 806 1247.",
});

// ---- Portuguese ----
add({
  t: 'prontuario-dengue-cpf',
  kind: 'clinical-note',
  lang: 'pt',
  cats: PHI_PII,
  note: 'Named private patient with CPF (both check digits computed), dengue and platelet count: PHI + PII.',
  m: `Faça a evolução resumida para o plantão:\n\nPaciente Thiago Nogueira Batista, 34 anos, CPF ${cpf()}. Dengue com sinais de alarme (dor abdominal, vômitos). Plaquetas 38.000/mm³, hematócrito 49%. Hidratação venosa 20 ml/kg/h, dipirona 1 g EV 6/6h.`,
});
add({
  t: 'biografia-avo-privado',
  kind: 'personal',
  lang: 'pt',
  cats: PII,
  note: "Private grandfather's full name, birth date, birthplace and address: PII.",
  m: 'Escreve uma biografia curta do meu avô para o livro da família: Rui Manuel Carvalhais, nascido a 11 de março de 1940 em Viseu, emigrou para Paris em 1964, voltou em 1990 e vive na Rua do Comércio 18, Tondela.',
});
add({
  t: 'fatura-nif-particular',
  kind: 'business',
  lang: 'pt',
  cats: PII,
  note: "Private individual's name, NIF (mod-11 computed), address and personal e-mail on an invoice: PII.",
  m: `Preenche a fatura-recibo com os dados do cliente particular: Joana Figueiredo Antunes, NIF ${nifPT()}, Rua das Flores 73, 4050-265 Porto, joana.fig.antunes@sapo.pt. Serviço: fotografia de casamento.`,
});
add({
  t: 'tool-call-paciente-busca',
  kind: 'agent',
  lang: 'pt',
  cats: PHI_PII,
  where: 'tool_call.arguments',
  note: 'Tool-call arguments search for a named private patient with DOB; the request concerns her HbA1c: PHI + PII.',
  m: [
    u('Qual foi a última hemoglobina glicada da paciente e está dentro da meta?'),
    {
      role: 'assistant',
      content: null,
      tool_calls: [
        {
          id: 'call_pac_7',
          type: 'function',
          function: { name: 'buscar_exames', arguments: '{"nome":"Maria das Graças Pimentel","nascimento":"1959-08-30","exame":"HbA1c"}' },
        },
      ],
    },
    { role: 'tool', tool_call_id: 'call_pac_7', content: '{"exame":"HbA1c","valor":"8.4%","data":"2025-01-14"}' },
  ],
  x: {
    tools: [
      {
        type: 'function',
        function: {
          name: 'buscar_exames',
          description: 'Consulta exames laboratoriais.',
          parameters: {
            type: 'object',
            properties: { nome: { type: 'string' }, nascimento: { type: 'string' }, exame: { type: 'string' } },
          },
        },
      },
    ],
  },
});
add({
  t: 'primo-acidente-moto',
  kind: 'personal',
  lang: 'pt',
  cats: PHI_PII,
  note: 'Named private cousin with head injury in intensive care: PHI + PII.',
  m: 'Como o Senna, meu primo Caio Rezende Lacerda sofreu um acidente - de moto, ontem à noite na Marginal Pinheiros. Está na UTI do Hospital das Clínicas com traumatismo cranioencefálico, Glasgow 9. Me ajuda a escrever uma mensagem para o grupo da família?',
});

// ---- Dutch ----
add({
  t: 'huisartsbrief-bsn',
  kind: 'clinical-note',
  lang: 'nl',
  cats: PHI_PII,
  note: 'Named private patient with BSN (11-proef valid), depression and sertraline dose: PHI + PII.',
  m: `Vat deze verwijsbrief samen voor de POH-GGZ:\n\nMevrouw Sanne de Wit, geboren 05-10-1988, BSN ${bsn()}. Sinds januari somberheid, slaapproblemen, PHQ-9 score 19. Gestart met sertraline 50 mg 1x daags. Verwijzing naar basis-GGZ.`,
});
add({
  t: 'buurtapp-bericht-buurman',
  kind: 'personal',
  lang: 'nl',
  cats: PII,
  note: 'Neighbourhood-app message naming a private neighbour with address and phone: PII.',
  m: 'Maak een net bericht voor de buurtapp: onze buurman Joris van Leeuwen van Vondelstraat 88-II heeft een pakket van iedereen aangenomen en is te bereiken op 06 4173 2298. Hij is morgen de hele dag thuis.',
});
{
  const ib1 = iban('NL', 'INGB' + dg(10)),
    ib2 = iban('NL', 'RABO' + dg(10)),
    ib3 = iban('NL', 'ABNA' + dg(10));
  add({
    t: 'ledenlijst-hockeyclub-iban',
    kind: 'hr',
    lang: 'nl',
    cats: PII,
    note: 'Club member list with private names, birth dates and IBANs (mod-97 computed): PII.',
    m: `Maak van deze ledenlijst van MHC De Uithof een incassobestand:\n\nFemke Boersma, 12-04-2010, ${ib1}\nDaan Smits, 30-09-2008, ${ib2}\nIlse van der Heijden-Bakker, 19-01-1979, ${ib3}`,
  });
}
add({
  t: 'persbericht-contact-prive',
  kind: 'business',
  lang: 'nl',
  cats: PII,
  note: "Press contact's private mobile and Hotmail: PII.",
  m: 'Noot voor de redactie: neem voor interviews contact op met Marloes Verbeek, privé 06 2847 9916 of marloesverbeek@hotmail.com. Niet publiceren.',
});
add({
  t: 'schema-voorbeeld-persoon',
  kind: 'code',
  lang: 'nl',
  cats: PII,
  where: 'response_format.json_schema',
  note: 'The JSON schema description embeds a real-looking private person with phone and address as example: PII.',
  m: 'Haal de contactgegevens uit de e-mail hieronder en geef JSON terug.\n\n"Hoi, bel me even terug over de offerte. Groet, R."',
  x: {
    response_format: {
      type: 'json_schema',
      json_schema: {
        name: 'contact',
        schema: {
          type: 'object',
          description:
            'Extracted contact. Example of a correct answer from last week: {"naam":"Ruud Hoogendijk","telefoon":"06 3391 7724","adres":"Lange Nieuwstraat 41, 3512 PH Utrecht"}',
          properties: { naam: { type: 'string' }, telefoon: { type: 'string' }, adres: { type: 'string' } },
          required: ['naam'],
        },
      },
    },
  },
});

// ---- Polish ----
add({
  t: 'wypis-szpitalny-pesel',
  kind: 'discharge-summary',
  lang: 'pl',
  cats: PHI_PII,
  note: 'Named private patient (inflected forms) with PESEL (checksum computed), diabetes and dose: PHI + PII.',
  m: `Skróć epikryzę z karty informacyjnej:\n\nPacjentka Dorota Kaczmarek, PESEL ${pesel(1967, 3, 9, true)}, zam. ul. Ogrodowa 7 m. 12, 20-075 Lublin. U Doroty Kaczmarek rozpoznano cukrzycę typu 2 (E11.9), HbA1c 9,4%. Zalecono metforminę 1000 mg 2x dziennie. Kontrola w poradni diabetologicznej.`,
});
add({
  t: 'ogloszenie-stulatka-sasiadka',
  kind: 'personal',
  lang: 'pl',
  cats: PII,
  note: 'News-like announcement naming a private neighbour with birth date and address: PII.',
  m: 'Napisz ogłoszenie na klatkę schodową: nasza sąsiadka, pani Halina Zielińska z mieszkania nr 4 przy ul. Kościuszki 18 w Tarnowie, obchodzi 3 marca setne urodziny (urodziła się 3 marca 1925 roku). Zbieramy na kwiaty dla pani Haliny.',
});
add({
  t: 'biografia-dziadka-pesel',
  kind: 'personal',
  lang: 'pl',
  cats: PII,
  note: "Private grandfather's name (inflected), birth date, birthplace and PESEL: PII.",
  m: `Napisz biografię mojego dziadka, Stanisława Górskiego, do kroniki rodzinnej. Dziadek urodził się 17 września 1939 roku w Grodnie (PESEL ${pesel(1939, 9, 17, false)}), po wojnie zamieszkał w Olsztynie przy ul. Żołnierskiej 4 i pracował jako kolejarz.`,
});
add({
  t: 'pytanie-z-emailem-w-user',
  kind: 'agent',
  lang: 'pl',
  cats: PII,
  where: 'user',
  note: "The question is public (Chopin), but `user` carries a private person's personal e-mail: PII.",
  m: 'Gdzie jest pochowany Fryderyk Chopin, a gdzie jego serce?',
  x: { user: 'karolina.wrobel84@wp.pl' },
});
add({
  t: 'lista-zawodnikow-trampkarzy',
  kind: 'hr',
  lang: 'pl',
  cats: PII,
  note: 'Youth football roster with private names, birth dates and PESEL numbers: PII.',
  m: `Przygotuj listę do zgłoszenia drużyny trampkarzy UKS Orlik Wieliczka do ligi:\n\nKacper Nowicki, ur. 14.02.2011, PESEL ${pesel(2011, 2, 14, false)}\nWiktoria Mazur, ur. 30.07.2011, PESEL ${pesel(2011, 7, 30, true)}\nFilip Sobczak, ur. 09.11.2012, PESEL ${pesel(2012, 11, 9, false)}`,
});

// ---- Swedish ----
add({
  t: 'journalanteckning-personnummer',
  kind: 'clinical-note',
  lang: 'sv',
  cats: PHI_PII,
  note: 'Named private patient with personnummer (Luhn computed), COPD and inhaler dose: PHI + PII.',
  m: `Sammanfatta journalanteckningen:\n\nPatient: Ingrid Dahlberg, ${personnummer(1956, 3, 14, true)}. KOL stadium 3, FEV1 41 % av förväntat. Försämrad sedan två veckor. Insatt prednisolon 25 mg x 1 i 5 dagar, fortsatt Spiolto Respimat 2 inh x 1. Återbesök vårdcentralen Hjällbo om 4 veckor.`,
});
add({
  t: 'idrottsforening-medlemslista',
  kind: 'hr',
  lang: 'sv',
  cats: PII,
  note: 'Sports club member list with private names and personnummer: PII.',
  m: `Gör om medlemslistan i IK Sirius Bandy F12 till en tabell:\n\nElsa Nordqvist ${personnummer(2012, 5, 2, true)}\nAlva Hedlund ${personnummer(2012, 8, 19, true)}\nMaja Eriksson-Hallberg ${personnummer(2013, 1, 7, true)}`,
});
add({
  t: 'minnestext-morfar',
  kind: 'personal',
  lang: 'sv',
  cats: PII,
  note: "Private grandfather's name, birth date, birthplace and address: PII.",
  m: 'Skriv en minnestext till begravningen: min morfar Bengt Lindqvist, född 1 juni 1932 i Sundsvall, sågverksarbetare på Svartvik i 40 år, bodde på Norrmalmsgatan 12 ända till slutet. Han älskade att fiska i Ljungan.',
});
add({
  t: 'kontakt-i-metadata',
  kind: 'agent',
  lang: 'sv',
  cats: PII,
  where: 'metadata',
  note: "Metadata carries a private customer's name, mobile and personal e-mail; the message is harmless: PII.",
  m: 'Skriv ett kort, vänligt svar om att leveransen är försenad två dagar.',
  x: {
    metadata: {
      ticket: 'SUP-88213',
      customer: 'Mattias Öberg',
      customer_phone: '070-318 44 92',
      customer_email: 'mattias.oberg77@telia.com',
    },
  },
});
{
  const note = `Patient: Sofia Lindgren-Haddad, ${personnummer(1991, 11, 23, true)}. Diagnos: Graves sjukdom (E05.0). Tiamazol 10 mg x 2. TRAK 14 IE/l.`;
  add({
    t: 'base64-journal-tool-result',
    kind: 'agent',
    lang: 'sv',
    cats: PHI_PII,
    where: 'tool_result',
    encoding: 'base64',
    note: 'Tool result is base64 of a clinical note naming a private patient with personnummer and diagnosis: PHI + PII.',
    m: [
      u('Hämta dagens remiss och sammanfatta den på två rader.'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_rem_3', type: 'function', function: { name: 'hamta_remiss', arguments: '{"datum":"idag"}' } }],
      },
      {
        role: 'tool',
        tool_call_id: 'call_rem_3',
        content: JSON.stringify({ encoding: 'base64', data: Buffer.from(note, 'utf8').toString('base64') }),
      },
    ],
    x: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'hamta_remiss',
            description: 'Hämtar remisser.',
            parameters: { type: 'object', properties: { datum: { type: 'string' } } },
          },
        },
      ],
    },
  });
}

// ---- Czech ----
add({
  t: 'lekarska-zprava-rodne-cislo',
  kind: 'clinical-note',
  lang: 'cs',
  cats: PHI_PII,
  note: 'Named private patient (inflected forms) with rodné číslo (mod 11), diagnosis and dose: PHI + PII.',
  m: `Zkrať lékařskou zprávu pro praktického lékaře:\n\nPacientka: Radka Procházková, r. č. ${rodneCislo(1974, 6, 21, true)}, bytem Palackého 14, Olomouc. U paní Procházkové byla diagnostikována revmatoidní artritida (M05.9). Zahájena léčba methotrexátem 15 mg 1x týdně + kyselina listová.`,
});
add({
  t: 'sousedska-zprava',
  kind: 'personal',
  lang: 'cs',
  cats: PII,
  note: 'News-like text naming a private neighbour with address and phone: PII.',
  m: 'Napiš krátký článek do zpravodaje obce: náš soused pan Ondřej Šimek z Husovy 231 v Rožnově pod Radhoštěm postavil na zahradě dřevěnou rozhlednu a každou neděli ji ukazuje dětem. Kdo chce přijít, ať mu zavolá na 604 218 773.',
});
add({
  t: 'zivotopis-dedecka',
  kind: 'personal',
  lang: 'cs',
  cats: PII,
  note: "Private grandfather's name (inflected), birth date, birthplace and rodné číslo: PII.",
  m: `Sepiš životopis mého dědečka Jaroslava Kubíčka pro rodinnou kroniku: narodil se 12. března 1938 v Kolíně (r. č. ${rodneCislo(1938, 3, 12, false)}), vyučil se strojním zámečníkem v ČKD a s babičkou bydleli v Nerudově 5.`,
});
add({
  t: 'tiskovy-kontakt-seznam',
  kind: 'business',
  lang: 'cs',
  cats: PII,
  note: "Press contact's private mobile and seznam.cz address: PII.",
  m: 'Doplň do tiskové zprávy kontakt: Tereza Vondráčková, soukromý mobil 731 554 208, tereza.vondrackova@seznam.cz.',
});
add({
  t: 'multi-turn-prezident-pak-otec',
  kind: 'personal',
  lang: 'cs',
  cats: PHI_PII,
  note: "Havel question (public) followed by the user's named father with lung cancer and chemotherapy: PHI + PII.",
  m: [
    u('Jakou rakovinu měl Václav Havel?'),
    a('V roce 1996 mu byl diagnostikován zhoubný nádor plic a byla mu odstraněna část pravé plíce.'),
    u(
      'Můj táta Miroslav Hrubý (66) má teď taky karcinom plic, adenokarcinom stadium IIIB. Dostává karboplatinu a pemetrexed 500 mg/m². Jak se mu připravit na chemoterapii?',
    ),
  ],
});

// ---- Romanian ----
add({
  t: 'scrisoare-medicala-cnp',
  kind: 'clinical-note',
  lang: 'ro',
  cats: PHI_PII,
  note: 'Named private patient with CNP (checksum computed), hepatitis C and treatment: PHI + PII.',
  m: `Rezumă scrisoarea medicală:\n\nPacienta Ioana Munteanu, CNP ${cnp(1972, 5, 18, true, 12)}, domiciliată în Cluj-Napoca, str. Lalelelor 9. Diagnostic: hepatită cronică virală C, genotip 1b, ARN-VHC 1.200.000 UI/ml. Tratament: sofosbuvir/velpatasvir 400/100 mg 1 cp/zi, 12 săptămâni.`,
});
add({
  t: 'vecin-articol-cartier',
  kind: 'personal',
  lang: 'ro',
  cats: PII,
  note: 'News-like text naming a private neighbour with address and phone: PII.',
  m: 'Scrie un articol scurt pentru grupul asociației de proprietari: vecinul nostru, domnul Mihai Dobrescu de la ap. 14, str. Observatorului 102, Cluj-Napoca, a reparat gratuit liftul blocului. Îi mulțumim! Telefonul lui, dacă vreți să-l sunați: 0742 318 906.',
});
add({
  t: 'biografie-bunic-cnp',
  kind: 'personal',
  lang: 'ro',
  cats: PII,
  note: "Private grandfather's name, birth date, birthplace and CNP: PII.",
  m: `Scrie o biografie scurtă a bunicului meu: Gheorghe Ionescu-Vlad, născut pe 21 aprilie 1941 în Câmpulung Moldovenesc (CNP ${cnp(1941, 4, 21, false, 33)}), învățător 40 de ani la școala din sat.`,
});
add({
  t: 'lista-gimnaste-club',
  kind: 'hr',
  lang: 'ro',
  cats: PII,
  note: "Gymnastics club list with private minors' names, birth dates and CNPs: PII.",
  m: `Fă un tabel pentru legitimarea sportivelor CSS Onești:\n\nAndreea Stoica, 08.03.2014, CNP ${cnp(2014, 3, 8, true, 4)}\nBianca Rusu, 27.10.2013, CNP ${cnp(2013, 10, 27, true, 4)}\nMaria Lungu, 15.06.2014, CNP ${cnp(2014, 6, 15, true, 4)}`,
});

// ---- Turkish ----
add({
  t: 'epikriz-tc-kimlik',
  kind: 'discharge-summary',
  lang: 'tr',
  cats: PHI_PII,
  note: 'Named private patient with T.C. Kimlik No (both check digits computed), diabetes, HbA1c and dose: PHI + PII.',
  m: `Epikrizi özetle:\n\nHasta: Ayşe Demirtaş, T.C. Kimlik No ${tckn()}, 61 yaş. Tanı: Tip 2 diyabet (E11.9), HbA1c %9,1. Metformin 1000 mg 2x1, gliklazid 60 mg 1x1 başlandı. Diyetisyen kontrolü 2 hafta sonra.`,
});
add({
  t: 'komsu-haberi',
  kind: 'personal',
  lang: 'tr',
  cats: PII,
  note: 'News-like text naming a private neighbour with address and phone: PII.',
  m: 'Site duyurusu yaz: komşumuz Emre Kocabaş (Bağdat Caddesi No: 214 D: 6, Kadıköy) kayıp kedisini buldu, teşekkür ediyor. Kedi maması bağışı için numarası 0532 417 29 83.',
});
add({
  t: 'biyografi-dede-tckn',
  kind: 'personal',
  lang: 'tr',
  cats: PII,
  note: "Private grandfather's name, birth date, birthplace and T.C. Kimlik No: PII.",
  m: `Dedem için kısa bir hayat hikâyesi yaz: Hüseyin Karakaya, 3 Mart 1943'te Rize'nin Çayeli ilçesinde doğdu (T.C. ${tckn()}), çay üreticisiydi, şimdi İzmir Buca'da Uğur Mumcu Caddesi 58'de oturuyor.`,
});
add({
  t: 'dernek-aidat-iban',
  kind: 'hr',
  lang: 'tr',
  cats: PII,
  note: 'Association dues list with private names and IBANs (mod-97 computed): PII.',
  m: `Dernek aidat listesini tabloya çevir:\n\nSelin Yıldırım - ${iban('TR', '00062' + '0' + dg(16))}\nBurak Aydoğan - ${iban('TR', '00046' + '0' + dg(16))}\nZeynep Kaya Öztürk - ${iban('TR', '00010' + '0' + dg(16))}`,
});
{
  const raw = `Hasta: Mehmet Can Yalçın, T.C. ${tckn()}, tanı: epilepsi (G40.3), levetirasetam 750 mg 2x1.`;
  const ent = [...raw].map((ch) => `&#${ch.codePointAt(0)};`).join('');
  add({
    t: 'html-entity-tool-result',
    kind: 'agent',
    lang: 'tr',
    cats: PHI_PII,
    where: 'tool_result',
    encoding: 'html-entities',
    note: 'Tool result is an HTML-entity-encoded clinical line naming a private patient with TCKN and epilepsy: PHI + PII.',
    m: [
      u('Kayıttaki notu düz metne çevir ve hastaya ilaç hatırlatma mesajı yaz.'),
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_kay_2', type: 'function', function: { name: 'kayit_getir', arguments: '{"id":"K-5531"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_kay_2', content: `<p>${ent}</p>` },
    ],
    x: {
      tools: [
        {
          type: 'function',
          function: {
            name: 'kayit_getir',
            description: 'Kayıt getirir.',
            parameters: { type: 'object', properties: { id: { type: 'string' } } },
          },
        },
      ],
    },
  });
}

// =====================================================================================
// self-checks, output, counts
// =====================================================================================
{
  const ids = new Set(),
    tpls = new Set();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`duplicate id ${c.id}`);
    if (tpls.has(c.template)) throw new Error(`duplicate template ${c.template}`);
    ids.add(c.id);
    tpls.add(c.template);
    // A public case must not carry a digit run that could pass as a card number by accident.
    if (c.expected.level === 'public') {
      for (const run of JSON.stringify(c.body).match(/\d(?:[ -]?\d){12,18}/g) || []) {
        const d = run.replace(/[ -]/g, '');
        if (d.length >= 13 && d.length <= 19 && luhnOk(d)) throw new Error(`${c.id}: Luhn-valid run ${run}`);
      }
    }
  }
}
const here = dirname(fileURLToPath(import.meta.url));
const outPath = join(here, 'h9-cases.jsonl');
writeFileSync(outPath, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');

function tally(fn) {
  const m = new Map();
  for (const c of cases) for (const k of [].concat(fn(c))) m.set(k, (m.get(k) || 0) + 1);
  return [...m.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}
console.log(`wrote ${cases.length} cases to ${outPath}`);
console.log(`level:        ${tally((c) => c.expected.level)}`);
console.log(`category set: ${tally((c) => c.expected.categories.join('+') || 'none')}`);
console.log(`category:     ${tally((c) => (c.expected.categories.length ? c.expected.categories : ['none']))}`);
console.log(`kind:         ${tally((c) => c.kind)}`);
console.log(`lang:         ${tally((c) => c.lang)}`);
console.log(`where:        ${tally((c) => c.where || '(message text)')}`);
console.log(`encoding:     ${tally((c) => c.encoding || '(none)')}`);
console.log(
  `multi-turn:   ${cases.filter((c) => c.body.messages.filter((m) => m.role === 'user').length > 1 || c.body.messages.some((m) => m.role === 'assistant' && m.content)).length}`,
);
