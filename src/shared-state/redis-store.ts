import Redis from 'ioredis';
import type { ModelTarget } from '@libs/routing';
import type { AppLogger } from '../observability/app-logger';
import { BLOCK_REASONS, SharedStore, type BlockReason, type RateTake, type SharedBlock } from './shared-store';

const isBlockReason = (r: string | undefined): r is BlockReason => BLOCK_REASONS.includes(r as BlockReason);

// KEYS: current minute, previous minute. ARGV: limit, previous weight, ttl ms. Counts only when allowed.
const TAKE = `
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
local prev = tonumber(redis.call('GET', KEYS[2]) or '0')
if cur + prev * tonumber(ARGV[2]) + 1 > tonumber(ARGV[1]) then return 0 end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
return 1`;

// KEYS: the blocks hash. ARGV: field, until ms. Keeps the later of the stored and the new block.
const BLOCK = `
local old = tonumber(redis.call('HGET', KEYS[1], ARGV[1]) or '0')
if tonumber(ARGV[2]) > old then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 1`;

type Scripted = Redis & {
  gwTake(cur: string, prev: string, limit: number, weight: string, ttl: number): Promise<number>;
  gwBlock(hash: string, field: string, until: number): Promise<number>;
};

/**
 * Redis as the shared store. No offline queue: while Redis is unreachable a command fails at once (and the
 * caller fails closed) instead of waiting for a reconnect. Keys: `<prefix>rl:{<key id>}:<minute start>`
 * (expire after two minutes) and one hash `<prefix>blocks:<scope>` of `<reason> <provider> <model>` -> until ms.
 */
export class RedisStore extends SharedStore {
  readonly kind = 'redis';
  private readonly redis: Scripted;
  private down = false;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly scope: string,
    timeoutMs: number,
    log: AppLogger,
  ) {
    super();
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: timeoutMs,
      connectTimeout: timeoutMs,
      retryStrategy: (n) => Math.min(100 * n, 2000),
      lazyConnect: false,
    }) as Scripted;
    this.redis.defineCommand('gwTake', { numberOfKeys: 2, lua: TAKE });
    this.redis.defineCommand('gwBlock', { numberOfKeys: 1, lua: BLOCK });
    // Logged once per outage; the URL may hold a password and is never logged.
    this.redis.on('error', (err: Error) => {
      if (this.down) return;
      this.down = true;
      log.warn({ store: 'redis', err: err.name }, 'shared store unreachable: rate-limited requests fail closed');
    });
    this.redis.on('ready', () => {
      if (this.down) log.info({ store: 'redis' }, 'shared store reachable again');
      this.down = false;
    });
  }

  async take(t: RateTake): Promise<boolean> {
    const base = `${this.prefix}rl:{${t.keyId}}:`;
    const ok = await this.redis.gwTake(
      `${base}${t.windowStart}`,
      `${base}${t.windowStart - 60_000}`,
      t.limit,
      String(t.previousWeight),
      150_000,
    );
    return ok === 1;
  }

  async block(scope: string, target: ModelTarget, reason: BlockReason, untilMs: number): Promise<void> {
    await this.redis.gwBlock(`${this.prefix}blocks:${scope}`, `${reason} ${target.provider} ${target.model}`, Math.ceil(untilMs));
  }

  async unblock(scope: string, target: ModelTarget, reason: BlockReason): Promise<boolean> {
    return (await this.redis.hdel(`${this.prefix}blocks:${scope}`, `${reason} ${target.provider} ${target.model}`)) > 0;
  }

  async blocks(scope: string, nowMs: number): Promise<SharedBlock[]> {
    const all = await this.redis.hgetall(`${this.prefix}blocks:${scope}`);
    const out: SharedBlock[] = [];
    for (const [field, until] of Object.entries(all)) {
      const [reason, provider, model] = field.split(' ');
      const untilMs = Number(until);
      if (untilMs > nowMs && provider && model && isBlockReason(reason)) {
        out.push({ provider, model, reason, untilMs });
      }
    }
    return out;
  }

  async prune(beforeMs: number): Promise<void> {
    const key = `${this.prefix}blocks:${this.scope}`;
    const all = await this.redis.hgetall(key);
    const stale = Object.entries(all)
      .filter(([, until]) => Number(until) < beforeMs)
      .map(([field]) => field);
    if (stale.length > 0) await this.redis.hdel(key, ...stale);
  }

  async close(): Promise<void> {
    this.redis.disconnect();
    return Promise.resolve();
  }
}
