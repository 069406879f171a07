import type { Span } from '../types';
import { DOB_SCORE } from '../net/date-time';
import { detectX12 } from './x12';

const found = (text: string): Array<[string, string]> => {
  const out: Span[] = [];
  detectX12(text, out);
  return out.map((s) => [s.entityType, text.slice(s.start, s.end)]);
};

const ISA = 'ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *230101*1253*^*00501*000000101*1*T*:~';
const CLAIM_837P =
  ISA +
  'GS*HC*SUBMITTERID*RECEIVERID*20230101*1253*1*X*005010X222A1~ST*837*0001*005010X222A1~BHT*0019*00*0123*20230101*1253*CH~' +
  'NM1*41*2*PREMIER BILLING SERVICE*****46*TGJ23~PER*IC*JERRY*TE*3055552222~NM1*40*2*KEY INSURANCE COMPANY*****46*66783JJT~' +
  'HL*1**20*1~NM1*85*2*BEN KILDARE SERVICE*****XX*9876543210~N3*234 SEAWAY ST~N4*MIAMI*FL*33111~REF*EI*587654321~' +
  'HL*2*1*22*0~SBR*P*18*12312-A******CI~NM1*IL*1*SMITH*JANE*M***MI*JS00111223333~N3*236 N MAIN ST~N4*MIAMI*FL*33413~' +
  'DMG*D8*19430501*F~NM1*PR*2*KEY INSURANCE COMPANY*****PI*999996666~CLM*26463774*100***11:B:1*Y*A*Y*I~HI*ABK:E1165*ABF:I10~' +
  'LX*1~SV1*HC:99213*40*UN*1***1~DTP*472*D8*20061003~SE*24*0001~GE*1*1~IEA*1*000000101~';

describe('detectX12 (ASC X12 health-care EDI)', () => {
  it('reads the subscriber, the claim and its diagnoses of an 837P, not the provider or the payer', () => {
    expect(found(CLAIM_837P)).toEqual([
      ['X12_TRANSACTION', '837'],
      ['PERSON', 'SMITH'],
      ['PERSON', 'JANE'],
      ['PERSON', 'M'],
      ['MEDICAL_RECORD_NUMBER', 'JS00111223333'],
      ['LOCATION', '236 N MAIN ST'],
      ['LOCATION', 'MIAMI'],
      ['LOCATION', '33413'],
      ['DATE_TIME', '19430501'],
      ['MEDICAL_RECORD_NUMBER', '26463774'],
      ['ICD10_CODE', 'E1165'],
      ['ICD10_CODE', 'I10'],
    ]);
  });

  it('scores the DMG date as a date of birth and the patient address as an address', () => {
    const out: Span[] = [];
    detectX12(CLAIM_837P, out);
    expect(out.find((s) => s.entityType === 'DATE_TIME')?.score).toBeGreaterThanOrEqual(DOB_SCORE);
    for (const s of out.filter((x) => x.entityType === 'LOCATION')) expect(s.score).toBeGreaterThanOrEqual(0.9);
  });

  it('takes the separators from the ISA header, and line breaks as segment ends', () => {
    const isa = 'ISA|00|          |00|          |ZZ|A              |ZZ|B              |230101|1253|^|00501|000000101|0|P|>!\n';
    const text = isa + 'ST|271|0001!\nNM1|IL|1|DOE|JOHN||||MI|W123456789!\nDMG|D8|19800214|M!\nEB|1|IND||30!\nSE|5|0001!';
    expect(found(text)).toEqual([
      ['X12_TRANSACTION', '271'],
      ['PERSON', 'DOE'],
      ['PERSON', 'JOHN'],
      ['MEDICAL_RECORD_NUMBER', 'W123456789'],
      ['DATE_TIME', '19800214'],
    ]);
  });

  it('takes the element separator from ST without an ISA header, and reads dotted diagnosis codes', () => {
    const text = 'ST|276|0001\nNM1|QC|1|LEE|ANN\nHI|ABK:E11.65\nSE|3|0001';
    expect(found(text)).toEqual([
      ['X12_TRANSACTION', '276'],
      ['PERSON', 'LEE'],
      ['PERSON', 'ANN'],
      ['ICD10_CODE', 'E11.65'],
    ]);
  });

  it('reads an 835 patient (NM1*QC) and a fragment without ST one segment a line', () => {
    const text = 'CLP*PCN0042*1*500*400*100*12*CLAIM9~\nNM1*QC*1*BROWN*ALICE****MI*XK77120~';
    expect(found(text)).toEqual([
      ['X12_TRANSACTION', 'CLP'],
      ['MEDICAL_RECORD_NUMBER', 'PCN0042'],
      ['PERSON', 'BROWN'],
      ['PERSON', 'ALICE'],
      ['MEDICAL_RECORD_NUMBER', 'XK77120'],
    ]);
  });

  it('reads a fragment pasted after prose on the same line', () => {
    const text = 'Can you check this claim: NM1*QC*1*BROWN*ALICE****MI*XK77120~DMG*D8*19560212*F~';
    expect(found(text)).toEqual([
      ['X12_TRANSACTION', 'NM1'],
      ['PERSON', 'BROWN'],
      ['PERSON', 'ALICE'],
      ['MEDICAL_RECORD_NUMBER', 'XK77120'],
      ['DATE_TIME', '19560212'],
    ]);
  });

  it("reads a subscriber's demographics as a health fragment (only health and benefit transactions carry DMG)", () => {
    const text = 'NM1*IL*1*PARKER*PETER****MI*W88120455~N3*123 MAIN ST~N4*AUSTIN*TX*78701~DMG*D8*19720830*M~';
    expect(found(text).map(([type]) => type)).toEqual([
      'PERSON',
      'PERSON',
      'MEDICAL_RECORD_NUMBER',
      'LOCATION',
      'LOCATION',
      'LOCATION',
      'X12_TRANSACTION',
      'DATE_TIME',
    ]);
  });

  it.each([
    [
      'an 850 purchase order',
      'ST*850*0001~BEG*00*SA*PO123**20230101~NM1*IL*1*PARKER*PETER~N1*ST*ACME CORP~N3*123 MAIN ST~N4*AUSTIN*TX*78701~DMG*D8*19430501~SE*6*0001~',
    ],
    ['a fragment with no health segment', 'NM1*IL*1*PARKER*PETER~N3*123 MAIN ST~N4*AUSTIN*TX*78701~'],
    ['an EDIFACT message', "UNH+1+ORDERS:D:96A:UN'NAD+BY+5412345000013::9'NM1+X'"],
    ['a CSV with stars', 'id,rating\nNM1,*****\nCLM,**\n'],
    ['a regex with tildes', 'Match /NM1\\*IL~CLM\\*(\\d+)~/ against the line'],
    ['segment names in prose', 'The NM1*IL segment holds the subscriber and CLM*01 the claim id.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('leaves organisations and providers out even in a health transaction', () => {
    expect(found('ST*837*1~NM1*IL*2*ACME HOLDINGS*****MI*G12345~NM1*82*1*KILDARE*BEN****XX*1234567893~CLM*A1*10~SE*4*1~')).toEqual([
      ['X12_TRANSACTION', '837'],
      ['MEDICAL_RECORD_NUMBER', 'A1'],
    ]);
  });

  it('stays linear on many terminators and star runs', () => {
    const text = 'NM1*IL*1*' + '*~'.repeat(200_000) + 'CLM'.repeat(100_000);
    const t0 = Date.now();
    found(text);
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
