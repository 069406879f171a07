import fc from 'fast-check';
import type { ChatMessage } from '@libs/core';
import { NEEDS_DIGIT } from './analyze';
import { analyzeText, classify, classifyTexts } from './classify';
import { findingRole } from './categories';
import { DK_CPR_CONTEXT_SCORE, DK_CPR_SCORE } from './detectors/ids/dk-cpr';
import type { Span } from './detectors/types';

const user = (content: string): ChatMessage => ({ role: 'user', content });

describe('classify: categories, level and explanation (SPEC §4)', () => {
  it('says so when nothing is found', () => {
    expect(classifyTexts(['What is the capital of the country?'])).toEqual({
      level: 'public',
      categories: [],
      findings: [],
      entities: {},
      healthContext: false,
      explanation: 'No sensitive data detected: public.',
    });
  });

  it('makes a name in a health context PHI, naming types and counts only', () => {
    const c = classifyTexts(['Patient: Jane Doe, code E11.9']);
    expect(c.level).toBe('restricted');
    expect(c.categories).toEqual(['PHI', 'PII']);
    expect(c.entities).toEqual({ ICD10_CODE: 1, PERSON: 1 });
    expect(c.healthContext).toBe(true);
    expect(c.explanation).toBe('Detected 1 PERSON, 1 ICD10_CODE in health context: PHI, PII -> restricted.');
  });

  it('holds an uncued CPR-shaped number (no check digit since 2007) below the personal threshold', () => {
    expect(findingRole({ entityType: 'DK_CPR', score: DK_CPR_SCORE })).toBe('none');
    expect(findingRole({ entityType: 'DK_CPR', score: DK_CPR_CONTEXT_SCORE })).toBe('personal');
  });

  it('joins health context and identifiers across messages', () => {
    const c = classify([
      { role: 'system', content: 'You summarise clinical notes. Diagnosis: pneumonia.' },
      user('Email the summary to jane.doe@example.com'),
    ]);
    expect(c.categories).toEqual(['PHI', 'PII']);
    expect(c.findings.find((f) => f.entityType === 'EMAIL_ADDRESS')?.text).toBe(1);
  });

  it.each([
    ['PII alone is confidential', 'Call me at 415-555-0132', ['PII'], 'confidential'],
    ['health context alone is public', 'HbA1c 7.2% and metformin 500 mg', [], 'public'],
    ['an MRN is PHI by itself', 'MRN: 00123456', ['PHI'], 'restricted'],
    ['a valid card is PCI', 'card 4111 1111 1111 1111', ['PCI'], 'restricted'],
    ['a Luhn-invalid card is nothing', 'card 4111 1111 1111 1112', [], 'public'],
    ['a connection string password is CREDENTIALS', 'postgres://user:pass@host/db', ['CREDENTIALS'], 'restricted'],
    ['an SSN is PII', 'SSN 078-05-1123', ['PII'], 'confidential'],
    // A date is personal only as a date of birth (a birth cue scores it 0.85: categories.findingRole).
    ['a date of birth is PII', 'DOB 1980-02-03', ['PII'], 'confidential'],
    ['a date of birth in a health context is PHI', 'DOB 1980-02-03, diagnosed with diabetes', ['PHI', 'PII'], 'restricted'],
    ['a date alone is not PII', 'Released on 1980-02-03', [], 'public'],
    ['an NHS number with its cue is PHI', 'NHS number 943 476 5919', ['PHI'], 'restricted'],
    ['a bare checksum-valid 10-digit number does not escalate to PHI', 'batch 9434765919 shipped', [], 'public'],
    ['a Swedish personnummer is PII', 'Mitt personnummer är 811228-9874', ['PII'], 'confidential'],
    ['a Danish CPR number after its cue is PII', 'CPR-nr. 070761-4285', ['PII'], 'confidential'],
    ['a Turkish identity number is PII', 'T.C. Kimlik No: 10000000146', ['PII'], 'confidential'],
    ['a Portuguese company number (NIPC) is not PII', 'NIF da empresa: 501000003', [], 'public'],
    [
      'everything at once, sorted',
      'Dr. Who, diabetes, 4111111111111111, password=hunter22',
      ['CREDENTIALS', 'PCI', 'PHI', 'PII'],
      'restricted',
    ],
  ])('%s', (_name, text, categories, level) => {
    const c = classifyTexts([text]);
    expect(c.categories).toEqual(categories);
    expect(c.level).toBe(level);
  });

  it('explains a health context without identifiers', () => {
    expect(classifyTexts(['Diagnosed with asthma']).explanation).toBe(
      'Detected 2 MEDICAL_CONDITION in health context: no identifiers -> public.',
    );
  });

  it('reads every text a provider sees: parts, names, tool call arguments', () => {
    const c = classify([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'hello' },
          { type: 'image_url', image_url: { url: 'x' } },
        ],
      },
      { role: 'user', content: 'hi', name: 'alice' },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 't1', type: 'function', function: { name: 'lookup', arguments: '{"email":"bob@example.org"}' } }],
      },
    ]);
    // texts: 'hello', 'hi', 'alice', 'lookup', the arguments; the participant name is a person's name
    expect(c.findings.map((f) => [f.entityType, f.text])).toEqual([
      ['PERSON', 2],
      ['EMAIL_ADDRESS', 4],
    ]);
    expect(c.findings.find((f) => f.entityType === 'EMAIL_ADDRESS')).toEqual({
      entityType: 'EMAIL_ADDRESS',
      start: 10,
      end: 25,
      score: 1,
      text: 4,
    });
  });

  it('keeps entity keys sorted and counts every finding', () => {
    const c = classifyTexts(['a@example.com b@example.com', 'Mr. Smith']);
    expect(Object.keys(c.entities)).toEqual(['EMAIL_ADDRESS', 'PERSON']);
    expect(c.entities.EMAIL_ADDRESS).toBe(2);
  });
});

