import { api, query } from './api.js';
import { h, ms, pct, status, usd } from './dom.js';
import { barChart } from './charts.js';
import type { Ctx } from './types.js';

interface Overview {
  from: string;
  to: string;
  truncated: boolean;
  requests: number;
  routed: number;
  denied: number;
  ok: number;
  costUsd: number;
  costPerOkUsd: number | null;
  days: { day: string; costUsd: number; requests: number; ok: number; denied: number }[];
  providers: { provider: string; requests: number }[];
  routes: { route: string; requests: number }[];
  latency: { attempts: number; p50Ms: number | null; p95Ms: number | null };
  denialsByRule: { rule: string; count: number }[];
  escalations: { attempts: number; requests: number; rate: number | null };
  fallbacks: { attempts: number; requests: number; rate: number | null };
}

const stat = (id: string, label: string, value: string, hint?: string) =>
  h(
    'div',
    { class: 'stat', id },
    h('span', { class: 'label' }, label),
    h('span', { class: 'value' }, value),
    hint ? h('small', {}, hint) : null,
  );
const count = (v: number) => String(Math.round(v));

export async function overviewPage(ctx: Ctx): Promise<void> {
  const o = await api<Overview>(`/admin/overview${query({ tenant: ctx.tenant, days: 7 })}`);
  ctx.root.append(
    h(
      'p',
      { class: 'muted' },
      `Last 7 days, ${ctx.tenant ?? 'all tenants'}, from the audit ledger (the same events /metrics counts, kept across restarts).`,
      o.truncated ? ' Only the newest decisions were counted.' : '',
    ),
  );
  if (o.requests === 0) {
    ctx.root.append(status('info', 'No decisions in this period yet. Send a request through the gateway and come back.'));
    return;
  }
  ctx.root.append(
    h(
      'div',
      { class: 'stats' },
      stat('st-requests', 'Requests', count(o.requests), `${o.ok} successful, ${o.denied} denied`),
      stat('st-cost', 'Cost', usd(o.costUsd), `${usd(o.costPerOkUsd)} per successful request`),
      stat('st-p50', 'Upstream latency p50', ms(o.latency.p50Ms), `${o.latency.attempts} attempts`),
      stat('st-p95', 'Upstream latency p95', ms(o.latency.p95Ms)),
      stat('st-escalation', 'Escalation rate', pct(o.escalations.rate), `${o.escalations.attempts} escalations`),
      stat('st-fallback', 'Fallback rate', pct(o.fallbacks.rate), `${o.fallbacks.attempts} fallback attempts`),
    ),
    h(
      'div',
      { class: 'charts' },
      barChart(
        'chart-providers',
        'Route mix: requests by provider',
        o.providers.map((p) => p.provider),
        o.providers.map((p) => p.requests),
        count,
      ),
      barChart(
        'chart-cost',
        'Cost per day (USD)',
        o.days.map((d) => d.day),
        o.days.map((d) => d.costUsd),
        (v) => usd(v, 6),
      ),
      barChart(
        'chart-requests',
        'Requests per day',
        o.days.map((d) => d.day),
        o.days.map((d) => d.requests),
        count,
      ),
      barChart(
        'chart-denials',
        'Denials by rule',
        o.denialsByRule.map((d) => d.rule),
        o.denialsByRule.map((d) => d.count),
        count,
      ),
      barChart(
        'chart-routes',
        'Requests by route',
        o.routes.map((r) => r.route),
        o.routes.map((r) => r.requests),
        count,
      ),
    ),
  );
}
