/**
 * The policy bundle of SPEC §5 (`apiVersion: gateway.policy/v1`) as a zod schema.
 *
 * Invariants: every object is strict (unknown keys are errors); the parsed bundle is normalised
 * (dates as `YYYY-MM-DD` strings, `when.tenantRegion` as a list, `action` defaulted to `allow`,
 * the four lists present) and parsing the parsed bundle again yields the same value.
 */
import { z } from 'zod';
import { CATEGORIES, DATA_LEVELS } from '@libs/core';
import { conditionLists, isTimeZone, KeywordListsSchema, RouteRuleSchema } from './rule-schema';

export const POLICY_API_VERSION = 'gateway.policy/v1';
export const PROVIDER_KINDS = ['openai-compatible', 'anthropic', 'azure-openai', 'simulator'] as const;
export const HOSTINGS = ['local', 'dedicated', 'vendor'] as const;
export const CAPABILITIES = ['chat', 'json_schema', 'tools', 'embeddings', 'vision'] as const;
export const RULE_ACTIONS = ['allow', 'block', 'pseudonymize'] as const;
export const STRATEGIES = ['cheapest', 'fastest', 'balanced', 'cascade', 'ordered'] as const;
export const ESCALATE_ON = ['invalid_json', 'length', 'refusal', 'error', 'timeout', 'low_confidence'] as const;
/** Rule id of the built-in attestation check; reserved, a bundle rule may not use it. */
export const ATTESTATION_RULE_ID = 'attestation-expired';

const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const slug = z.string().regex(SLUG, 'must be a lowercase slug (a-z, 0-9, inner -)');
const id = z.string().regex(ID, 'must be an id (letters, digits, . _ -, no /)');
const region = z.string().min(1);
const usd = z.number().nonnegative();
const positiveInt = z.number().int().positive();
const rate = z.number().min(0).max(1);

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** YAML 1.1 loaders may hand us a Date; either way the bundle holds `YYYY-MM-DD`. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(DATE, 'must be a date YYYY-MM-DD').refine(isRealDate, 'must be a real calendar date'),
);

export const ModelSchema = z.strictObject({
  id: z.string().regex(MODEL_ID, 'must be a model id (letters, digits, . _ : / -)'),
  inputUsdPerMTok: usd,
  outputUsdPerMTok: usd,
  contextWindow: positiveInt.optional(),
  capabilities: z.array(z.enum(CAPABILITIES)).optional(),
});

/** A demo simulator's settings (SPEC §9). `port: 0` (or none) takes any free loopback port. */
export const SimulatorSchema = z.strictObject({
  port: z.number().int().min(0).max(65535).optional(),
  latencyMs: z.number().int().nonnegative().optional(),
  /** Spread on top of latencyMs: each answer waits latencyMs plus a uniform draw below this many ms. */
  latencyJitterMs: z.number().int().nonnegative().optional(),
  failureRate: rate.optional(),
  timeoutRate: rate.optional(),
  brokenJsonRate: rate.optional(),
  refusalRate: rate.optional(),
  truncationRate: rate.optional(),
  lowConfidenceRate: rate.optional(),
  /** Share of demo eval tasks answered right (tasks that carry an answer key, see the README's eval section). */
  accuracy: rate.optional(),
  /** Seed of the simulator's draws (faults and rates): the same seed and request order, the same answers. */
  seed: z.number().int().min(0).max(0xffffffff).optional(),
});

export const ProviderSchema = z
  .strictObject({
    id: slug,
    kind: z.enum(PROVIDER_KINDS),
    baseUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    apiKeyEnv: z.string().regex(ENV_NAME, 'must be an env var name (A-Z, 0-9, _)').optional(),
    /** azure-openai: the `api-version` query value; anthropic: the `anthropic-version` header. */
    apiVersion: z
      .string()
      .regex(/^[0-9A-Za-z.-]{1,40}$/, 'must be an API version like 2024-10-21')
      .optional(),
    hosting: z.enum(HOSTINGS),
    regions: z.array(region).min(1),
    baa: z.boolean(),
    zeroRetention: z.boolean().optional(),
    attestationsValidUntil: isoDate.optional(),
    simulator: SimulatorSchema.optional(),
    models: z.array(ModelSchema).min(1),
  })
  .superRefine((p, ctx) => {
    if (p.kind !== 'simulator' && p.baseUrl === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: `is required for kind ${p.kind}` });
    }
    if (p.kind !== 'simulator' && p.simulator !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['simulator'], message: 'is only allowed for kind simulator' });
    }
    reportDuplicates(
      p.models.map((m) => m.id),
      (i, dup) => ctx.addIssue({ code: 'custom', path: ['models', i, 'id'], message: `duplicate model id ${dup}` }),
    );
  });

