import type { Span } from '../types';
import { MAC_SCORE, detectMacAddresses } from './mac-address';

const values = (text: string): string[] => {
  const out: Span[] = [];
  detectMacAddresses(text, out);
  for (const s of out) expect(s.score).toBe(MAC_SCORE);
  return out.map((s) => text.slice(s.start, s.end));
};

const MB = 1 << 20;

describe('detectMacAddresses', () => {
  it.each([
    ['My MAC address is 00:1A:2B:3C:4D:5E', ['00:1A:2B:3C:4D:5E']],
    ['Hardware address: AA-BB-CC-DD-EE-FF', ['AA-BB-CC-DD-EE-FF']],
    ['Lowercase MAC: 0a:23:f5:67:89:ac.', ['0a:23:f5:67:89:ac']],
    ['Mixedcase MAC: 0d-B3-4a-6A-d9-cF', ['0d-B3-4a-6A-d9-cF']],
    ['Cisco MAC: 0012.3456.789A', ['0012.3456.789A']],
    ['MACs: 00:11:22:33:44:55 and AA-BB-CC-DD-EE-FF', ['00:11:22:33:44:55', 'AA-BB-CC-DD-EE-FF']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    'Not a MAC: 00:1A:2B:3C:4D',
    'Invalid: ZZ:ZZ:ZZ:ZZ:ZZ:ZZ',
    'Broadcast: FF:FF:FF:FF:FF:FF',
    'Invalid: 00:00:00:00:00:00',
    'Mixed separators: 10:2F:33-AC-29-C3',
    'EUI-64: 00:1A:2B:3C:4D:5E:6F:70',
    'Time 12:34:56',
    'IPv6 2001:db8::1',
    'id 0012.3456.789A.BCDE',
    'x00:1A:2B:3C:4D:5E',
    '',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it.each([
    ['colon pairs', 'aa:'.repeat(MB / 3)],
    ['dash pairs', 'aa-'.repeat(MB / 3)],
    ['dotted quads', 'abcd.'.repeat(MB / 5)],
    ['one huge hex token', 'a'.repeat(MB)],
  ])('scans 1 MB of %s', (_name, input) => {
    const out: Span[] = [];
    detectMacAddresses(input, out);
    expect(out.length).toBeGreaterThanOrEqual(0);
  });
});
