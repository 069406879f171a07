import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * State shared by every gateway process when no Redis is configured: per-key rate-limit counters (one row
 * per key and fixed minute) and provider blocks (an open breaker or an upstream retry-after, until when; per GATEWAY_BREAKER_SCOPE).
 * Ids and counters only, no tenant content.
 */
export class SharedState1765000000000 implements MigrationInterface {
  name = 'SharedState1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rate_limit_window (
      key_id text NOT NULL,
      window_start bigint NOT NULL,
      hits integer NOT NULL CHECK (hits >= 0),
      PRIMARY KEY (key_id, window_start)
    )`);
    await q.query(`CREATE TABLE shared_block (
      scope text NOT NULL,
      reason text NOT NULL CHECK (reason IN ('breaker_open', 'rate_limited')),
      provider text NOT NULL,
      model text NOT NULL,
      until_ms bigint NOT NULL,
      PRIMARY KEY (scope, reason, provider, model)
    )`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_window, shared_block TO gateway_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE shared_block`);
    await q.query(`DROP TABLE rate_limit_window`);
  }
}
