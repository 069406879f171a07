/**
 * Restores placeholders in a streamed response, chunk by chunk.
 * Invariants: the concatenation of every `push` result and `end()` equals `restore` of the
 * concatenated chunks; `pending` never exceeds the vault's `holdBackLimit`.
 */
export interface StreamRestorer {
  /** Takes the next chunk; returns what can be emitted now, placeholders restored. */
  push(chunk: string): string;
  /** Flushes what is held back (a tail that never became a placeholder). */
  end(): string;
  /** UTF-16 units currently held back. */
  readonly pending: number;
}

/**
 * Why holding back only the tail from the last '<' is enough: a placeholder contains '<' only as
 * its first character, so no placeholder can straddle a cut made at a '<'; and one straddling the
 * end of the buffer is, from its '<', a proper prefix of a placeholder, which is exactly what is held.
 * The hold is at most (longest placeholder - 1) units, so latency and memory stay bounded.
 */
export function createStreamRestorer(restore: (text: string) => string, prefixes: ReadonlySet<string>, limit: number): StreamRestorer {
  let held = '';
  return {
    push(chunk: string): string {
      if (limit === 0) return chunk;
      const buf = held + chunk;
      const lt = buf.lastIndexOf('<');
      if (lt >= 0 && buf.length - lt <= limit && prefixes.has(buf.slice(lt))) {
        held = buf.slice(lt);
        return restore(buf.slice(0, lt));
      }
      held = '';
      return restore(buf);
    },
    end(): string {
      const rest = held;
      held = '';
      return rest;
    },
    get pending(): number {
      return held.length;
    },
  };
}
