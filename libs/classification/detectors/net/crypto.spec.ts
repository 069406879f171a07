import type { Span } from '../types';
import { detectCrypto } from './crypto';
import { isBase58CheckAddress, isBech32Address, isEip55Checksummed } from './crypto-checksums';
import { keccak256 } from './keccak';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectCrypto(text, out);
  return out.map((s) => [text.slice(s.start, s.end), s.score]);
};

const MB = 1 << 20;
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('detectCrypto', () => {
  it.each([
    ['16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ', 1],
    ['3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy', 1],
    ['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 1],
    ['BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4', 1],
    ['bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297', 1],
    ['0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', 1],
    ['0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 1],
    ['0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB', 1],
    ['0x52908400098527886e0f7030069857d2e4169ee7', 0.5], // one case: no checksum to verify
  ])('finds %p with score %p', (address, score) => {
    expect(found(`send to ${address}.`)).toEqual([[address, address.startsWith('0x') && score < 1 ? 0.85 : score]]);
    expect(found(address)).toEqual([[address, score]]);
  });

  it.each([
    '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ2', // one character too many
    '16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyY', // checksum broken
    'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdp',
    'bc1qAr0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', // mixed case is invalid bech32
    '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD', // EIP-55 case broken
    '0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed00', // 42 hex digits
    '8f953371d3e85eddb89b05ed6b9e680791055315c73e1025ab5dba7bb2aee189',
    'commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3',
    '550e8400-e29b-41d4-a716-446655440000',
    'x16Yeky6GMjeNkAiNcBY7ZhrLoMSgg1BoyZ',
    '',
  ])('finds nothing in %p', (text) => expect(found(text)).toEqual([]));

  it('computes Keccak-256 (not SHA3-256) and the EIP-55 rule', () => {
    expect(hex(keccak256(new Uint8Array(0)))).toBe('c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470');
    expect(hex(keccak256(Buffer.from('abc')))).toBe('4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45');
    expect(hex(keccak256(new Uint8Array(200).fill(0x61)))).toHaveLength(64); // more than one block
    expect(isEip55Checksummed('D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb')).toBe(true);
    expect(isEip55Checksummed('d1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb')).toBe(false);
  });

  it('checks the network and witness rules', () => {
    expect(isBase58CheckAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe(true);
    expect(isBase58CheckAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN0')).toBe(false); // '0' is not base58
    expect(isBech32Address('tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx')).toBe(false); // testnet
  });

  it.each([
    ['a huge base58 token', '1' + 'A1'.repeat(MB / 2)],
    ['base58 words', '1AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA '.repeat(MB / 35)],
    ['hex', '0x' + 'ab'.repeat(MB / 2)],
    ['address-length hex words', `0x${'aB'.repeat(20)} `.repeat(MB / 43)],
    ['bech32 prefixes', 'bc1'.repeat(MB / 3)],
    ['a long digit run', '1'.repeat(MB)],
  ])('scans 1 MB of %s', (_name, input) => {
    const out: Span[] = [];
    detectCrypto(input, out);
    expect(out.length).toBeGreaterThanOrEqual(0);
  });
});
