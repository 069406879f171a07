/**
 * The spans already counted for one text, by entity type, answering "does a span of this type
 * overlap [start, end)?" in logarithmic time. Decoded views repeat most of what the source shows,
 * and asking that of a plain list cost a scan per finding: quadratic on a megabyte of escaped text.
 *
 * Spans usually arrive in start order (the source's findings, then each view's, mapped back in
 * order); those are kept with the running maximum of their ends, so one binary search answers. A
 * span that arrives out of order (a later view going back to the start) goes to a plain list
 * that is scanned as before.
 */
interface TypeSpans {
  starts: number[];
  /** `maxEnds[i]`: the largest end among the first i + 1 spans. */
  maxEnds: number[];
  /** Spans that came out of start order. */
  others: { start: number; end: number }[];
}

export class OverlapIndex {
  private readonly byType = new Map<string, TypeSpans>();

  add(entityType: string, start: number, end: number): void {
    let t = this.byType.get(entityType);
    if (t === undefined) {
      t = { starts: [], maxEnds: [], others: [] };
      this.byType.set(entityType, t);
    }
    const n = t.starts.length;
    if (n > 0 && start < (t.starts[n - 1] as number)) {
      t.others.push({ start, end });
      return;
    }
    t.starts.push(start);
    t.maxEnds.push(n > 0 ? Math.max(t.maxEnds[n - 1] as number, end) : end);
  }

  /** Does a span of `entityType` overlap `[start, end)` (each non-empty in common)? */
  overlaps(entityType: string, start: number, end: number): boolean {
    const t = this.byType.get(entityType);
    if (t === undefined) return false;
    // The last ordered span starting before `end`: an overlap exists iff one of those ends after `start`.
    let lo = 0;
    let hi = t.starts.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((t.starts[mid] as number) < end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (last >= 0 && (t.maxEnds[last] as number) > start) return true;
    return t.others.some((b) => start < b.end && b.start < end);
  }
}
