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

  it.each(['krisztián', 'kubernetes', 'szöllösy', ''])('%p is unknown', (word) => expect(wordClass(word)).toBe(0));

  it.each([
    ['united kingdom', PLACE],
    ['new zealand', PLACE],
    ['czech republic', PLACE],
    ['goldman sachs', ORG],
  ])('phrase %p has class %p', (phrase, flag) => expect(phraseClass(phrase) & flag).toBe(flag));
});