describe('classify: hard negatives stay public', () => {
  it.each([
    '550e8400-e29b-41d4-a716-446655440000',
    'commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    'upgrade to v2.3.11, or 1.2.3.4',
    'at 2024-01-15T10:30:00Z and 2024-01-15T10:30:00.123+02:00',
    'Order #123456789 shipped',
    'id 4111111111111112',
    'Deploy to S3 and EKS, model the C4 diagram, ask GPT-4',
    'HTTP 404 at 10:30, port 8080, 3.14159, 1,234,567 users',
    'see https://example.com:8443/docs?page=2#top',
  ])('%p', (text) => {
    const c = classifyTexts([text]);
    // Timestamps and links are reported (DATE_TIME, URL) but identify no one.
    expect(c.findings.filter((f) => f.entityType !== 'DATE_TIME' && f.entityType !== 'URL')).toEqual([]);
    expect(c.categories).toEqual([]);
    expect(c.level).toBe('public');
  });
});

describe('classify: places and organisations identify no one by themselves', () => {
  it.each([
    ['The capital of France is Paris.', { LOCATION: 2 }],
    ['I will be travelling to Canada next week', { LOCATION: 1 }],
    ['Send the invoice to Microsoft', { ORGANIZATION: 1 }],
  ])('%p is found and stays public', (text, entities) => {
    const c = classifyTexts([text]);
    expect(c.entities).toEqual(entities);
    expect(c.categories).toEqual([]);
    expect(c.level).toBe('public');
  });

  it('a person next to them is PII', () => {
    expect(classifyTexts(['Jane Doe moved to Paris']).categories).toEqual(['PII']);
  });
});

