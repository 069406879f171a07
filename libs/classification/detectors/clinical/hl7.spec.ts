import type { Span } from '../types';
import { detectHl7 } from './hl7';

const found = (text: string): Array<[string, string]> => {
  const out: Span[] = [];
  detectHl7(text, out);
  return out.map((s) => [s.entityType, text.slice(s.start, s.end)]);
};

const ADT = [
  'MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB|GHH|198808181126|SECURITY|ADT^A01|MSG00001|P|2.5',
  'EVN|A01|198808181123',
  'PID|1||PATID1234^5^M11^ADT1^MR^GOOD HEALTH HOSPITAL~123456789^^^USSSA^SS||EVERYMAN^ADAM^A^III||19610615|M||C|2222 HOME STREET^^GREENSBORO^NC^27401-1020|GL|(555) 555-2004|(555)555-2004||S||PATID12345001^2^M10^ADT1^AN^A|444333333|987654^NC',
  'NK1|1|NUCLEAR^NELDA^W|SPO^SPOUSE||||NK^NEXT OF KIN',
  'PV1|1|I|2000^2012^01||||004777^ATTEND^AARON^A|||SUR||||ADM|A0|',
].join('\r');

describe('detectHl7', () => {
  it('reads a PID segment of an ADT message', () => {
    expect(found(ADT)).toEqual([
      ['HL7_SEGMENT', 'PID'],
      ['MEDICAL_RECORD_NUMBER', 'PATID1234'],
      ['MEDICAL_RECORD_NUMBER', '123456789'],
      ['PERSON', 'EVERYMAN'],
      ['PERSON', 'ADAM'],
      ['PERSON', 'A'],
      ['DATE_TIME', '19610615'],
      ['LOCATION', '2222 HOME STREET^^GREENSBORO^NC^27401-1020'],
      ['PHONE_NUMBER', '(555) 555-2004'],
      ['PHONE_NUMBER', '(555)555-2004'],
      ['MEDICAL_RECORD_NUMBER', 'PATID12345001'],
      ['US_SSN', '444333333'],
      ['US_DRIVER_LICENSE', '987654'],
      ['HL7_SEGMENT', 'NK1'],
      ['PERSON', 'NUCLEAR'],
      ['PERSON', 'NELDA'],
      ['PERSON', 'W'],
      ['HL7_SEGMENT', 'PV1'],
    ]);
  });

  it('scores the birth date as a date of birth', () => {
    const out: Span[] = [];
    detectHl7('PID|1||MRN555^^^H^MR||DOE^JANE||19700314|F', out);
    const dob = out.find((s) => s.entityType === 'DATE_TIME');
    expect(dob?.score).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    // Codes by their coding system; offsets on the original field text.
    [
      'OBX|1|NM|4548-4^Hemoglobin A1c^LN||8.1|%|4.0-6.0|H',
      [
        ['HL7_SEGMENT', 'OBX'],
        ['LOINC_CODE', '4548-4'],
      ],
    ],
    [
      'DG1|1|I10|E11.9^Type 2 diabetes mellitus^I10||20240101|A',
      [
        ['HL7_SEGMENT', 'DG1'],
        ['ICD10_CODE', 'E11.9'],
      ],
    ],
    [
      'RXE|^^^20240101|00002751001^Insulin^NDC|10',
      [
        ['HL7_SEGMENT', 'RXE'],
        ['NDC_CODE', '00002751001'],
      ],
    ],
    ['AL1|1|DA|70618^Penicillin^RXNORM|SV', [['HL7_SEGMENT', 'AL1']]],
    // One-line paste, segments separated by spaces.
    [
      'PID|1||A12345^^^HOSP^MR||ROE^RICHARD OBX|1|ST|X^Y^L||positive',
      [
        ['HL7_SEGMENT', 'PID'],
        ['MEDICAL_RECORD_NUMBER', 'A12345'],
        ['PERSON', 'ROE'],
        ['PERSON', 'RICHARD'],
        ['HL7_SEGMENT', 'OBX'],
      ],
    ],
    // A field separator declared in MSH-1.
    [
      'MSH#^~\\&#APP#FAC\nPID#1##998877^^^H^MR##SMITH^ANNA',
      [
        ['HL7_SEGMENT', 'PID'],
        ['MEDICAL_RECORD_NUMBER', '998877'],
        ['PERSON', 'SMITH'],
        ['PERSON', 'ANNA'],
      ],
    ],
  ])('finds %p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'cat access.log | grep PID | wc -l',
    'The PID of the process is 4242',
    '| PID | name |', // a markdown table
    'MSH is the message header segment',
    'xPID|1||123', // not at a segment start
    'PID#1##998877^^^H^MR', // '#' is no separator without an MSH declaring it
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));
});

describe('detectHl7 on templates', () => {
  it('reads template slots as no data, the address included (slots from street to zip are no address)', () => {
    const template = 'PID|1||<MRN>^^^<FACILITY>^MR||<LAST>^<FIRST>^<MIDDLE>||<YYYYMMDD>|<SEX>|||<STREET>^^<CITY>^<STATE>^<ZIP>';
    expect(found(template)).toEqual([['HL7_SEGMENT', 'PID']]);
  });

  it('still reads the real parts of a half-filled segment', () => {
    const text = 'PID|1||<MRN>||DOE^JANE||19700314|F|||12 Main St^^<CITY>^NC^27401';
    expect(found(text)).toEqual(
      expect.arrayContaining([
        ['PERSON', 'DOE'],
        ['PERSON', 'JANE'],
        ['LOCATION', '12 Main St^^<CITY>^NC^27401'],
      ]),
    );
  });
});
