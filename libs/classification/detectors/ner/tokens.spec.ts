import { GAP_COMMA, GAP_LINE, GAP_OTHER, GAP_SENTENCE, GAP_SPACE, INITIAL, LOWER, NUMBER, OTHER, TITLE, tokenize, UPPER } from './tokens';

const shapes = (text: string): Array<[string, number]> => tokenize(text).map((t) => [t.text, t.shape]);

describe('tokenize: word shapes', () => {
  it.each([
    ['Jane', TITLE],
    ["O'Brien", TITLE],
    ['Mary-Jane', TITLE],
    ['McDonald', TITLE],
    ['Ångström', TITLE],
    ['Hauta-aho', TITLE],
    ['EKS', UPPER],
    ['ΛΕΥΚΩΣΙΑ', UPPER],
    ['J', INITIAL],
    ['2024', NUMBER],
    ['jane', LOWER],
    ['GitHub', OTHER],
    ['iPhone', OTHER],
    ['S3', OTHER],
    ['user_id', OTHER],
    ['MACs', OTHER],
    ["I'm", OTHER],
    ["Don't", OTHER],
    ["C'mon", OTHER],
  ])('%p is shape %p', (text, shape) => expect(shapes(text)).toEqual([[text, shape]]));
});

describe('tokenize: gaps, code, possessives', () => {
  it('records what separates a word from the previous one', () => {
    const gaps = tokenize('Hi Jane, see. Next\nline "quoted"').map((t) => [t.text, t.gap]);
    expect(gaps).toEqual([
      ['Hi', GAP_SENTENCE],
      ['Jane', GAP_SPACE],
      ['see', GAP_COMMA],
      ['Next', GAP_SENTENCE],
      ['line', GAP_LINE],
      ['quoted', GAP_OTHER],
    ]);
  });

  it.each([
    ['com.example.UserService', [true, true, true]],
    ['call Foo(x)', [false, true, false]],
    ['@Injectable', [true]],
    ['`Bar` and Baz.', [true, false, false]],
    ['>Ella Snider', [false, false]],
  ])('flags words glued to code punctuation in %p', (text, code) => {
    expect(tokenize(text).map((t) => t.code)).toEqual(code);
  });

  it("cuts a possessive 's and remembers it", () => {
    const [t] = tokenize("Amanda's daughter");
    expect([t?.text, t?.possessive, t?.end]).toEqual(['Amanda', true, 6]);
  });

  it('keeps offsets on the text, with non-ASCII letters and joiners', () => {
    const text = 'Zoë Çelik-Öst, D’Angelo';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize(text).map((t) => t.text)).toEqual(['Zoë', 'Çelik-Öst', 'D’Angelo']);
  });

  it('is linear on a long token and on long runs of joiners', () => {
    expect(tokenize('a'.repeat(200_000))).toHaveLength(1);
    expect(tokenize("a-'".repeat(100_000)).length).toBeGreaterThan(0);
  });
});