export const TenantSchema = z.strictObject({
  id: slug,
  region,
  floor: z.enum(DATA_LEVELS).optional(),
  monthlyBudgetUsd: usd.optional(),
  /** Requests per minute allowed to each API key of this tenant (default: the gateway's GATEWAY_KEY_RPM). */
  keyRequestsPerMinute: z.number().int().positive().max(1_000_000).optional(),
  /** A free-form label route rules can test (`tenantTier`), e.g. free, pro, enterprise. */
  tier: z.string().min(1).max(64).optional(),
  /** IANA time zone for `timeOfDay` rules (default UTC). */
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin or UTC').optional(),
});

export const RuleWhenSchema = z.strictObject({
  categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
  level: z.enum(DATA_LEVELS).optional(),
  tenantRegion: z
    .union([region, z.array(region).min(1)], { error: 'must be a region or a list of regions' })
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional(),
});

export const RuleRequireSchema = z.strictObject({
  baa: z.boolean().optional(),
  hosting: z.array(z.enum(HOSTINGS)).min(1).optional(),
  regions: z.array(region).min(1).optional(),
  zeroRetention: z.boolean().optional(),
});

export const ComplianceRuleSchema = z.strictObject({
  id: id.refine((v) => v !== ATTESTATION_RULE_ID, `is reserved for the built-in rule`),
  when: RuleWhenSchema,
  require: RuleRequireSchema.optional(),
  action: z.enum(RULE_ACTIONS).default('allow'),
});

export const RouteSchema = z
  .strictObject({
    id: id.refine((v) => v !== 'auto', 'auto is reserved'),
    /** Optional (SPEC §5): a route without one is reached by a rule, an alias or its id as `model`. */
    match: z
      .strictObject({
        workload: z.string().min(1).optional(),
        model: id.refine((v) => v !== 'auto', 'auto is reserved').optional(),
      })
      .default({}),
    strategy: z.enum(STRATEGIES),
    candidates: z.array(z.string().min(1)).min(1),
    latencyBudgetMs: positiveInt.optional(),
    attemptTimeoutMs: positiveInt.optional(),
    escalateOn: z.array(z.enum(ESCALATE_ON)).optional(),
    /** With `escalateOn: [low_confidence]`: escalate when the answer's confidence (SPEC §5) is below this. */
    confidenceThreshold: z.number().gt(0).lt(1).optional(),
    default: z.boolean().optional(),
  })
  .superRefine((r, ctx) => {
    const low = r.escalateOn?.includes('low_confidence') === true;
    if (low && r.confidenceThreshold === undefined) {
      ctx.addIssue({ code: 'custom', path: ['confidenceThreshold'], message: 'is required with escalateOn low_confidence' });
    }
    if (!low && r.confidenceThreshold !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['confidenceThreshold'], message: 'needs escalateOn to list low_confidence' });
    }
    if (low && r.strategy !== 'cascade') {
      ctx.addIssue({ code: 'custom', path: ['escalateOn'], message: 'low_confidence needs strategy cascade' });
    }
  });

export const DefaultsSchema = z.strictObject({
  attemptTimeoutMs: positiveInt.optional(),
  deadlineMs: positiveInt.optional(),
});

/** One file of a bundle: structurally checked, no cross-references (a folder may split a bundle). */
export const PolicyFileSchema = z.strictObject({
  apiVersion: z.literal(POLICY_API_VERSION),
  providers: z.array(ProviderSchema).default([]),
  tenants: z.array(TenantSchema).default([]),
  compliance: z.array(ComplianceRuleSchema).default([]),
  routes: z.array(RouteSchema).default([]),
  defaults: DefaultsSchema.optional(),
  /** Absent means `required`: a configured Presidio that is down fails closed (SPEC §4). */
  presidio: z.enum(['required', 'optional']).optional(),
  /**
   * What an image, audio or file part (content the classifier cannot read) does to a request. Absent
   * means `restricted`: it could hold anything, so it goes only where restricted data may go.
   * `confidential` treats it as personal data; `refuse` denies the request (403, recorded).
   */
  unreadableContent: z.enum(['restricted', 'confidential', 'refuse']).optional(),
  /**
   * Familiar model names mapped to a route id or a `provider/model` of the bundle (`gpt-4o-mini: default`),
   * so existing applications work unchanged. An alias only names a route: it never widens the permitted set.
   */
  aliases: z.record(z.string().regex(MODEL_ID, 'must be a model name (letters, digits, . _ : / -)').max(200), z.string()).optional(),
  /** Named word and phrase lists for route rules (SPEC §5). */
  keywordLists: KeywordListsSchema.optional(),
  /** Route rules: ordered, first match wins; they choose a route, never widen the permitted set. */
  rules: z.array(RouteRuleSchema).optional(),
});

