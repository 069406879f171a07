import { renderReport, weeklyReport } from '@libs/eval';
import type { Io } from './io';
import { parseOptions } from './ledger-commands';

export const DRIFT_REPORT_USAGE = `  drift run [--route <id>] [--json]   run the golden prompts now and compare with the baseline (exit 1: drift)
  report --since <7d|24h|ISO time> [--tenant <id>] [--json]
                           the weekly routing review from the ledger: traffic share, cost, p95, format failures,
                           escalations per route and model (no content); both over HTTP at $GATEWAY_URL with $GATEWAY_TOKEN`;

type Conn = { url: string; token: string };

async function call(c: Conn, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL(path, c.url), {
    method,
    headers: { authorization: `Bearer ${c.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  try {
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  } catch {
    return { status: res.status, json: {} };
  }
}

const errorOf = (j: Record<string, unknown>) => String((j.error as { message?: unknown } | undefined)?.message ?? 'unexpected answer');

function conn(env: NodeJS.ProcessEnv, io: Io, cmd: string): Conn | null {
  if (env.GATEWAY_URL && env.GATEWAY_TOKEN) return { url: env.GATEWAY_URL, token: env.GATEWAY_TOKEN };
  io.err(`gatewayctl ${cmd}: set GATEWAY_URL and GATEWAY_TOKEN`);
  return null;
}

/** `drift run`: exit 0 no drift (or the first, baseline run), 1 drift detected, 2 bad usage or refused. */
export async function driftCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const p = parseOptions(argv, ['route'], ['json']);
  if (!p || p.positional.join(' ') !== 'run') return (io.err(`usage:\n${DRIFT_REPORT_USAGE}`), 2);
  const c = conn(env, io, 'drift');
  if (!c) return 2;
  const r = await call(c, 'POST', '/admin/drift/run', p.opts.route ? { route: p.opts.route } : {});
  if (r.status !== 200) return (io.err(`gatewayctl drift: ${errorOf(r.json)}`), r.status >= 500 ? 1 : 2);
  if (p.opts.json === 'true') io.out(JSON.stringify(r.json));
  else
    for (const run of (r.json.runs as Record<string, unknown>[]) ?? []) {
      const m = run.metrics as Record<string, number>;
      const state = run.baseline ? 'baseline recorded' : run.drift ? `DRIFT (${(run.reasons as string[]).join(', ')})` : 'no drift';
      io.out(
        `${String(run.route)}  ${String(run.model)}  quality ${m.quality?.toFixed(3)}  format ${m.formatAdherence?.toFixed(3)}  refusals ${m.refusalRate?.toFixed(3)}  ` +
          `p=${run.pValue === null ? '-' : Number(run.pValue).toPrecision(3)}  model ${String(run.modelVersion)}  ${state}`,
      );
    }
  return r.json.drift === true ? 1 : 0;
}

/** `7d`, `24h`, `30m` or an ISO time -> the start of the window. */
function since(text: string, now: Date): Date | null {
  const m = /^(\d+)([mhd])$/.exec(text);
  if (m) return new Date(now.getTime() - Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm' | 'h' | 'd']);
  const t = new Date(text);
  return Number.isNaN(t.getTime()) ? null : t;
}

/** Every decision and outcome leaf of the window, page by page (`/v1/audit/entries`). */
async function leaves(c: Conn, tenant: string | undefined, from: Date): Promise<Record<string, unknown>[] | string> {
  const out: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const q = new URLSearchParams({
      from: from.toISOString(),
      limit: '1000',
      ...(tenant ? { tenant } : {}),
      ...(cursor ? { cursor } : {}),
    });
    const r = await call(c, 'GET', `/v1/audit/entries?${q}`);
    if (r.status !== 200) return errorOf(r.json);
    for (const e of (r.json.data as { leaf: Record<string, unknown> }[]) ?? []) out.push(e.leaf);
    cursor = typeof r.json.next_cursor === 'string' ? r.json.next_cursor : null;
  } while (cursor);
  return out;
}

/** `report --since 7d`: exit 0 printed, 2 bad usage or refused. */
export async function reportCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv, now = new Date()): Promise<number> {
  const p = parseOptions(argv, ['since', 'tenant'], ['json']);
  const from = p?.opts.since ? since(p.opts.since, now) : null;
  if (!p || p.positional.length > 0 || !from) return (io.err(`usage:\n${DRIFT_REPORT_USAGE}`), 2);
  const c = conn(env, io, 'report');
  if (!c) return 2;
  const got = await leaves(c, p.opts.tenant, from);
  if (typeof got === 'string') return (io.err(`gatewayctl report: ${got}`), 2);
  const rep = weeklyReport(got);
  if (p.opts.json === 'true') io.out(JSON.stringify({ since: from.toISOString(), ...rep }));
  else for (const line of renderReport(rep, from.toISOString())) io.out(line);
  return 0;
}
