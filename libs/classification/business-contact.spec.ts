import { analyzeText, classifyTexts } from './classify';
import { isTollFree, PHONE_BUSINESS_SCORE, serviceLineBefore } from './detectors/net/business-phone';
import { BUSINESS_ADDRESS_SCORE, companyAddressAt } from './detectors/ner/business-address';

const level = (text: string): string => classifyTexts([text]).level;
const scoreOf = (text: string, type: string, value: string): number | undefined =>
  analyzeText(text).find((r) => r.entity_type === type && text.slice(r.start, r.end) === value)?.score;

describe("a company's own contact data is business data, not personal (issue 10)", () => {
  it.each([
    'Acme Software GmbH, Hauptstraße 12, 10115 Berlin. Kundenservice: 0800 123 4567',
    'Please write to Initech LLC, 4120 Freidrich Lane, Austin, TX 78744. Customer hotline: 1-800-555-0199',
    'Contactez Dupont SARL, 12 rue de la Paix, 75002 Paris, service client 01 23 45 67 89',
    'Acme Ltd\n12 High Street\nLondon SW1A 1AA\nFreephone 0808 123 4567',
    'Ferretti S.p.A. · Via Roma 15 · 20121 Milano · servizio clienti 02 1234 5678',
    'Registered office: 1 Canada Square, London E14 5AB',
    'Sitz der Gesellschaft: Bahnhofstraße 5, 80331 München',
    'Empresa Ejemplo S.L., CIF B12345674, Calle Mayor 5, 28013 Madrid',
    'Beispiel GmbH · HRB 123456 · Hauptstraße 12 · 10115 Berlin',
    'Is the company headquarters at 1 Microsoft Way, Redmond, WA 98052 open to visitors?',
    'Die Firmenzentrale in der Hauptstraße 12, 10115 Berlin',
    'Impressum: Acme GmbH',
    'Anschrift: Acme GmbH\nRegistergericht: Amtsgericht München',
    'Colofon: Voorbeeld B.V.',
    'Acme GmbH | Hauptstraße 12 | 10115 Berlin | Tel. +49 30 1234567 | Fax +49 30 1234568 | info@acme.de',
    'Impressum\nMüller Bau AG\nBahnhofstraße 5\n80331 München\nTel. 089 1234567\nHRB 12345, Amtsgericht München',
    'Initech LLC, 4120 Freidrich Lane, Austin, TX 78744, phone 512-555-0147',
    'Write to kundenservice@beispiel-shop.de or contact@acme.io',
    'Call our toll-free line +1 888 555 0147 any time',
  ])('public: %p', (text) => expect(level(text)).toBe('public'));

  it('still reports the address and the phone, below the personal scores', () => {
    const text = 'Acme Software GmbH, Hauptstraße 12, 10115 Berlin. Kundenservice: 0800 123 4567';
    expect(scoreOf(text, 'LOCATION', 'Hauptstraße 12, 10115 Berlin')).toBe(BUSINESS_ADDRESS_SCORE);
    expect(scoreOf(text, 'PHONE_NUMBER', '0800 123 4567')).toBe(PHONE_BUSINESS_SCORE);
  });

  it("keeps the phone in a person's signature personal, though the company's address is not", () => {
    const text = 'Best regards\nMaria Keller\nAcme GmbH\nHauptstraße 12\n10115 Berlin\nTel. 0171 2345678';
    expect(scoreOf(text, 'LOCATION', 'Hauptstraße 12')).toBe(BUSINESS_ADDRESS_SCORE);
    expect(scoreOf(text, 'PHONE_NUMBER', '0171 2345678')).toBeGreaterThanOrEqual(0.4);
  });

  it('ends an imprint address before its phone and register entries', () => {
    const text = 'Müller Bau AG, Bahnhofstraße 5, 80331 München, HRB 12345, Tel. 089 1234567';
    expect(scoreOf(text, 'LOCATION', 'Bahnhofstraße 5, 80331 München')).toBe(BUSINESS_ADDRESS_SCORE);
    expect(scoreOf(text, 'PHONE_NUMBER', '089 1234567')).toBeDefined();
  });

  // hard negatives: a private person's data in the same kinds of text stays personal
  it.each([
    'Our customer Maria Keller, Hauptstraße 3, 10115 Berlin, called.',
    'Acme GmbH, z. Hd. Maria Keller, Hauptstraße 3, 10115 Berlin',
    'Kundenservice hat angerufen, meine Nummer ist 0171 2345678',
    'The customer hotline told me to leave my number: 0171 2345678',
    'Call me on 0171 2345678, I spoke with the Kundenservice',
    'Please send the parcel to 4120 Freidrich Lane, Austin, TX 78744',
    'Write to maria.keller@beispiel-shop.de',
    '123 Main St\nMobile, AL 36602',
    'I work from home at 12 Elm Street, Springfield, IL 62704',
    'Geschäftsführer: Anna Schmidt',
    'Acme GmbH, Hauptstraße 12, 10115 Berlin, Maria Keller, Tel. 0171 2345678',
    'Acme GmbH, Hauptstraße 12, 10115 Berlin, Ansprechpartnerin Maria Keller',
    'Acme GmbH, Hauptstraße 12, 10115 Berlin. Please call me on 0171 2345678',
    'Our customer Maria Keller, Hauptstraße 3, 10115 Berlin, Tel. 0171 2345678',
  ])('confidential: %p', (text) => expect(level(text)).toBe('confidential'));

  it('keeps Tel Aviv a town of an address', () => {
    const text = 'Rua Augusta 12, Tel Aviv';
    expect(scoreOf(text, 'LOCATION', 'Rua Augusta 12, Tel Aviv')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('isTollFree', () => {
  it.each([
    ['18005550199', false],
    ['8885550147', false],
    ['08001234567', false],
    ['0808123456', false],
    ['0805123456', false], // FR numéro vert
    ['800123456', false], // IT numero verde, PT, PL
    ['900123456', false], // ES
    ['498001234567', true],
    ['448081234567', true],
    ['34900123456', true],
    ['18775550100', true],
  ])('%p (international %p) is toll-free', (digits, international) => expect(isTollFree(digits, international)).toBe(true));

  it.each([
    ['4155550132', false], // a geographic NANP number
    ['9005550132', false], // US 900 is premium-rate, ten digits
    ['01712345678', false], // DE mobile
    ['0891234567', false],
    ['0612345678', false],
    ['4930123456', true],
    ['19005550132', true],
  ])('%p (international %p) is not', (digits, international) => expect(isTollFree(digits, international)).toBe(false));
});

describe('serviceLineBefore and companyAddressAt', () => {
  it('reads only the same line and the company just before', () => {
    expect(serviceLineBefore('Customer hotline:\n0171 2345678', 18)).toBe(false);
    expect(serviceLineBefore('Atención al cliente: 912 345 678', 21)).toBe(true);
    expect(serviceLineBefore('Servizio clienti, chiamami: mio numero 333 1234567', 39)).toBe(false);
    expect(companyAddressAt('Initech Inc., 12 Main St', 14)).toBe(true);
    expect(companyAddressAt('Marketing SA\n12 Main St', 13)).toBe(true);
    expect(companyAddressAt('Maria Keller, 12 Main St', 14)).toBe(false);
    expect(companyAddressAt('I live at home, 12 Main St', 16)).toBe(false);
    expect(companyAddressAt('Sagt SAGA, 12 Main St', 11)).toBe(false);
  });

  it('stays linear on a long run of legal forms', () => {
    const text = 'GmbH '.repeat(200000) + '12 Main St';
    const t0 = Date.now();
    companyAddressAt(text, text.length - 10);
    analyzeText(text.slice(0, 1 << 20));
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
