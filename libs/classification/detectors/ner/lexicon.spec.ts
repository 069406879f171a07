import {
  AMBIGUOUS,
  COMMON,
  DEMONYM,
  FIRST,
  FUNCTION,
  HONORIFIC,
  LAST,
  ORG,
  ORG_WORD,
  PLACE,
  PLACE_WORD,
  TIME,
  VERB,
  VOCAB,
  phraseClass,
  wordClass,
} from './lexicon';

describe('lexicon: gazetteers from compromise and the o200k vocabulary', () => {
  it.each([
    ['john', FIRST],
    ['smith', LAST],
    ['canada', PLACE],
    ['paris', PLACE],
    ['google', ORG],
    ['corporation', ORG_WORD],
    ['street', PLACE_WORD],
    ['mr', HONORIFIC],
    ['german', DEMONYM],
    ['the', FUNCTION],
    ['monday', TIME],
    ['spent', VERB],
    ['grant', AMBIGUOUS],
    ['docker', COMMON],
    ['mission', COMMON | VOCAB],
  ])('%p has class %p', (word, flag) => expect(wordClass(word) & flag).toBe(flag));

  it.each(['zsorbiq', 'kubernetes', 'szöllösy', ''])('%p is unknown', (word) => expect(wordClass(word)).toBe(0));

  // data/given-names.ts: first names of other languages, only where no table knew the word
  it.each(['krisztián', 'svenja', 'nerea', 'ilaria', 'joris'])('%p is a first name of another language', (word) =>
    expect(wordClass(word)).toBe(FIRST),
  );
  it.each([
    ['server', COMMON | VOCAB], // an ordinary word stays one, even where a name list has it
    ['asma', 0], // a clinical term (Spanish, Italian "asthma") is never made a name
  ])('%p keeps class %p', (word, cls) => expect(wordClass(word)).toBe(cls));

  it.each([
    ['united kingdom', PLACE],
    ['new zealand', PLACE],
    ['czech republic', PLACE],
    ['goldman sachs', ORG],
  ])('phrase %p has class %p', (phrase, flag) => expect(phraseClass(phrase) & flag).toBe(flag));
});
