import { createServer, type Server } from 'node:http';

/** What the scripted upstream answers; change it between runs. */
export interface Script {
  /** Share of answers that are the expected text `OK` (the rest say `not sure`), drawn from a seeded PRNG. */
  quality: number;
  /** The `model` field of its responses (the provider's reported model version). */
  model: string;
}

export interface ScriptedUpstream {
  /** Base URL for the policy bundle (`…/v1`). */
  url: string;
  script: Script;
  /** Chat requests received so far. */
  received: number;
  close(): Promise<void>;
}

/** mulberry32: the same seed, the same sequence of draws. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An OpenAI-compatible upstream on loopback whose answer quality and reported model a test sets (drift
 * tests), and which counts what it receives (a provider that must receive nothing).
 */
export async function startScriptedUpstream(script: Script, seed = 1): Promise<ScriptedUpstream> {
  const random = prng(seed);
  const state: ScriptedUpstream = { url: '', script, received: 0, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      state.received++;
      const content = random() < state.script.quality ? 'OK' : 'not sure';
      const body = {
        id: `chatcmpl-${state.received}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: state.script.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 },
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  state.url = `http://127.0.0.1:${port}/v1`;
  state.close = () => new Promise<void>((r) => server.close(() => r()));
  return state;
}
