/**
 * A finding to rewrite. Offsets are UTF-16 code units, end-exclusive, on the ORIGINAL text, as
 * `analyzeText`, `analyzeSpans` and `classify` report them (a `Span` or a `Finding` fits).
 */
export interface RedactionSpan {
  readonly entityType: string;
  readonly start: number;
  readonly end: number;
}

function isHigh(u: number): boolean {
  return (u & 0xfc00) === 0xd800;
}
function isLow(u: number): boolean {
  return (u & 0xfc00) === 0xdc00;
}

function byStart(a: RedactionSpan, b: RedactionSpan): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * Makes spans safe to rewrite with: clamped to the text, widened to whole code points (a span never
 * keeps half of a surrogate pair, so no lone surrogate is left behind and no emoji half leaks),
 * empty ones dropped, sorted by start, and overlapping ones merged into their union (typed as the
 * earliest one) so that every character any finding covers is rewritten.
 * Touching spans (`a.end === b.start`) stay separate. Sorted input (what the analyzer returns)
 * costs one linear pass; anything else is sorted first.
 */
export function prepareSpans(text: string, spans: readonly RedactionSpan[]): RedactionSpan[] {
  let sorted = true;
  for (let i = 1; i < spans.length && sorted; i++) sorted = byStart(spans[i - 1] as RedactionSpan, spans[i] as RedactionSpan) <= 0;
  const ordered = sorted ? spans : [...spans].sort(byStart);
  const len = text.length;
  const out: { entityType: string; start: number; end: number }[] = [];
  for (const span of ordered) {
    let start = Math.max(0, Math.min(len, Math.floor(span.start)));
    let end = Math.max(start, Math.min(len, Math.ceil(span.end)));
    if (end === start) continue;
    if (start > 0 && start < len && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start--;
    if (end > 0 && end < len && isLow(text.charCodeAt(end)) && isHigh(text.charCodeAt(end - 1))) end++;
    const last = out[out.length - 1];
    if (last !== undefined && start < last.end) {
      // Widening may move a start before the previous one; the union still starts at `last.start`.
      last.start = Math.min(last.start, start);
      last.end = Math.max(last.end, end);
    } else {
      out.push({ entityType: span.entityType, start, end });
    }
  }
  return out;
}

/**
 * Rebuilds `text` with every (prepared) span replaced by `replacement(span, value)`.
 * Linear in the text plus the replacements.
 */
export function rewrite(
  text: string,
  spans: readonly RedactionSpan[],
  replacement: (span: RedactionSpan, value: string) => string,
): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    parts.push(text.slice(at, span.start), replacement(span, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
