import fc from 'fast-check';
import { O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/cjs/encodingParams/constants';
import { asciiPieceEnd, nextPieceEnd, pieceStart } from './pretokenize';

// The reference: the pieces the library itself splits a text into.
const reference = (text: string): string[] => [...text.matchAll(new RegExp(O200K_TOKEN_SPLIT_REGEX.source, 'gu'))].map((m) => m[0]);

function pieces(text: string): string[] {
  const out: string[] = [];
  for (let end = nextPieceEnd(text, 0); end >= 0; end = end < text.length ? nextPieceEnd(text, end) : -1) {
    out.push(text.slice(pieceStart, end));
  }
  return out;
}

// Every ASCII character class the scanner distinguishes, the contraction letters, and non-ASCII characters
// that the regex classes differently from anything ASCII (letters, a modifier letter, a mark, non-ASCII
// digits, whitespace and punctuation, CJK, an emoji, lone surrogates).
const ASCII_FRAGMENTS = [
  ...' \t\n\r\v\f\x00\x1f\x7f',
  ...'aAzZsSdDmMtTlLvVeErRqQ',
  ...'0123456789',
  ...`'"!#$%&()*+,-./:;<=>?@[\\]^_\`{|}~`,
  "'s",
  "'LL",
  "'Ve",
  "'re",
  ' \n',
  '\r\n',
  '  ',
  'The',
  'HTTPServer',
  'x86_64',
  '2024',
  '//',
];
const NON_ASCII = [...'éÉßʰ\u0301٣\u00a0\u2028\u3000—“”中文ア🚀', '\ud800', '\udc00'];

describe('pretokenize', () => {
  it.each([
    ['prose', "The quick brown fox. It's not amused, they'll say; WE'VE SEEN IT, haven't we?"],
    ['whitespace', 'a   b\t\tc\n\n\n  d    \r\n  e     \n'],
    ['code', 'function f(x) {\n  return x.map((y) => y * 2) // ok\n}\n/*/ path/to/file //\n'],
    ['numbers', 'Invoice 1234567 totals $98,765.43 on 2024-02-29 at 13:45:09.'],
    ['mixed', 'Café — naïve 中文 test\u00a0 \u00a0x ٣٣٣٣ e\u0301 🚀🚀 \ud800 end'],
  ])('splits %s exactly as the regex', (_name, text) => {
    expect(pieces(text)).toEqual(reference(text));
  });

  it('gives up on ASCII-decided pieces only when a non-ASCII character would matter', () => {
    expect(asciiPieceEnd('hello world', 0)).toBe(5);
    expect(asciiPieceEnd('caf\u00e9', 0)).toBe(-1); // é is a lowercase letter: the word goes on
    expect(asciiPieceEnd("don't\u00e9", 0)).toBe(5); // the contraction's letters are literal
    expect(asciiPieceEnd('\u4e2d', 0)).toBe(-1);
  });

  it('PROPERTY: equals the regex on random ASCII', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ASCII_FRAGMENTS), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        expect(pieces(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('PROPERTY: equals the regex on ASCII with non-ASCII characters mixed in', () => {
    const fragment = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...ASCII_FRAGMENTS) },
      { weight: 1, arbitrary: fc.constantFrom(...NON_ASCII) },
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        expect(pieces(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('PROPERTY: equals the regex on arbitrary strings (any code unit)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.string({ maxLength: 100 }), (a, b) => {
        const text = a + b;
        expect(pieces(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });
});
