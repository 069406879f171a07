import { escapeLiteral } from 'pg';
import type { ModelTarget } from '@libs/routing';
import type { Database } from '../database/database';
import { SharedStore, type BlockReason, type RateTake, type SharedBlock } from './shared-store';

/** A number for a script literal: the script protocol takes no parameters, so values are inlined. */
function num(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError('not a finite number');
  return String(n);
}

/**
 * One statement: counts the request only while `current + previous * weight + 1 <= limit`. The row lock
 * of INSERT ... ON CONFLICT DO UPDATE makes concurrent takes from any number of processes serialise on
 * the key's row; no row back means refused. Sent as a script (values inlined, the key id escaped): one
 * round trip on the request path, where a parameterised statement would need three (settings, it, commit).
 */
function takeStatement(t: RateTake): string {
  const key = escapeLiteral(t.keyId);
  const start = num(Math.trunc(t.windowStart));
  const weight = `${num(t.previousWeight)}::float8`;
  const limit = `${num(Math.trunc(t.limit))}::int`;
  return `
WITH prev AS (
  SELECT coalesce((SELECT hits FROM rate_limit_window WHERE key_id = ${key} AND window_start = ${start}::bigint - 60000), 0) AS hits
)
INSERT INTO rate_limit_window AS w (key_id, window_start, hits)
SELECT ${key}, ${start}::bigint, 1 FROM prev WHERE 1 + prev.hits * ${weight} <= ${limit}
ON CONFLICT (key_id, window_start) DO UPDATE SET hits = w.hits + 1
  WHERE w.hits + 1 + (SELECT hits FROM prev) * ${weight} <= ${limit}
RETURNING hits`;
}

const BLOCK = `
INSERT INTO shared_block AS b (scope, reason, provider, model, until_ms) VALUES ($1, $2, $3, $4, $5::bigint)
ON CONFLICT (scope, reason, provider, model) DO UPDATE SET until_ms = greatest(b.until_ms, excluded.until_ms)`;

/**
 * PostgreSQL as the shared store (no REDIS_URL): tables `rate_limit_window` and `shared_block`. They hold
 * key ids, provider/model ids and counters only, no tenant content, so they need no row-level security;
 * each call is one statement on the gateway's pool, as `gateway_app`.
 */
export class PgSharedStore extends SharedStore {
  readonly kind = 'postgres';

  constructor(private readonly db: Database) {
    super();
  }

  async take(t: RateTake): Promise<boolean> {
    const { taken } = await this.db.script({ taken: takeStatement(t) });
    return taken.rowCount === 1;
  }

  async block(scope: string, target: ModelTarget, reason: BlockReason, untilMs: number): Promise<void> {
    await this.db.none(BLOCK, [scope, reason, target.provider, target.model, Math.ceil(untilMs)]);
  }

  async unblock(scope: string, target: ModelTarget, reason: BlockReason): Promise<boolean> {
    const rows = await this.db.many(
      'DELETE FROM shared_block WHERE scope = $1 AND reason = $2 AND provider = $3 AND model = $4 RETURNING 1 AS gone',
      [scope, reason, target.provider, target.model],
    );
    return rows.length > 0;
  }

  async blocks(scope: string, nowMs: number): Promise<SharedBlock[]> {
    // A script, like take(): one round trip for a poll every process runs all the time.
    const { live } = await this.db.script({
      live: `SELECT reason, provider, model, until_ms FROM shared_block WHERE scope = ${escapeLiteral(scope)} AND until_ms > ${num(Math.floor(nowMs))}::bigint`,
    });
    const rows = live.rows as { reason: BlockReason; provider: string; model: string; until_ms: string }[];
    return rows.map((r) => ({ provider: r.provider, model: r.model, reason: r.reason, untilMs: Number(r.until_ms) }));
  }

  async prune(beforeMs: number): Promise<void> {
    await this.db.none('DELETE FROM rate_limit_window WHERE window_start < $1::bigint', [Math.floor(beforeMs)]);
    await this.db.none('DELETE FROM shared_block WHERE until_ms < $1::bigint', [Math.floor(beforeMs)]);
  }

  close(): Promise<void> {
    return Promise.resolve(); // the pool belongs to the Database
  }
}
