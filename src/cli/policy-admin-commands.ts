import { readFileSync } from 'node:fs';
import type { Io } from './io';
import { parseOptions } from './ledger-commands';

export const POLICY_ADMIN_USAGE = `  policy submit <bundle.yaml> [--scope platform|tenant:<id>]   a new version, submitted for approval
  policy approve|reject|activate <id>    (activate: an approver who did not write the version)
  policy shadow <id> [--off]             run an approved version beside the active one (recorded, not enforced)
  policy canary <id> --percent <n> [--by request|tenant|workload]   an approved version for n % of requests (0 stops it)
  policy rollback --to <id>              back to a version that was in force before
  policy diff <id> [--against <id>]      structured diff and a plain-language summary (default: the active version)
  policy simulate <id> [--since <24h|ISO time>]   replay recorded decisions under the version
  policy history                         every version with its state, author and approver
                           (these over HTTP at $GATEWAY_URL as the holder of $GATEWAY_TOKEN, an admin key or a JWT)`;

interface Http {
  url: string;
  token: string;
}

type Call = { method: string; path: string; body?: unknown };

/** One admin API call; its JSON, or the error message of the gateway's error body. */
async function request(http: Http, c: Call): Promise<{ ok: boolean; body: Record<string, unknown> }> {
  const res = await fetch(new URL(c.path, http.url), {
    method: c.method,
    headers: { authorization: `Bearer ${http.token}`, ...(c.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: c.body === undefined ? undefined : JSON.stringify(c.body),
  });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { error: { message: `HTTP ${res.status} (not JSON)` } };
  }
  return { ok: res.ok, body };
}

function versionLine(v: Record<string, unknown>): string {
  const who = [
    `by ${String(v.author)}`,
    v.approvedBy ? `approved by ${String(v.approvedBy)}` : '',
    v.activatedBy ? `activated by ${String(v.activatedBy)}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${String(v.id)}  ${String(v.scope)}  ${String(v.state)}  ${String(v.createdAt)}  ${who}`;
}

/** The calls a command line makes (in order), or null on bad usage. */
function plan(argv: readonly string[]): { calls: (prev: Record<string, unknown>) => Call | null; steps: number } | null {
  const [cmd, ...args] = argv;
  const p = parseOptions(args, ['scope', 'to', 'against', 'since', 'percent', 'by'], ['off']);
  if (!p) return null;
  const [first] = p.positional;
  const only = (n: number, opts: string[]) => p.positional.length === n && Object.keys(p.opts).every((k) => opts.includes(k));
  const v = (id: string) => `/admin/policy/versions/${encodeURIComponent(id)}`;
  if (cmd === 'submit' && first && only(1, ['scope'])) {
    const bundle = readFileSync(first, 'utf8');
    const create: Call = { method: 'POST', path: '/admin/policy/versions', body: { scope: p.opts.scope ?? 'platform', bundle } };
    return { steps: 2, calls: (prev) => (prev.id ? { method: 'POST', path: `${v(String(prev.id))}/submit` } : create) };
  }
  if ((cmd === 'approve' || cmd === 'reject' || cmd === 'activate') && first && only(1, [])) {
    return { steps: 1, calls: () => ({ method: 'POST', path: `${v(first)}/${cmd}` }) };
  }
  if (cmd === 'shadow' && first && only(1, ['off'])) {
    return { steps: 1, calls: () => ({ method: 'POST', path: `${v(first)}/shadow`, body: { enabled: p.opts.off !== 'true' } }) };
  }
  const percent = Number(p.opts.percent);
  if (cmd === 'canary' && first && only(1, ['percent', 'by']) && p.opts.percent !== undefined && Number.isInteger(percent)) {
    const body = p.opts.by ? { percent, by: p.opts.by } : { percent };
    return { steps: 1, calls: () => ({ method: 'POST', path: `${v(first)}/canary`, body }) };
  }
  if (cmd === 'rollback' && p.opts.to && only(0, ['to']))
    return { steps: 1, calls: () => ({ method: 'POST', path: '/admin/policy/rollback', body: { to: p.opts.to } }) };
  if (cmd === 'diff' && first && only(1, ['against'])) {
    const q = p.opts.against ? `?against=${encodeURIComponent(p.opts.against)}` : '';
    return { steps: 1, calls: () => ({ method: 'GET', path: `${v(first)}/diff${q}` }) };
  }
  if (cmd === 'simulate' && first && only(1, ['since'])) {
    const q = p.opts.since ? `?since=${encodeURIComponent(p.opts.since)}` : '';
    return { steps: 1, calls: () => ({ method: 'POST', path: `${v(first)}/simulate${q}` }) };
  }
  if (cmd === 'history' && only(0, [])) return { steps: 1, calls: () => ({ method: 'GET', path: '/admin/policy/versions' }) };
  return null;
}

function print(cmd: string, body: Record<string, unknown>, io: Io): void {
  if (cmd === 'history') for (const v of (body.data as Record<string, unknown>[]) ?? []) io.out(versionLine(v));
  else if (cmd === 'diff' && Array.isArray(body.summary)) {
    for (const line of body.summary as string[]) io.out(line);
    if (body.summary.length === 0) io.out('no differences');
  } else if (typeof body.id === 'string' && typeof body.state === 'string') {
    io.out(
      `${body.id} ${body.state}${body.mode ? ` (${String(body.mode)}${body.canaryPercent ? ` ${String(body.canaryPercent)} %` : ''})` : ''}`,
    );
  } else io.out(JSON.stringify(body, null, 2));
}

/** `policy submit|approve|reject|activate|rollback|diff|simulate|history`: the admin API, so every change has an authenticated actor. */
export async function policyAdminCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  let planned;
  try {
    planned = plan(argv);
  } catch (err) {
    io.err(`gatewayctl policy: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  if (!planned) {
    io.err(`usage:\n${POLICY_ADMIN_USAGE}`);
    return 2;
  }
  if (!env.GATEWAY_URL || !env.GATEWAY_TOKEN) {
    io.err('gatewayctl policy: set GATEWAY_URL (the gateway) and GATEWAY_TOKEN (an admin key or a JWT)');
    return 2;
  }
  const http = { url: env.GATEWAY_URL, token: env.GATEWAY_TOKEN };
  let body: Record<string, unknown> = {};
  for (let i = 0; i < planned.steps; i++) {
    const c = planned.calls(body);
    if (!c) break;
    const r = await request(http, c);
    if (!r.ok) {
      io.err(`gatewayctl policy ${argv[0]}: ${String((r.body.error as { message?: unknown } | undefined)?.message ?? 'failed')}`);
      return 1;
    }
    body = r.body;
  }
  print(argv[0] as string, body, io);
  return 0;
}
