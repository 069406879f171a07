import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatCompletionRequest } from '@libs/core';
import { answer, NO_RATES, type SimRates } from './answer';
import { anthropicMessageBody, anthropicModelsBody, anthropicStreamBody, readAnthropicRequest } from './anthropic-replies';
import { completionBody, readOpenAIAsk, streamBody } from './openai-replies';
import { approxTokens, embeddingInputs, embeddingVector, mulberry32, type SimulatorMode } from './simulated-replies';
import { route, wireError, type SimulatorWire } from './wires';

export type { SimulatorWire } from './wires';

/** Faults applied to every POST (chat and embeddings); GET /v1/models always answers at once. */
export interface SimulatorFaults {
  /** Delay before the first byte of the answer, in ms. */
  latencyMs?: number;
  /** Spread added to `latencyMs`: a uniform draw in [0, latencyJitterMs) per request (its own seeded draws). */
  latencyJitterMs?: number;
  /** Fraction in [0, 1] of requests answered 500 with an OpenAI error body. 1 = always. */
  failureRate?: number;
  /** Fraction in [0, 1] of requests never answered (held until the client aborts or `close()`). 1 = always. */
  timeoutRate?: number;
  /** `echo` answers the concatenated user messages instead of the canned sentence. */
  mode?: SimulatorMode;
  /** Fraction in [0, 1] of JSON answers (json_object / json_schema) sent broken. */
  brokenJsonRate?: number;
  /** Fraction in [0, 1] of choices answered with a refusal (OpenAI `refusal`, Anthropic `stop_reason: refusal`). */
  refusalRate?: number;
  /** Fraction in [0, 1] of text choices cut in half with finish_reason `length`. */
  truncationRate?: number;
  /** Fraction in [0, 1] of choices whose `logprobs` (when asked) say the model was unsure. */
  lowConfidenceRate?: number;
  /** Fraction in [0, 1] of demo eval tasks (an `[[expect: …]]` answer key in the prompt) answered right. Default 1. */
  accuracy?: number;
}

export interface SimulatorOptions extends SimulatorFaults {
  /** 0 = an ephemeral port. */
  port: number;
  host?: string;
  providerId: string;
  /**
   * Seed of the PRNGs (default 1): the same seed and request order give the same faults, and the same
   * broken JSON, refusals, truncations and low-confidence answers.
   */
  seed?: number;
  /** Ids listed by GET /v1/models (default `chat`, `embed`); any model id is accepted and echoed. */
  models?: string[];
  /**
   * The API spoken (default `openai`, no auth checked). `anthropic` serves the Messages API at `/v1/messages`
   * (401 without `x-api-key`, 400 without `anthropic-version`); `azure` serves
   * `/openai/deployments/{deployment}/chat/completions|embeddings` (401 without `api-key`, 400 without the
   * `api-version` query), the deployment standing in for the model. Every wire answers like a model (see
   * `answer`): tools and tool_choice, JSON schemas, `stop`, max tokens, and `n` on the OpenAI-shaped ones.
   */
  wire?: SimulatorWire;
  /** For `anthropic` and `azure`: the only key accepted (default: any non-empty key). */
  apiKey?: string;
}

