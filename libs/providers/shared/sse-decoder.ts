const CR = 13;
const COLON = 58;
const SPACE = 32;

/**
 * Incremental Server-Sent Events decoder: bytes in, the `data` payload of each complete event out.
 *
 * - Bytes may be split anywhere, including inside a multi-byte UTF-8 character or a field name.
 * - Lines end with `\n` or `\r\n` (a lone `\r` terminator is not supported; no LLM API sends it).
 * - Comments (`:` lines) and fields other than `data` (`event`, `id`, `retry`) are ignored.
 * - Several `data` lines in one event are joined with `\n`; an event is dispatched at a blank line,
 *   and a trailing event without its blank line is dispatched by `end()`.
 */
export class SseDecoder {
  // streaming mode keeps a multi-byte character split across pushes until its last byte arrives
  private readonly utf8 = new TextDecoder('utf-8');
  private rest = '';
  private data: string | null = null;

  /** Appends the data of every event completed by `bytes` to `out`. */
  push(bytes: Uint8Array, out: string[]): void {
    const text = this.utf8.decode(bytes, { stream: true });
    if (text.length > 0) this.feed(this.rest.length > 0 ? this.rest + text : text, out);
  }

  /** Flushes at end of stream: appends the data of a last, unterminated event to `out`. */
  end(out: string[]): void {
    const text = this.rest + this.utf8.decode();
    this.rest = '';
    if (text.length > 0) {
      this.feed(text, out);
      if (this.rest.length > 0) this.line(this.rest, 0, trimCr(this.rest, 0, this.rest.length), out);
      this.rest = '';
    }
    if (this.data !== null) out.push(this.data);
    this.data = null;
  }

  private feed(buf: string, out: string[]): void {
    let start = 0;
    for (let nl = buf.indexOf('\n', start); nl >= 0; nl = buf.indexOf('\n', start)) {
      this.line(buf, start, trimCr(buf, start, nl), out);
      start = nl + 1;
    }
    this.rest = start === 0 ? buf : buf.slice(start);
  }

  private line(buf: string, start: number, end: number, out: string[]): void {
    if (start === end) {
      if (this.data !== null) out.push(this.data);
      this.data = null;
      return;
    }
    if (buf.charCodeAt(start) === COLON || !buf.startsWith('data', start)) return;
    let p = start + 4;
    let value = '';
    if (p < end) {
      if (buf.charCodeAt(p) !== COLON) return; // a field like `database:` is not `data`
      p++;
      if (buf.charCodeAt(p) === SPACE) p++;
      value = buf.slice(p, end);
    }
    this.data = this.data === null ? value : `${this.data}\n${value}`;
  }
}

function trimCr(buf: string, start: number, end: number): number {
  return end > start && buf.charCodeAt(end - 1) === CR ? end - 1 : end;
}