describe('classify: what is and is not personal data, by context', () => {
  const level = (text: string): string => classifyTexts([text]).level;

  it.each([
    'Write a product description from this entry: {"ndc": "0093-7214-01", "name": "Metformin Hydrochloride", "strength": "500 mg"}',
    'Name: Atorvastatin Calcium\nForm: tablet, film coated',
    'Metformin Hydrochloride tablets are white and oblong.',
  ])('a drug product named like a person is no person: %p', (text) => {
    expect(classifyTexts([text]).entities.PERSON).toBeUndefined();
    expect(level(text)).toBe('public');
  });

  it.each([
    // an animal's conditions with its owner's contact details: personal data, no person's health
    'Discharge sheet.\nPatient: Mochi, 4 y FS domestic shorthair\nOwner: Rachel Abernethy, 22 Clover Street, Bath BA2 4JP, tel 07723 590 148\nDx: hyperthyroidism (T4 78 nmol/L). Rx methimazole 2.5 mg PO BID.',
    "Reminder\nOwner: Colin Ashworth, 07446 210995\nYour dog Biscuit's thyroid recheck (T4 after starting methimazole 2.5 mg) is due.\nWestgate Veterinary Practice",
  ])('a veterinary note is PII, not PHI: %p', (text) => {
    const c = classifyTexts([text]);
    expect(c.categories).toEqual(['PII']);
    expect(c.healthContext).toBe(false);
  });

  it.each([
    'Our dog Bruno was diagnosed with hip dysplasia and the vet prescribed carprofen 75 mg twice daily.',
    'Unser Hund Bella hat Hüftdysplasie, die Tierärztin hat Carprofen verschrieben.',
    'Meine Katze Mimi hat Diabetes und bekommt Caninsulin 2 IE zweimal täglich.',
  ])('an animal and its name are no one: %p', (text) => expect(level(text)).toBe('public'));

  it("a veterinarian in a tool description leaves the messages' health a person's", () =>
    expect(
      classifyTexts([
        'I am Laura Chen, I have bipolar disorder and take lithium 600 mg daily.',
        'Find a veterinarian for a dog near the user',
      ]).categories,
    ).toEqual(['PHI', 'PII']));

  it("a veteran is no vet: without an animal, health stays a person's", () =>
    expect(classifyTexts(['As a Vietnam vet, John Miller has PTSD and type 2 diabetes.']).categories).toEqual(['PHI', 'PII']));

  it("a child who swallowed the dog's pill is a person's health", () =>
    expect(
      classifyTexts(['Mi hijo Iker (4 años) se ha tragado una pastilla de Apoquel 16 mg del perro; tiene diabetes tipo 1.']).categories,
    ).toEqual(['PHI', 'PII']));

  it('an office holder with a health finding is personal again (a living person)', () =>
    expect(classifyTexts(['Club president Jan Novak has pancreatic cancer, diagnosed in May.']).categories).toEqual(['PHI', 'PII']));

  it.each([
    "Write Jest tests for this validator. Use only documented placeholder data: name 'Jane Doe', email jane.doe@example.com, phone '+1 202-555-0143'.",
    'Schreib ein Beispiel-JSON mit den üblichen Platzhaltern: Max Mustermann, Musterstraße 1, 12345 Musterstadt, max.mustermann@example.com, Telefon 0123 456789.',
    "Review this Jest fixture, all data is fake: { name: 'Test Patient', email: 'test.patient@example.com', diagnosis: 'J45.909' }",
  ])('stand-ins in text that says its data is made up identify no one: %p', (text) => expect(level(text)).toBe('public'));

  it.each([
    'Patient: John Doe, unidentified male, found unconscious, BP 80/50, diabetes', // a hospital's name for an unknown patient
    'Fake news! Jane Doe from 12 Oak Street, Springfield, IL 62704 has cancer.', // "fake" does not make a real address a stand-in
    'Ruf mich an: 0176 23456789, ich habe Diabetes und heiße Anna Weber.',
    'Por ejemplo, mi paciente Jane Doe tiene diabetes; su correo es jane.doe@gmail.com.', // "for example" is no made-up data
  ])('real data stays personal: %p', (text) => expect(level(text)).toBe('restricted'));

  // A second reader's texts against this session's precision rules: each stays at its level.
  it.each([
    [['Albert Einstein (geboren 1958) leidet an Morbus Parkinson und nimmt Levodopa 100 mg.'], 'restricted'],
    [
      ['Please draft a get-well card for Senator Mark Jensen.', 'He was diagnosed with prostate cancer and starts radiotherapy on Monday.'],
      'restricted',
    ],
    [['Lyrica Thompson, 41, fibromyalgia, on pregabalin 75 mg BID.'], 'restricted'],
    [['Herr Hund, 67 Jahre, Diabetes mellitus Typ 2, Metformin 1000 mg, HbA1c 8,2 %.'], 'restricted'],
    [['Gato Roberto (apellido primero), 60 años, hipertensión, enalapril 10 mg.'], 'restricted'],
    [['Robert Haines is an Army vet with PTSD; his service dog Max helps with panic attacks. He takes sertraline 100 mg.'], 'restricted'],
    [['Für meinen Aufsatz: Herr Thomas Mann aus der Nachbarschaft ist an Demenz erkrankt.'], 'restricted'],
    [['Regina Maria Weber hat die Kündigung eingereicht, letzter Arbeitstag 30.06.'], 'confidential'],
    [['Contact: 877 412 9034 (my cell)'], 'confidential'],
    // a second review: a person's own health inside an animal's record, and "dummy" or "mock" in their everyday sense
    [
      [
        'Owner: Karen Mills\nPatient: Bella (labrador), 7y\nDx: hypothyroidism, levothyroxine 0.4 mg BID.\nOwner note: Karen herself was diagnosed with breast cancer.',
      ],
      'restricted',
    ],
    [
      ['Vet appointment for puppy moved. Also, Michael Brown was diagnosed with epilepsy and started levetiracetam 500 mg twice daily.'],
      'restricted',
    ],
    [
      ['Owner: Daniel Ortiz, phone 555-867-5309\nSpecies: dog\nOwner is HIV positive on Biktarvy and asks whether the dog is a risk.'],
      'restricted',
    ],
    [
      ['Write a letter for Lisa Doe, who has HIV and takes Biktarvy 50 mg daily. Her ex called her a dummy for telling people.'],
      'restricted',
    ],
    [
      [
        'We ran a mock code drill today. Real patient afterwards: John Doe, 54, chest pain, troponin 2.3 ng/mL, started heparin 5000 units.',
      ],
      'restricted',
    ],
    [['Test results for Anna Test: HbA1c 9.1%, diagnosed with diabetes.'], 'restricted'],
  ])('%p stays %p', (texts, expected) => expect(classifyTexts(texts).level).toBe(expected));

  it('a given name that is also a brand stays a person', () =>
    expect(classifyTexts(['Allegra Smith has diabetes and asked about her Allegra refill.']).level).toBe('restricted'));

  it.each([
    'Who was Abraham Lincoln?',
    'When did Napoleon Bonaparte die?',
    "Explain Einstein's theory of relativity",
    'Compare the philosophies of Plato and Aristotle',
    'Wer war Albert Einstein?',
  ])('a notable person in an encyclopedic question is reported but public: %p', (text) => {
    const c = classifyTexts([text]);
    expect(c.entities.PERSON).toBeGreaterThan(0);
    expect(c.categories).toEqual([]);
    expect(c.level).toBe('public');
  });

  it.each([
    'Franklin D. Roosevelt was born on January 30, 1882. How did his presidency begin?',
    'Marie Curie was born on November 7, 1867 in Warsaw.',
  ])("a notable person's birth date is a public fact: %p", (text) => {
    const c = classifyTexts([text]);
    expect(c.entities.DATE_TIME).toBeGreaterThan(0);
    expect(c.level).toBe('public');
  });

  it.each([
    'My patient John Miller was born on January 30, 1982.',
    'Marie Curie was born on November 7, 1867. My grandmother Anna Berg was born on March 3, 1931.',
    'Who was Marie Curie? My son was born on November 7, 2011.',
  ])("anyone else's birth date stays PII: %p", (text) => expect(level(text)).toBe('confidential'));

  it.each([
    'My patient John Lennon was admitted yesterday',
    'Who was Abraham Lincoln? Email him at abe@example.com',
    'Abraham Lincoln booked a room for tomorrow',
    'Who is John Smith?',
  ])('a notable name in a private context, or anyone else, stays PII: %p', (text) => expect(level(text)).toBe('confidential'));

  it.each(['What is the capital of Australia?', 'How long is the Danube river?', 'Is Berlin bigger than Madrid?'])(
    'places alone are reported but public: %p',
    (text) => {
      const c = classifyTexts([text]);
      expect(c.entities.LOCATION).toBeGreaterThan(0);
      expect(c.level).toBe('public');
    },
  );

  it.each([
    'Send it to Hauptstraße 12, 10115 Berlin',
    'Mon adresse : 12 rue de la Paix, 75002 Paris',
    'Calle Mayor 5, 28013 Madrid',
    'Via Roma 10, 00184 Roma',
    'Keizersgracht 123, 1015 CJ Amsterdam',
    'Deliver to 10 Downing Street, London SW1A 2AA',
    '123 Main St, Springfield, IL 62704',
  ])('a postal address is PII: %p', (text) => {
    const c = classifyTexts([text]);
    expect(c.entities.LOCATION).toBeGreaterThan(0);
    expect(c.categories).toEqual(['PII']);
  });

  it.each([
    'Herr Müller hat angerufen',
    'Mme Dubois est arrivée',
    'la señora García llamó',
    'il signor Rossi',
    'mevrouw de Vries belde',
    'Mi chiamo Giulia Bianchi',
  ])('a name in a European-language sentence is PII: %p', (text) => expect(level(text)).toBe('confidential'));

  it.each([
    "Why can't I reach 192.168.1.1 from 10.0.0.5?",
    'ping 127.0.0.1, then 203.0.113.0/24 and 2001:db8::1',
    'Pods get 100.64.0.0/10, links 169.254.0.1 and fe80::1%eth0, ULA fd00::1, 172.16.5.4 is the gateway',
  ])('reserved IP addresses are reported but public: %p', (text) => {
    const c = classifyTexts([text]);
    expect(c.entities.IP_ADDRESS).toBeGreaterThan(0);
    expect(c.level).toBe('public');
  });

  it("a UK postcode is reported; it is PII only as someone's own", () => {
    expect(classifyTexts(['Which region is SW1A 1AA in?']).level).toBe('public');
    expect(classifyTexts(['My postcode is SW1A 1AA']).categories).toEqual(['PII']);
  });

  it.each([
    'Comment configurer une IP statique 192.168.0.10/24 avec la passerelle 192.168.0.254 et le DNS 9.9.9.9 sur Debian 12 ?',
    'Set the resolvers to 8.8.8.8 and 1.0.0.1, or 2620:fe::fe over IPv6',
  ])('private addresses and public DNS resolvers are reported but public: %p', (text) => {
    const c = classifyTexts([text]);
    expect(c.entities.IP_ADDRESS).toBeGreaterThan(0);
    expect(c.level).toBe('public');
  });

  it('a public IP address is PII', () => expect(classifyTexts(['the login came from 81.2.69.160']).categories).toEqual(['PII']));

  it('a passport MRZ is PII', () => {
    const c = classifyTexts(['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10']);
    expect(c.entities.MRZ).toBe(1);
    expect(c.categories).toEqual(['PII']);
  });
});

