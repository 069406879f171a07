import type { Duplex } from 'node:stream';
import { escapeLiteral, Pool, type PoolClient, type QueryResult, type QueryResultRow } from 'pg';

/** The schema the migrations create the gateway's tables in; pinned as the search_path of every transaction. */
export const GATEWAY_SCHEMA = 'public';
/** The application role: every transaction runs as this role (SPEC §7: INSERT and SELECT only on the ledger). */
export const APP_ROLE = 'gateway_app';

/**
 * Row-level security (SPEC §8) keys every tenant-owned table on the transaction setting `app.tenant_id`;
 * `app.platform = 'on'` is the explicit platform path that sees every tenant. A transaction with neither
 * sees no tenant-owned row at all.
 */
export const TENANT_SETTING = 'app.tenant_id';
export const PLATFORM_SETTING = 'app.platform';

/** A statement (for a script) that makes the rest of the transaction act for `tenantId` only. */
export function actAsTenant(tenantId: string): string {
  return `SET LOCAL ${TENANT_SETTING} = ${escapeLiteral(tenantId)}`;
}

/** Where a unit of work may look: nowhere tenant-owned, one tenant, or (explicitly) the whole platform. */
export type Scope = { tenant: string } | { platform: string } | null;

/** Single statements with parameters, inside the current transaction. */
export interface Queries {
  /** At most one row (null when none); more than one is a bug in the query and throws. */
  one<T extends QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<T | null>;
  many<T extends QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A statement whose rows are not needed; resolves to the number of rows it affected. */
  none(sql: string, params?: readonly unknown[]): Promise<number>;
}

/** Named statements sent together as one simple-protocol query: values MUST be inlined with pg's escapeLiteral. */
export type Script<K extends string> = Readonly<Record<K, string>>;
export type ScriptResults<K extends string> = Record<K, QueryResult>;

export interface Tx extends Queries {
  /** Several statements in one round trip, results by name (in the open transaction). */
  script<K extends string>(statements: Script<K>): Promise<ScriptResults<K>>;
}

/** The unit-of-work methods of the database, bound to one scope. */
export interface ScopedDatabase extends Queries {
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  script<K extends string>(statements: Script<K>): Promise<ScriptResults<K>>;
}

export interface DatabaseOptions {
  url: string;
  poolSize: number;
  /** Connect timeout; statements get twice this, locks this much. */
  timeoutMs: number;
  /** Connections made by this factory instead of a socket to `url` (the embedded database, in process). */
  stream?: () => Duplex;
  /** Connection-level failures (a dropped socket, a server restart). MUST NOT throw; never given query text. */
  onConnectionError?: (err: Error) => void;
}

/**
 * The one way to the database, over a `pg` pool. Every unit of work is one transaction that starts with
 * `BEGIN READ WRITE` and pins, transaction-locally, the role (`gateway_app`), the search_path, the timeouts
 * and the encodings the code relies on: a session-level `SET` by anyone else on the same server session
 * (PGlite serves ONE session to every client) cannot change what a request sees.
 *
 * Faults: every pooled and checked-out client has an 'error' listener, so a lost connection never becomes
 * an unhandled 'error' event; the transaction in flight fails (callers map that to 503 audit_unavailable),
 * the broken client is discarded, and the next checkout opens a fresh connection (the pool reconnects).
 */
export class Database implements Queries {
  private readonly pool: Pool;
  private readonly prelude: string;
  /** How many statements (so results) the prelude is, before the scope's own setting. */
  private readonly preludeStatements: number;
  private readonly scopes = new Map<string, ScopedDatabase>();
  private readonly onClose: (() => Promise<void>)[] = [];

  constructor(private readonly o: DatabaseOptions) {
    this.pool = new Pool({
      connectionString: o.url,
      ...(o.stream ? { stream: o.stream } : {}),
      max: o.poolSize,
      connectionTimeoutMillis: o.timeoutMs,
      query_timeout: o.timeoutMs * 2,
      idleTimeoutMillis: 30000,
      keepAlive: true,
      // pg's own client-side guard; the server-side ones are pinned per transaction below.
      application_name: 'llm-gateway',
    });
    // An idle client whose connection dies emits on the pool: without this listener the process exits.
    this.pool.on('error', (err) => this.connectionError(err));
    const settings: [string, string][] = [
      ['role', APP_ROLE],
      ['search_path', GATEWAY_SCHEMA],
      ['statement_timeout', String(o.timeoutMs * 2)],
      ['lock_timeout', String(o.timeoutMs)],
      ['idle_in_transaction_session_timeout', String(o.timeoutMs * 4)],
      ['TimeZone', 'UTC'],
      ['DateStyle', 'ISO, MDY'],
      ['bytea_output', 'hex'],
      ['client_encoding', 'UTF8'],
    ];
    // SET LOCAL rather than one SELECT of set_config calls: a utility statement skips the planner and
    // executor, which halves the prelude's cost on the server (about 110 against 50 µs in PGlite).
    this.prelude = ['BEGIN READ WRITE', ...settings.map(([k, v]) => `SET LOCAL ${k} = '${v}'`)].join('; ');
    this.preludeStatements = 1 + settings.length;
  }

  /**
   * Work for one tenant: row-level security shows and accepts that tenant's rows only, whatever the SQL
   * says. Every repository method that touches tenant-owned rows goes through here, tenant first.
   */
  forTenant(tenantId: string): ScopedDatabase {
    return this.scoped({ tenant: tenantId });
  }

  /**
   * The explicit platform path: every tenant's rows. Only for work that is by nature cross-tenant (key
   * lookup before the tenant is known, the sweep's and checkpointer's tenant lists, tenant creation,
   * platform-scoped admin reads); `purpose` names it, so each use is greppable and reviewable.
   */
  platform(purpose: string): ScopedDatabase {
    return this.scoped({ platform: purpose });
  }

