import type { Span } from '../types';
import { DOB_SCORE } from '../net/date-time';
import { detectCda } from './cda';

const found = (text: string): Array<[string, string]> => {
  const out: Span[] = [];
  detectCda(text, out);
  return out.map((s) => [s.entityType, text.slice(s.start, s.end)]);
};

const CCD = `<?xml version="1.0"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <recordTarget>
    <patientRole>
      <id extension="998991" root="2.16.840.1.113883.19.5.99999.2"/>
      <id extension="111-00-2330" root="2.16.840.1.113883.4.1"/>
      <addr use="HP">
        <streetAddressLine>1357 Amber Drive</streetAddressLine>
        <city>Beaverton</city>
        <state>OR</state>
        <postalCode>97867</postalCode>
      </addr>
      <telecom value="tel:+1(555)555-2003" use="HP"/>
      <patient>
        <name use="L"><prefix>Mrs.</prefix><given>Isabella</given><given>Isa</given><family>Jones</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19750501"/>
      </patient>
      <providerOrganization>
        <name>Community Health and Hospitals</name>
        <addr><streetAddressLine>1001 Village Avenue</streetAddressLine><city>Portland</city></addr>
      </providerOrganization>
    </patientRole>
  </recordTarget>
  <author><assignedAuthor><id extension="5555555555" root="2.16.840.1.113883.4.6"/>
    <assignedPerson><name><given>Henry</given><family>Seven</family></name></assignedPerson></assignedAuthor></author>
  <component><structuredBody><component><section>
    <entry><observation classCode="OBS" moodCode="EVN">
      <value xsi:type="CD" code="44054006" codeSystem="2.16.840.1.113883.6.96" displayName="Diabetes mellitus type 2"/>
      <code code="2345-7" codeSystem="2.16.840.1.113883.6.1" displayName="Glucose"/>
      <translation code="E11.9" codeSystem="2.16.840.1.113883.6.90"/>
    </observation></entry>
  </section></component></structuredBody></component>
</ClinicalDocument>`;

describe('detectCda (HL7 v3 CDA / C-CDA XML)', () => {
  it('reads the patient of a C-CDA document like a FHIR Patient, and its coded entries', () => {
    expect(found(CCD)).toEqual([
      ['CDA_DOCUMENT', 'ClinicalDocument'],
      ['CDA_DOCUMENT', 'patientRole'],
      ['MEDICAL_RECORD_NUMBER', '998991'],
      ['US_SSN', '111-00-2330'],
      ['LOCATION', '1357 Amber Drive'],
      ['LOCATION', 'Beaverton'],
      ['LOCATION', '97867'],
      ['PHONE_NUMBER', '+1(555)555-2003'],
      ['PERSON', 'Isabella'],
      ['PERSON', 'Isa'],
      ['PERSON', 'Jones'],
      ['DATE_TIME', '19750501'],
      ['SNOMED_CT_CODE', '44054006'],
      ['LOINC_CODE', '2345-7'],
      ['ICD10_CODE', 'E11.9'],
    ]);
  });

  it('scores the birth time as a date of birth and the address parts as an address', () => {
    const out: Span[] = [];
    detectCda(CCD, out);
    expect(out.find((s) => s.entityType === 'DATE_TIME')?.score).toBeGreaterThanOrEqual(DOB_SCORE);
    for (const s of out.filter((x) => x.entityType === 'LOCATION')) expect(s.score).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a fragment without the document around it (namespace prefixes, one line)', () => {
    const text =
      'Fix this: <v3:patient><v3:name><v3:given>Marguerite</v3:given><v3:family>Oyelaran</v3:family></v3:name>' +
      '<v3:birthTime value="19620314"/></v3:patient>';
    expect(found(text)).toEqual([
      ['PERSON', 'Marguerite'],
      ['PERSON', 'Oyelaran'],
      ['DATE_TIME', '19620314'],
      ['CDA_DOCUMENT', 'patient'],
    ]);
  });

  it('reads a name written as text under a patient, and an address written as text', () => {
    expect(
      found('<patientRole><addr>12 Elm St, Springfield IL 62704</addr><patient><name>Ruth Okafor</name></patient></patientRole>'),
    ).toEqual([
      ['CDA_DOCUMENT', 'patientRole'],
      ['LOCATION', '12 Elm St, Springfield IL 62704'],
      ['PERSON', 'Ruth Okafor'],
    ]);
  });

  it('reports a coded entry alone (the codes are health context)', () => {
    expect(found('<code code="38341003" codeSystem="2.16.840.1.113883.6.96" displayName="Hypertension"/>')).toEqual([
      ['SNOMED_CT_CODE', '38341003'],
    ]);
  });

  it.each([
    [
      'a Maven pom',
      '<project><groupId>org.acme</groupId><name>Acme Parser</name><developers><developer><name>Jane Doe</name></developer></developers></project>',
    ],
    ['an SVG', '<svg xmlns="http://www.w3.org/2000/svg"><g id="family"><text x="1">given</text></g></svg>'],
    ['an RSS feed', '<rss><channel><item><author><name>John Smith</name></author><title>Release 19750501</title></item></channel></rss>'],
    ['given and family as words in prose', 'Given the family history, <b>what</b> would you do?'],
    ['a non-HL7 code system', '<code code="F" codeSystem="2.16.840.1.113883.5.1"/><code code="1234" codeSystem="urn:example"/>'],
    ['template slots', '<patient><name><given>{{given}}</given><family>[FAMILY]</family></name><birthTime value="YYYYMMDD"/></patient>'],
    ['an impossible birth time', '<birthTime value="19751340"/>'],
    ['a network address in a config', '<interface><addr>10.0.0.1/24</addr><name>eth0</name></interface>'],
    ['a subject that is no relative', '<mail><subject><name>Quarterly report</name></subject></mail><addr>x</addr>'],
    ['text without tags', 'patientRole given family birthTime codeSystem'],
  ])('finds nothing in %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it('stays linear on many unclosed tags', () => {
    const text = '<given>'.repeat(50_000) + '<addr '.repeat(50_000);
    const t0 = Date.now();
    found(text);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
