import { UpstreamError } from '../adapter';
import { parseRetryAfterMs, toUpstreamError } from './failures';

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    [{}, undefined],
    [{ 'retry-after': '2' }, 2000],
    [{ 'retry-after': '0.5' }, 500],
    [{ 'retry-after': ' ' }, undefined],
    [{ 'retry-after': '-1' }, undefined],
    [{ 'retry-after': 'soon' }, undefined],
    [{ 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }, 3000],
    [{ 'retry-after': 'Tue, 31 Dec 2024 23:59:00 GMT' }, 0],
    [{ 'retry-after-ms': '150', 'retry-after': '9' }, 150],
    [{ 'retry-after-ms': 'x', 'retry-after': '9' }, 9000],
    [{ 'retry-after': ['4', '5'] }, 4000],
  ])('%j -> %s', (headers, expected) => {
    expect(parseRetryAfterMs(headers, now)).toBe(expected);
  });
});

describe('toUpstreamError', () => {
  const live = new AbortController().signal;
  const aborted = AbortSignal.abort();
  const withCode = (code: string, message = 'secret prompt text'): Error => Object.assign(new Error(message), { code });

  it.each([
    ['an aborted signal wins', withCode('ECONNRESET'), aborted, 'timeout'],
    ['connection refused', withCode('ECONNREFUSED'), live, 'network'],
    ['socket closed', withCode('UND_ERR_SOCKET'), live, 'network'],
    ['headers timeout', withCode('UND_ERR_HEADERS_TIMEOUT'), live, 'timeout'],
    ['llhttp parse error', withCode('HPE_INVALID_CONSTANT'), live, 'protocol'],
    ['bad JSON', new SyntaxError('Unexpected token'), live, 'protocol'],
    ['anything else', new Error('boom'), live, 'network'],
  ])('%s', (_name, err, signal, kind) => {
    const e = toUpstreamError(err, signal);
    expect(e).toBeInstanceOf(UpstreamError);
    expect(e.kind).toBe(kind);
    expect(e.message).not.toContain('secret');
  });

  it('passes an UpstreamError through and never copies odd codes', () => {
    const original = new UpstreamError('http', 'upstream answered HTTP 500', 500);
    expect(toUpstreamError(original, aborted)).toBe(original);
    expect(toUpstreamError(withCode('leak: my prompt'), live).message).toBe('upstream connection failed');
  });
});
