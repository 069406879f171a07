import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_JSON_LIMITS, type JsonLimits } from '@libs/core';

const bool = z.enum(['0', '1', 'true', 'false', 'yes', 'no', '']).transform((v) => v === '1' || v === 'true' || v === 'yes');
const port = z.coerce.number().int().min(0).max(65535);

/**
 * One worker per core, except on hosts with two cores or fewer: there the second worker competes with
 * PostgreSQL and the kernel's network work and the gateway gets slower (measured on a 2-core VM: 345 req/s
 * with one worker, 233 with two).
 */
function defaultWorkers(): number {
  const cores = availableParallelism();
  return cores <= 2 ? 1 : cores;
}

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  GATEWAY_DATA_DIR: z.string().min(1).default('./data'),
  GATEWAY_POLICY: z.string().min(1).default('./policies'),
  GATEWAY_EMBEDDED_DB_PORT: port.default(54329),
  GATEWAY_DEMO: bool.optional(),
  GATEWAY_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(64 * 1024 * 1024)
    .default(1024 * 1024),
  GATEWAY_MAX_JSON_DEPTH: z.coerce.number().int().min(8).max(1000).default(DEFAULT_JSON_LIMITS.maxDepth),
  GATEWAY_MAX_JSON_ITEMS: z.coerce.number().int().min(1000).max(10_000_000).default(DEFAULT_JSON_LIMITS.maxItems),
  METRICS_TOKEN: z
    .string()
    .refine((v) => v === '' || v.length >= 16, 'must be at least 16 characters (or empty for none)')
    .optional(),
  AUTH_JWT_ISSUER: z.string().min(1).optional(),
  AUTH_JWT_AUDIENCE: z.string().min(1).optional(),
  AUTH_JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  AUTH_JWT_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  AUTH_JWT_ROLES_CLAIM: z.string().min(1).default('roles'),
  AUTH_JWT_TENANT_CLAIM: z.string().min(1).default('tenant'),
  /** After a token names an unknown `kid`, the JWKS is fetched again at most this often (rotation pick-up). */
  AUTH_JWT_JWKS_COOLDOWN_MS: z.coerce.number().int().min(0).default(30000),
  /** How long a fetched JWKS is trusted before it is fetched again. */
  AUTH_JWT_JWKS_MAX_AGE_MS: z.coerce.number().int().min(1000).default(600000),
  /** The console's OIDC client (a public client: authorization code + PKCE, no secret); unset = no SSO button. */
  AUTH_OIDC_CLIENT_ID: z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'must be printable ASCII without spaces')
    .optional(),
  AUTH_OIDC_SCOPES: z
    .string()
    .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, 'must be space-separated scope names')
    .default('openid profile'),
  GATEWAY_LOG_FILE: z.string().optional(),
  GATEWAY_DEFAULT_ATTEMPT_TIMEOUT_MS: z.coerce.number().int().min(1).default(30000),
  GATEWAY_DEFAULT_DEADLINE_MS: z.coerce.number().int().min(1).default(120000),
  GATEWAY_DB_TIMEOUT_MS: z.coerce.number().int().min(100).default(3000),
  GATEWAY_SIMULATOR_PORT_BASE: port.optional(),
  GATEWAY_SIMULATOR_EPHEMERAL: bool.optional(),
  PRESIDIO_ANALYZER_URL: z.url({ protocol: /^https?$/ }).optional(),
  PRESIDIO_TIMEOUT_MS: z.coerce.number().int().min(50).max(60000).default(2000),
  LEDGER_SIGNING_KEY_FILE: z.string().min(1).optional(),
  LEDGER_KEY_NAME: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be a note key name (letters, digits, . _ -)')
    .default('llm-gateway-ledger'),
  LEDGER_ORIGIN: z
    .string()
    .regex(/^[A-Za-z0-9._/-]{1,100}$/, 'must be a log origin (letters, digits, . _ / -)')
    .default('llm-gateway'),
  LEDGER_CHECKPOINT_INTERVAL_MS: z.coerce.number().int().min(100).max(600000).default(10000),
  GATEWAY_OUTCOME_SWEEP_MS: z.coerce.number().int().min(100).max(600000).default(30000),
  /** Golden prompts of the drift watch (issue 17); a missing file means no drift watch. */
  GATEWAY_DRIFT_GOLDEN: z.string().min(1).default('./eval/drift-golden.json'),
  /** How often the drift watch runs by itself: `30m`, `6h`, `1d` or milliseconds; `0` or unset = never. */
  GATEWAY_DRIFT_INTERVAL: z
    .string()
    .regex(/^(0|\d+(ms|s|m|h|d)?)$/, 'a duration such as 30m, 6h or 1d (or 0 for off)')
    // Node's timers take at most 2^31-1 ms (about 24.8 days); a longer interval would fire every millisecond.
    .refine((v) => durationMs(v) <= MAX_TIMER_MS, 'at most 24d (a timer cannot wait longer)')
    .default('0'),
  /** `database`: policy versions in the database (the files seed version 1); `file`: the files are the policy. */
  GATEWAY_POLICY_STORE: z.enum(['database', 'file']).default('database'),
  GATEWAY_POLICY_REFRESH_MS: z.coerce.number().int().min(50).max(60000).default(500),
  GATEWAY_CANARY_MAX_ERROR_RATE: z.coerce.number().min(0).max(1).default(0.2),
  GATEWAY_CANARY_MIN_REQUESTS: z.coerce.number().int().min(1).max(100).default(20),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  GATEWAY_BREAKER_COOLDOWN_MS: z.coerce.number().int().min(100).default(30000),
  GATEWAY_BREAKER_FAILURES: z.coerce.number().int().min(1).default(5),
  GATEWAY_KEY_RPM: z.coerce.number().int().min(0).default(0),
  GATEWAY_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  // V8 averages allocation over the last five seconds: the two collections of a trim must be further apart.
  GATEWAY_IDLE_TRIM_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .refine((v) => v === 0 || v >= 6, '0 (off) or at least 6')
    .default(6),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:._-]{0,64}$/, 'must be letters, digits, : . _ -')
    .default('gw:'),
  GATEWAY_BREAKER_SCOPE: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be letters, digits, . _ -')
    .default('default'),
  GATEWAY_SHARED_STATE_REFRESH_MS: z.coerce.number().int().min(50).max(60000).default(1000),
  // Set by the cluster primary for its workers only (not for operators).
  GATEWAY_CLUSTER_WORKER: bool.optional(),
  GATEWAY_SIMULATOR_URLS: z
    .string()
    .transform((s, ctx) => {
      try {
        return z.record(z.string(), z.url()).parse(JSON.parse(s));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be a JSON object of provider id -> URL' });
        return z.NEVER;
      }
    })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded PGlite server is started. */
  databaseUrl: string | null;
  poolSize: number;
  dataDir: string;
  policyPath: string;
  embeddedDbPort: number;
  demo: boolean;
  maxBodyBytes: number;
  /** Nesting depth and total keys/elements accepted in a JSON body. */
  jsonLimits: JsonLimits;
  /** Bearer token that /metrics requires; null = served without authentication (a warning at boot). */
  metricsToken: string | null;
  /** OIDC access tokens for humans (SPEC §8); null when neither a JWKS URL nor a key file is configured. */
  jwt: JwtConfig | null;
  /** The console's "Sign in with SSO" (issuer = AUTH_JWT_ISSUER); null when AUTH_OIDC_CLIENT_ID is unset. */
  oidc: OidcClientConfig | null;
  logFile: string | null;
  logLevel: string;
  attemptTimeoutMs: number;
  deadlineMs: number;
  dbTimeoutMs: number;
  /**
   * GATEWAY_SIMULATOR_PORT_BASE: when set, overrides the bundle's `simulator.port`s: 0 = any free port for
   * every simulator, N = N, N+1, … in bundle order. Null = the bundle's ports (0 or none = any free port).
   * GATEWAY_SIMULATOR_EPHEMERAL=1 is the older spelling of base 0.
   */
  simulatorPortBase: number | null;
  /** External Presidio Analyzer (its /analyze is merged with the built-in analyzer); null = built-in only. */
  presidioUrl: string | null;
  presidioTimeoutMs: number;
  /** PKCS#8 PEM Ed25519 key for checkpoints; null = generated into dataDir (demo mode only). */
  ledgerKeyFile: string | null;
  ledgerKeyName: string;
  /** Log origin prefix: a tenant's log is `<origin>/<tenant>`. */
  ledgerOrigin: string;
  checkpointIntervalMs: number;
  /** How often decisions left without an outcome (crash, lost connection) are closed as `interrupted`. */
  /** Where policy versions live: the database (versions, four-eyes) or the files only. */
  policyStore: 'database' | 'file';
  /** How often each process checks for a newly activated version. */
  policyRefreshMs: number;
  /** Error share of the canary slice (over at least canaryMinRequests of the last 100) that reverts the canary. */
  canaryMaxErrorRate: number;
  canaryMinRequests: number;
  outcomeSweepMs: number;
  /** The drift watch's golden prompts file. */
  driftGoldenPath: string;
  /** Interval of the scheduled drift run in ms; 0 = off. */
  driftIntervalMs: number;
  /** OTLP/HTTP traces endpoint (standard OTEL_* variables); null = no exporter. */
  otlpTracesEndpoint: string | null;
  /** Circuit breakers: consecutive failures that open one, and the cool-down before its half-open probe. */
  breakerFailures: number;
  breakerCooldownMs: number;
  /** Default requests per minute per API key; 0 = unlimited. */
  keyRpm: number;
  /**
   * Worker processes on the one port (GATEWAY_WORKERS, default: the number of cores, 1 on hosts with 2 or fewer). 1 = a single process
   * and no cluster primary. Always 1 with the embedded database (PGlite is one session: see README).
   */
  workers: number;
  /** Ticks of the idle trim: quiet ticks collect until the young generation is small again; 0 = never. */
  idleTrimSeconds: number;
  /** Set when GATEWAY_WORKERS was asked for more than 1 but the embedded database forces a single process. */
  workersRequested: number;
  /** Shared store for rate limits and breaker state: Redis when set, else the PostgreSQL database. */
  redisUrl: string | null;
  redisKeyPrefix: string;
  /** Gateways with the same scope share breaker state (separate deployments or test gateways on one store differ). */
  breakerScope: string;
  /** How often each process re-reads the shared breaker state (its maximum staleness). */
  sharedStateRefreshMs: number;
  /** This process is a worker forked by the cluster primary (which already migrated, seeded, started simulators). */
  clusterWorker: boolean;
  /** Demo simulators already served by the cluster primary: provider id -> base URL. */
  simulatorUrls: Record<string, string>;
  /** Reads a provider secret named by the bundle's apiKeyEnv. */
  secret(name: string): string | undefined;
}

