import { api, ApiError, query } from './api.js';
import { h, ms, pct, status, table, usd, when } from './dom.js';
import type { Ctx } from './types.js';

interface EvalRun {
  id: string;
  tenant: string;
  taskSetHash: string;
  startedAt: string;
  finishedAt: string;
  actor: string;
  /** Figures with nothing to measure (every task of a target denied) are null. */
  targets: {
    target: string;
    requests: number;
    costPerRequestUsd: number | null;
    medianMs: number | null;
    p95Ms: number | null;
    quality: number | null;
    passRate: number | null;
    timeouts: number | null;
    refusals: number | null;
    brokenJson: number | null;
    denied: number;
  }[];
}
interface DriftRun {
  id: string;
  tenant: string;
  route: string;
  model: string;
  startedAt: string;
  baseline: boolean;
  drift: boolean;
  metrics: { quality: number | null; formatAdherence: number | null; refusalRate: number | null };
  pValue: number | null;
  modelVersion: string | null;
}

const fixed2 = (v: number | null): string => (v === null ? '–' : v.toFixed(2));

/** The runs of issue 17's endpoints; absent endpoints (404) or none recorded both mean "no runs yet". */
async function runs<T>(path: string): Promise<T[]> {
  try {
    return (await api<{ runs?: T[] }>(path)).runs ?? [];
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return [];
    throw e;
  }
}

export async function evaluationPage(ctx: Ctx): Promise<void> {
  const q = query({ tenant: ctx.tenant });
  const [evals, drifts] = await Promise.all([runs<EvalRun>(`/admin/eval/runs${q}`), runs<DriftRun>(`/admin/drift/runs${q}`)]);
  const last = evals[0];
  ctx.root.append(h('h2', {}, 'Last evaluation run'));
  if (!last) ctx.root.append(status('info', 'No eval runs yet. Run one with npx gatewayctl eval <tasks.jsonl> --targets a,b.'));
  else
    ctx.root.append(
      h(
        'p',
        { class: 'muted' },
        `Run ${last.id} by ${last.actor}, ${when(last.startedAt)} – ${when(last.finishedAt)}, task set ${last.taskSetHash.slice(0, 12)}…`,
      ),
      table(
        ['Target', 'Requests', 'Cost / request', 'Median', 'p95', 'Quality', 'Pass rate', 'Timeouts', 'Refusals', 'Broken JSON', 'Denied'],
        last.targets.map((t) => [
          t.target,
          String(t.requests),
          usd(t.costPerRequestUsd),
          ms(t.medianMs),
          ms(t.p95Ms),
          fixed2(t.quality),
          pct(t.passRate),
          pct(t.timeouts),
          pct(t.refusals),
          pct(t.brokenJson),
          String(t.denied),
        ]),
        'Targets compared on the same frozen task set',
      ),
    );
  ctx.root.append(h('h2', {}, 'Drift runs'));
  if (drifts.length === 0) ctx.root.append(status('info', 'No drift runs yet. Run npx gatewayctl drift run.'));
  else
    ctx.root.append(
      table(
        ['Started', 'Route', 'Model', 'Result', 'Quality', 'Format adherence', 'Refusal rate', 'p-value', 'Model version'],
        drifts.map((d) => [
          when(d.startedAt),
          d.route,
          d.model,
          h('span', { class: `badge ${d.drift ? 'error' : 'ok'}` }, d.baseline ? 'baseline' : d.drift ? 'drift' : 'no drift'),
          fixed2(d.metrics.quality),
          pct(d.metrics.formatAdherence),
          pct(d.metrics.refusalRate),
          d.pValue === null ? '–' : d.pValue.toPrecision(2),
          d.modelVersion ?? '–',
        ]),
        'Golden-prompt runs against their baseline, newest first',
      ),
    );
}