describe('classify: normalisation and overlaps', () => {
  it('finds a card split by a zero-width space, with offsets on the original text', () => {
    const text = '4111 1111\u200b 1111 1111';
    expect(analyzeText(text)).toEqual([{ entity_type: 'CREDIT_CARD', start: 0, end: 20, score: 1 }]);
  });

  it('folds fullwidth digits and maps offsets back', () => {
    const text = 'pay ４１１１\u200d１１１１１１１１１１１１ now';
    const [r] = analyzeText(text);
    expect(r?.entity_type).toBe('CREDIT_CARD');
    expect(text.slice(r?.start, r?.end)).toBe('４１１１\u200d１１１１１１１１１１１１');
  });

  it('sees through bidi controls inside an email address', () => {
    const text = 'mail jane\u202e.doe@example\u202c.com';
    expect(analyzeText(text).map((r) => [r.entity_type, text.slice(r.start, r.end)])).toEqual([
      ['EMAIL_ADDRESS', 'jane\u202e.doe@example\u202c.com'],
    ]);
  });

  it('reports a card number once, never also as a phone number', () => {
    const found = analyzeText('Phone: 371449635398431');
    expect(found.map((f) => f.entity_type)).toEqual(['CREDIT_CARD']);
  });

  it('keeps a vendor key over the assignment that contains it', () => {
    const key = ['sk-', 'abc123DEF456ghi789JKL012mno345'].join('');
    const found = analyzeText(`api_key = "${key}"`);
    expect(found).toHaveLength(1);
    expect(found[0]?.score).toBe(0.95);
  });
});

