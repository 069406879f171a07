import { MIN_TOKEN_RUN } from './detectors/scan';
import { base64Views, decodeBlob, decodedViews, jsonView, MIN_BASE64_RUN, toSourceSpan, unescapeView } from './decode';

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('decoded views of encoded text', () => {
  it.each([
    ['percent-encoding', 'q=Jane%20Doe%2C%20jane.doe%40example.org', 'q=Jane Doe, jane.doe@example.org'],
    ['percent-encoded UTF-8', 'name=M%C3%BCller', 'name=Müller'],
    [
      'form-encoded spaces',
      'https://x.test/scan?patient=John+Smith&dob=1970-03-14',
      'https://x.test/scan?patient=John Smith&dob=1970-03-14',
    ],
    ['HTML entities', 'Patient&#58; Jane&nbsp;Doe &lt;jane&#x40;example.org&gt;', 'Patient: Jane Doe <jane@example.org>'],
    ['accented entities', 'M&uuml;ller &amp; Fr&eacute;d&eacute;ric', 'Müller & Frédéric'],
    ['quoted-printable', 'Diagnose: Lungenentz=C3=BCndung=\nPatient M=C3=BCller', 'Diagnose: LungenentzündungPatient Müller'],
  ])('%s', (_name, source, decoded) => {
    expect(unescapeView(source)?.text).toBe(decoded);
  });

  it('maps view offsets back to the encoded source', () => {
    const source = 'x=Jane%20Doe%40example.org';
    const view = unescapeView(source);
    expect(view).not.toBeNull();
    const at = view?.text.indexOf('Doe@example.org') ?? -1;
    const [s, e] = toSourceSpan(view as NonNullable<typeof view>, at, at + 'Doe@example.org'.length);
    expect(source.slice(s, e)).toBe('Doe%40example.org');
  });

  it('keeps only the decoded part of a long text, with its context, mapped onto the source', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(60);
    const source = `${filler}contact=jane%40example.org ${filler}`;
    const view = unescapeView(source);
    expect(view).not.toBeNull();
    const v = view as NonNullable<typeof view>;
    expect(v.text.length).toBeLessThan(700);
    expect(v.text).toContain('contact=jane@example.org');
    const at = v.text.indexOf('jane@example.org');
    const [s, e] = toSourceSpan(v, at, at + 'jane@example.org'.length);
    expect(source.slice(s, e)).toBe('jane%40example.org');
  });

  it('returns no view for text without escapes, and leaves invalid escapes alone', () => {
    expect(unescapeView('plain text, 100% sure & done')).toBeNull();
    expect(unescapeView('a=b and c=d')).toBeNull(); // not quoted-printable
    expect(unescapeView('C++ and a+b=c')).toBeNull(); // not a query string
    expect(decodedViews('A normal sentence with nothing encoded in it.')).toEqual([]);
  });

  it('reads `key=5300…&exp=0728` in a query string as percent-encoding only, not as quoted-printable bytes', () => {
    const url = 'https://pay.example.test/return?status=fail&cc=5300%209099%200168%206053&exp=0728';
    expect(unescapeView(url)?.text).toBe('https://pay.example.test/return?status=fail&cc=5300 9099 0168 6053&exp=0728');
  });

  it('decodes base64 and base64url runs that are text, and only those', () => {
    const text = 'Patient Jane Doe, diagnosed with asthma';
    const s = `payload ${b64(text)} end`;
    const views = base64Views(s);
    expect(views.map((v) => v.text)).toEqual([text]);
    const [start, end] = toSourceSpan(views[0] as (typeof views)[0], 0, 3);
    expect(s.slice(start, end)).toBe(b64(text));
    expect(base64Views(Buffer.from('hello world, how are you?').toString('base64url').replace(/=+$/, ''))).toHaveLength(1);
    expect(base64Views(Buffer.from([0, 1, 2, 250, 251, 252, 253, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]).toString('base64'))).toEqual([]);
    expect(base64Views('ThisIsJustAVeryLongCamelCaseIdentifierName')).toEqual([]);
  });

  it('decodes nested encodings (base64 of percent-encoded text) up to the depth bound', () => {
    const inner = encodeURIComponent('Jane Doe <jane.doe@example.org>');
    const views = decodedViews(`blob ${b64(inner)}`);
    expect(views.map((v) => v.text)).toContain('Jane Doe <jane.doe@example.org>');
  });

  it('reads textual data: URLs and refuses binary ones', () => {
    expect(decodeBlob(`data:text/plain;base64,${b64('MRN 12345678')}`)).toBe('MRN 12345678');
    expect(decodeBlob('data:application/json,%7B%22a%22%3A1%7D')).toBe('{"a":1}');
    expect(decodeBlob('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk')).toBeNull();
    expect(decodeBlob(b64('a plain text file payload'))).toBe('a plain text file payload');
  });

  it('stays linear and bounded on 1 MB adversarial input', () => {
    for (const unit of ['%4', '&#1', '=A', 'QUFB', '&amp;', '%41%']) {
      const s = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const views = decodedViews(s);
      for (const v of views) expect(v.text.length).toBeLessThanOrEqual(s.length);
      expect(views.length).toBeLessThanOrEqual(4);
    }
  });
});

describe('jsonView', () => {
  it.each([
    ['{"mrn":"4471"}', true],
    ['key " \t: \t7 here', true],
    ['"a"   :   "b"', true],
    ['"a"    : "b"', false], // four blanks before the colon
    ['"a" :    "b"', false], // four blanks after it
    ['"a": x', true], // '":' alone is enough
    ['"a" : x', false],
    ['no quotes: "', false],
  ])('reads %j as JSON: %s', (text, json) => {
    expect(jsonView(text) !== null).toBe(json);
  });
});

describe('base64 runs read from the token runs', () => {
  it('needs base64 runs no shorter than token runs (each lies in one)', () => {
    expect(MIN_BASE64_RUN).toBeGreaterThanOrEqual(MIN_TOKEN_RUN);
  });

  it('finds runs cut by token units that are not base64, and padded runs back to back', () => {
    const a = Buffer.from('hello world, this is text').toString('base64');
    const b = Buffer.from('second payload of plain text').toString('base64');
    const text = `x ${a}.${b} y ${a}${b}`;
    expect(base64Views(text).map((v) => v.text)).toEqual(base64Views(` ${a} ${b} ${a}${b}`).map((v) => v.text));
  });
});
