import { Pool } from 'undici';
import type { PresidioResult } from '@libs/classification';

/** UTF-16 offset of each code point index (Presidio, in Python, counts code points). */
function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp; // no astral characters: both counts agree
  const offsets: number[] = [];
  let u = 0;
  for (const ch of text) {
    offsets.push(u);
    u += ch.length;
  }
  offsets.push(u);
  return (cp) => offsets[Math.max(0, Math.min(cp, offsets.length - 1))] as number;
}

function isResult(v: unknown): v is PresidioResult {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.entity_type === 'string' && Number.isInteger(r.start) && Number.isInteger(r.end) && typeof r.score === 'number';
}

export class PresidioUnavailableError extends Error {}

/**
 * Client of Presidio Analyzer's REST API (`POST /analyze {text, language}` -> `[{entity_type, start, end,
 * score}]`). Offsets come back in code points and are converted to UTF-16. Any failure (connection,
 * status, timeout, shape) is a PresidioUnavailableError: the caller decides whether that fails closed.
 */
export class PresidioClient {
  private readonly pool: Pool;
  private readonly path: string;

  constructor(
    baseUrl: string,
    private readonly timeoutMs: number,
  ) {
    const u = new URL(baseUrl);
    this.pool = new Pool(u.origin, { connections: 16, keepAliveTimeout: 10000 });
    this.path = `${u.pathname.replace(/\/$/, '')}/analyze`;
  }

  async analyze(text: string, language = 'en'): Promise<PresidioResult[]> {
    let body: unknown;
    try {
      const res = await this.pool.request({
        method: 'POST',
        path: this.path,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, language }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (res.statusCode !== 200) {
        await res.body.dump();
        throw new PresidioUnavailableError(`presidio answered HTTP ${res.statusCode}`);
      }
      body = await res.body.json();
    } catch (err) {
      if (err instanceof PresidioUnavailableError) throw err;
      throw new PresidioUnavailableError(`presidio unreachable (${err instanceof Error ? err.name : 'error'})`);
    }
    if (!Array.isArray(body) || !body.every(isResult)) throw new PresidioUnavailableError('presidio answered an unexpected shape');
    const toU16 = codePointToUtf16(text);
    return body.map((r) => ({ entity_type: r.entity_type, start: toU16(r.start), end: toU16(r.end), score: r.score }));
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