describe('classify: invariants', () => {
  const fragment = fc.constantFrom(
    'Patient: Jane Doe',
    'jane.doe@example.com',
    '+1 (415) 555-0132',
    '4111 1111 1111 1111',
    'SSN 078-05-1123',
    'MRN: 00123456',
    'DOB 1980-02-03',
    'diabetes',
    'E11.9',
    'password=hunter22',
    'postgres://u:pw12@h/db',
    'The capital of France is Paris.',
    'v2.3.11',
    '\u200b',
    '４',
    ' ',
    '\n',
  );
  const text = fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 12 }).map((parts) => parts.join(' '));

  it('analyzeText returns sorted, non-overlapping spans inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        let end = 0;
        for (const r of analyzeText(t)) {
          expect(r.start).toBeGreaterThanOrEqual(end);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(t.length);
          end = r.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  // Findings may overlap (a health term inside another span still counts; decoded views add findings
  // on their encoded source), but each lies inside its text, in text order.
  it('returns findings inside their texts, in order, and never puts a value in the explanation', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const c = classifyTexts(texts);
        let last = { text: -1, end: 0 };
        for (const f of c.findings) {
          const t = texts[f.text] ?? '';
          expect(f.text).toBeGreaterThanOrEqual(last.text);
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(t.length);
          expect(f.score).toBeGreaterThan(0);
          expect(f.score).toBeLessThanOrEqual(1);
          const value = t.slice(f.start, f.end);
          if (value.length >= 4) expect(c.explanation).not.toContain(value);
          last = { text: f.text, end: f.end };
        }
        expect([...c.categories].sort()).toEqual(c.categories);
        expect(Object.keys(c.entities).sort()).toEqual(Object.keys(c.entities));
      }),
      { numRuns: 300 },
    );
  });
});

