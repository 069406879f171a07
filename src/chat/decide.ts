import type { Classification } from '@libs/classification';
import { GatewayError, maxLevel, type ChatCompletionRequest, type DataLevel } from '@libs/core';
import { deniedMessage, evaluate, explainDecision, findModel, resolveRoute, type PolicyBundle, type PolicyDecision, type Route, type RouteResolution } from '@libs/policy';
import { countPromptTokens, explainChoice, planRoute, type LatencyView, type ModelOffer, type Plan } from '@libs/routing';
import type { Tenant } from '../tenants/tenants.repository';
import { modelName, type Body } from './ledger-bodies';

export interface DecisionInput {
  request: ChatCompletionRequest;
  /** The request's classification (built-in analyzer, merged with Presidio's when configured). */
  classification: Classification;
  tenant: Tenant;
  declaredLevel: DataLevel | null;
  workload: string | null;
  now: Date;
  /** Recent p95 per provider/model, for `fastest` and `balanced`. */
  latency?: LatencyView;
  /** What is asked for (default chat); embeddings route over models with that capability. */
  capability?: 'chat' | 'embeddings';
}

export type Decision =
  | {
      verdict: 'route';
      level: DataLevel;
      plan: Plan;
      ledgerBody: Body;
      explanation: string;
      attemptTimeoutMs: number | null;
      /** A matched rule says `action: pseudonymize`: identifiers leave only as placeholders. */
      pseudonymize: boolean;
    }
  | { verdict: 'deny'; level: DataLevel; ledgerBody: Body; reason: string };

const DEFAULT_OUTPUT_TOKENS = 256;

/**
 * classify -> level -> policy -> plan, as values: the caller records the result in the ledger before acting.
 * A deny carries a message that names rules and providers, never content.
 */
export function decide(bundle: PolicyBundle, policyVersion: string, input: DecisionInput): Decision {
  const { request, tenant } = input;
  const cls = input.classification;
  const level = maxLevel(cls.level, input.declaredLevel ?? 'public', tenant.floor);
  const embeddings = input.capability === 'embeddings';
  const resolution = embeddings && request.model === 'auto' ? embeddingsRoute(bundle) : resolveRoute(bundle, { model: request.model, workload: input.workload });
  if (!resolution || (embeddings && resolution.pinned && !findModel(bundle, modelName(resolution.pinned))?.model.capabilities?.includes('embeddings'))) {
    // The requested name is not echoed: a client may put anything in it.
    throw new GatewayError('invalid_request', 'The requested model does not exist; use "auto", a route alias or a provider/model from GET /v1/models.', 'model');
  }
  const facts = { level, categories: cls.categories, tenantRegion: tenant.region, now: input.now };
  const decision: PolicyDecision = evaluate(bundle, facts);
  const base: Body = {
    level,
    detected_level: cls.level,
    declared_level: input.declaredLevel ?? undefined,
    tenant_floor: tenant.floor,
    categories: cls.categories,
    entities: cls.entities,
    region: tenant.region,
    policy_version: policyVersion,
    permitted: decision.permitted,
    excluded: decision.excluded.map((e) => ({ provider: e.provider, rule: e.rule, reason: e.reason })),
    matched_rules: decision.matchedRules,
    requested: resolution.route ? `route:${resolution.route.id}` : modelName(resolution.pinned),
    workload: input.workload ?? undefined,
    stream: request.stream === true,
  };
  const policyExplanation = explainDecision(decision, facts);
  const deny = (why: string): Decision => {
    const reason = why.startsWith('Policy denied') ? why : `Policy denied: ${why}.`;
    return {
    verdict: 'deny',
    level,
    reason,
    ledgerBody: { ...base, reason, explanation: `${policyExplanation} ${reason}` },
    };
  };

  if (decision.action === 'block' || decision.permitted.length === 0) return deny(deniedMessage(decision));

  let offers: ModelOffer[];
  if (resolution.pinned) {
    const { provider, model } = resolution.pinned;
    if (!decision.permitted.includes(provider)) {
      const ex = decision.excluded.find((e) => e.provider === provider);
      const why = ex ? `excluded by rule ${ex.rule} (${ex.reason})` : 'not permitted';
      return deny(`model ${provider}/${model} is not permitted for this request: ${why}`);
    }
    offers = [offerOf(bundle, `${provider}/${model}`)];
  } else {
    offers = resolution.route.candidates.map((c) => offerOf(bundle, c));
  }

  const promptTokens = countPromptTokens(request.messages);
  const maxOut = request.max_completion_tokens ?? request.max_tokens ?? DEFAULT_OUTPUT_TOKENS;
  const route = resolution.route;
  const plan = planRoute({
    strategy: route?.strategy ?? 'cheapest',
    latency: input.latency,
    latencyBudgetMs: route?.latencyBudgetMs,
    escalateOn: route?.escalateOn,
    routeId: resolution.route?.id ?? null,
    offers,
    permitted: new Set(decision.permitted),
    promptTokens,
    maxOutputTokens: maxOut,
  });
  if (plan.candidates.length === 0) {
    return deny(`no candidate of route ${resolution.route?.id ?? 'pinned'} is permitted (permitted: ${decision.permitted.join(', ')})`);
  }
  const choice = explainChoice(plan, plan.candidates[0] ?? null);
  const pseudonymize = decision.action === 'pseudonymize';
  const egress = pseudonymize ? ' Identifiers are pseudonymised before egress.' : '';
  const explanation = `${policyExplanation} ${choice.charAt(0).toUpperCase()}${choice.slice(1)}.${egress}`;
  return {
    verdict: 'route',
    level,
    plan,
    explanation,
    attemptTimeoutMs: resolution.route?.attemptTimeoutMs ?? null,
    pseudonymize,
    ledgerBody: {
      ...base,
      strategy: plan.strategy,
      route: plan.routeId ?? undefined,
      plan: plan.candidates.map(modelName),
      prompt_tokens: promptTokens,
      egress: pseudonymize ? 'pseudonymized' : 'clear',
      explanation,
    },
  };
}

/** `auto` for embeddings: every model of the bundle with the embeddings capability, cheapest first. */
function embeddingsRoute(bundle: PolicyBundle): RouteResolution | null {
  const candidates = bundle.providers.flatMap((p) => p.models.filter((m) => m.capabilities?.includes('embeddings')).map((m) => `${p.id}/${m.id}`));
  return candidates.length > 0 ? { route: { id: 'embeddings', match: {}, strategy: 'cheapest', candidates } as unknown as Route } : null;
}

function offerOf(bundle: PolicyBundle, name: string): ModelOffer {
  const found = findModel(bundle, name);
  if (!found) throw new Error(`policy names unknown model ${name}`); // the schema refuses such bundles
  return {
    provider: found.provider.id,
    model: found.model.id,
    inputUsdPerMTok: found.model.inputUsdPerMTok,
    outputUsdPerMTok: found.model.outputUsdPerMTok,
  };
}
