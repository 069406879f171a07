// The clients people already use, against the demo gateway (built app, real HTTP, simulators on loopback):
// the official openai SDK, the Vercel AI SDK's default provider (Responses API) and LangChain JS.
// Plain Node (node --test) because the AI SDK ships ES modules only. Run by `npm test` after a build:
//   npx nest build && node --test test/clients/
// With DATABASE_URL the gateway runs on a fresh database of that server (dropped afterwards); without it,
// on its embedded PostgreSQL in a temporary data dir.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import OpenAI from 'openai';
import { zodResponseFormat, zodTextFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { embed, generateObject, generateText, streamText, tool } from 'ai';
import { createOpenAI } from '@ai-sdk/openai';
import { ChatOpenAI } from '@langchain/openai';

const root = new URL('../../', import.meta.url).pathname;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function freshDatabase() {
  const base = process.env.DATABASE_URL;
  if (!base) return { url: undefined, drop: async () => undefined };
  const name = `gw_clients_${Date.now()}_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

let gateway;
let db;
let dataDir;
let baseURL;
let key;

async function waitReady(url, child) {
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`gateway exited with ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/readyz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('gateway not ready after 60 s');
}

before(async () => {
  db = await freshDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'gw-clients-'));
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    GATEWAY_DEMO: '1',
    GATEWAY_DATA_DIR: dataDir,
    GATEWAY_EMBEDDED_DB_PORT: String(await freePort()),
    GATEWAY_LOG_FILE: join(dataDir, 'gateway.log'),
  };
  if (db.url) env.DATABASE_URL = db.url;
  else delete env.DATABASE_URL;
  gateway = spawn(process.execPath, ['dist/src/main.js'], { cwd: root, env, stdio: 'ignore' });
  baseURL = `http://127.0.0.1:${port}/v1`;
  await waitReady(`http://127.0.0.1:${port}`, gateway);
  key = JSON.parse(readFileSync(join(dataDir, 'demo-keys.json'), 'utf8')).tenants['demo-us'];
});

after(async () => {
  if (gateway && gateway.exitCode === null) {
    const exited = new Promise((r) => gateway.once('exit', r));
    gateway.kill('SIGTERM');
    await exited;
  }
  await db?.drop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const weather = { city: z.string() };

describe('official openai client', () => {
  const client = () => new OpenAI({ apiKey: key, baseURL, maxRetries: 0 });

  it('chat.completions.parse with a zod schema', async () => {
    const Event = z.object({ city: z.string(), year: z.number().int() });
    const r = await client().chat.completions.parse({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'The fair opens in Lyon in 2027. Extract city and year.' }],
      response_format: zodResponseFormat(Event, 'event'),
    });
    const parsed = r.choices[0].message.parsed;
    assert.equal(typeof parsed.city, 'string');
    assert.ok(Number.isInteger(parsed.year));
  });

  it('tools round trip on chat completions', async () => {
    const tools = [
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather for a city',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ];
    const messages = [{ role: 'user', content: 'What is the weather in Paris?' }];
    const first = await client().chat.completions.create({ model: 'auto', messages, tools });
    const call = first.choices[0].message.tool_calls?.[0];
    assert.equal(call?.function.name, 'get_weather');
    assert.equal(typeof JSON.parse(call.function.arguments).city, 'string');
    const second = await client().chat.completions.create({
      model: 'auto',
      tools,
      messages: [...messages, first.choices[0].message, { role: 'tool', tool_call_id: call.id, content: '{"temp_c":21}' }],
    });
    assert.equal(typeof second.choices[0].message.content, 'string');
    assert.ok(second.choices[0].message.content.length > 0);
  });
});

describe('official openai client, Responses API and model look-up', () => {
  const client = () => new OpenAI({ apiKey: key, baseURL, maxRetries: 0 });
  const weatherTool = {
    type: 'function',
    name: 'get_weather',
    description: 'Weather for a city',
    strict: true,
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false },
  };

  it('responses.create, plain text', async () => {
    const r = await client().responses.create({ model: 'gpt-4o-mini', input: 'What is the capital of France?' });
    assert.equal(r.object, 'response');
    assert.equal(r.status, 'completed');
    assert.ok(r.output_text.length > 0);
    assert.ok(r.usage.input_tokens > 0);
  });

  it('responses.create, streaming', async () => {
    const stream = await client().responses.create({
      model: 'gpt-4o-mini',
      input: 'Tell me a short story about a lighthouse.',
      stream: true,
    });
    const types = [];
    let text = '';
    let final;
    for await (const e of stream) {
      types.push(e.type);
      if (e.type === 'response.output_text.delta') text += e.delta;
      if (e.type === 'response.completed') final = e.response;
    }
    assert.equal(types[0], 'response.created');
    assert.equal(types.at(-1), 'response.completed');
    assert.ok(text.length > 0);
    assert.equal(final.output_text ?? text, text);
  });

  it('responses.create with tools: a function call, then its output answered', async () => {
    const first = await client().responses.create({ model: 'gpt-4o-mini', input: 'What is the weather in Paris?', tools: [weatherTool] });
    const call = first.output.find((o) => o.type === 'function_call');
    assert.equal(call?.name, 'get_weather');
    assert.equal(typeof JSON.parse(call.arguments).city, 'string');
    const second = await client().responses.create({
      model: 'gpt-4o-mini',
      tools: [weatherTool],
      input: [
        { role: 'user', content: 'What is the weather in Paris?' },
        { type: 'function_call', call_id: call.call_id, name: call.name, arguments: call.arguments },
        { type: 'function_call_output', call_id: call.call_id, output: '{"temp_c":21}' },
      ],
    });
    assert.equal(second.status, 'completed');
    assert.ok(second.output_text.length > 0);
  });

  it('responses.create with text.format json_schema (and responses.parse with zod)', async () => {
    const Event = z.object({ city: z.string(), year: z.number().int() });
    const r = await client().responses.create({
      model: 'gpt-4o-mini',
      input: 'The fair opens in Lyon in 2027. Extract city and year.',
      text: {
        format: {
          type: 'json_schema',
          name: 'event',
          strict: true,
          schema: {
            type: 'object',
            properties: { city: { type: 'string' }, year: { type: 'integer' } },
            required: ['city', 'year'],
            additionalProperties: false,
          },
        },
      },
    });
    assert.ok(Event.safeParse(JSON.parse(r.output_text)).success);
    const parsed = await client().responses.parse({
      model: 'gpt-4o-mini',
      input: 'The fair opens in Lyon in 2027. Extract city and year.',
      text: { format: zodTextFormat(Event, 'event') },
    });
    assert.equal(typeof parsed.output_parsed.city, 'string');
    assert.ok(Number.isInteger(parsed.output_parsed.year));
  });

  it('models.retrieve: a concrete model and an alias; an unknown id is 404', async () => {
    const model = await client().models.retrieve('sim-us-cheap/chat');
    assert.equal(model.id, 'sim-us-cheap/chat');
    const alias = await client().models.retrieve('gpt-4o-mini');
    assert.equal(alias.id, 'gpt-4o-mini');
    await assert.rejects(client().models.retrieve('no-such-model'), OpenAI.NotFoundError);
  });
});

