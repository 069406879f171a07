// Generates the eval demo (issue 17): eval/demo-tasks.jsonl (200 tasks over chat, classification,
// extraction and code, with graders) and policies/examples/eval-demo.yaml (the default bundle plus two
// simulated models with different quality, latency, refusal and broken-JSON rates, and three routes:
// eval-cheap, eval-strong, eval-cascade). Deterministic; run `node scripts/gen-eval-demo.mjs`,
// then `npx prettier --write eval policies/examples`, after a change.
//
// Demo tasks carry their answer key as `[[expect: …]]`: a simulator cannot reason, so it answers the key at
// its `accuracy` rate. Real task sets never carry one (see the README's eval section).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const CAPITALS = [
  ['France', 'Paris'],
  ['Germany', 'Berlin'],
  ['Italy', 'Rome'],
  ['Spain', 'Madrid'],
  ['Portugal', 'Lisbon'],
  ['Austria', 'Vienna'],
  ['Poland', 'Warsaw'],
  ['Sweden', 'Stockholm'],
  ['Norway', 'Oslo'],
  ['Finland', 'Helsinki'],
  ['Denmark', 'Copenhagen'],
  ['Ireland', 'Dublin'],
  ['Greece', 'Athens'],
  ['Hungary', 'Budapest'],
  ['Czechia', 'Prague'],
  ['Japan', 'Tokyo'],
  ['Canada', 'Ottawa'],
  ['Australia', 'Canberra'],
  ['Egypt', 'Cairo'],
  ['Kenya', 'Nairobi'],
  ['Peru', 'Lima'],
  ['Chile', 'Santiago'],
  ['Mexico', 'Mexico City'],
  ['Argentina', 'Buenos Aires'],
  ['Thailand', 'Bangkok'],
];
const REVIEWS = [
  ['The blender works perfectly and was cheap.', 'positive'],
  ['Arrived broken and support never answered.', 'negative'],
  ['It is a chair. It holds me up.', 'neutral'],
  ['Best headphones I have owned.', 'positive'],
  ['The battery died after two days.', 'negative'],
  ['Delivery took the usual time.', 'neutral'],
  ['Lovely colours, great fit.', 'positive'],
  ['Smells of plastic and the zip broke.', 'negative'],
  ['Does what the box says.', 'neutral'],
  ['Fantastic value, would buy again.', 'positive'],
];
const ITEMS = ['widget', 'bolt', 'cable', 'lamp', 'filter', 'valve', 'sensor', 'bracket', 'hinge', 'gasket'];

const tasks = [];
const push = (t) => tasks.push(JSON.stringify(t));
for (let i = 0; i < 50; i++) {
  if (i < 25) {
    const [country, capital] = CAPITALS[i];
    push({
      id: `chat-capital-${i}`,
      workload: 'chat',
      tags: ['facts'],
      messages: [{ role: 'user', content: `Answer with the city name only: what is the capital of ${country}? [[expect: ${capital}]]` }],
      settings: { temperature: 0, max_tokens: 20 },
      grader: { type: 'exact', value: capital, normalize: true },
    });
  } else {
    const a = 7 + i,
      b = 3 + (i % 9);
    push({
      id: `chat-arith-${i}`,
      workload: 'chat',
      tags: ['maths'],
      messages: [{ role: 'user', content: `What is ${a} times ${b}? Reply with the number. [[expect: ${a * b}]]` }],
      settings: { temperature: 0, max_tokens: 10 },
      grader: { type: 'numeric', value: a * b, tolerance: 0 },
    });
  }
}
for (let i = 0; i < 50; i++) {
  const [text, label] = REVIEWS[i % REVIEWS.length];
  push({
    id: `classify-${i}`,
    workload: 'classification',
    messages: [
      { role: 'system', content: 'Label the sentiment: positive, negative or neutral. One word.' },
      { role: 'user', content: `Review #${i}: ${text} [[expect: ${label}]]` },
    ],
    settings: { temperature: 0, max_tokens: 5 },
    grader: { type: 'label', labels: ['positive', 'negative', 'neutral'], value: label },
  });
}
const orderSchema = {
  type: 'object',
  properties: { order_id: { type: 'string' }, quantity: { type: 'integer' }, item: { type: 'string' } },
  required: ['order_id', 'quantity', 'item'],
  additionalProperties: false,
};
for (let i = 0; i < 50; i++) {
  const item = ITEMS[i % ITEMS.length];
  push({
    id: `extract-${i}`,
    workload: 'extraction',
    tags: ['json'],
    messages: [{ role: 'user', content: `Extract the order as JSON: order ORD-${1000 + i}, ${1 + (i % 12)} ${item}s, ship standard.` }],
    settings: {
      temperature: 0,
      response_format: { type: 'json_schema', json_schema: { name: 'order', strict: true, schema: orderSchema } },
    },
    grader: { type: 'json_schema', schema: orderSchema, required: ['order_id', 'quantity', 'item'] },
  });
}
for (let i = 0; i < 50; i++) {
  const name = `scale_${i}`;
  push({
    id: `code-${i}`,
    workload: 'code',
    messages: [
      {
        role: 'user',
        content: `Write a one-line Python function ${name}(x) returning x times ${i + 2}. Code only. [[expect: def ${name}(x): return x * ${i + 2}]]`,
      },
    ],
    settings: { temperature: 0, max_tokens: 60 },
    grader: { type: 'regex', pattern: `^def ${name}\\(x\\):\\s*return x \\* ${i + 2}$` },
  });
}
writeFileSync(join(root, 'eval/demo-tasks.jsonl'), tasks.join('\n') + '\n');

