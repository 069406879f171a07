import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyRequest } from '@libs/classification';
import { GatewayError, type ChatCompletionChunk, type ChatCompletionRequest, type ChatCompletionResponse } from '@libs/core';
import type { LedgerEntryInput } from '@libs/ledger';
import { loadPolicy } from '@libs/policy';
import type { ProviderAdapter } from '@libs/providers';
import type { BudgetsService } from '../budgets/budgets.service';
import type { ClassificationService } from '../classification/classification.service';
import type { AppConfig } from '../config/app-config';
import type { LedgerService } from '../ledger/ledger.service';
import { Metrics } from '../observability/metrics';
import type { CanaryGuard } from '../policy/canary-guard';
import type { PolicyService } from '../policy/policy.service';
import type { ProvidersService } from '../providers/providers.service';
import { RoutingState } from '../routing/routing-state';
import { AppLogger } from '../observability/app-logger';
import { MemorySharedStore } from '../shared-state/memory-store';
import { chatEndpoint } from '../chat/chat.endpoint';
import { PipelineService, type PipelineCall } from './pipeline.service';
import type { StreamEvent } from './stream';

const cfg = { attemptTimeoutMs: 2000, deadlineMs: 5000, breakerFailures: 5, breakerCooldownMs: 1000 } as AppConfig;
const bundle = loadPolicy([{ source: 'default.yaml', text: readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8') }]);

/** The ledger, strictly: records appends, fails the kinds it is told to, like the real one (audit_unavailable). */
class FakeLedger {
  readonly entries: LedgerEntryInput[] = [];
  readonly failing = new Set<string>();
  async append(e: LedgerEntryInput) {
    if (this.failing.has(e.kind)) throw new GatewayError('audit_unavailable', 'The audit ledger is unavailable.');
    this.entries.push(e);
    // Companions take effect only with their entry, as the real store runs them in its transaction.
    if (e.companion) e.companion.results = e.companion.statements(this.entries.length, 'TRUE');
    return { seq: this.entries.length };
  }
  kinds(): string[] {
    return this.entries.map((e) => e.kind);
  }
}

/** Budgets: counts reservations still open; refuses when told to. Holds and settlements ride on ledger entries. */
class FakeBudgets {
  open = 0;
  refuse = false;
  settled: number[] = [];
  plan() {
    return {
      companion: { statements: () => [] },
      taken: () => {
        if (this.refuse) throw new GatewayError('budget_exceeded', "The tenant's monthly budget is spent.");
        this.open++;
        let done = false;
        const settle = (nusd: number) => {
          if (done) throw new Error('settled twice');
          done = true;
          this.open--;
          this.settled.push(nusd);
        };
        return {
          settle: async (nusd: number) => settle(nusd),
          settlement: (nusd: number) => ({
            statements: () => {
              settle(nusd);
              return [];
            },
          }),
        };
      },
    };
  }
}

const answer: ChatCompletionResponse = {
  id: 'c1',
  object: 'chat.completion',
  created: 0,
  model: 'chat',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Paris.' }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 },
};

const chunk = (content: string, finish: string | null = null): ChatCompletionChunk => ({
  id: 's1',
  object: 'chat.completion.chunk',
  created: 0,
  model: 'chat',
  choices: [{ index: 0, delta: { content }, finish_reason: finish }],
});

/** An upstream that answers, streams three chunks, and reports whether its stream was stopped early. */
class FakeAdapter implements ProviderAdapter {
  calls = 0;
  streamReturned = false;
  /** Hang (until aborted) before the answer, or after the first chunk of a stream. */
  hang = false;
  aborted = 0;
  async chat(_r: unknown, o: { signal: AbortSignal }) {
    this.calls++;
    if (this.hang) await this.untilAborted(o.signal);
    return answer;
  }
  async chatStream(_r: unknown, o: { signal: AbortSignal }) {
    this.calls++;
    const chunks = [chunk('Once '), chunk('upon '), chunk('a time.', 'stop')];
    const stopped = () => {
      this.streamReturned = true;
    };
    const hangAfterFirst = this.hang ? () => this.untilAborted(o.signal) : async () => undefined;
    async function* gen() {
      try {
        for (const [i, c] of chunks.entries()) {
          if (i === 1) await hangAfterFirst();
          yield c;
        }
      } finally {
        stopped();
      }
    }
    return gen();
  }
  private untilAborted(signal: AbortSignal): Promise<never> {
    return new Promise((_resolve, reject) =>
      signal.addEventListener('abort', () => {
        this.aborted++;
        reject(new Error('aborted'));
      }),
    );
  }
  async close() {}
}

function setup() {
  const ledger = new FakeLedger();
  const budgets = new FakeBudgets();
  const adapter = new FakeAdapter();
  const classification = { classifyBody: async (b: Record<string, unknown>) => classifyRequest(b) } as unknown as ClassificationService;
  const pipeline = new PipelineService(
    cfg,
    { current: () => ({ bundle, version: 'sha256:test' }) } as unknown as PolicyService,
    { observe: () => undefined } as unknown as CanaryGuard,
    ledger as unknown as LedgerService,
    { adapter: () => adapter } as unknown as ProvidersService,
    classification,
    new Metrics(),
    budgets as unknown as BudgetsService,
    new RoutingState(cfg, new MemorySharedStore(), new AppLogger('silent', null)),
  );
  return { pipeline, ledger, budgets, adapter };
}

function call(content: string, stream = false, gone = new AbortController()): PipelineCall<ChatCompletionRequest> {
  return {
    signal: gone.signal,
    request: { model: 'auto', messages: [{ role: 'user', content }], ...(stream ? { stream: true } : {}) },
    tenant: { id: 'demo-us', region: 'us', floor: 'public', monthlyBudgetUsd: 100, suspended: false, tier: null, timeZone: null },
    keyId: 'k1',
    requestId: 'req-1',
    declaredLevel: null,
    workload: null,
  };
}

const delivered = async () => true;

async function run(s: ReturnType<typeof setup>, content: string) {
  const c = call(content);
  return s.pipeline.run(c, chatEndpoint(c.request));
}

describe('PipelineService (strict fakes)', () => {
  it('answers, with one decision and one outcome, and settles the reservation at the real cost', async () => {
    const s = setup();
    const a = await run(s, 'What is the capital of France?');
    expect(a.model).toBe('sim-us-cheap/chat');
    expect(s.ledger.kinds()).toEqual(['routing_decision', 'routing_outcome']);
    expect(s.ledger.entries[1]?.body).toMatchObject({ status: 'ok', decision_seq: 1 });
    expect(s.budgets.open).toBe(0);
    expect(s.budgets.settled[0]).toBeGreaterThan(0);
    expect(a.headers['x-gateway-ledger-seq']).toBe('1');
  });

  it('a denial: recorded once, nothing reserved, nothing sent, decision headers on the error', async () => {
    const s = setup();
    const err = (await run(s, 'deploy with AKIA4QZ7M2XR5TBN3KWP please').catch((e: unknown) => e)) as GatewayError;
    expect(err.code).toBe('policy_denied');
    expect(err.headers['x-gateway-ledger-seq']).toBe('1');
    expect(err.headers['x-gateway-data-level']).toBe('restricted');
    expect(s.ledger.kinds()).toEqual(['policy_denied']);
    expect(s.adapter.calls).toBe(0);
    expect(s.budgets.open).toBe(0);
  });

  it('a budget refusal: the decision gets its one outcome (refused), nothing sent, no reservation left', async () => {
    const s = setup();
    s.budgets.refuse = true;
    const err = (await run(s, 'What is the capital of France?').catch((e: unknown) => e)) as GatewayError;
    expect(err.code).toBe('budget_exceeded');
    expect(s.ledger.kinds()).toEqual(['routing_decision', 'routing_outcome']);
    expect(s.ledger.entries[1]?.body).toMatchObject({ status: 'refused', error_code: 'budget_exceeded' });
    expect(err.headers['x-gateway-ledger-seq']).toBe('1');
    expect(s.adapter.calls).toBe(0);
  });

  it('a failed decision write: 503 audit_unavailable, nothing reserved, nothing sent', async () => {
    const s = setup();
    s.ledger.failing.add('routing_decision');
    const err = (await run(s, 'What is the capital of France?').catch((e: unknown) => e)) as GatewayError;
    expect(err.code).toBe('audit_unavailable');
    expect(s.ledger.kinds()).toEqual([]);
    expect(s.adapter.calls).toBe(0);
    expect(s.budgets.open).toBe(0);
  });

  it('a failed outcome write: 503 audit_unavailable, and the reservation is still settled', async () => {
    const s = setup();
    s.ledger.failing.add('routing_outcome');
    const err = (await run(s, 'What is the capital of France?').catch((e: unknown) => e)) as GatewayError;
    expect(err.code).toBe('audit_unavailable');
    expect(s.ledger.kinds()).toEqual(['routing_decision']);
    expect(s.adapter.calls).toBe(1);
    expect(s.budgets.open).toBe(0);
  });

  it('a client that disconnects mid-stream: upstream stopped, outcome client_closed, reservation settled', async () => {
    const s = setup();
    const c = call('Tell me a story.', true);
    const a = await s.pipeline.stream(c, chatEndpoint(c.request), delivered);
    const it = a.value[Symbol.asyncIterator]();
    const first = (await it.next()).value as StreamEvent;
    expect(first.kind).toBe('chunk');
    await it.return?.();
    expect(s.adapter.streamReturned).toBe(true);
    expect(s.ledger.kinds()).toEqual(['routing_decision', 'routing_outcome']);
    expect(s.ledger.entries[1]?.body).toMatchObject({ status: 'client_closed' });
    expect(s.budgets.open).toBe(0);
  });

  it('a whole stream: chunks, done, then the outcome ok once the end marker was delivered', async () => {
    const s = setup();
    const c = call('Tell me a story.', true);
    const a = await s.pipeline.stream(c, chatEndpoint(c.request), delivered);
    const kinds: string[] = [];
    for await (const e of a.value) {
      kinds.push(e.kind);
      if (e.kind === 'done') expect(s.ledger.kinds()).toEqual(['routing_decision']);
    }
    expect(kinds).toEqual(['chunk', 'chunk', 'chunk', 'done']);
    expect(s.ledger.kinds()).toEqual(['routing_decision', 'routing_outcome']);
    expect(s.ledger.entries[1]?.body).toMatchObject({ status: 'ok' });
    expect(s.budgets.open).toBe(0);
  });

  it('a stream whose end marker never reached the client is client_closed, not ok', async () => {
    const s = setup();
    const c = call('Tell me a story.', true);
    const a = await s.pipeline.stream(c, chatEndpoint(c.request), async () => false);
    for await (const _e of a.value);
    expect(s.ledger.entries[1]?.body).toMatchObject({ status: 'client_closed' });
    expect(s.budgets.open).toBe(0);
  });

  it('a client gone while the upstream stream is silent: upstream aborted at once, client_closed, no error event', async () => {
    const s = setup();
    s.adapter.hang = true;
    const gone = new AbortController();
    const c = call('Tell me a story.', true, gone);
    const a = await s.pipeline.stream(c, chatEndpoint(c.request), delivered);
    const it = a.value[Symbol.asyncIterator]();
    expect(((await it.next()).value as StreamEvent).kind).toBe('chunk');
    const next = it.next();
    gone.abort();
    expect((await next).done).toBe(true);
    expect(s.adapter.aborted).toBe(1);
    expect(s.ledger.entries[1]?.body).toMatchObject({ status: 'client_closed' });
    expect(s.budgets.open).toBe(0);
  });

  it('a client gone before the answer: the attempt is aborted, no other provider is tried, client_closed', async () => {
    const s = setup();
    s.adapter.hang = true;
    const gone = new AbortController();
    const c = call('What is the capital of France?', false, gone);
    const pending = s.pipeline.run(c, chatEndpoint(c.request)).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 20));
    gone.abort();
    await pending;
    expect(s.adapter.calls).toBe(1);
    expect(s.adapter.aborted).toBe(1);
    expect(s.ledger.kinds()).toEqual(['routing_decision', 'routing_outcome']);
    expect(s.ledger.entries[1]?.body).toMatchObject({ status: 'client_closed' });
    expect(s.budgets.open).toBe(0);
  });
});
