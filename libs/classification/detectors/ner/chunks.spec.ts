import { findChunks, MAX_CHUNK } from './chunks';
import { tokenize } from './tokens';

const chunks = (text: string): string[] => {
  const tokens = tokenize(text);
  return findChunks(text, tokens).map((c) => text.slice(tokens[c.first]?.start, tokens[c.last]?.end));
};

describe('findChunks', () => {
  it.each([
    ['Krisztián Szöllösy listed his songs', ['Krisztián Szöllösy']],
    ['verses from Faina D. Yefremova today', ['Faina D. Yefremova']],
    ['Have you been to a Ravil G Yefimov concert', ['Have', 'Ravil G Yefimov']],
    ['lives at Rua do Arenque 1634', ['Rua do Arenque']],
    ['Chiclana de la Frontera', ['Chiclana de la Frontera']],
    ['my grandfather Kevin Veitonen II', ['Kevin Veitonen II']],
    ['from Drake PLC today', ['Drake PLC']],
    ["Yefremova's Cautionary Tales", ['Yefremova', 'Cautionary Tales']],
    ['Jane\nDoe', ['Jane', 'Doe']],
    ['Jane, Doe', ['Jane', 'Doe']],
    ['the S3 bucket and GitHub Actions', ['Actions']],
    ['call UserService.getUser now', []],
    ['J. alone', []],
  ])('%p', (text, expected) => expect(chunks(text)).toEqual(expected));

  it(`drops a capitalised run longer than ${MAX_CHUNK} words as a heading`, () => {
    expect(chunks('Guilty Pleasures Musicians Of The Seventies You Love')).toEqual([]);
  });
});
