import { COMMON, DEMONYM, FIRST, LAST } from './lexicon';
import { tokenize } from './tokens';
import { classOf } from './word-class';

const cls = (word: string): number => classOf(tokenize(word)[0] as ReturnType<typeof tokenize>[number]);

describe('classOf', () => {
  it.each([
    ['Kubernetes', COMMON], // technical terms are ordinary words
    ['Postgres', COMMON],
    ['E-mail', COMMON], // hyphenated ordinary words
    ['Mary-Jane', FIRST], // hyphenated names keep their parts' classes
    ['Smith-Jones', LAST],
    ['Swedish', DEMONYM], // nationality adjectives the lexicon lacks
    ['Portuguese', DEMONYM],
  ])('%p has class %p', (word, flag) => expect(cls(word) & flag).toBe(flag));

  it.each(['Szöllösy', 'Zdzisławowicz'])('%p is unknown', (word) => expect(cls(word)).toBe(0));

  it('caches the class on the token', () => {
    const [t] = tokenize('John');
    if (t === undefined) throw new Error('no token');
    expect(t.cls).toBe(-1);
    const c = classOf(t);
    expect(t.cls).toBe(c);
  });
});
