/** Look-ups in a validated bundle: providers, `provider/model` names and the request's `model`. */
import type { Model, PolicyBundle, Provider, Route } from './schema';

export function findProvider(bundle: PolicyBundle, id: string): Provider | undefined {
  return bundle.providers.find((p) => p.id === id);
}

/** Splits at the first `/`: provider ids have none, model ids may (`org/model` on vLLM). */
export function splitModelName(name: string): { provider: string; model: string } | undefined {
  const slash = name.indexOf('/');
  if (slash <= 0 || slash === name.length - 1) return undefined;
  return { provider: name.slice(0, slash), model: name.slice(slash + 1) };
}

export function findModel(bundle: PolicyBundle, name: string): { provider: Provider; model: Model } | undefined {
  const parts = splitModelName(name);
  if (parts === undefined) return undefined;
  const provider = findProvider(bundle, parts.provider);
  const model = provider?.models.find((m) => m.id === parts.model);
  return provider !== undefined && model !== undefined ? { provider, model } : undefined;
}

export function findTenant(bundle: PolicyBundle, id: string): PolicyBundle['tenants'][number] | undefined {
  return bundle.tenants.find((t) => t.id === id);
}

/** Either a route to run inside the permitted set, or one pinned model (refused if not permitted). */
export type RouteResolution = { route: Route; pinned?: undefined } | { route?: undefined; pinned: { provider: string; model: string } };

/**
 * Resolves the request's `model` (SPEC §3):
 * - `auto`: the route whose `match.workload` equals `workload`, else the `default: true` route, else
 *   the first route (null if the bundle has no routes);
 * - a bundle alias (`aliases: {gpt-4o-mini: default}`): resolved to its target first;
 * - a route id or `match.model` alias: that route;
 * - a `provider/model` of the bundle: pinned;
 * - anything else: null (unknown model).
 */
export function resolveRoute(bundle: PolicyBundle, request: { model: string; workload?: string | null }): RouteResolution | null {
  const { workload } = request;
  const model = bundle.aliases?.[request.model] ?? request.model;
  if (model === 'auto') {
    const route =
      (workload != null ? bundle.routes.find((r) => r.match.workload === workload) : undefined) ??
      bundle.routes.find((r) => r.default === true) ??
      bundle.routes[0];
    return route !== undefined ? { route } : null;
  }
  const named = bundle.routes.find((r) => r.id === model || r.match.model === model);
  if (named !== undefined) return { route: named };
  const found = findModel(bundle, model);
  return found !== undefined ? { pinned: { provider: found.provider.id, model: found.model.id } } : null;
}
