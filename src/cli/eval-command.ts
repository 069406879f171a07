import { createHash } from 'node:crypto';
import { existsSync, readFileSync, appendFileSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  compareRuns,
  parseTaskSet,
  renderTable,
  specSummary,
  summariseAll,
  taskSetHash,
  toCsv,
  type EvalReport,
  type Task,
  type TaskResult,
} from '@libs/eval';
import type { Io } from './io';
import { parseOptions } from './ledger-commands';
import { runTask, type EvalHttp } from './eval-http';

export const EVAL_USAGE = `  eval <tasks.jsonl> --targets <a,b,…> [--tenant <id>] [--json] [--csv <file>] [--concurrency <n>] [--rate <n/s>] [--resume] [--compare <previous.json>]
                           run a frozen task set through routes, aliases, provider/model or version:<id> targets and
                           compare them (over HTTP at $GATEWAY_URL with $GATEWAY_TOKEN, a key of the tenant)`;

interface EvalArgs {
  file: string;
  targets: string[];
  tenant: string | null;
  json: boolean;
  csv: string | null;
  concurrency: number;
  rate: number | null;
  resume: boolean;
  compare: string | null;
}

function parseArgs(argv: readonly string[]): EvalArgs | null {
  const p = parseOptions(argv, ['targets', 'tenant', 'csv', 'concurrency', 'rate', 'compare'], ['json', 'resume']);
  const [file, ...rest] = p?.positional ?? [];
  if (!p || !file || rest.length > 0 || !p.opts.targets) return null;
  const targets = [...new Set(p.opts.targets.split(',').map((t) => t.trim()))].filter(Boolean);
  const concurrency = Number(p.opts.concurrency ?? 4);
  const rate = p.opts.rate === undefined ? null : Number(p.opts.rate.replace(/\/s$/, ''));
  if (targets.length === 0 || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) return null;
  if (rate !== null && !(rate > 0)) return null;
  return {
    file,
    targets,
    tenant: p.opts.tenant ?? null,
    json: p.opts.json === 'true',
    csv: p.opts.csv ?? null,
    concurrency,
    rate,
    resume: p.opts.resume === 'true',
    compare: p.opts.compare ?? null,
  };
}

/** Results so far of one (set, targets) pair, so an interrupted run resumes where it stopped. No content. */
class StateFile {
  readonly path: string;
  constructor(file: string, hash: string, targets: readonly string[]) {
    const key = createHash('sha256').update(targets.join('\n')).digest('hex').slice(0, 8);
    this.path = join(dirname(resolve(file)), `.eval-${hash.slice(0, 16)}-${key}.state.jsonl`);
  }
  load(): { runId: string | null; results: TaskResult[] } {
    if (!existsSync(this.path)) return { runId: null, results: [] };
    const lines = readFileSync(this.path, 'utf8').split('\n').filter(Boolean);
    const runId = (JSON.parse(lines[0] ?? '{}') as { runId?: string }).runId ?? null;
    const results: TaskResult[] = [];
    for (const l of lines.slice(1)) {
      try {
        results.push(JSON.parse(l) as TaskResult);
      } catch {
        break; // a line cut by the interruption: that task runs again
      }
    }
    return { runId, results };
  }
  start(runId: string, kept: readonly TaskResult[]): void {
    writeFileSync(this.path, [JSON.stringify({ runId }), ...kept.map((r) => JSON.stringify(r))].join('\n') + '\n', { mode: 0o600 });
  }
  add(r: TaskResult): void {
    appendFileSync(this.path, JSON.stringify(r) + '\n');
  }
  remove(): void {
    if (existsSync(this.path)) unlinkSync(this.path);
  }
}

