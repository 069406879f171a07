import { assess, judgeGrade, judgePrompt, lastUserText, type Grade, type Task, type TaskResult } from '@libs/eval';

/** The gateway and the key an eval runs as. */
export interface EvalHttp {
  url: string;
  token: string;
  runId: string;
}

interface Sent {
  status: number;
  headers: Headers;
  body: unknown;
  ms: number;
}

const RETRIES_ON_429 = 5;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One chat request of the run, retried on a rate limit (429 rate_limited) after `retry-after`. */
async function send(http: EvalHttp, body: object, headers: Record<string, string>): Promise<Sent> {
  for (let i = 0; ; i++) {
    const t0 = performance.now();
    const res = await fetch(new URL('/v1/chat/completions', http.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${http.token}`, 'content-type': 'application/json', 'x-gateway-eval-run': http.runId, ...headers },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    const code = (parsed as { error?: { code?: unknown } } | null)?.error?.code;
    if (res.status === 429 && code === 'rate_limited' && i < RETRIES_ON_429) {
      await sleep(Math.min(10, Number(res.headers.get('retry-after') ?? 1) || 1) * 1000);
      continue;
    }
    return { status: res.status, headers: res.headers, body: parsed, ms };
  }
}

/** The request body and headers for a target: a `version:<id>` target lets that version route `auto`. */
export function requestFor(task: Task, target: string): { body: object; headers: Record<string, string> } {
  const version = target.startsWith('version:') ? target.slice(8) : null;
  const headers: Record<string, string> = {};
  if (version) headers['x-gateway-eval-version'] = version;
  if (task.workload) headers['x-gateway-workload'] = task.workload;
  return { body: { ...task.settings, model: version ? 'auto' : target, messages: task.messages }, headers };
}

async function judge(http: EvalHttp, task: Task, route: string, rubric: string, text: string): Promise<Grade> {
  const res = await send(http, { model: route, temperature: 0, messages: judgePrompt(rubric, lastUserText(task), text) }, {});
  if (res.status !== 200) return { score: 0, pass: false };
  const content = (res.body as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
  return judgeGrade(typeof content === 'string' ? content : '');
}

function errorCode(body: unknown): string | null {
  const code = (body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' ? code : null;
}

/** Attempts as the gateway reports them to eval runs: `escalated:<reason>`, `ok`, `error`, `timeout`. */
function attemptsOf(headers: Headers): string[] {
  const h = headers.get('x-gateway-eval-attempts');
  return h ? h.split(',') : [];
}

/** Runs one task on one target and grades it. Never throws for a gateway answer; a network error is `error`. */
export async function runTask(http: EvalHttp, task: Task, target: string): Promise<TaskResult> {
  const base = {
    taskId: task.id,
    target,
    workload: task.workload ?? null,
    tags: task.tags ?? [],
    costUsd: 0,
    score: 0,
    pass: false,
    refusal: false,
    brokenJson: false,
    escalated: false,
    fallback: false,
    model: null,
  };
  const { body, headers } = requestFor(task, target);
  let res: Sent;
  try {
    res = await send(http, body, headers);
  } catch {
    return { ...base, status: 'error', latencyMs: 0 };
  }
  if (res.status !== 200) {
    const code = errorCode(res.body);
    const status = code === 'policy_denied' ? 'denied' : res.status === 504 ? 'timeout' : 'error';
    return { ...base, status, latencyMs: res.ms };
  }
  const a = assess(task, res.body);
  const g = a.grade ?? (task.grader.type === 'judge' ? await judge(http, task, task.grader.route, task.grader.rubric, a.text) : a.grade);
  const attempts = attemptsOf(res.headers);
  const model = (res.body as { model?: unknown }).model;
  return {
    ...base,
    status: 'ok',
    latencyMs: res.ms,
    costUsd: Number(res.headers.get('x-gateway-eval-cost-nusd') ?? 0) / 1e9,
    score: g?.score ?? 0,
    pass: g?.pass ?? false,
    refusal: a.refusal,
    brokenJson: a.brokenJson,
    escalated: attempts.some((x) => x.startsWith('escalated')),
    fallback: attempts.some((x) => x === 'error' || x === 'timeout'),
    model: typeof model === 'string' ? model : null,
  };
}
