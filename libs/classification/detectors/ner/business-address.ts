/**
 * A company's own address (an imprint, an invoice or e-mail footer, a letter to a company) is
 * business contact data, not a private person's address: the address directly follows a name with
 * a legal-form suffix ("Acme Software GmbH, Hauptstraße 12, 10115 Berlin", "Initech LLC\n4120 …"),
 * or is introduced as a company's seat ("Registered office:", "Sitz der Gesellschaft:", "siège
 * social :"). Such a block is reported as LOCATION at {@link BUSINESS_ADDRESS_SCORE}, below the
 * address threshold. A person's name between the company and the address ("Acme GmbH, z. Hd. Maria
 * Keller, Hauptstraße 3") or no legal form at all ("our customer Maria Keller, Hauptstraße 3")
 * leaves it a private address.
 */
/** Distinct from every other LOCATION score: analyze.ts finds the company's phone after it. */
export const BUSINESS_ADDRESS_SCORE = 0.55;

/** How much text before the address is read (a legal form, a register entry and separators fit). */
const WINDOW = 80;

/**
 * Legal forms of companies (EN DE FR ES IT NL PT PL Nordic), case as written in registers, then
 * only separators up to the address: a comma, a line break, a middle dot or a bar, a dash.
 */
const LEGAL_FORM_BEFORE = new RegExp(
  '(?:^|[\\s,(])(?:' +
    [
      'GmbH(?: & Co\\.? KG(?:aA)?)?',
      'gGmbH',
      'mbH',
      'AG',
      'KGaA',
      'KG',
      'OHG',
      'UG \\(haftungsbeschränkt\\)',
      'e\\. ?V',
      'e\\. ?K',
      'eG',
      'SE',
      'Ltd',
      'LTD',
      'Limited',
      'LIMITED',
      'LLC',
      'L\\.L\\.C',
      'LLP',
      'Inc',
      'INC',
      'Corp',
      'Corporation',
      'plc',
      'PLC',
      'Pty Ltd',
      'S\\. ?A',
      'SA',
      'S\\. ?L(?:\\. ?U)?',
      'SL',
      'SLU',
      'S\\. ?A\\. ?S',
      'SAS',
      'SARL',
      'S\\. ?à ?r\\. ?l',
      'EURL',
      'SNC',
      'B\\. ?V',
      'BV',
      'N\\. ?V',
      'NV',
      'VOF',
      'S\\. ?p\\. ?A',
      'SpA',
      'S\\. ?r\\. ?l',
      'Srl',
      'Lda',
      'Ltda',
      'Sp\\. z ?o\\. ?o',
      'AB',
      'Oy',
      'Oyj',
      'ASA',
      'A/S',
      'ApS',
    ].join('|') +
    ')\\.?[\\s,·|•–-]*' +
    // The company's register entry may stand between: "S.L., CIF B12345674, Calle Mayor 5".
    '(?:(?:CIF|NIF|HRB|HRA|KvK|RCS|SIREN|SIRET|VAT|USt-IdNr|Company No|Reg\\. No)\\.?:? ?[A-Z]{0,2}[ -]?[0-9][0-9 ]{3,14}[\\s,·|•–-]*)?$',
);

/** A company's seat or headquarters named as such just before the address ("Registered office:", "Siemens-Zentrale am"). */
const SEAT_BEFORE =
  /(?:registered (?:office|address)|head office|headquarters|company address|business address|sitz der gesellschaft|firmensitz|gesellschaftssitz|geschäftsadresse|firmenanschrift|zentrale|hauptsitz|siège social|si[eè]ge|domicilio social|domicilio fiscal|sede legale|sede sociale|sede social|sede central|vestigingsadres|kantooradres|hoofdkantoor|statutaire zetel)\s*(?:(?:am|an der|in der|im|at|on|in|à|au|en|op|aan de)\s+)?[:–-]?\s*$/i;

/** Is the address starting at `start` a company's, by what directly precedes it? */
export function companyAddressAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  return LEGAL_FORM_BEFORE.test(before) || SEAT_BEFORE.test(before);
}
