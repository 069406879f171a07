import type { Span } from '../types';
import { IP_SCORE, IP_UNSPECIFIED_SCORE, detectIpAddresses } from './ip-address';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectIpAddresses(text, out);
  return out.sort((a, b) => a.start - b.start).map((s) => [text.slice(s.start, s.end), s.score]);
};
const values = (text: string): string[] => found(text).map(([v]) => v);

const MB = 1 << 20;

describe('detectIpAddresses', () => {
  it.each([
    ['microsoft.com 192.168.0.1', ['192.168.0.1']],
    ['IP: 192.168.1.1.', ['192.168.1.1']],
    ['(192.168.1.1), 10.0.0.1; 255.255.255.255', ['192.168.1.1', '10.0.0.1', '255.255.255.255']],
    ['192.168.2.1@eth0', ['192.168.2.1']],
    ['Default 0.0.0.0 and DNS 1.1.1.1', ['0.0.0.0', '1.1.1.1']],
    ['192.168.1.0/24 and 10.0.0.0/123', ['192.168.1.0/24', '10.0.0.0']],
    ['my ip: 684D:1111:222:3333:4444:5555:6:77', ['684D:1111:222:3333:4444:5555:6:77']],
    ['2345:0425:2CA1::0567:5673:23b5', ['2345:0425:2CA1::0567:5673:23b5']],
    ['connecting from ::1', ['::1']],
    ['fe80::1%eth0 and fe80::1%eth0/64', ['fe80::1%eth0', 'fe80::1%eth0/64']],
    ['Connect to [2001:db8::1]:8080', ['2001:db8::1']],
    ['SSH to user@2001:db8::1.', ['2001:db8::1']],
    ['::ffff:192.0.2.1 and 64:ff9b::192.0.2.1', ['::ffff:192.0.2.1', '64:ff9b::192.0.2.1']],
    ['0:0:0:0:0:FFFF:129.144.52.38', ['0:0:0:0:0:FFFF:129.144.52.38']],
    ['2001:db8::/32 and 2001:db8::/9999', ['2001:db8::/32', '2001:db8::']],
    ['text::ffff:192.0.2.1', ['192.0.2.1']],
    ['foo2001:db8::10.0.0.1', ['10.0.0.1']],
    ['IPv4: 192.168.1.1, IPv6: 2001:db8::1', ['192.168.1.1', '2001:db8::1']],
    // inside URLs, where the URL detector leaves IP hosts to this one
    ['curl http://10.0.0.1:8080/health', ['10.0.0.1']],
    ['Visit http://[2001:db8::1]/path', ['2001:db8::1']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it.each([
    ['Use local ipv6 ::', '::'],
    ['::/0', '::/0'],
  ])('reports the unspecified address in %p at a low score', (text, value) => {
    expect(found(text)).toEqual([[value, IP_UNSPECIFIED_SCORE]]);
  });

  it('scores addresses like Presidio', () => expect(found('10.1.2.3')).toEqual([['10.1.2.3', IP_SCORE]]));

  it.each([
    'my ip: 192.168.0',
    '684D:1111:222:3333:4444:5555:77',
    '::ffff:256.0.0.1',
    '::ffff:192.168.1',
    '2001:db8::256.1.1.1',
    'MAC address aa:bb:cc:dd:ee:ff',
    'Time 12:34:56',
    'Ratio 1:2:3:4',
    'Port 80:443',
    'abc:def:ghi',
    '123:abc',
    'file:///path/to/file',
    'std::cout and MyClass::toString',
    ':::',
    'IP192.168.1.1text',
    'text192.168.1.1',
    'fe80::1text',
    'text2001:db8::1',
    '256.256.256.256',
    '192.168.1.256',
    '300.168.1.1',
    '01.02.03.04',
    '12345:db8::1',
    '2001::db8::1',
    '2001::25de::cade',
    'gggg:hhhh::1234',
    'upgrade to v2.3.11, or 1.2.3.4', // a version
    'version 10.2.13.4',
    'release 1.2.3.4-beta',
    'a[::2] and x[::-1] and a::b',
    '192.168.1.1.1', // a five-part dotted string is not an address
    '',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it.each([
    ['a long digit run', '1'.repeat(MB)],
    ['repeated dot separators', '1.'.repeat(MB / 2)],
    ['dotted quads', '1.1.1.1.'.repeat(MB / 8)],
    ['colons', ':'.repeat(MB)],
    ['double colons', '::'.repeat(MB / 2)],
    ['hex groups', 'ab:'.repeat(MB / 3)],
    ['one huge hex token', 'f'.repeat(MB) + '::1'],
    ['address-like runs', 'fe80::1%'.repeat(MB / 8)],
    ['prefixes', '10.0.0.1/'.repeat(MB / 9)],
  ])('scans 1 MB of %s', (_name, input) => {
    const out: Span[] = [];
    detectIpAddresses(input, out);
    expect(out.length).toBeGreaterThanOrEqual(0);
  });
});