describe('classify: adversarial input', () => {
  const MB = 1 << 20;
  const inputs: [string, string][] = [
    ['a long digit run', '1'.repeat(MB)],
    ['repeated dash separators', '1-'.repeat(MB / 2)],
    ['repeated space separators', '1 '.repeat(MB / 2)],
    ['repeated dot separators', '1.'.repeat(MB / 2)],
    ['card-like groups', '4111 '.repeat(MB / 5)],
    ['plus signs', '+1 '.repeat(MB / 3)],
    ['one huge token', 'a'.repeat(MB)],
    ['at signs', 'a@'.repeat(MB / 2)],
    ['assignments', 'password='.repeat(MB / 9)],
    ['schemes', 'x://a:b'.repeat(MB / 7)],
    ['PEM headers without an end', '-----BEGIN RSA PRIVATE KEY-----'.repeat(MB / 31)],
    ['a huge sk- token', 'sk-' + 'a1'.repeat(MB / 2)],
    ['a huge JWT-like token', 'eyJ' + 'a'.repeat(MB)],
    ['cues without names', 'Patient: '.repeat(MB / 9)],
    ['capitalised words after a cue', 'Mr. ' + 'Aaaa '.repeat(MB / 5)],
    ['MRN cues', 'MRN '.repeat(MB / 4)],
    ['undotted codes', 'E11 '.repeat(MB / 4)],
    ['zero-width characters', '1\u200b'.repeat(MB / 2)],
    ['parentheses', '('.repeat(MB)],
  ];

  it.each(inputs)(
    'classifies 1 MB of %s',
    (_name, input) => {
      const c = classifyTexts([input]);
      expect(c.explanation).toMatch(/\.$/);
    },
    60_000,
  );
});

describe('classifyTexts with extra (external) findings', () => {
  it('merges findings of other analyzers and counts overlapping same-type spans once', () => {
    const text = 'write to jane.doe@example.org today';
    const start = text.indexOf('jane');
    const c = classifyTexts(
      [text],
      [
        { entityType: 'EMAIL_ADDRESS', start, end: start + 20, score: 1, text: 0 },
        { entityType: 'NRP', start: 0, end: 5, score: 0.6, text: 0 },
      ],
    );
    expect(c.entities).toEqual({ EMAIL_ADDRESS: 1, NRP: 1 });
    expect(c.categories).toEqual(['PII']);
  });
});

describe('digit-gated detectors', () => {
  // analyzeSpans skips these on a text without an ASCII digit: none may ever match such a text.
  const noDigits = [
    'ABCDEFGHIJKLMNOP abcdefghijklmnop AB CD EF GH C QQ-ABCD-EFGH DE ABC DEF GHI',
    'IBAN DE AB CDEF GHIJ KLMN OP, card four one one one, SSN xxx-xx-xxxx, NIE X-ABCDEFG-L',
    'RSSMRA AB CDE FGHI J codice fiscale, NHS number ABC DEF GHIJ, passport AB, licence ABCDEFGH',
    '١٢٣-٤٥-٦٧٨٩ ４１１１ ꘠꘡꘢꘣', // non-ASCII digits (NFKC folds the fullwidth ones before detection)
  ];
  it.each([...NEEDS_DIGIT].map((d) => [d.name, d] as const))('%s finds nothing without a digit', (_name, detector) => {
    for (const text of noDigits) {
      const out: Span[] = [];
      detector(text.replace(/[0-9]/g, ''), out);
      expect(out).toEqual([]);
    }
  });
});
