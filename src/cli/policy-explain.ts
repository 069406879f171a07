import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyReadable, readRequest } from '@libs/classification';
import { GatewayError, isDataLevel, parseChatRequest, WORKLOADS, type DataLevel } from '@libs/core';
import { decide, modelName, requestShape, type Decision } from '@libs/pipeline';
import { findTenant, loadPolicy, policyVersion, PolicyLoadError, PRIORITIES, type PolicyBundle, type Priority } from '@libs/policy';
import { chatFacts } from '../chat/chat.endpoint';
import { readPolicyFiles } from '../policy/policy-files';
import type { Io } from './io';

export const EXPLAIN_USAGE = `policy explain <request.json> [--tenant <id>] [--json]
                           dry run (no egress) of a chat request on the active policy (the database's with DATABASE_URL, else $GATEWAY_POLICY):
                           level, permitted set, the route rule that matches, route and model. The file holds the
                           request body, or {"headers": {"x-gateway-priority": …}, "body": {…}}. Exit 0 routed, 1 refused`;

/** What `--json` prints (SPEC §10), plus nothing else. */
export interface ExplainJson {
  level: DataLevel;
  categories: string[];
  permitted: string[];
  excluded: { provider: string; rule: string; reason: string }[];
  rule: string | null;
  route: string | null;
  provider: string | null;
  model: string | null;
}

class UsageError extends Error {}

/**
 * `gatewayctl policy explain`: the decision the gateway would make for this request — the same classify,
 * policy, rules and planning code, with the built-in classifier (no Presidio), no latency history (a
 * `fastest`/`balanced` route plans as if no latency were known yet) and no egress. The chosen model is the
 * plan's first candidate: at run time a failing provider can still move the request to the next one.
 */
export function policyExplain(args: readonly string[], io: Io, env: NodeJS.ProcessEnv, now = new Date(), active?: PolicyBundle): number {
  try {
    const opts = parseArgs(args);
    const bundle = active ?? loadPolicy(readPolicyFiles(resolve(env.GATEWAY_POLICY ?? './policies')));
    const d = explainRequest(bundle, readRequestFile(opts.file), opts.tenant, now);
    print(d, opts.json, io);
    return d.verdict === 'route' ? 0 : 1;
  } catch (err) {
    if (err instanceof PolicyLoadError) {
      io.err(err.message);
      return 1;
    }
    if (err instanceof UsageError) io.err(`${err.message}\nusage: gatewayctl ${EXPLAIN_USAGE}`);
    else if (err instanceof GatewayError) io.err(`invalid request: ${err.message}${err.param ? ` (${err.param})` : ''}`);
    else io.err(`policy explain: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
}

function parseArgs(args: readonly string[]): { file: string; tenant: string | null; json: boolean } {
  let file: string | null = null;
  let tenant: string | null = null;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--json') json = true;
    else if (a === '--tenant') tenant = args[++i] ?? null;
    else if (!a.startsWith('--') && file === null) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (file === null) throw new UsageError('missing <request.json>');
  if (args.includes('--tenant') && tenant === null) throw new UsageError('--tenant needs an id');
  return { file, tenant, json };
}

interface ExplainRequest {
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

function readRequestFile(file: string): ExplainRequest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`${file}: ${err instanceof SyntaxError ? 'not valid JSON' : 'cannot be read'}`);
  }
  if (!isObject(parsed)) throw new UsageError(`${file}: expected a JSON object`);
  if (isObject(parsed.body) && parsed.messages === undefined) {
    const headers = isObject(parsed.headers) ? parsed.headers : {};
    const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
    return { body: parsed.body, headers: lower };
  }
  return { body: parsed, headers: {} };
}

/** The gateway's decision for this request, as `decideIn` of the pipeline makes it. */
export function explainRequest(bundle: PolicyBundle, req: ExplainRequest, tenantId: string | null, now: Date): Decision {
  const seed = tenantId === null ? bundle.tenants[0] : findTenant(bundle, tenantId);
  if (!seed) throw new UsageError(tenantId === null ? 'the bundle has no tenants; pass --tenant' : `unknown tenant ${tenantId}`);
  const request = parseChatRequest(req.body);
  const classification = classifyReadable(readRequest(request), []);
  const h = req.headers;
  return decide(bundle, policyVersion(bundle), {
    ...chatFacts(request),
    workload: header(h, 'x-gateway-workload', WORKLOADS),
    classification,
    tenant: { id: seed.id, region: seed.region, floor: seed.floor ?? 'public' },
    declaredLevel: declaredLevel(h['x-gateway-data-class']),
    now,
    request: requestShape(request, header(h, 'x-gateway-priority', PRIORITIES) as Priority | null),
  });
}

function header(h: Record<string, string>, name: string, allowed: readonly string[]): string | null {
  const v = h[name];
  if (v === undefined) return null;
  if (!allowed.includes(v)) throw new UsageError(`${name} must be one of ${allowed.join(', ')}`);
  return v;
}

function declaredLevel(v: string | undefined): DataLevel | null {
  if (v === undefined) return null;
  if (!isDataLevel(v)) throw new UsageError('x-gateway-data-class must be one of public, internal, confidential, restricted');
  return v;
}

export function explainJson(d: Decision): ExplainJson {
  const b = d.ledgerBody;
  const first = d.verdict === 'route' ? (d.plan.candidates[0] ?? null) : null;
  return {
    level: d.level,
    categories: (b.categories as string[] | undefined) ?? [],
    permitted: (b.permitted as string[] | undefined) ?? [],
    excluded: (b.excluded as ExplainJson['excluded'] | undefined) ?? [],
    rule: d.verdict === 'route' ? d.rule : null,
    route: d.verdict === 'route' ? d.plan.routeId : null,
    provider: first?.provider ?? null,
    model: first ? modelName(first) : null,
  };
}

function print(d: Decision, json: boolean, io: Io): void {
  const j = explainJson(d);
  if (json) {
    io.out(JSON.stringify(j));
    return;
  }
  io.out(`level: ${j.level}${j.categories.length > 0 ? ` (${j.categories.join(', ')})` : ''}`);
  io.out(`permitted: ${j.permitted.join(', ') || 'none'}`);
  for (const e of j.excluded) io.out(`excluded: ${e.provider} by rule ${e.rule} (${e.reason})`);
  if (d.verdict === 'deny') {
    io.out(`refused: ${d.reason}`);
    return;
  }
  io.out(`rule: ${d.ruleClause ?? 'none (rules do not apply to this request)'}`);
  io.out(`route: ${j.route ?? 'pinned'}`);
  io.out(`model: ${j.model ?? 'none'}`);
  io.out(`plan: ${d.plan.candidates.map(modelName).join(' -> ')}`);
  io.out(`explanation: ${d.explanation}`);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
