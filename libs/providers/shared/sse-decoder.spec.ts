import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SseDecoder } from './sse-decoder';

const fixture = readFileSync(join(__dirname, '../openai-compatible/fixtures/chat-completion.stream.sse'));

function decode(pieces: Buffer[]): string[] {
  const d = new SseDecoder();
  const out: string[] = [];
  for (const p of pieces) d.push(p, out);
  d.end(out);
  return out;
}

function splitAt(buf: Buffer, offsets: number[]): Buffer[] {
  const pieces: Buffer[] = [];
  let from = 0;
  for (const at of offsets) {
    pieces.push(buf.subarray(from, at));
    from = at;
  }
  pieces.push(buf.subarray(from));
  return pieces;
}

describe('SseDecoder', () => {
  const whole = decode([fixture]);

  it('yields the data of every event, skipping comments and other fields', () => {
    expect(whole).toHaveLength(7);
    expect(whole[6]).toBe('[DONE]');
    expect(whole.every((d) => d === '[DONE]' || d.startsWith('{"id":"chatcmpl-1"'))).toBe(true);
    expect(whole[2]).toContain('🙂 日本語');
  });

  it('gives the same events for a split at every byte offset', () => {
    for (let at = 1; at < fixture.length; at++) {
      expect(decode(splitAt(fixture, [at]))).toEqual(whole);
    }
  });

  it('gives the same events when fed byte by byte', () => {
    const bytes = Array.from({ length: fixture.length }, (_, i) => fixture.subarray(i, i + 1));
    expect(decode(bytes)).toEqual(whole);
  });

  it.each([
    ['joins multi-line data with \\n', 'data: a\ndata: b\n\n', ['a\nb']],
    ['takes data without a space after the colon', 'data:x\n\n', ['x']],
    ['keeps a second leading space', 'data:  x\n\n', [' x']],
    ['treats a bare "data" line as empty data', 'data\n\n', ['']],
    ['ignores fields that merely start with "data"', 'database: 1\ndata: y\n\n', ['y']],
    ['ignores events without data', 'event: ping\n\n: comment\n\n', []],
    ['handles CRLF line ends', 'data: a\r\n\r\ndata: b\r\n\r\n', ['a', 'b']],
    ['dispatches a trailing event at end of stream', 'data: last', ['last']],
    ['dispatches a trailing event with its line end but no blank line', 'data: last\r\n', ['last']],
  ])('%s', (_name, input, expected) => {
    expect(decode([Buffer.from(input)])).toEqual(expected);
  });
});
