import fc from 'fast-check';
import bpeRanks from 'gpt-tokenizer/cjs/bpeRanks/o200k_base';
import { countTokens } from 'gpt-tokenizer/cjs/encoding/o200k_base';
import type { ChatMessage } from '@libs/core';
import { countPromptTokens, countTextTokens, MESSAGE_OVERHEAD_TOKENS, scratchIsClear } from './tokens';

// The reference: the library's own counter, special-token text treated as plain text.
const PLAIN = { disallowedSpecial: new Set<string>() };
const reference = (text: string): number => countTokens(text, PLAIN);

describe('countTextTokens', () => {
  it.each([
    ['empty', '', 0],
    ['hello world', 'Hello, world!', 4],
    ['one word', 'hello', 1],
  ])('%s has the known o200k count', (_name, text, expected) => {
    expect(countTextTokens(text)).toBe(expected);
    expect(reference(text)).toBe(expected);
  });

  it.each([
    ['prose', 'The quick brown fox jumps over the lazy dog. It was not amused, was it?'],
    ['contractions', "I'm sure they'll say we've done what's right, don't you?"],
    ['numbers', 'Invoice 1234567 totals $98,765.43 on 2024-02-29 at 13:45:09.'],
    ['code', 'function f(x) {\n  return x.map((y) => y * 2).filter(Boolean);\n}\n'],
    ['whitespace', 'a   b\t\tc\n\n\n  d    \r\n  e     '],
    ['special tokens as text', 'before <|endoftext|> middle <|im_start|>user<|im_sep|> after'],
    ['accents', 'Café, naïve façade, Ærøskøbing, Straße, Ελληνικά, русский текст'],
    ['cjk', '这是一个用于测试分词器的中文句子，没有空格。日本語のテキストも含まれています。'],
    ['emoji and astral', '👩‍💻 works on 🚀 launch 🎉🎉🎉 𝔘𝔫𝔦𝔠𝔬𝔡𝔢'],
    ['lone surrogates', 'bad \ud800 pair \udc00 end \ud83d'],
    ['base64', 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='],
    ['uuid and hex', 'id 550e8400-e29b-41d4-a716-446655440000 sha 9f86d081884c7d659a2feaa0c55ad015'],
    ['email and phone', 'Contact jane.doe+test@example.co.uk or +44 20 7946 0958.'],
    ['combining marks', 'e\u0301e\u0301e\u0301 a\u0308o\u0308 \u0915\u094d\u0937'],
  ])('matches the library on %s', (_name, text) => {
    expect(countTextTokens(text)).toBe(reference(text));
  });

  it('matches the library on long pieces without spaces', () => {
    for (const text of ['a'.repeat(3000), '='.repeat(2000), ' '.repeat(1500), 'ab'.repeat(1000), '中'.repeat(700)]) {
      expect(countTextTokens(text)).toBe(reference(text));
    }
  });

  it('counts a 100 KB piece without a space (the library takes seconds here)', () => {
    const count = countTextTokens('x'.repeat(100_000));
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(100_000);
  });

  it('PROPERTY: equals the library count for arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(countTextTokens(text)).toBe(reference(text));
      }),
      { numRuns: 400 },
    );
  });

  it('PROPERTY: equals the library count for texts made of tricky fragments', () => {
    const fragment = fc.constantFrom(
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\t',
      'a',
      'Z',
      'the',
      ' The',
      "'s",
      "'LL",
      '1',
      '12',
      '1234',
      '.',
      '...',
      '==',
      '/',
      '<|endoftext|>',
      'é',
      'ß',
      'Ж',
      '中',
      '文',
      'ア',
      '🚀',
      '\u0301',
      '\ud800',
      '_',
      '$',
      'x86_64',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(countTextTokens(text)).toBe(reference(text));
      }),
      { numRuns: 400 },
    );
  });

  it('PROPERTY: equals the library count for long random lowercase words (deep merges)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,40}$/), { maxLength: 20 }), (words) => {
        const text = words.join(' ');
        expect(countTextTokens(text)).toBe(reference(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('countTextTokens against the library, fuzzed', () => {
  // ASCII of every class, non-ASCII letters, marks, digits, spaces and punctuation, CJK, emoji (one code
  // point, ZWJ sequences, flags), lone surrogates, and runs long enough for the heap path (> 24 bytes).
  const fragment = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...'aAzZeEsStT0159 \t\n\r\'"!#$%&()*+,-./:;<=>?@[\\]^_`{|}~') },
    { weight: 3, arbitrary: fc.constantFrom('the', ' The', 'ING', "'ll", 'http://', '\r\n', '    ', 'x86_64', '2024') },
    { weight: 2, arbitrary: fc.constantFrom(...'éÉßñçøʰ\u0301\u0308٣\u00a0\u2028\u3000—“”…€中文日本語한국ア', '\ud800', '\udfff') },
    { weight: 1, arbitrary: fc.constantFrom('🚀', '👩‍💻', '🇩🇪', '𝔘𝔫𝔦', '\u{1F600}\u{1F3FD}') },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('a', 'ab', '=', ' ', '中', '\n', '0', 'é'), fc.integer({ min: 2, max: 60 }))
        .map(([s, n]) => s.repeat(n)),
    },
  );

  it('PROPERTY: equals the library on mixed fragments', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 100 }), (parts) => {
        const text = parts.join('');
        expect(countTextTokens(text)).toBe(reference(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('PROPERTY: equals the library on arbitrary strings of any code units and code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 }), (a, b) => {
        const text = a + b;
        expect(countTextTokens(text)).toBe(reference(text));
      }),
      { numRuns: 800 },
    );
  });

  it('counts vocabulary entries exactly as the library (every hash table lookup path)', () => {
    // A deterministic sample of about 4,000 entries, each alone and glued to its neighbour.
    for (let rank = 0; rank < bpeRanks.length; rank += 50) {
      const a = bpeRanks[rank];
      const b = bpeRanks[rank + 1];
      if (typeof a !== 'string' || typeof b !== 'string') continue;
      expect(countTextTokens(a)).toBe(reference(a));
      expect(countTextTokens(a + b)).toBe(reference(a + b));
    }
  });

  it('gives the same counts whatever was counted before (scratch buffers are reset)', () => {
    const texts = ['x'.repeat(30_000), 'Hello, world!', '中文'.repeat(10_000), 'a b', '🚀'.repeat(5_000), ''];
    const first = texts.map(countTextTokens);
    expect([...texts].reverse().map(countTextTokens)).toEqual([...first].reverse());
    expect([first[1], first[3]]).toEqual([reference('Hello, world!'), reference('a b')]);
  });
});

