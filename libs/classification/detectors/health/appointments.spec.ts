import { classifyTexts } from '../../classify';
import type { Span } from '../types';
import { detectTerms } from './terms';

const found = (text: string): string[] => {
  const out: Span[] = [];
  detectTerms(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

describe('appointments with a clinical specialty', () => {
  it.each([
    ['Reminder for Paul Brennan: your appointment at the psychiatry clinic is on 14 January.', ['psychiatry']],
    ['Hi Anna, your oncology appointment is confirmed for Monday.', ['oncology']],
    ['Erinnerung: Ihr Termin in der Psychiatrischen Ambulanz am 3. März.', ['Psychiatrischen']],
    ['Rappel : rendez-vous en consultation de psychiatrie le 12 mars.', ['psychiatrie']],
    ['Recordatorio: cita en la unidad de salud mental el 4 de mayo.', ['salud mental']],
    [
      'consulta de Psiquiatria (Unidade de Perturbações do Comportamento Alimentar) no dia 14',
      ['consulta de Psiquiatria', 'Perturbações do Comportamento Alimentar'],
    ],
    ['Przypomnienie: wizyta w poradni onkologicznej 5 maja.', ['onkologicznej']],
    ['Påminnelse: ditt besök på psykiatrisk mottagning den 4 maj.', ['psykiatrisk mottagning']],
    ['Your next appointment with the HIV clinic team is on Friday.', ['HIV clinic']],
  ])('%p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'The oncology department moved to floor 3.', // a specialty without an appointment
    'Your appointment with the plumber is on Monday.', // an appointment without a specialty
    'Open a Hive session and run the query.', // "hive" is no HIV
    'The cardiology ward was renovated. Book your appointment online.', // not in one sentence
    'Create a new session, then call psychologyApi.get()',
    'Our team therapist session with the sales group is on Monday.', // a session is no appointment
  ])('%p: nothing', (text) => expect(found(text)).toEqual([]));

  it('with a name it is PHI', () => {
    const c = classifyTexts(['Reminder for Paul Brennan, 07700 900123: your appointment at the psychiatry clinic is on 14 January.']);
    expect(c.categories).toContain('PHI');
  });
});
