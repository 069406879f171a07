import type { Entity } from './entities';
import { detectLowercaseNames } from './lowercase-names';
import { tokenize } from './tokens';

const found = (text: string): string[] => {
  const out: Entity[] = [];
  detectLowercaseNames(text, tokenize(text), out);
  return out.map((e) => `${e.type} ${text.slice(e.start, e.end)}`);
};

describe('detectLowercaseNames: lowercase sentences only', () => {
  it.each([
    ['follow up with patricia desrosiers in a couple of months.', ['PERSON patricia desrosiers']],
    ['they had 6: adam, christopher and kristina.', ['PERSON adam', 'PERSON christopher', 'PERSON kristina']],
    ["i'm originally from switzerland", ['LOCATION switzerland']],
    ['the verses from eric g. samoylova are sad', ['PERSON eric g. samoylova']],
    ['my name is lena andersson.', ['PERSON lena andersson']],
    // particles between the first name and the surname, which may be an ordinary word too
    ['begin dictaat betreft joris van den berg gezien op de poli', ['PERSON joris van den berg']],
    ['i met maria de la cruz yesterday', ['PERSON maria de la cruz']],
    ['address: 106 rua olmos 44, belfast, south africa.', ['LOCATION belfast', 'LOCATION south africa']],
    ['i work for aunt bertha inc', ['ORGANIZATION bertha inc']],
    // a quotation opens a sentence of its own
    ['He wrote: "follow up with patricia desrosiers"', ['PERSON patricia desrosiers']],
    ['Nota (pedir cita con patricia desrosiers)', ['PERSON patricia desrosiers']],
    ['early shows on marina fort street were important', ['LOCATION marina fort street']],
  ])('%p', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'Follow up with patricia in a couple of months.', // a capitalised sentence: capitals are the evidence
    'grant access to the bucket and mark it done', // ordinary words that are also names
    'the first celebrity recording',
    'const john = getUser(id);',
    'if (user.name == patricia) { notify(patricia); }',
    // function words of other languages that the gazetteers know as names or places
    'morì a bruxelles nel novembre 1924',
    'moram nas montanhas com a família, fra i monti',
    // a unit or a slash inside a capitalised sentence does not start a lowercase one
    'Wat betekent een eGFR van 55 ml/min/1,73 m² in het algemeen, en welke medicijnen moeten dan vaak?',
    'Nueva incorporación: Diego Sánchez, nacido/a el 14 de enero, alta el 11/09/2026.',
  ])('%p gives nothing', (text) => expect(found(text)).toEqual([]));

  it('finds every name in a long lowercase text (no budget: constant work per token)', () => {
    const sentence = 'we met john at the station today. ';
    const text = sentence.repeat(1000);
    const spans = found(text);
    expect(spans).toHaveLength(1000);
    expect(new Set(spans)).toEqual(new Set(['PERSON john']));
  });
});