async function api(
  url: string,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL(path, url), {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  try {
    return { status: res.status, json: JSON.parse(text) as Record<string, unknown> };
  } catch {
    return { status: res.status, json: { error: { message: `HTTP ${res.status} (not JSON)` } } };
  }
}

const message = (j: Record<string, unknown>) => String((j.error as { message?: unknown } | undefined)?.message ?? 'unexpected answer');

/** The run to use: the resumed one if the gateway still has it open, else a new one. */
async function openRun(a: EvalArgs, env: { url: string; token: string }, hash: string, resumed: string | null): Promise<string> {
  if (resumed) {
    const r = await api(env.url, env.token, 'GET', `/v1/eval/runs/${encodeURIComponent(resumed)}`);
    if (r.status === 200 && r.json.state === 'open') return resumed;
  }
  const r = await api(env.url, env.token, 'POST', '/v1/eval/runs', {
    taskSetHash: hash,
    targets: a.targets,
    ...(a.tenant ? { tenant: a.tenant } : {}),
  });
  if (r.status !== 200 && r.status !== 201) throw new Error(`opening the eval run failed: ${message(r.json)}`);
  return String(r.json.runId);
}

/** Pairs not yet done, task-major so every target sees the set in the same order. */
function pending(tasks: readonly Task[], targets: readonly string[], done: readonly TaskResult[]): [Task, string][] {
  const seen = new Set(done.map((r) => `${r.taskId}\u0000${r.target}`));
  return tasks.flatMap((t) => targets.filter((g) => !seen.has(`${t.id}\u0000${g}`)).map((g): [Task, string] => [t, g]));
}

/** Runs the pairs with `concurrency` workers, starting at most `rate` per second; a progress bar on stderr. */
async function runAll(
  http: EvalHttp,
  pairs: [Task, string][],
  a: EvalArgs,
  state: StateFile,
  io: Io,
  total: number,
  doneBefore: number,
): Promise<TaskResult[]> {
  const out: TaskResult[] = [];
  let next = 0;
  let startAt = Date.now();
  const gap = a.rate ? 1000 / a.rate : 0;
  let shownTenth = -1;
  const progress = () => {
    const done = doneBefore + out.length;
    const tenth = Math.floor((done / total) * 20);
    if (a.json || tenth === shownTenth) return;
    shownTenth = tenth;
    io.err(`[${'#'.repeat(tenth).padEnd(20, '.')}] ${done}/${total}`);
  };
  const worker = async () => {
    while (next < pairs.length) {
      const [task, target] = pairs[next++] as [Task, string];
      if (gap > 0) {
        const wait = startAt - Date.now();
        startAt = Math.max(startAt, Date.now()) + gap;
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
      const r = await runTask(http, task, target);
      out.push(r);
      state.add(r);
      progress();
    }
  };
  progress();
  await Promise.all(Array.from({ length: Math.min(a.concurrency, Math.max(1, pairs.length)) }, worker));
  return out;
}

function report(hash: string, targets: readonly string[], results: readonly TaskResult[], a: EvalArgs, io: Io): EvalReport {
  const { overall, groups } = summariseAll(targets, results);
  const rep: EvalReport = { taskSetHash: hash, targets: overall.map(specSummary) };
  if (a.csv) writeFileSync(a.csv, toCsv(hash, [...overall, ...groups]));
  if (a.json) io.out(JSON.stringify(rep));
  else {
    io.out(`task set ${hash.slice(0, 16)}…  ${new Set(results.map((r) => r.taskId)).size} tasks × ${targets.length} targets`);
    for (const line of renderTable([...overall, ...groups]).split('\n')) io.out(line);
  }
  return rep;
}

/** `gatewayctl eval` (SPEC §10). Exit 0 done, 1 the gateway refused the run, 2 bad usage or input. */
export async function evalCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const a = parseArgs(argv);
  if (!a) return (io.err(`usage:\n${EVAL_USAGE}`), 2);
  if (!env.GATEWAY_URL || !env.GATEWAY_TOKEN)
    return (io.err('gatewayctl eval: set GATEWAY_URL and GATEWAY_TOKEN (a key of the tenant)'), 2);
  let bytes: Buffer;
  try {
    bytes = readFileSync(a.file);
  } catch {
    return (io.err(`gatewayctl eval: cannot read ${a.file}`), 2);
  }
  const hash = taskSetHash(bytes);
  const previous = a.compare ? (JSON.parse(readFileSync(a.compare, 'utf8')) as EvalReport) : null;
  if (previous && previous.taskSetHash !== hash)
    return (
      io.err(
        `gatewayctl eval: ${a.compare} ran another task set (hash ${previous.taskSetHash.slice(0, 12)}…, this one ${hash.slice(0, 12)}…): refusing to compare`,
      ),
      2
    );
  const { tasks, problems } = parseTaskSet(bytes.toString('utf8'));
  for (const p of problems.slice(0, 20)) io.err(`${a.file}:${p.line}: ${p.message}`);
  if (problems.length > 0) return 2;
  const conn = { url: env.GATEWAY_URL, token: env.GATEWAY_TOKEN };
  const state = new StateFile(a.file, hash, a.targets);
  const saved = a.resume ? state.load() : { runId: null, results: [] };
  let runId: string;
  try {
    runId = await openRun(a, conn, hash, saved.runId);
  } catch (err) {
    return (io.err(`gatewayctl eval: ${err instanceof Error ? err.message : String(err)}`), 1);
  }
  state.start(runId, saved.results);
  const pairs = pending(tasks, a.targets, saved.results);
  const fresh = await runAll({ ...conn, runId }, pairs, a, state, io, tasks.length * a.targets.length, saved.results.length);
  const rep = report(hash, a.targets, [...saved.results, ...fresh], a, io);
  const fin = await api(conn.url, conn.token, 'POST', `/v1/eval/runs/${runId}/finish`, { targets: rep.targets });
  if (fin.status !== 200) return (io.err(`gatewayctl eval: recording the run failed: ${message(fin.json)}`), 1);
  state.remove();
  if (previous) {
    const c = compareRuns(previous, rep);
    for (const line of 'lines' in c ? c.lines : [c.error]) io.err(line);
  }
  return 0;
}
