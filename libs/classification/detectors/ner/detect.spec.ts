import type { Span } from '../types';
import { detectNamedEntities, findEntities } from './detect';

const found = (text: string): string[] => findEntities(text).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

describe('findEntities: people, places and organisations', () => {
  it.each([
    // Gazetteer names, with and without cues
    ['John Smith wrote the report.', ['PERSON John Smith']],
    ['Maybe it is under Mathias Ruud', ['PERSON Mathias Ruud']],
    ['Dear Priya, thanks for the update.', ['PERSON Priya']],
    ['Regards,\nOluwaseun Adeyemi', ['PERSON Oluwaseun Adeyemi']],
    ['Patient: Zoë Kowalczyk, 54', ['PERSON Zoë Kowalczyk']],
    ['Mr. Leiva flew to Madrid on Tuesday.', ['PERSON Leiva', 'LOCATION Madrid']],
    ['My name is Aantje Mourik but everyone calls me Aantje', ['PERSON Aantje Mourik', 'PERSON Aantje']],
    ['I would like to remove my kid Tadzio from the will.', ['PERSON Tadzio']],
    ['Her maiden name is Key', ['PERSON Key']],
    ['Have you been to a Ravil G Yefimov concert?', ['PERSON Ravil G Yefimov']],
    ['Producer James Sparks explained it.', ['PERSON James Sparks']],
    ['"I am glad," says Hartvigsson.', ['PERSON Hartvigsson']],
    ['Alvir spent a year there.', ['PERSON Alvir']],
    ['They had 6: Gaetane, Hannah, Anthony and Derek.', ['PERSON Gaetane', 'PERSON Hannah', 'PERSON Anthony', 'PERSON Derek']],
    ['Nicole: Remember me?', ['PERSON Nicole']],
    // Places
    ['I will be travelling to Canada next week', ['LOCATION Canada']],
    ['Who is coming to Czech Republic with me?', ['LOCATION Czech Republic']],
    ['We moved here from Kenosha', ['LOCATION Kenosha']],
    ['He grew up in SUND.', ['LOCATION SUND']],
    ['Ms. Barajas flew to New Westminster on Saturday.', ['PERSON Barajas', 'LOCATION New Westminster']],
    // Organisations
    ['I work for Aunt Bertha Inc', ['ORGANIZATION Aunt Bertha Inc']],
    ['Favian Rangel from Drake PLC is the keynote speaker', ['PERSON Favian Rangel', 'ORGANIZATION Drake PLC']],
    ['During 1971, Mayo-Walters invested heavily.', ['ORGANIZATION Mayo-Walters']],
    ['The Propublica office is closed.', ['ORGANIZATION Propublica']],
    ['Send it to Microsoft today.', ['ORGANIZATION Microsoft']],
  ])('%p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    [
      'Tomomi Nishiyama lives at 86036 Rua do Arenque 1634, Goiânia',
      ['LOCATION 86036 Rua do Arenque 1634, Goiânia', 'PERSON Tomomi Nishiyama'],
    ],
    [
      'William Hughes\n\n20789 Allika 46\n Suite 501\n Riisa\n\n Estonia 62488',
      ['LOCATION 20789 Allika 46', 'LOCATION Suite 501', 'LOCATION Riisa', 'LOCATION Estonia 62488', 'PERSON William Hughes'],
    ],
    ['Meet me at PSC 1437, Box 3833\nAPO AA 66791', ['LOCATION PSC 1437, Box 3833', 'LOCATION APO AA 66791']],
  ])('an address is one LOCATION per line and wins over names inside it: %p', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findEntities: no false positives on code, logs and product names', () => {
  it.each([
    'Deploy to S3 and EKS, model the C4 diagram, ask GPT-4',
    'We run Kubernetes on EKS with GitHub Actions, React on the front end and Postgres behind it.',
    'Our stack: Node.js, TypeScript, NestJS, TypeORM, Redis, Kafka, Terraform and Helm on Azure.',
    'Exception in thread "main" java.lang.NullPointerException\n\tat com.example.UserService.getUser(UserService.java:42)',
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at Object.<anonymous> (/app/src/index.js:12:5)",
    '2024-01-15T10:30:00Z ERROR [main] UserController - Failed to load config from ConfigMap gateway-config',
    '{"level":"info","msg":"Request completed","service":"Billing","durationMs":42}',
    'const userService = new UserService(repo); class PaymentGateway extends BaseGateway {}',
    'Please refactor the PaymentProcessor class so that RetryPolicy and CircuitBreaker are injected.',
    'Write a Python script that reads a CSV with Pandas and plots it with Matplotlib in Jupyter.',
    'In Excel, use VLOOKUP on the Sales sheet, then export to PowerPoint for the Quarterly Business Review.',
    'Use Stripe for payments, Twilio for SMS, SendGrid for email and Auth0 for login.',
    'I asked ChatGPT and Claude, then compared with Gemini and Llama 3 on Hugging Face.',
    'Error: connect ECONNREFUSED 127.0.0.1:5432 at TCPConnectWrap.afterConnect [as oncomplete]',
    'What is the difference between Kafka Streams and Apache Flink?',
    'Guilty Pleasures: Musicians Of The Seventies You Are Supposed To Hate',
    'Upgrade Python 3.12, Node 20 and Postgres 16 before Friday.',
    'Plan B Strategy and Vitamin D Deficiency are the two chapters.',
    'The Subnets and Route Tables are created by the module.',
    "C'mon, sing it with me.",
  ])('%p has no PERSON', (text) => {
    expect(findEntities(text).filter((e) => e.type === 'PERSON')).toEqual([]);
  });
});

