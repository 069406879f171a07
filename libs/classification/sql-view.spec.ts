import { classifyTexts } from './classify';
import { toSourceSpan } from './decode';
import { sqlInsertView } from './sql-view';

const insert =
  "INSERT INTO prescriptions (patient_id, prescriber_npi, drug_name, strength)\nVALUES (495057, '1844017214', 'lisinopril', '20 mg');";

describe('SQL INSERT values under their column names', () => {
  it('writes one "column: value" line per value, mapped onto the value', () => {
    const view = sqlInsertView(insert);
    expect(view?.text).toBe('patient_id: 495057\nprescriber_npi: 1844017214\ndrug_name: lisinopril\nstrength: 20 mg\n');
    const at = view?.text.indexOf('1844017214') ?? -1;
    const [start, end] = toSourceSpan(view as NonNullable<typeof view>, at, at + 10);
    expect(insert.slice(start, end)).toBe('1844017214');
  });

  it('gives a value its column as a cue: a prescriber NPI is a medical identifier', () => {
    expect(classifyTexts([insert]).categories).toContain('PHI');
  });

  it('reads several tuples and quoted commas', () => {
    const view = sqlInsertView("insert into t (a, b) values ('x, y', 'it''s'), (1, 2)");
    expect(view?.text).toBe("a: x, y\nb: it''s\na: 1\nb: 2\n");
  });

  it.each([
    'SELECT * FROM patients WHERE id IN (1, 2, 3)',
    'The VALUES clause lists rows; INSERT INTO needs a column list',
    'insert into t (a b) values (1)', // no column list
  ])('%p gives no view', (text) => expect(sqlInsertView(text)).toBeNull());

  it('stays within twice its source on a wide table (labels repeat per row)', () => {
    const cols = Array.from({ length: 30 }, (_, i) => `column_with_a_long_name_number_${i}`).join(', ');
    const wide = `insert into t (${cols}) values ${Array.from({ length: 500 }, () => `(${new Array(30).fill(1).join(',')})`).join(',')};`;
    expect(sqlInsertView(wide)?.text.length ?? 0).toBeLessThanOrEqual(2 * wide.length);
  });

  it('is linear on hostile input', () => {
    expect(sqlInsertView('insert into t ('.repeat(70_000) + ' values')).toBeNull();
    const nested = 'insert into t (a) values ('.repeat(40_000);
    expect(sqlInsertView(nested)?.text.length ?? 0).toBeLessThan(2 * nested.length);
  });
});
