import { classifyTexts } from './classify';

/**
 * SPEC §4 on structured clinical formats and codes, end to end through the classifier. None of
 * these cases depends on the clinical vocabulary (health-terms.ts): the health context comes from
 * the record structure (HL7 segment, FHIR resource) or a validated code.
 */
const HL7 =
  'MSH|^~\\&|LAB|HOSP|EHR|HOSP|202403141200||ORU^R01|MSG1|P|2.5\rPID|1||MRN778899^^^HOSP^MR||ROE^RICHARD||19700314|M\rOBX|1|NM|4548-4^HbA1c^LN||8.1|%';
const FHIR_PATIENT = JSON.stringify({ resourceType: 'Patient', name: [{ family: 'Roe', given: ['Richard'] }], birthDate: '1970-03-14' });
const FHIR_OBSERVATION = JSON.stringify({
  resourceType: 'Observation',
  code: { coding: [{ system: 'http://loinc.org', code: '4548-4' }] },
  valueQuantity: { value: 8.1, unit: '%' },
});

const CDA_FRAGMENT =
  '<patient><name><given>Marguerite</given><family>Oyelaran</family></name><birthTime value="19620314"/></patient>\n' +
  '<observation><code code="2345-7" codeSystem="2.16.840.1.113883.6.1" displayName="Glucose"/><value value="182" unit="mg/dL"/></observation>';
const CLAIM_837P =
  'ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *230101*1253*^*00501*000000101*1*T*:~' +
  'GS*HC*SUBMITTER*RECEIVER*20230101*1253*1*X*005010X222A1~ST*837*0001*005010X222A1~' +
  'NM1*85*2*BEN KILDARE SERVICE*****XX*9876543210~HL*2*1*22*0~SBR*P*18*12312-A******CI~' +
  'NM1*IL*1*SMITH*JANE****MI*JS00111223333~N3*236 N MAIN ST~N4*MIAMI*FL*33413~DMG*D8*19430501*F~' +
  'CLM*26463774*100***11:B:1*Y*A*Y*I~HI*ABK:E1165*ABF:I10~SV1*HC:99213*40*UN*1***1~SE*10*0001~';
const NCPDP =
  '302-C2 Cardholder ID: ZX99281734\n310-CA Patient First Name: DARNELL\n311-CB Patient Last Name: HOLLOWAY\n' +
  '304-C4 Date of Birth: 19790922\n407-D7 Product/Service ID (NDC): 00093-7212-01';

describe('classify: clinical formats (SPEC §4)', () => {
  it.each([
    ['an HL7 v2 message with a PID segment', [HL7]],
    ['a PID segment alone', ['PID|1||A12345^^^HOSP^MR||DOE^JANE||19800101|F']],
    ['a FHIR Patient resource', [FHIR_PATIENT]],
    [
      'a FHIR Patient with a FHIR Observation in another message',
      [JSON.stringify({ resourceType: 'Patient', telecom: [{ system: 'phone', value: '555-201-9384' }] }), FHIR_OBSERVATION],
    ],
    ['a dotted ICD-10 code next to an address and a name', ['Jane Roe, 12 Elm Street, Springfield: E11.9']],
    ['a date of birth with a diagnosis code', ['DOB 03/14/1970, Dx I10']],
    ['a date of birth in French with an ICD-10 code', ['né le 14/03/1970, diagnostic J45.909']],
    ['a cued SNOMED code and an e-mail', ['SNOMED CT 73211009 for jane.roe@example.org']],
    ['an MRN alone', ['Patient ID: A12-3456']],
    ['a German case number alone', ['Fallnummer: 24/001234']],
    ['a CDA fragment with a patient name, a birth time and a LOINC-coded result', [CDA_FRAGMENT]],
    ['an X12 837P claim', [CLAIM_837P]],
    ['an 837P subscriber without the header, with its diagnoses', ['NM1*IL*1*SMITH*JANE~DMG*D8*19430501*F~HI*ABK:E1165~']],
    ['an NCPDP pharmacy claim with names in capitals and a compact birth date', [NCPDP]],
    [
      'a FHIR identifier with the SSN system',
      ['{"resourceType":"Patient","identifier":[{"system":"http://hl7.org/fhir/sid/us-ssn","value":"123-45-6789"}]}'],
    ],
  ])('makes PHI of %s', (_name, texts) => {
    const c = classifyTexts(texts);
    expect(c.categories).toContain('PHI');
    expect(c.level).toBe('restricted');
  });

  it('counts a date of birth as personal', () => {
    const c = classifyTexts(['DOB 03/14/1970']);
    expect(c.categories).toEqual(['PII']);
  });

  it.each([
    ['a code without any identifier', ['Dx E11.9 and LOINC 4548-4']],
    ['a FHIR Observation without a patient', [FHIR_OBSERVATION]],
    ['an OBX segment alone', ['OBX|1|NM|4548-4^HbA1c^LN||8.1|%']],
    ['a CDA coded entry alone', ['<code code="44054006" codeSystem="2.16.840.1.113883.6.96" displayName="Diabetes mellitus type 2"/>']],
  ])('keeps %s out of PII (health context only)', (_name, texts) => {
    const c = classifyTexts(texts);
    expect(c.healthContext).toBe(true);
    expect(c.categories).toEqual([]);
  });

  it.each([
    'Deploy on an A10 instance with S3 and EKS',
    'ps aux | grep PID',
    'Error code E11 on the dishwasher',
    'The resourceType field of a FHIR resource names its type',
    '<project><groupId>org.acme</groupId><developers><developer><name>Jane Doe</name></developer></developers></project>',
    'ST*850*0001~BEG*00*SA*PO123**20230101~NM1*IL*1*PARKER*PETER~N3*123 MAIN ST~N4*AUSTIN*TX*78701~SE*5*0001~',
    'Given the font family we use, the birthTime field of the form is optional.',
  ])('leaves %p without a health context', (text) => {
    expect(classifyTexts([text]).healthContext).toBe(false);
  });

  it('reads names, birth dates and addresses of a patient in CDA and X12 as personal', () => {
    const types = (text: string): string[] => classifyTexts([text]).findings.map((f) => f.entityType);
    expect(types(CDA_FRAGMENT)).toEqual(expect.arrayContaining(['PERSON', 'DATE_TIME', 'LOINC_CODE', 'CDA_DOCUMENT']));
    expect(types(CLAIM_837P)).toEqual(expect.arrayContaining(['PERSON', 'DATE_TIME', 'LOCATION', 'ICD10_CODE', 'X12_TRANSACTION']));
    expect(types(NCPDP)).toEqual(expect.arrayContaining(['PERSON', 'DATE_TIME']));
  });
});
