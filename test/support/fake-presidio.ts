import { createServer, type Server } from 'node:http';

/**
 * A fake Presidio Analyzer speaking its REST API: POST /analyze {text, language} -> [{entity_type, start,
 * end, score}] with offsets in code points, as Python counts them. It reports every "qqv_user_<n>" handle as
 * PERSON and every "ACCT-" number as US_BANK_NUMBER, and records what it was asked.
 */
export class FakePresidio {
  private server: Server | null = null;
  readonly requests: { text: string; language: string }[] = [];
  status = 200;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (raw += c));
      req.on('end', () => {
        if (req.method !== 'POST' || req.url !== '/analyze') {
          res.writeHead(404).end();
          return;
        }
        const body = JSON.parse(raw) as { text: string; language: string };
        this.requests.push(body);
        if (this.status !== 200) {
          res.writeHead(this.status, { 'content-type': 'application/json' }).end('{"error":"boom"}');
          return;
        }
        const cps = [...body.text];
        const asCp = cps.join('');
        const out: { entity_type: string; start: number; end: number; score: number }[] = [];
        for (const [re, type] of [
          [/qqv_user_\d+/g, 'PERSON'],
          [/ACCT-\d{6,}/g, 'US_BANK_NUMBER'],
        ] as const) {
          for (const m of asCp.matchAll(re)) {
            const start = [...asCp.slice(0, m.index)].length; // code points, like Python
            out.push({ entity_type: type, start, end: start + [...m[0]].length, score: 0.85 });
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
      });
    });
    await new Promise<void>((r) => this.server?.listen(0, '127.0.0.1', r));
    const a = this.server.address();
    this.url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
    return this.url;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) {
      s.closeAllConnections();
      await new Promise<void>((r) => s.close(() => r()));
    }
  }
}