const base = readFileSync(join(root, 'policies/default.yaml'), 'utf8');
const providers = `  # The eval demo's two models (issue 17): cheap breaks JSON and is often wrong; strong is dear and reliable.
  - id: sim-eval-cheap
    kind: simulator
    hosting: vendor
    regions: [us-east-1]
    baa: false
    attestationsValidUntil: 2027-12-31
    simulator: { port: 0, latencyMs: 10, latencyJitterMs: 30, brokenJsonRate: 0.25, refusalRate: 0.03, accuracy: 0.7, seed: 11 }
    models:
      - { id: chat, inputUsdPerMTok: 0.10, outputUsdPerMTok: 0.20, contextWindow: 128000, capabilities: [chat, json_schema, tools] }

  - id: sim-eval-strong
    kind: simulator
    hosting: vendor
    regions: [us-east-1]
    baa: true
    attestationsValidUntil: 2027-12-31
    simulator: { port: 0, latencyMs: 60, latencyJitterMs: 120, brokenJsonRate: 0.01, accuracy: 0.97, seed: 12 }
    models:
      - { id: chat, inputUsdPerMTok: 3.00, outputUsdPerMTok: 6.00, contextWindow: 128000, capabilities: [chat, json_schema, tools] }

# Seed tenants`;
const routes = `  # Eval demo targets: gatewayctl eval eval/demo-tasks.jsonl --targets eval-cheap,eval-strong,eval-cascade
  - id: eval-cheap
    strategy: ordered
    candidates: [sim-eval-cheap/chat]
  - id: eval-strong
    strategy: ordered
    candidates: [sim-eval-strong/chat]
  - id: eval-cascade
    strategy: cascade
    candidates: [sim-eval-cheap/chat, sim-eval-strong/chat]
    escalateOn: [invalid_json, refusal, length, error, low_confidence]
    confidenceThreshold: 0.5

# Familiar model names`;
const header = `# GENERATED by scripts/gen-eval-demo.mjs from default.yaml: the demo bundle plus the eval demo's models and
# routes. Start with GATEWAY_POLICY=policies/examples/eval-demo.yaml npm start (README, "Comparing routes").
`;
writeFileSync(
  join(root, 'policies/examples/eval-demo.yaml'),
  header + base.replace('# Seed tenants', providers).replace('# Familiar model names', routes),
);

const golden = {
  tenant: 'demo-us',
  alpha: 0.01,
  repeats: 2,
  routes: [
    {
      route: 'default',
      tasks: CAPITALS.slice(0, 10).map(([country, capital], i) => ({
        id: `golden-${i}`,
        messages: [{ role: 'user', content: `Answer with the city name only: what is the capital of ${country}? [[expect: ${capital}]]` }],
        settings: { temperature: 0 },
        grader: { type: 'exact', value: capital, normalize: true },
      })),
    },
  ],
};
writeFileSync(join(root, 'eval/drift-golden.json'), JSON.stringify(golden, null, 2) + '\n');
console.log(`${tasks.length} tasks, eval-demo.yaml and drift-golden.json written`);