describe('Vercel AI SDK, default OpenAI provider (Responses API)', () => {
  const provider = () => createOpenAI({ apiKey: key, baseURL });

  it('generateText', async () => {
    const r = await generateText({ model: provider()('gpt-4o-mini'), prompt: 'What is the capital of France?' });
    assert.ok(r.text.length > 0);
    assert.ok(r.usage.inputTokens > 0);
  });

  it('streamText', async () => {
    const r = streamText({ model: provider()('gpt-4o-mini'), prompt: 'Tell me a short story about a lighthouse.' });
    let text = '';
    for await (const part of r.textStream) text += part;
    assert.ok(text.length > 0);
    assert.equal(await r.finishReason, 'stop');
  });

  it('generateObject', async () => {
    const r = await generateObject({
      model: provider()('gpt-4o-mini'),
      schema: z.object({ city: z.string(), year: z.number().int() }),
      prompt: 'The fair opens in Lyon in 2027. Extract city and year.',
    });
    assert.equal(typeof r.object.city, 'string');
    assert.ok(Number.isInteger(r.object.year));
  });

  it('tools: a forced tool call comes back well-formed', async () => {
    const r = await generateText({
      model: provider()('gpt-4o-mini'),
      prompt: 'What is the weather in Paris?',
      tools: { get_weather: tool({ description: 'Weather for a city', inputSchema: z.object(weather) }) },
      toolChoice: 'required',
    });
    assert.equal(r.toolCalls[0]?.toolName, 'get_weather');
    assert.equal(typeof r.toolCalls[0]?.input.city, 'string');
  });

  it('embed', async () => {
    const r = await embed({ model: provider().embedding('text-embedding-3-small'), value: 'hello world' });
    assert.ok(r.embedding.length > 0);
  });
});

describe('LangChain JS', () => {
  const model = () => new ChatOpenAI({ model: 'gpt-4o-mini', apiKey: key, configuration: { baseURL }, maxRetries: 0 });

  it('withStructuredOutput', async () => {
    const structured = model().withStructuredOutput(z.object({ city: z.string(), year: z.number().int() }), { name: 'event' });
    const r = await structured.invoke('The fair opens in Lyon in 2027. Extract city and year.');
    assert.equal(typeof r.city, 'string');
    assert.ok(Number.isInteger(r.year));
  });

  it('bindTools', async () => {
    const bound = model().bindTools([
      {
        type: 'function',
        function: {
          name: 'get_weather',
          description: 'Weather for a city',
          parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
        },
      },
    ]);
    const r = await bound.invoke('What is the weather in Paris?');
    assert.equal(r.tool_calls?.[0]?.name, 'get_weather');
    assert.equal(typeof r.tool_calls?.[0]?.args.city, 'string');
  });
});
