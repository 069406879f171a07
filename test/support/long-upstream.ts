import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * An OpenAI-compatible upstream on loopback whose streams are long and slow (a 1 KB chunk every `everyMs` ms
 * until `totalKb`), and whose plain answers can be held back `holdMs` ms. It counts the requests still in
 * progress, so a test can prove that the gateway aborted every upstream request its clients abandoned
 * (idle keep-alive sockets of the gateway's pool are fine and not counted).
 */
export class LongUpstream {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private active = 0;
  requests = 0;
  holdMs = 0;
  everyMs = 5;
  totalKb = 200;

  /** Requests whose answer is neither finished nor abandoned by the gateway. */
  get inProgress(): number {
    return this.active;
  }

  async start(): Promise<string> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.once('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((r) => this.server?.close(r));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const part of req) raw += String(part);
    if (req.method === 'GET') return void res.end(JSON.stringify({ object: 'list', data: [{ id: 'chat', object: 'model' }] }));
    this.requests++;
    this.active++;
    res.once('close', () => this.active--);
    const body = JSON.parse(raw) as { stream?: boolean };
    if (body.stream) return this.stream(res);
    if (this.holdMs > 0) await new Promise((r) => setTimeout(r, this.holdMs).unref());
    if (res.destroyed) return;
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        id: 'c1',
        object: 'chat.completion',
        created: 0,
        model: 'chat',
        choices: [{ index: 0, message: { role: 'assistant', content: 'Held answer.' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 },
      }),
    );
  }

  private stream(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const frame = (delta: object, finish: string | null, usage?: object) =>
      `data: ${JSON.stringify({ id: 's1', object: 'chat.completion.chunk', created: 0, model: 'chat', choices: [{ index: 0, delta, finish_reason: finish }], ...(usage ? { usage } : {}) })}\n\n`;
    const text = 'x'.repeat(1000);
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      if (sent++ < this.totalKb) return void res.write(frame({ content: text }, null));
      clearInterval(timer);
      res.write(frame({}, 'stop'));
      res.write(
        `data: ${JSON.stringify({ id: 's1', object: 'chat.completion.chunk', created: 0, model: 'chat', choices: [], usage: { prompt_tokens: 5, completion_tokens: this.totalKb * 250, total_tokens: 5 + this.totalKb * 250 } })}\n\n`,
      );
      res.end('data: [DONE]\n\n');
    }, this.everyMs);
    res.once('close', () => clearInterval(timer));
  }
}