describe('countTextTokens keeps nothing of the text', () => {
  it.each([
    ['a short piece', 'token=qwertzuiopasdfghjklyxcvbnmqwertz'],
    ['a long piece (heap merge)', 'zq'.repeat(400)],
    ['non-ASCII text', 'Grüße, 李小龙 ☕ password=hunter2'],
    ['a large text (scratch grown past the kept size)', 'x'.repeat(70_000)],
  ])('leaves every scratch array clear after %s', (_name, text) => {
    expect(countTextTokens(text)).toBe(countTokens(text, { disallowedSpecial: new Set() }));
    expect(scratchIsClear()).toBe(true);
  });
});

describe('countPromptTokens', () => {
  it('adds the per-message overhead to the tokenizer count of every text', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'You are terse.' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Hello, world!' },
          { type: 'image_url', image_url: { url: 'x' } },
        ],
      },
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 't1', type: 'function', function: { name: 'lookup', arguments: '{"q":"fox"}' } }],
      },
      { role: 'tool', content: '42', tool_call_id: 't1', name: 'lookup' },
    ];
    const texts = ['You are terse.', 'Hello, world!', 'lookup', '{"q":"fox"}', '42', 'lookup'];
    const expected = texts.reduce((n, t) => n + reference(t), 0) + 4 * MESSAGE_OVERHEAD_TOKENS;
    expect(countPromptTokens(messages)).toBe(expected);
  });

  it('is 0 for no messages and overhead only for empty content', () => {
    expect(countPromptTokens([])).toBe(0);
    expect(countPromptTokens([{ role: 'user', content: '' }])).toBe(MESSAGE_OVERHEAD_TOKENS);
  });

  it('gives the known count for a single user message', () => {
    expect(countPromptTokens([{ role: 'user', content: 'Hello, world!' }])).toBe(4 + MESSAGE_OVERHEAD_TOKENS);
  });
});