describe('detectNamedEntities', () => {
  it('appends spans with Presidio entity names and scores in (0, 1]', () => {
    const out: Span[] = [];
    detectNamedEntities('Dr. Alice Brown moved to Paris to join Google.', out);
    expect(out.map((s) => s.entityType)).toEqual(['PERSON', 'LOCATION', 'ORGANIZATION']);
    for (const s of out) expect(s.score).toBeGreaterThan(0);
    for (const s of out) expect(s.score).toBeLessThanOrEqual(1);
  });

  const MB = 1 << 20;
  it.each([
    ['huge capitalised runs', 'Aaaa Bbbb Cccc Dddd '.repeat(MB / 20)],
    ['repeated honorifics', 'Mr. '.repeat(MB / 4)],
    ['one long token', 'A' + 'b'.repeat(MB)],
    ['one long capitalised hyphenated token', 'Aa-'.repeat(MB / 3)],
    ['initials', 'A. '.repeat(MB / 3)],
    ['particles', 'Jan de la de la de la '.repeat(MB / 22)],
    ['names', 'John Smith and Mary Jones met Dr. Alice Brown in Paris. '.repeat(MB / 56)],
    ['lowercase names', 'john and mary went to paris with patricia '.repeat(MB / 43)],
    ['addresses', '12 Main Street Apt. 5 Springfield IL 62704 '.repeat(MB / 43)],
    ['all caps', 'LONDON PARIS BERLIN ROME '.repeat(MB / 25)],
    ['punctuation only', '.,;:!? '.repeat(MB / 7)],
  ])('completes on 1 MB of %s', (_name, text) => {
    const out: Span[] = [];
    detectNamedEntities(text, out);
    expect(out.length).toBeGreaterThanOrEqual(0);
    for (const s of out) expect(s.end).toBeLessThanOrEqual(text.length);
  });
});

