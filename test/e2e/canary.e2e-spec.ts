import { randomBytes } from 'node:crypto';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { RecordingTracerProvider } from '../support/recording-tracer';

/**
 * Unique values sent in prompts (plain, as PII, in tool arguments, in denied, failed and malformed
 * requests, streamed and not) never appear in any log line, any error response or any database row.
 * Trace spans are recorded and searched too; /metrics has its own label test.
 */
describe('canary: no content in logs or the database', () => {
  let t: TestGateway;
  const canary = `CANARY${randomBytes(6).toString('hex').toUpperCase()}`;
  const canaryEmail = `${canary.toLowerCase()}@example.com`;

  const tracing = new RecordingTracerProvider();
  beforeAll(async () => {
    tracing.install();
    t = await startTestGateway();
  });
  afterAll(async () => {
    await t.close();
    (await import('@opentelemetry/api')).trace.disable();
  });

  const post = (body: unknown, key = t.keys.tenants['demo-us'] as string) => t.chat(key, body);

  it('leaves no trace of the canaries', async () => {
    const user = (content: unknown) => ({ role: 'user', content });
    const statuses: number[] = [];
    const bodies: string[] = [];
    const send = async (body: unknown, key?: string) => {
      const res = await post(body, key);
      statuses.push(res.status);
      bodies.push(await res.text());
    };
    await send({ model: 'auto', messages: [user(`Plain ${canary} text`)] });
    await send({ model: 'auto', messages: [user(`Mail ${canaryEmail} please`)] });
    await send({ model: 'auto', stream: true, messages: [user(`Stream ${canary}`)] });
    await send({ model: 'auto', messages: [user(`Patient: ${canary} Smith, diagnosed with asthma (J45.909)`)] });
    await send({ model: 'auto', messages: [user(`key sk-proj-${canary}abcdefghijklmnopqrstuv ${canary}`)] });
    await send({
      model: 'auto',
      messages: [
        user('call the tool'),
        {
          role: 'assistant',
          content: null,
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: `{"q":"${canary}"}` } }],
        },
        { role: 'tool', tool_call_id: 'c1', content: `result ${canary}` },
      ],
    });
    await send({ model: `${canary}/model`, messages: [user(canary)] });
    await send({ model: 'auto', messages: [{ role: 'user', content: 42, name: canary }] });
    await send(`{"model":"auto","messages":[{"role":"user","content":"${canary}"`);
    // Every other field a provider reads: user, metadata (keys and values), tools, schemas, prediction, stop,
    // an image URL, an unknown field, and encoded text.
    await send({
      model: 'auto',
      user: canary,
      metadata: { [canary]: canaryEmail },
      stop: [canary],
      prediction: { type: 'content', content: canary },
      x_vendor: { deep: [canary] },
      tools: [
        {
          type: 'function',
          function: {
            name: 'f',
            description: `uses ${canary}`,
            parameters: { type: 'object', properties: { [canary]: { type: 'string' } } },
          },
        },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'r', schema: { type: 'object', description: canary } } },
      messages: [
        user([
          { type: 'text', text: encodeURIComponent(`${canary} ${canaryEmail}`) },
          { type: 'image_url', image_url: { url: `https://img.example.org/${canary}.png` } },
        ]),
      ],
    });
    await send({ model: 'auto', input: canary, metadata: { note: Buffer.from(`${canary} ${canaryEmail}`).toString('base64') } });
    t.sim('sim-us-cheap').setFaults({ failureRate: 1 });
    t.sim('sim-local').setFaults({ failureRate: 1 });
    t.sim('sim-us-strong').setFaults({ failureRate: 1 });
    t.sim('sim-eu').setFaults({ failureRate: 1 });
    await send({ model: 'auto', messages: [user(`failing ${canary}`)] });
    await send({ model: 'auto', stream: true, messages: [user(`failing stream ${canary}`)] });
    await send({ model: 'auto', messages: [user(`unauth ${canary}`)] }, `gw_${'a'.repeat(12)}_${'B'.repeat(40)}`);
    expect(statuses).toEqual([200, 200, 200, 200, 403, 200, 400, 400, 400, 200, 400, 502, 502, 401]);

    // Traces: the spans of the pipeline exist, and no attribute carries a canary.
    const names = new Set(tracing.spans.map((sp) => sp.name));
    for (const n of ['gateway.classify', 'gateway.policy', 'gateway.ledger.decision', 'gateway.upstream.attempt'])
      expect(names).toContain(n);
    expect(JSON.stringify(tracing.spans).toLowerCase()).not.toContain(canary.toLowerCase());

    // Error responses (and the simulators' canned answers) never echo the canaries either.
    for (const b of bodies) expect(b.toLowerCase()).not.toContain(canary.toLowerCase());

    const logs = t.logs();
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).toContain('"reqId"');
    for (const v of [canary, canary.toLowerCase(), canaryEmail]) expect(logs).not.toContain(v);

    const leaves = await t.asOwner(async (db) => {
      const tables = (
        await db.query<{ table_name: string }>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
        )
      ).rows;
      expect(tables.map((r) => r.table_name)).toEqual(expect.arrayContaining(['ledger_entry', 'api_key', 'tenant']));
      for (const { table_name } of tables) {
        const rows = (
          await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM "${table_name}" r WHERE position($1 in lower(convert_from(convert_to(r::text, 'UTF8'), 'UTF8'))) > 0
             OR position($1 in lower(encode(convert_to(r::text, 'UTF8'), 'escape'))) > 0`,
            [canary.toLowerCase()],
          )
        ).rows;
        expect({ table: table_name, hits: rows[0]?.n }).toEqual({ table: table_name, hits: 0 });
      }
      // bytea columns render as hex in r::text: search the decoded leaves too.
      return (await db.query<{ leaf: Buffer }>(`SELECT leaf FROM ledger_entry`)).rows;
    });
    expect(leaves.length).toBeGreaterThan(5);
    for (const l of leaves) expect(l.leaf.toString('utf8').toLowerCase()).not.toContain(canary.toLowerCase());
  });
});
