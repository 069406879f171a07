import type { Span } from '../types';
import { classifyTexts } from '../../classify';
import { detectTables } from './tables';

const found = (detect: (t: string, out: Span[]) => void, text: string): string[] => {
  const out: Span[] = [];
  detect(text, out);
  return out.map((s) => `${s.entityType}:${text.slice(s.start, s.end)}`);
};

const LAB_CSV =
  'mrn,last_name,first_name,dob,loinc,test,value,unit,ref_range\n' +
  '4950415,Miller,Sarah,1961-04-30,2345-7,Glucose,142,mg/dL,70-99\n' +
  '5120033,Okafor,James,1978-11-02,4548-4,HbA1c,7.9,%,4.0-5.6\n';

describe('detectTables', () => {
  it('reads a lab export: record numbers, names, birth dates and tests', () => {
    const spans = found(detectTables, `Summarise:\n\n${LAB_CSV}`);
    expect(spans).toEqual(
      expect.arrayContaining([
        'MEDICAL_RECORD_NUMBER:4950415',
        'PERSON:Miller',
        'PERSON:Sarah',
        'DATE_TIME:1961-04-30',
        'LOINC_CODE:2345-7',
        'MEDICAL_CONDITION:Glucose',
        'MEDICAL_RECORD_NUMBER:5120033',
      ]),
    );
  });

  it.each([
    ['a TSV', 'patient_id\tnachname\tvorname\tdiagnose\n88123\tMüller\tAnna\tAsthma bronchiale\n'],
    ['a semicolon CSV in French', 'n_dossier;nom;prenom;date_naissance\n2024-00123;Dupont;Marie;12/03/1955\n'],
    ['a Markdown table', '| Patient ID | Name | DOB | Diagnosis |\n|---|---|---|---|\n| 88123 | Maria Lopez | 03/12/1955 | COPD |\n'],
    ['a fenced pipe table', '```\nnhc|apellidos|nombre|fecha_nacimiento\n123456|García López|Lucía|1950-01-02\n```'],
    ['a quoted CSV', '"mrn","name","dob"\n"4950415","Miller, Sarah","1961-04-30"\n'],
    [
      'bold Markdown headers',
      '| **MRN** | **Patient** | **Component** | **Value** | **Units** |\n| :-- | :-- | :-- | --: | :-- |\n| 00412233 | Jonas Weber | Potassium | 5.9 | mmol/L |\n',
    ],
  ])('reads %s', (_name, text) => expect(found(detectTables, text).length).toBeGreaterThanOrEqual(2));

  it('reports a pid column as record numbers beside personal or health columns only', () => {
    expect(found(detectTables, 'pid,last_name,dob\n40771,Okonkwo,1947-03-09\n')).toContain('MEDICAL_RECORD_NUMBER:40771');
    expect(found(detectTables, 'pid,test,value,unit\n40771,INR,4.6,ratio\n')).toContain('MEDICAL_RECORD_NUMBER:40771');
    expect(found(detectTables, 'pid,name,cpu\n40771,postgres,12.5\n')).toEqual([]);
  });

  it('reports a bare name column beside a birth-date column as names', () => {
    expect(found(detectTables, 'name,dob,city\nMaria Lopez,1955-03-12,Austin\n')).toContain('PERSON:Maria Lopez');
  });

  it.each([
    ['a product CSV', 'sku,name,price,qty\nA-100,Widget,9.99,3\nB-200,Gadget,19.99,1\n'],
    ['cities', 'name,country,population\nParis,France,2100000\nLyon,France,520000\n'],
    ['metrics', 'timestamp,metric,value,unit\n2024-05-01T10:00:00Z,cpu,0.93,ratio\n'],
    ['a config table in docs', '| Name | Value | Description |\n|---|---|---|\n| timeout | 30 | Seconds before retry |\n'],
    ['a log with pipes', '2024-05-01 10:00 | INFO | api | started\n2024-05-01 10:01 | WARN | api | slow\n'],
    ['countries and capitals', 'country;capital;continent\nFrance;Paris;Europe\nJapan;Tokyo;Asia\n'],
    ['CI test results', 'test,result,duration\nlogin works,passed,1.2s\ncheckout,failed,3.4s\n'],
    ['a process list', 'pid,user,command\n4312,root,/usr/sbin/sshd\n'],
    ['a header without rows', 'mrn,last_name,dob\n\nThat is the format.'],
    ['prose with commas', 'The patient, who is 54, has diabetes, asthma, and gout.\nHe takes metformin, inhaler, and colchicine.\n'],
  ])('reports nothing in %s', (_name, text) => expect(found(detectTables, text)).toEqual([]));

  it('reads a long line or a table beyond the row cap in linear time', () => {
    const rows = 'mrn,last_name,dob\n' + '1234567,Miller,1961-04-30\n'.repeat(20000);
    const t0 = Date.now();
    const spans: Span[] = [];
    detectTables(rows, spans);
    detectTables('pat,'.repeat(200000) + '\n' + 'a,'.repeat(200000), []);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(spans.length).toBe(500 * 3);
  });
});

describe('detectTables: code columns', () => {
  it('reports an ICD-10 column as codes, quoted names as persons', () => {
    const spans = found(detectTables, 'patient_name,dob,icd10\n"Albright, Janine",1972-03-14,E11.9\n"Osei, Abena",1990-07-07,pending\n');
    expect(spans).toEqual([
      'PERSON:Albright, Janine',
      'DATE_TIME:1972-03-14',
      'ICD10_CODE:E11.9',
      'PERSON:Osei, Abena',
      'DATE_TIME:1990-07-07',
    ]);
  });
});

describe('classify: column headers as cues', () => {
  it('makes PHI of a lab result list of identified patients', () => {
    const c = classifyTexts([`Can you summarise these results?\n\n${LAB_CSV}`]);
    expect(c.categories).toContain('PHI');
    expect(c.entities.MEDICAL_RECORD_NUMBER).toBe(2);
  });

  it('keeps a product table public', () => {
    expect(classifyTexts(['sku,name,price\nA-100,Widget,9.99\nB-200,Gadget,19.99\n']).level).toBe('public');
  });
});