  /** One tenant's scope, or (null: a platform-scoped caller or object) the platform path named by `purpose`. */
  scopeOf(tenantId: string | null, purpose: string): ScopedDatabase {
    return tenantId === null ? this.platform(purpose) : this.forTenant(tenantId);
  }

  /** Runs `work` in one transaction with the pinned settings and no tenant (tenant-owned tables look empty). */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.inScope(null, work);
  }

  /** A whole transaction in ONE round trip (no tenant scope): BEGIN, the pinned settings, the statements, COMMIT. */
  script<K extends string>(statements: Script<K>): Promise<ScriptResults<K>> {
    return this.scriptIn(null, statements);
  }

  one<T extends QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<T | null> {
    return this.transaction((tx) => tx.one<T>(sql, params));
  }

  many<T extends QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.transaction((tx) => tx.many<T>(sql, params));
  }

  none(sql: string, params?: readonly unknown[]): Promise<number> {
    return this.transaction((tx) => tx.none(sql, params));
  }

  private scoped(scope: NonNullable<Scope>): ScopedDatabase {
    const key = 'tenant' in scope ? `t:${scope.tenant}` : `p:${scope.platform}`;
    let s = this.scopes.get(key);
    if (!s) {
      s = {
        transaction: (work) => this.inScope(scope, work),
        script: (statements) => this.scriptIn(scope, statements),
        one: (sql, params) => this.inScope(scope, (tx) => tx.one(sql, params)),
        many: (sql, params) => this.inScope(scope, (tx) => tx.many(sql, params)),
        none: (sql, params) => this.inScope(scope, (tx) => tx.none(sql, params)),
      };
      if (this.scopes.size > 10000) this.scopes.clear();
      this.scopes.set(key, s);
    }
    return s;
  }

  private preludeFor(scope: Scope): string {
    if (scope === null) return this.prelude;
    if ('tenant' in scope) return `${this.prelude}; ${actAsTenant(scope.tenant)}`;
    return `${this.prelude}; SET LOCAL ${PLATFORM_SETTING} = 'on'`;
  }

  private inScope<T>(scope: Scope, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.withClient(async (client) => {
      await client.query(this.preludeFor(scope));
      const result = await work(this.tx(client));
      await client.query('COMMIT');
      return result;
    });
  }

  private scriptIn<K extends string>(scope: Scope, statements: Script<K>): Promise<ScriptResults<K>> {
    return this.withClient(async (client) => {
      const names = Object.keys(statements) as K[];
      const results = await multi(client, [this.preludeFor(scope), ...names.map((n) => statements[n]), 'COMMIT'].join(';\n'));
      return byName(names, results, this.preludeStatements + (scope === null ? 0 : 1)); // the prelude's results come first
    });
  }

  /**
   * Readiness: what a request needs, not just `SELECT 1`: a connection, a read-write transaction with the
   * pinned role and search_path, and an insert into the ledger's head table (rolled back, never visible).
   */
  async probe(): Promise<void> {
    await this.withClient(async (client) => {
      await client.query(this.preludeFor({ tenant: 'readyz-probe' }));
      await client.query(`INSERT INTO ledger_head (tenant_id, size) VALUES ('readyz-probe', 0) ON CONFLICT (tenant_id) DO NOTHING`);
      await client.query('ROLLBACK');
    });
  }

  /** Runs `hook` when the database closes (the embedded server stops after the pool). */
  onClosed(hook: () => Promise<void>): void {
    this.onClose.push(hook);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
    for (const hook of this.onClose.splice(0)) await hook();
  }

  private async withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // While checked out, pg removes the pool's listener: a connection lost between two statements would
    // otherwise be an unhandled 'error' event. Remember it and discard the client on release.
    let broken: Error | undefined;
    const onError = (err: Error): void => {
      broken = err;
      this.connectionError(err);
    };
    client.on('error', onError);
    try {
      return await work(client);
    } catch (err) {
      if (!broken) await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw err;
    } finally {
      client.removeListener('error', onError);
      client.release(broken ?? undefined);
    }
  }

  private tx(client: PoolClient): Tx {
    return {
      async one<T extends QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<T | null> {
        const res = await client.query<T>(sql, params as unknown[] | undefined);
        if (res.rows.length > 1) throw new Error(`expected at most one row, got ${res.rows.length}`);
        return res.rows[0] ?? null;
      },
      async many<T extends QueryResultRow>(sql: string, params?: readonly unknown[]): Promise<T[]> {
        return (await client.query<T>(sql, params as unknown[] | undefined)).rows;
      },
      async none(sql: string, params?: readonly unknown[]): Promise<number> {
        return (await client.query(sql, params as unknown[] | undefined)).rowCount ?? 0;
      },
      async script<K extends string>(statements: Script<K>): Promise<ScriptResults<K>> {
        const names = Object.keys(statements) as K[];
        return byName(names, await multi(client, names.map((n) => statements[n]).join(';\n')), 0);
      },
    };
  }

  private connectionError(err: Error): void {
    try {
      this.o.onConnectionError?.(err);
    } catch {
      // a logging failure must not turn into an unhandled error either
    }
  }
}

async function multi(client: PoolClient, sql: string): Promise<QueryResult[]> {
  const res = (await client.query(sql)) as unknown as QueryResult | QueryResult[];
  return Array.isArray(res) ? res : [res];
}

function byName<K extends string>(names: readonly K[], results: readonly QueryResult[], offset: number): ScriptResults<K> {
  const out = {} as ScriptResults<K>;
  names.forEach((n, i) => {
    const r = results[offset + i];
    if (!r) throw new Error(`script returned no result for statement "${n}"`);
    out[n] = r;
  });
  return out;
}