export interface JwtConfig {
  issuer: string;
  audience: string;
  jwksUrl: string | null;
  publicKeyFile: string | null;
  rolesClaim: string;
  tenantClaim: string;
  jwksCooldownMs: number;
  jwksMaxAgeMs: number;
}

/** What the console needs for the authorization-code flow with PKCE: public values only, no secret exists. */
export interface OidcClientConfig {
  /** AUTH_JWT_ISSUER, an http(s) URL: the console fetches `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  /** Its origin, the only one the console's CSP lets scripts connect to beyond the gateway itself. */
  issuerOrigin: string;
  clientId: string;
  scopes: string;
  /** AUTH_JWT_AUDIENCE: the console sends the access token when it is a JWT for this audience, else the id_token. */
  audience: string;
}

export class ConfigError extends Error {}

/** SSO for the console needs the API to accept the IdP's tokens (JWT config) and an issuer URL to discover. */
function oidcConfig(e: z.infer<typeof envSchema>, jwt: JwtConfig | null): OidcClientConfig | null {
  if (!e.AUTH_OIDC_CLIENT_ID) return null;
  if (!jwt) throw new ConfigError('AUTH_OIDC_CLIENT_ID needs JWT authentication (AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE, AUTH_JWT_JWKS_URL).');
  let url: URL;
  try {
    url = new URL(jwt.issuer);
  } catch {
    throw new ConfigError('AUTH_OIDC_CLIENT_ID needs AUTH_JWT_ISSUER to be the issuer URL (https://…).');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ConfigError('AUTH_OIDC_CLIENT_ID needs AUTH_JWT_ISSUER to be an http(s) URL.');
  if (!e.AUTH_OIDC_SCOPES.split(' ').includes('openid')) throw new ConfigError('AUTH_OIDC_SCOPES must include openid.');
  return {
    issuer: jwt.issuer,
    issuerOrigin: url.origin,
    clientId: e.AUTH_OIDC_CLIENT_ID,
    scopes: e.AUTH_OIDC_SCOPES,
    audience: jwt.audience,
  };
}

/** Tokens are only accepted with an issuer and an audience to check: a half-configured verifier refuses to start. */
function jwtConfig(e: z.infer<typeof envSchema>): JwtConfig | null {
  if (!e.AUTH_JWT_JWKS_URL && !e.AUTH_JWT_PUBLIC_KEY_FILE) return null;
  if (e.AUTH_JWT_JWKS_URL && e.AUTH_JWT_PUBLIC_KEY_FILE)
    throw new ConfigError('Set AUTH_JWT_JWKS_URL or AUTH_JWT_PUBLIC_KEY_FILE, not both.');
  if (!e.AUTH_JWT_ISSUER || !e.AUTH_JWT_AUDIENCE) throw new ConfigError('JWT authentication needs AUTH_JWT_ISSUER and AUTH_JWT_AUDIENCE.');
  return {
    issuer: e.AUTH_JWT_ISSUER,
    audience: e.AUTH_JWT_AUDIENCE,
    jwksUrl: e.AUTH_JWT_JWKS_URL ?? null,
    publicKeyFile: e.AUTH_JWT_PUBLIC_KEY_FILE ? resolve(e.AUTH_JWT_PUBLIC_KEY_FILE) : null,
    rolesClaim: e.AUTH_JWT_ROLES_CLAIM,
    tenantClaim: e.AUTH_JWT_TENANT_CLAIM,
    jwksCooldownMs: e.AUTH_JWT_JWKS_COOLDOWN_MS,
    jwksMaxAgeMs: e.AUTH_JWT_JWKS_MAX_AGE_MS,
  };
}

/** The only reader of process.env. Invalid env refuses to start with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid environment: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  const databaseUrl = e.DATABASE_URL ?? null;
  const jwt = jwtConfig(e);
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl,
    // PGlite serves one session: the embedded pool MUST be 1 (STACK.md).
    poolSize: databaseUrl ? e.DATABASE_POOL_SIZE : 1,
    dataDir: resolve(e.GATEWAY_DATA_DIR),
    policyPath: resolve(e.GATEWAY_POLICY),
    embeddedDbPort: e.GATEWAY_EMBEDDED_DB_PORT,
    demo: e.GATEWAY_DEMO ?? databaseUrl === null,
    maxBodyBytes: e.GATEWAY_MAX_BODY_BYTES,
    jsonLimits: { maxDepth: e.GATEWAY_MAX_JSON_DEPTH, maxItems: e.GATEWAY_MAX_JSON_ITEMS },
    metricsToken: e.METRICS_TOKEN ? e.METRICS_TOKEN : null,
    jwt,
    oidc: oidcConfig(e, jwt),
    logFile: e.GATEWAY_LOG_FILE ? resolve(e.GATEWAY_LOG_FILE) : null,
    logLevel: e.LOG_LEVEL,
    attemptTimeoutMs: e.GATEWAY_DEFAULT_ATTEMPT_TIMEOUT_MS,
    deadlineMs: e.GATEWAY_DEFAULT_DEADLINE_MS,
    dbTimeoutMs: e.GATEWAY_DB_TIMEOUT_MS,
    simulatorPortBase: e.GATEWAY_SIMULATOR_PORT_BASE ?? (e.GATEWAY_SIMULATOR_EPHEMERAL === true ? 0 : null),
    presidioUrl: e.PRESIDIO_ANALYZER_URL ?? null,
    presidioTimeoutMs: e.PRESIDIO_TIMEOUT_MS,
    ledgerKeyFile: e.LEDGER_SIGNING_KEY_FILE ? resolve(e.LEDGER_SIGNING_KEY_FILE) : null,
    ledgerKeyName: e.LEDGER_KEY_NAME,
    ledgerOrigin: e.LEDGER_ORIGIN,
    checkpointIntervalMs: e.LEDGER_CHECKPOINT_INTERVAL_MS,
    outcomeSweepMs: e.GATEWAY_OUTCOME_SWEEP_MS,
    driftGoldenPath: resolve(e.GATEWAY_DRIFT_GOLDEN),
    driftIntervalMs: durationMs(e.GATEWAY_DRIFT_INTERVAL),
    policyStore: e.GATEWAY_POLICY_STORE,
    policyRefreshMs: e.GATEWAY_POLICY_REFRESH_MS,
    canaryMaxErrorRate: e.GATEWAY_CANARY_MAX_ERROR_RATE,
    canaryMinRequests: e.GATEWAY_CANARY_MIN_REQUESTS,
    keyRpm: e.GATEWAY_KEY_RPM,
    workers: databaseUrl ? (e.GATEWAY_WORKERS ?? defaultWorkers()) : 1,
    idleTrimSeconds: e.GATEWAY_IDLE_TRIM_SECONDS,
    workersRequested: e.GATEWAY_WORKERS ?? (databaseUrl ? defaultWorkers() : 1),
    redisUrl: e.REDIS_URL ?? null,
    redisKeyPrefix: e.REDIS_KEY_PREFIX,
    breakerScope: e.GATEWAY_BREAKER_SCOPE,
    sharedStateRefreshMs: e.GATEWAY_SHARED_STATE_REFRESH_MS,
    clusterWorker: e.GATEWAY_CLUSTER_WORKER ?? false,
    simulatorUrls: e.GATEWAY_SIMULATOR_URLS ?? {},
    otlpTracesEndpoint:
      e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
      (e.OTEL_EXPORTER_OTLP_ENDPOINT ? `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/$/, '')}/v1/traces` : null),
    breakerFailures: e.GATEWAY_BREAKER_FAILURES,
    breakerCooldownMs: e.GATEWAY_BREAKER_COOLDOWN_MS,
    secret: (name) => env[name],
  };
}

/** Nest token for the typed config. */
export const APP_CONFIG = Symbol('APP_CONFIG');

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_TIMER_MS = 2 ** 31 - 1;

/** `6h` -> 21600000; a bare number is milliseconds (already checked by the schema). */
function durationMs(text: string): number {
  const m = /^(\d+)(ms|s|m|h|d)?$/.exec(text);
  return m ? Number(m[1]) * (UNIT_MS[m[2] ?? 'ms'] ?? 1) : 0;
}
