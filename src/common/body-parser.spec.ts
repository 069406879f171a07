import { gunzipSync } from 'node:zlib';
import { GatewayError } from '@libs/core';
import { bodyError } from './body-parser';

function zlibError(): unknown {
  try {
    gunzipSync(Buffer.from('not gzip'));
  } catch (e) {
    return e;
  }
  throw new Error('gunzip accepted junk');
}

describe('bodyError', () => {
  it.each([
    ['a zlib error', zlibError(), 400, 'invalid_request', /Content-Encoding/],
    ['an unsupported encoding', { type: 'encoding.unsupported', status: 415 }, 415, 'unsupported_media_type', /Content-Encoding/],
    ['an unsupported charset', { type: 'charset.unsupported', status: 415 }, 415, 'unsupported_media_type', /UTF-8/],
    ['a parse error', { type: 'entity.parse.failed', status: 400, body: '{"secret' }, 400, 'invalid_request', /not valid JSON/],
    ['a body over the limit', { type: 'entity.too.large', status: 413 }, 413, 'payload_too_large', /larger/],
    ['an unknown 4xx', { status: 400, message: 'quoted "content"' }, 400, 'invalid_request', /could not be read/],
    ['an unknown 415', { status: 415 }, 415, 'unsupported_media_type', /encoding/],
  ])('maps %s', (_label, err, status, code, message) => {
    const ge = bodyError(err);
    expect(ge).toBeInstanceOf(GatewayError);
    expect([ge.status, ge.code]).toEqual([status, code]);
    expect(ge.message).toMatch(message);
    expect(ge.message).not.toContain('secret');
    expect(ge.message).not.toContain('content"');
  });
});
