import {
  locationCueBefore,
  orgCue,
  personCueAfter,
  personCueBefore,
  sentenceInitial,
  strongLocationBefore,
  strongPersonBefore,
  wordAfter,
  wordBefore,
} from './cues';
import { tokenize } from './tokens';

/** Index of the first token of `word` in `text`'s tokens. */
function at(text: string, word: string): [ReturnType<typeof tokenize>, number] {
  const tokens = tokenize(text);
  return [tokens, tokens.findIndex((t) => t.text === word)];
}

describe('cues around a word', () => {
  it.each([
    ['my name is Key', 'Key', true],
    ['Name: Carol', 'Carol', true],
    ["What's your last name? Boyle", 'Boyle', true],
    ['everyone calls me Aantje', 'Aantje', true],
    ['She named him Frank', 'Frank', true],
    ['remove my kid Tadzio', 'Tadzio', true],
    ["I'm Naomi", 'Naomi', true],
    ['the kid Tadzio', 'Tadzio', false],
    ['deploy to Canada', 'Canada', false],
  ])('strongPersonBefore %p', (text, word, expected) => expect(strongPersonBefore(...at(text, word))).toBe(expected));

  it.each([
    ['Dear Priya', 'Priya', true],
    ['Regards,\nPriya', 'Priya', true],
    ['thanks, Priya', 'Priya', true],
    ['says Joly.', 'Joly', true],
    ['ms. Marcela', 'Marcela', true],
    ['with Versioning', 'Versioning', false],
  ])('personCueBefore %p', (text, word, expected) => expect(personCueBefore(...at(text, word))).toBe(expected));

  it.each([
    ["Amanda's daughter", 'Amanda', true],
    ['Maslin said so', 'Maslin', true],
    ['Nicole: Remember me', 'Nicole', true],
    ['Steuernummer: 0981508150999', 'Steuernummer', false],
    ['Kennzeichen: HH-AB-1234', 'Kennzeichen', false],
  ])('personCueAfter %p', (text, word, expected) => {
    const [tokens, i] = at(text, word);
    expect(personCueAfter(text, tokens, i, i)).toBe(expected);
  });

  it.each([
    ['She lives in Oslo', 'Oslo', true, true],
    ['originally from Kenosha', 'Kenosha', true, true],
    ['travelling to Canada', 'Canada', true, true],
    ['the corner of Dalbraut 99', 'Dalbraut', true, true],
    ['Where: Beerze Country Club', 'Beerze', true, true],
    ['a letter from Kenosha', 'Kenosha', false, true],
    ['deploy to Production', 'Production', false, false],
  ])('location cues %p', (text, word, strong, weak) => {
    expect(strongLocationBefore(...at(text, word))).toBe(strong);
    expect(locationCueBefore(...at(text, word))).toBe(weak);
  });

  it.each([
    ['I work for Ellis', 'Ellis', true],
    ['she joined Acme', 'Acme', true],
    ['The Propublica office is at', 'Propublica', true],
    ['I walk for Ellis', 'Ellis', false],
  ])('orgCue %p', (text, word, expected) => {
    const [tokens, i] = at(text, word);
    expect(orgCue(tokens, i, i)).toBe(expected);
  });

  it('reads neighbouring words only inside a clause', () => {
    const tokens = tokenize('in Oslo. Bergen is nice');
    expect(wordBefore(tokens, 1)).toBe('in');
    expect(wordBefore(tokens, 2)).toBe('');
    expect(wordAfter(tokens, 2)).toBe('is');
    expect(sentenceInitial(tokens, 2)).toBe(true);
    expect(sentenceInitial(tokens, 1)).toBe(false);
  });
});

describe('orgCue: definitions', () => {
  it.each([
    ['Coden is a design agency based in Espoo.', 'Coden', true],
    ['Persint is an German multinational investment bank and financial services company', 'Persint', true],
    ['Jane is a bank manager', 'Jane', false],
    ['Jane is a nurse.', 'Jane', false],
  ])('%p', (text, word, expected) => {
    const [tokens, i] = at(text, word);
    expect(orgCue(tokens, i, i)).toBe(expected);
  });
});
