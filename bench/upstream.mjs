// A minimal OpenAI-compatible upstream on loopback for benchmarks: fixed completion, keep-alive.
import { createServer } from 'node:http';

export const completion = JSON.stringify({
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 1700000000,
  model: 'chat',
  choices: [
    { index: 0, message: { role: 'assistant', content: 'A short, fixed answer from the loopback upstream.' }, finish_reason: 'stop' },
  ],
  usage: { prompt_tokens: 120, completion_tokens: 12, total_tokens: 132 },
});

export async function startUpstream(port) {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(completion) });
      res.end(completion);
    });
  });
  server.keepAliveTimeout = 60000;
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  return server;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await startUpstream(Number(process.argv[2] ?? 19555));
}