describe('findEntities: names after forms of address and self-introductions in other languages', () => {
  it.each([
    ['Herr Müller hat angerufen', ['PERSON Müller']],
    ['Bitte rufen Sie Frau Anna Schmidt an', ['PERSON Anna Schmidt']],
    ['Mme Dubois est arrivée', ['PERSON Dubois']],
    ['Je vois M. Lefèvre demain', ['PERSON Lefèvre']],
    ['Hablé con la señora García ayer', ['PERSON García']],
    ['Hablé con la Sra. García ayer', ['PERSON García']],
    ['Ho parlato con il signor Rossi', ['PERSON Rossi']],
    ['Ik heb mevrouw de Vries gebeld', ['PERSON de Vries']],
    ["Je m'appelle Pierre Lefebvre", ['PERSON Pierre Lefebvre']],
    ['Me llamo Carlos Ruiz', ['PERSON Carlos Ruiz']],
    ['Mi chiamo Giulia Bianchi', ['PERSON Giulia Bianchi']],
    ['Mein Name ist Jonas Becker', ['PERSON Jonas Becker']],
  ])('%p', (text, expected) => expect(found(text).filter((e) => e.startsWith('PERSON'))).toEqual(expected));

  it.each(['Herr Doktor, bitte', 'Madame est servie', 'Le signor e la signora', 'Frauenarzt Termin'])('%p has no person', (text) =>
    expect(found(text).filter((e) => e.startsWith('PERSON'))).toEqual([]),
  );
});

describe('findEntities: a lowercase `name` key in code and config', () => {
  it.each([
    ['- name: Deploy\n  run: ./deploy.sh', []],
    ['jobs:\n  - name: Build\n    uses: actions/checkout@v4', []],
    // A form's label, or a word that is also a given name, is still a person.
    ['Name: Deploy', ['PERSON Deploy']],
    ['name: Rose\nage: 44', ['PERSON Rose']],
    ['name: Jane Smith', ['PERSON Jane Smith']],
    // an ordinary first word before a surname no table knows as ordinary is a full name; a step title is not
    ['{"name":"Saga Nordström","age":74}', ['PERSON Saga Nordström']],
    ['- name: Build Docker Image\n  run: make', []],
    // the key in other languages
    ['{"namn":"Saga Nordström","personnummer":"500606-6343"}', ['PERSON Saga Nordström']],
    ['{"nome":"Rosa Bianchi"}', ['PERSON Rosa Bianchi']],
  ])('%p -> %p', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('findEntities: an auxiliary opening a question is no part of the name', () => {
  it.each([
    ['Did Franklin D. Roosevelt really have polio?', ['PERSON Franklin D. Roosevelt']],
    ['Had Jane Smith signed the form?', ['PERSON Jane Smith']],
  ])('%p -> %p', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('findEntities: roles labelling a transcript in other languages', () => {
  it.each([
    'Klient: jak zmienić godziny otwarcia?\nKonsultant: Ustawienia > Kalendarz, potem Zapisz.',
    'Kunde: Wo bleibt mein Paket?\nBerater: Es liegt noch im Lager.',
    'Müşteri: paketim nerede?\nTemsilci: depoda bekliyor.',
    'Zákazník: kde je balík?\nOperátor: ve skladu.',
    'Kund: var är paketet?\nHandläggare: på lagret.',
  ])('%p has no person', (text) => expect(found(text).filter((e) => e.startsWith('PERSON'))).toEqual([]));

  it('a name labelling a line is still a person', () =>
    expect(found('Xiadani: hola, ¿qué tal?\nOkonkwo: bien')).toEqual(['PERSON Xiadani', 'PERSON Okonkwo']));
});

describe('findEntities: a relative introduced with a possessive in other languages', () => {
  it.each([
    ['Danke. Mein Sohn Finn Ostermann (8) hat eine Innenohrschwerhörigkeit.', ['PERSON Finn Ostermann']],
    ['Unser Nachbar Herbert Pichler ist gestürzt.', ['PERSON Herbert Pichler']],
    ["Ma fille Chloé Martin a de l'asthme.", ['PERSON Chloé Martin']],
    ['Mi hija Lucía tiene asma.', ['PERSON Lucía']],
  ])('%p -> %p', (text, expected) => expect(found(text).filter((e) => e.startsWith('PERSON'))).toEqual(expected));
});
