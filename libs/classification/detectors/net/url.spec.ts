import type { Span } from '../types';
import { BARE_URL_SCORE, URL_SCORE, detectUrls } from './url';

const found = (text: string): [string, number][] => {
  const out: Span[] = [];
  detectUrls(text, out);
  return out.sort((a, b) => a.start - b.start).map((s) => [text.slice(s.start, s.end), s.score]);
};
const values = (text: string): string[] => found(text).map(([v]) => v);

const MB = 1 << 20;

describe('detectUrls', () => {
  it.each([
    ['https://www.microsoft.com/', ['https://www.microsoft.com/']],
    ['http://microsoft.vlaanderen', ['http://microsoft.vlaanderen']],
    [
      'https://webhook.site/a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc?q=1&b=2',
      ['https://webhook.site/a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc?q=1&b=2'],
    ],
    ['"https://presidio.dataprivacystack.org/"', ['https://presidio.dataprivacystack.org/']],
    ['see https://example.com:8443/docs?page=2#top.', ['https://example.com:8443/docs?page=2#top']],
    ['(see https://en.wikipedia.org/wiki/Foo_(bar))', ['https://en.wikipedia.org/wiki/Foo_(bar)']],
    ['http://www.ScrapbookInsider.com.pt/', ['http://www.ScrapbookInsider.com.pt/']],
    ['https://user:pw@example.com/x', ['https://user:pw@example.com/x']],
    ['my domains: microsoft.com google.co.il', ['microsoft.com', 'google.co.il']],
    ['Visit example.com or www.google.co.uk/maps.', ['example.com', 'www.google.co.uk/maps']],
    ['docs at github.io:443/repo', ['github.io:443/repo']],
  ])('finds %p', (text, expected) => expect(values(text)).toEqual(expected));

  it('scores a scheme URL above a bare host, as Presidio does', () => {
    expect(found('https://example.com and example.org')).toEqual([
      ['https://example.com', URL_SCORE],
      ['example.org', BARE_URL_SCORE],
    ]);
  });

  it.each([
    'www.microsoft',
    'http://microsoft',
    "'www.microsoft'",
    'http://localhost:3000/x',
    'file:///path/to/file',
    'http://10.0.0.1:8080/health', // left to IP_ADDRESS
    'http://[2001:db8::1]/path',
    'info@presidio.site', // an e-mail address, not a URL
    'jane.doe@example.com',
    'README.md setup.py run.sh main.rs Makefile.in',
    'user.id, self.pk, model.to(device), df.at[0], np.ma, logging.info("x")',
    'ASP.NET and Node.JS',
    'v1.2.3 and 1.2.3.4',
    'e.g. i.e. U.S.A.',
    'archive.zip and photo.jpg',
    '',
  ])('finds nothing in %p', (text) => expect(values(text)).toEqual([]));

  it.each([
    ['schemes', 'http://'.repeat(MB / 7)],
    ['broken schemes', 'x://a:b'.repeat(MB / 7)],
    ['dotted labels', 'a.'.repeat(MB / 2)],
    ['dotted words', 'abcd.'.repeat(MB / 5)],
    ['one huge token', 'a'.repeat(MB)],
    ['closing brackets', 'http://a.com/' + ')'.repeat(MB)],
    ['many URLs', 'https://example.com/a) '.repeat(MB / 23)],
  ])('scans 1 MB of %s', (_name, input) => {
    const out: Span[] = [];
    detectUrls(input, out);
    expect(out.length).toBeGreaterThanOrEqual(0);
  });
});
