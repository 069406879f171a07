import type { Span } from '../types';
import {
  IP_RESERVED_SCORE,
  IP_SCORE,
  IP_UNSPECIFIED_SCORE,
  detectIpAddresses,
  isImpersonalIpSpan,
  isReservedIpv4,
  isReservedIpv6,
  isPublicResolverIpv6,
} from './ip-address';

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

  it('scores public addresses like Presidio', () => expect(found('81.2.69.160')).toEqual([['81.2.69.160', IP_SCORE]]));

  it.each([
    '0.0.0.0',
    '10.0.0.5',
    '10.255.255.255',
    '100.64.0.1',
    '100.127.255.254',
    '127.0.0.1',
    '169.254.10.20',
    '172.16.0.1',
    '172.31.255.255',
    '192.0.0.8',
    '192.0.2.44',
    '192.168.1.1',
    '198.18.0.1',
    '198.19.255.1',
    '198.51.100.7',
    '203.0.113.0',
    '224.0.0.251',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
  ])('%p is in a reserved IPv4 block', (ip) => expect(isReservedIpv4(ip)).toBe(true));

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '9.255.255.255',
    '11.0.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '172.15.255.255',
    '172.32.0.1',
    '169.253.1.1',
    '192.169.0.1',
    '198.20.0.1',
    '203.0.114.1',
    '223.255.255.255',
  ])('%p is public', (ip) => expect(isReservedIpv4(ip)).toBe(false));

  it.each([
    '::1',
    '::',
    'fe80::1',
    'febf::1',
    'fc00::1',
    'fd12:3456:789a::1',
    'ff02::1',
    '2001:db8::1',
    '2001:0DB8:85a3::8a2e:370:7334',
    '3fff:0fff::1',
    '100::1',
    '::ffff:192.168.1.1',
    '64:ff9b::10.0.0.1',
  ])('%p is in a reserved IPv6 block', (ip) => expect(isReservedIpv6(ip)).toBe(true));

  it.each(['2001:4860:4860::8888', '2a00:1450:4001::200e', 'fec0::1', '3fff:1000::1', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8'])(
    '%p is public',
    (ip) => expect(isReservedIpv6(ip)).toBe(false),
  );

  it.each(['2001:4860:4860::8888', '2001:4860:4860:0:0:0:0:8844', '2620:FE::FE', '2620:0fe::9', '2620:119:35::35'])(
    '%p is a public DNS resolver',
    (ip) => expect(isPublicResolverIpv6(ip)).toBe(true),
  );
  it.each(['2001:4860:4860::8889', '2606:4700:4700::1112', '2620:fe::1', '2a00:1450:4001::200e', '2001:db8::1'])(
    '%p is not a public DNS resolver',
    (ip) => expect(isPublicResolverIpv6(ip)).toBe(false),
  );

  it.each([
    [
      "Why can't I reach 192.168.1.1 from 10.0.0.5?",
      [
        ['192.168.1.1', IP_RESERVED_SCORE],
        ['10.0.0.5', IP_RESERVED_SCORE],
      ],
    ],
    [
      'route 203.0.113.0/24 via fe80::1%eth0 to 8.8.8.8',
      [
        ['203.0.113.0/24', IP_RESERVED_SCORE],
        ['fe80::1%eth0', IP_RESERVED_SCORE],
        ['8.8.8.8', IP_RESERVED_SCORE], // a public DNS resolver
      ],
    ],
    [
      'le DNS 9.9.9.9 et 149.112.112.112, or 208.67.222.222 and 2606:4700:4700::1111 next to 8.8.8.9 and 9.9.9.8',
      [
        ['9.9.9.9', IP_RESERVED_SCORE],
        ['149.112.112.112', IP_RESERVED_SCORE],
        ['208.67.222.222', IP_RESERVED_SCORE],
        ['2606:4700:4700::1111', IP_RESERVED_SCORE],
        ['8.8.8.9', IP_SCORE], // not a resolver: any host
        ['9.9.9.8', IP_SCORE],
      ],
    ],
    [
      'ping6 2001:db8::1 and 2a00:1450:4001::200e',
      [
        ['2001:db8::1', IP_RESERVED_SCORE],
        ['2a00:1450:4001::200e', IP_SCORE],
      ],
    ],
  ])('reports reserved addresses in %p below the personal threshold', (text, expected) => {
    expect(found(text)).toEqual(expected);
    const out: Span[] = [];
    detectIpAddresses(text, out);
    for (const s of out) expect(isImpersonalIpSpan(s)).toBe(s.score === IP_RESERVED_SCORE);
  });

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
