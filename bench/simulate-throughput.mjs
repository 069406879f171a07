#!/usr/bin/env node
// Policy simulation throughput (issue 16, SPEC §8): 100,000 recorded decisions replayed under a candidate.
// Usage: npm run build && node bench/simulate-throughput.mjs [--decisions 100000]
// The window is written by the live `decide` on the support example (policies/examples/support-rules.yaml),
// encoded as ledger leaves and parsed back, so the replay reads exactly what the gateway records.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { decide, simulate } = require(join(here, '../dist/libs/pipeline'));
const { loadPolicy, validatePolicyBundle } = require(join(here, '../dist/libs/policy'));
const { encodeLeaf } = require(join(here, '../dist/libs/ledger'));
const arg = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const n = Number(arg('--decisions') || 100_000) || 100_000;

const source = 'policies/examples/support-rules.yaml';
const live = loadPolicy([{ source, text: readFileSync(join(here, '..', source), 'utf8') }]);
const candidate = validatePolicyBundle({
  ...live,
  compliance: [...live.compliance, { id: 'pci-blocked', when: { categories: ['PCI'] }, action: 'block' }],
  routes: live.routes.map((r) => (r.id === 'strong' ? { ...r, candidates: r.candidates.filter((c) => c !== 'sim-us-strong/chat') } : r)),
});

const TEXTS = ['where is my parcel', 'I want a refund', 'billing error again', 'hello', 'a dispute about my bill'];
const TENANTS = [
  { id: 'demo-us', region: 'us', floor: 'public' },
  { id: 'demo-eu', region: 'eu', floor: 'internal' },
  { id: 'demo-free', region: 'us', floor: 'public' },
];
const LEVELS = ['public', 'internal', 'confidential', 'restricted'];
const CATS = [[], [], [], ['PII'], ['PHI'], ['PCI']];

function window() {
  const out = [];
  const t0 = Date.UTC(2026, 5, 1);
  for (let i = 0; i < n; i++) {
    const tenant = TENANTS[i % TENANTS.length];
    const json = i % 11 === 0;
    const now = new Date(t0 + i * 850);
    const d = decide(live, 'v1', {
      model: i % 13 === 0 ? 'gpt-4o-mini' : 'auto',
      workload: null,
      needs: json ? ['chat', 'json_schema'] : ['chat'],
      promptTokens: (i * 37) % 3000,
      maxOutputTokens: i % 3 === 0 ? null : 200,
      stream: false,
      classification: {
        level: LEVELS[i % 4],
        categories: CATS[i % CATS.length],
        findings: [],
        entities: {},
        healthContext: false,
        explanation: '',
      },
      tenant,
      declaredLevel: null,
      now,
      request: {
        messages: 1 + (i % 4),
        format: json ? 'json_object' : 'text',
        tools: false,
        priority: i % 5 === 0 ? 'background' : null,
        texts: () => [TEXTS[i % TEXTS.length]],
      },
    });
    const kind = d.verdict === 'route' ? 'routing_decision' : 'policy_denied';
    const leaf = encodeLeaf(
      { tenant: tenant.id, kind, requestId: `req-${i}`, body: { ...d.ledgerBody, key_id: 'k', endpoint: 'chat' } },
      i,
      now,
    );
    out.push(JSON.parse(leaf.leaf.toString('utf8')));
  }
  return out;
}

const records = window();
simulate(candidate, records.slice(0, 2000)); // warm-up
const wall0 = performance.now();
const cpu0 = process.cpuUsage();
const report = simulate(candidate, records);
const wall = performance.now() - wall0;
const cpu = process.cpuUsage(cpu0);
console.log(`decisions        ${report.decisions}`);
console.log(`simulated        ${report.simulated} (not simulable ${report.notSimulable.count})`);
console.log(`changed provider ${report.changedProvider}, new denials ${report.newDenials}, cost delta ${report.costDeltaUsd} USD`);
console.log(`wall             ${(wall / 1000).toFixed(2)} s (${((wall * 1000) / n).toFixed(1)} us/decision)`);
console.log(`cpu              ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