export interface SimulatorHandle {
  readonly port: number;
  readonly wire: SimulatorWire;
  /**
   * The base URL for a client of the wire: `http://<host>:<port>/v1` (OpenAI-compatible, Anthropic), or
   * `http://<host>:<port>` for `azure` (the resource endpoint).
   */
  readonly url: string;
  /** Requests received so far (any method and path). */
  readonly requests: number;
  /**
   * The last chat request body received, only in `echo` mode (tests use it to prove what a provider saw;
   * the demo's normal mode keeps nothing).
   */
  readonly lastChatBody: unknown;
  setFaults(faults: SimulatorFaults): void;
  /** Stops listening and destroys every open socket (held requests included); never hangs. Idempotent. */
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 8 * 1024 * 1024;

function rate(name: string, v: number | undefined, fallback: number): number {
  const x = v ?? fallback;
  if (!Number.isFinite(x) || x < 0 || x > 1) throw new RangeError(`simulator: ${name} must be within [0, 1]`);
  return x;
}

function rates(f: SimulatorFaults, current: SimRates): SimRates {
  return {
    brokenJsonRate: rate('brokenJsonRate', f.brokenJsonRate, current.brokenJsonRate),
    refusalRate: rate('refusalRate', f.refusalRate, current.refusalRate),
    truncationRate: rate('truncationRate', f.truncationRate, current.truncationRate),
    lowConfidenceRate: rate('lowConfidenceRate', f.lowConfidenceRate, current.lowConfidenceRate),
    accuracy: rate('accuracy', f.accuracy, current.accuracy),
  };
}

function latency(v: number | undefined, fallback: number): number {
  const x = v ?? fallback;
  if (!Number.isFinite(x) || x < 0) throw new RangeError('simulator: latencyMs and latencyJitterMs must be >= 0');
  return x;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Anthropic names errors by type; the others keep the OpenAI code. */
function errorCode(wire: SimulatorWire, status: number, code: string): string {
  if (wire !== 'anthropic') return code;
  if (status >= 500) return 'api_error';
  return status === 413 ? 'request_too_large' : 'invalid_request_error';
}

/** Azure reports its prompt filter on every answer; a stream opens with it in a preamble that is not a chat chunk. */
const AZURE_PROMPT_FILTER = [{ prompt_index: 0, content_filter_results: {} }];
const AZURE_PREAMBLE = { choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: AZURE_PROMPT_FILTER };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A loopback upstream (OpenAI, Anthropic or Azure wire) with deterministic text and injectable faults (SPEC §9). */
class Simulator implements SimulatorHandle {
  port = 0;
  url = '';
  readonly wire: SimulatorWire;
  requests = 0;
  lastChatBody: unknown = null;
  private latencyMs: number;
  private latencyJitterMs: number;
  private failureRate: number;
  private timeoutRate: number;
  private mode: SimulatorMode = 'normal';
  private rates: SimRates;
  private replies = 0;
  private readonly random: () => number;
  /** Draws for the answers' rates, apart from the faults' so that one never shifts the other. */
  private readonly answerRandom: () => number;
  /** Draws for the latency spread, apart from the others so that setting a spread changes no answer or fault. */
  private readonly latencyRandom: () => number;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly server: Server;
  private closing: Promise<void> | null = null;

  constructor(private readonly opts: SimulatorOptions) {
    this.latencyMs = latency(opts.latencyMs, 0);
    this.latencyJitterMs = latency(opts.latencyJitterMs, 0);
    this.failureRate = rate('failureRate', opts.failureRate, 0);
    this.timeoutRate = rate('timeoutRate', opts.timeoutRate, 0);
    this.rates = rates(opts, NO_RATES);
    this.mode = opts.mode ?? 'normal';
    this.random = mulberry32(opts.seed ?? 1);
    this.answerRandom = mulberry32(((opts.seed ?? 1) ^ 0x9e3779b9) >>> 0);
    this.latencyRandom = mulberry32(((opts.seed ?? 1) ^ 0x85ebca6b) >>> 0);
    this.wire = opts.wire ?? 'openai';
    this.server = createServer({ keepAlive: true }, (req, res) => this.onRequest(req, res));
    this.server.keepAliveTimeout = 65_000;
    this.server.headersTimeout = 66_000;
  }

  listen(): Promise<this> {
    const host = this.opts.host ?? '127.0.0.1';
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(this.opts.port, host, () => {
        this.server.off('error', reject);
        this.port = (this.server.address() as AddressInfo).port;
        this.url = `http://${host.includes(':') ? `[${host}]` : host}:${this.port}${this.wire === 'azure' ? '' : '/v1'}`;
        resolve(this);
      });
    });
  }

