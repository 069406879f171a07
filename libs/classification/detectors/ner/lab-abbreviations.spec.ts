import { findEntities } from './detect';

const persons = (text: string): string[] =>
  findEntities(text)
    .filter((e) => e.type === 'PERSON')
    .map((e) => text.slice(e.start, e.end));

/**
 * Mixed-case lab abbreviations (eGFR, HbA1c, pCO2, fT4) and question words of other languages are
 * no names (issue 10: a Dutch eGFR question was once given a PERSON).
 */
describe('lab abbreviations and question words in lab questions are not names', () => {
  it.each([
    'Wat betekent een eGFR van 55 ml/min/1,73 m² in het algemeen',
    'Wat betekent een eGFR van 55 ml/min/1,73 m² in het algemeen? Moet ik me zorgen maken?',
    'wat betekent een egfr van 55 ml/min/1,73 m² in het algemeen',
    'Wat is een normale HbA1c waarde bij Diabetes?',
    'Hoe hoog mag mijn TSH en fT4 zijn?',
    'Waarom meet men pCO2 en pO2 in een bloedgas?',
    'Wat betekent een INR van 3,2 bij Marcoumar gebruik?',
    'Was bedeutet ein erhöhtes fT4 bei normalem TSH?',
    'Que signifie un INR de 3,2 ?',
    '¿Qué significa una eGFR de 55 en general?',
    'Hoe interpreteer ik NT-proBNP en hs-cTnT?',
  ])('%p', (text) => expect(persons(text)).toEqual([]));
});
