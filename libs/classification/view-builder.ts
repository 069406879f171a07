/**
 * Views of a text: a derived text (decoded, relabelled, rewritten) whose every code unit keeps the source
 * range it came from, so a finding in the view lands on the source (decode.ts, spoken-digits.ts, sql-view.ts).
 */

/** A decoded view: `starts[i]`/`ends[i]` are the source offsets of view character `i`. */
export interface DecodedView {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** Builds a view piece by piece: copied runs map to themselves, inserted or decoded text to a source range. */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;
  private bytes: number[] = [];
  private byteStart = 0;
  private byteEnd = 0;

  /**
   * `capacity`: the view's expected length, when known (a decoding is never longer than its source):
   * the offset arrays are then made once instead of doubled from 256 (each doubling allocates and copies).
   */
  constructor(capacity = 256) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  private reserve(extra: number): void {
    if (this.n + extra <= this.starts.length) return;
    const size = Math.max(this.n + extra, this.starts.length * 2);
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    starts.set(this.starts.subarray(0, this.n));
    ends.set(this.ends.subarray(0, this.n));
    this.starts = starts;
    this.ends = ends;
  }

  /** `ch` (one or more code units), all mapped to the source range `[start, end)`. */
  char(ch: string, start: number, end: number): void {
    this.flush();
    this.parts.push(ch);
    this.reserve(ch.length);
    for (let k = 0; k < ch.length; k++) {
      this.starts[this.n] = start;
      this.ends[this.n] = end;
      this.n++;
    }
  }

  /** `s[from, to)` unchanged, each unit mapped to itself: copied as one piece. */
  plain(s: string, from: number, to: number): void {
    this.flush();
    this.parts.push(s.slice(from, to));
    this.reserve(to - from);
    for (let i = from; i < to; i++) {
      this.starts[this.n] = i;
      this.ends[this.n] = i + 1;
      this.n++;
    }
  }

  /** Escaped bytes are collected and decoded as UTF-8 together (one character may span escapes). */
  byte(b: number, start: number, end: number): void {
    if (this.bytes.length === 0) this.byteStart = start;
    this.bytes.push(b);
    this.byteEnd = end;
  }

  flush(): void {
    if (this.bytes.length === 0) return;
    const text = Buffer.from(this.bytes).toString('utf8');
    const start = this.byteStart;
    const end = this.byteEnd;
    this.bytes = [];
    this.char(text, start, end);
  }

  get length(): number {
    return this.n + this.bytes.length;
  }

  /** The view built; it ends the builder (the arrays are handed over, not copied). */
  view(): DecodedView {
    this.flush();
    return { text: this.parts.join(''), starts: this.starts.subarray(0, this.n), ends: this.ends.subarray(0, this.n) };
  }
}