  setFaults(f: SimulatorFaults): void {
    this.latencyMs = latency(f.latencyMs, this.latencyMs);
    this.latencyJitterMs = latency(f.latencyJitterMs, this.latencyJitterMs);
    this.failureRate = rate('failureRate', f.failureRate, this.failureRate);
    this.timeoutRate = rate('timeoutRate', f.timeoutRate, this.timeoutRate);
    this.mode = f.mode ?? this.mode;
    this.rates = rates(f, this.rates);
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      for (const t of this.timers) clearTimeout(t);
      this.timers.clear();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
    return this.closing;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    this.requests++;
    const requestId = req.headers['x-request-id'];
    if (typeof requestId === 'string') res.setHeader('x-request-id', requestId);
    const target = route(this.wire, req.method ?? '', req.url ?? '/', req.headers, this.opts.apiKey);
    if (target.kind !== 'chat' && target.kind !== 'embeddings') {
      req.resume();
      return target.kind === 'models' ? this.models(res) : sendJson(res, target.status, target.body);
    }
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (part: Buffer) => {
      size += part.length;
      if (size <= MAX_BODY_BYTES) parts.push(part);
    });
    req.on('end', () => {
      if (size > MAX_BODY_BYTES) return this.sendError(res, 413, 'payload_too_large', 'body too large');
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(parts, size).toString('utf8'));
      } catch {
        return this.sendError(res, 400, 'invalid_json', 'body is not JSON');
      }
      // Azure takes the model from the path: the deployment stands in for it
      if (target.deployment !== undefined && isObject(body)) body = { ...body, model: target.deployment };
      this.withFaults(res, () => (target.kind === 'chat' ? this.chat(body, res) : this.embeddings(body, res)));
    });
  }

  private sendError(res: ServerResponse, status: number, code: string, message: string): void {
    sendJson(res, status, wireError(this.wire, status, errorCode(this.wire, status, code), message));
  }

  /** Draws both faults for every request, so the sequence depends only on seed and request order. */
  private withFaults(res: ServerResponse, answer: () => void): void {
    const hang = this.random() < this.timeoutRate;
    const fail = this.random() < this.failureRate;
    if (hang) return; // held: the client's abort or close() ends the socket
    const respond =
      this.mode === 'rate_limited'
        ? () => {
            res.setHeader('retry-after', '2');
            this.sendError(res, 429, 'rate_limit_exceeded', 'The simulated upstream is rate limited.');
          }
        : fail
          ? () => this.sendError(res, 500, 'simulated_failure', 'The simulated upstream failed.')
          : answer;
    const delay = this.latencyMs + (this.latencyJitterMs > 0 ? Math.floor(this.latencyRandom() * this.latencyJitterMs) : 0);
    if (delay <= 0) return respond();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!res.destroyed) respond();
    }, delay);
    this.timers.add(timer);
    res.once('close', () => {
      clearTimeout(timer);
      this.timers.delete(timer);
    });
  }

  private context(toolIdPrefix: string) {
    const reply = ++this.replies;
    const { providerId } = this.opts;
    return { providerId, reply, mode: this.mode, rates: this.rates, random: this.answerRandom, toolIdPrefix };
  }

  private chat(body: unknown, res: ServerResponse): void {
    if (this.wire === 'anthropic') return this.anthropicChat(body, res);
    if (!isObject(body) || typeof body.model !== 'string' || !Array.isArray(body.messages) || !body.messages.every(isObject)) {
      return this.sendError(res, 400, 'invalid_request', 'model and messages are required');
    }
    const req = body as ChatCompletionRequest;
    if (this.mode === 'echo') this.lastChatBody = body;
    const ctx = this.context('call_sim_');
    const a = answer(readOpenAIAsk(req), ctx);
    const id = `chatcmpl-${this.opts.providerId}-${ctx.reply}`;
    const created = Math.floor(Date.now() / 1000);
    const azure = this.wire === 'azure';
    if (req.stream !== true) {
      const out = completionBody(req.model, a, id, created);
      return sendJson(res, 200, azure ? { ...out, prompt_filter_results: AZURE_PROMPT_FILTER } : out);
    }
    const sse = streamBody(req, a, id, created);
    this.sendStream(res, azure ? `data: ${JSON.stringify(AZURE_PREAMBLE)}\n\n${sse}` : sse);
  }

  private sendStream(res: ServerResponse, sse: string): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (this.mode === 'cut_stream') {
      // The stream breaks after its first events: the connection dies mid-answer.
      res.write(sse.slice(0, sse.indexOf('\n\n', sse.indexOf('\n\n') + 2) + 2));
      setTimeout(() => res.destroy(), 20).unref();
      return;
    }
    res.end(sse);
  }

  private anthropicChat(body: unknown, res: ServerResponse): void {
    const req = readAnthropicRequest(body);
    if (req === undefined) return this.sendError(res, 400, 'invalid_request', 'model, max_tokens and messages are required');
    if (this.mode === 'echo') this.lastChatBody = body;
    const ctx = this.context('toolu_sim_');
    const a = answer(req.ask, ctx);
    const id = `msg_${this.opts.providerId}_${ctx.reply}`;
    if (!req.stream) return sendJson(res, 200, anthropicMessageBody(req.model, id, a));
    this.sendStream(res, anthropicStreamBody(req.model, id, a));
  }

  private embeddings(body: unknown, res: ServerResponse): void {
    const inputs = isObject(body) && typeof body.model === 'string' ? embeddingInputs(body.input) : undefined;
    if (!isObject(body) || inputs === undefined) {
      return this.sendError(res, 400, 'invalid_request', 'model and input are required');
    }
    let tokens = 0;
    const seed = this.opts.seed ?? 1;
    const base64 = body.encoding_format === 'base64'; // the official client asks for this by default
    const data = inputs.map((text, index) => {
      tokens += approxTokens(text);
      const v = embeddingVector(text, seed);
      return { object: 'embedding', index, embedding: base64 ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v };
    });
    sendJson(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } });
  }

  private models(res: ServerResponse): void {
    const ids = this.opts.models ?? ['chat', 'embed'];
    if (this.wire === 'anthropic') return sendJson(res, 200, anthropicModelsBody(ids));
    sendJson(res, 200, {
      object: 'list',
      data: ids.map((id) => ({ id, object: 'model', created: 0, owned_by: this.opts.providerId })),
    });
  }
}

/** Starts a simulated upstream on loopback (real HTTP, keep-alive), speaking `opts.wire` (default OpenAI). */
export async function startSimulator(opts: SimulatorOptions): Promise<SimulatorHandle> {
  return new Simulator(opts).listen();
}