/** A whole bundle: the file schema plus unique ids and resolvable route candidates. */
export const PolicyBundleSchema = PolicyFileSchema.superRefine((b, ctx) => {
  const dup = (list: string, field: string) => (i: number, value: string) =>
    ctx.addIssue({ code: 'custom', path: [list, i, field], message: `duplicate id ${value}` });
  reportDuplicates(
    b.providers.map((p) => p.id),
    dup('providers', 'id'),
  );
  reportDuplicates(
    b.tenants.map((t) => t.id),
    dup('tenants', 'id'),
  );
  reportDuplicates(
    b.compliance.map((r) => r.id),
    dup('compliance', 'id'),
  );
  reportDuplicates(
    b.routes.map((r) => r.id),
    dup('routes', 'id'),
  );

  checkRouteRules(b, ctx);

  const ports = new Map<number, string>();
  b.providers.forEach((p, i) => {
    const port = p.simulator?.port;
    if (port === undefined || port === 0) return; // 0: any free port, never a clash
    const owner = ports.get(port);
    if (owner !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['providers', i, 'simulator', 'port'], message: `port ${port} already used by ${owner}` });
    } else ports.set(port, p.id);
  });

  const models = new Set(b.providers.flatMap((p) => p.models.map((m) => `${p.id}/${m.id}`)));
  const names = new Map<string, string>();
  let defaults = 0;
  b.routes.forEach((r, i) => {
    r.candidates.forEach((c, j) => {
      if (!models.has(c)) {
        ctx.addIssue({
          code: 'custom',
          path: ['routes', i, 'candidates', j],
          message: `unknown model ${c} (expected provider/model of this bundle)`,
        });
      } else if (r.candidates.indexOf(c) !== j) {
        ctx.addIssue({ code: 'custom', path: ['routes', i, 'candidates', j], message: `duplicate candidate ${c}` });
      }
    });
    // A route is addressed by its id or its alias; both share one namespace.
    for (const [name, path] of [
      [r.id, 'id'],
      [r.match.model, 'match.model'],
    ] as const) {
      if (name === undefined) continue;
      const owner = names.get(name);
      if (owner !== undefined && owner !== r.id) {
        const where = path === 'id' ? ['routes', i, 'id'] : ['routes', i, 'match', 'model'];
        ctx.addIssue({ code: 'custom', path: where, message: `name ${name} already used by route ${owner}` });
      } else names.set(name, r.id);
    }
    if (r.default === true && ++defaults > 1) {
      ctx.addIssue({ code: 'custom', path: ['routes', i, 'default'], message: 'only one route may be the default' });
    }
  });
  for (const [alias, target] of Object.entries(b.aliases ?? {})) {
    const owner = names.get(alias);
    if (owner !== undefined || alias === 'auto' || models.has(alias)) {
      ctx.addIssue({ code: 'custom', path: ['aliases', alias], message: `name ${alias} is already a route, route alias or model` });
    } else if (target !== 'auto' && !names.has(target) && !models.has(target)) {
      ctx.addIssue({
        code: 'custom',
        path: ['aliases', alias],
        message: `unknown target ${target} (expected auto, a route id or provider/model)`,
      });
    }
  }
});

/** Rule ids unique; each rule names a route of the bundle and only keyword lists that exist. */
function checkRouteRules(b: z.output<typeof PolicyFileSchema>, ctx: z.RefinementCtx): void {
  const rules = b.rules ?? [];
  reportDuplicates(
    rules.map((r) => r.id),
    (i, v) => ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id ${v}` }),
  );
  const routes = new Set(b.routes.map((r) => r.id));
  const lists = new Set(Object.keys(b.keywordLists ?? {}));
  rules.forEach((rule, i) => {
    if (!routes.has(rule.route)) {
      ctx.addIssue({ code: 'custom', path: ['rules', i, 'route'], message: `rule ${rule.id}: unknown route ${rule.route}` });
    }
    for (const list of conditionLists(rule.when)) {
      if (!lists.has(list)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'when'], message: `rule ${rule.id}: unknown keyword list ${list}` });
      }
    }
  });
}

function reportDuplicates(values: readonly string[], report: (index: number, value: string) => void): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) report(i, v);
    seen.add(v);
  });
}

export type PolicyBundle = z.output<typeof PolicyBundleSchema>;
export type PolicyFile = z.output<typeof PolicyFileSchema>;
export type Provider = z.output<typeof ProviderSchema>;
export type ProviderKind = (typeof PROVIDER_KINDS)[number];
export type Hosting = (typeof HOSTINGS)[number];
export type Capability = (typeof CAPABILITIES)[number];
export type Model = z.output<typeof ModelSchema>;
export type SimulatorConfig = z.output<typeof SimulatorSchema>;
export type Tenant = z.output<typeof TenantSchema>;
export type ComplianceRule = z.output<typeof ComplianceRuleSchema>;
export type RuleAction = (typeof RULE_ACTIONS)[number];
export type Route = z.output<typeof RouteSchema>;
export type Strategy = (typeof STRATEGIES)[number];
export type EscalateOn = (typeof ESCALATE_ON)[number];
export type PolicyDefaults = z.output<typeof DefaultsSchema>;
export type { RouteRule, KeywordLists, RuleCondition, CountTest, TimeWindow, OutputFormat, Priority } from './rule-schema';
