import { join } from 'node:path';
import { runAsync } from '../../src/cli/gatewayctl';
import { startTestGateway, type TestGateway } from '../support/gateway';

const ROOT = join(__dirname, '../..');

interface Target {
  target: string;
  requests: number;
  costPerRequestUsd: number;
  quality: number;
  passRate: number;
  brokenJson: number;
  medianMs: number;
}

/** The shipped demo (README "Comparing routes"): 200 tasks, three targets, a real trade-off in one table. */
describe('the eval demo', () => {
  let g: TestGateway;
  beforeAll(async () => {
    g = await startTestGateway({ GATEWAY_POLICY: join(ROOT, 'policies/examples/eval-demo.yaml') });
  });
  afterAll(() => g?.close());

  it('cheap is cheap and breaks JSON, strong is dear and reliable, the cascade sits between', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const args = ['eval', join(ROOT, 'eval/demo-tasks.jsonl'), '--targets', 'eval-cheap,eval-strong,eval-cascade', '--concurrency', '16'];
    const env = { GATEWAY_URL: g.url, GATEWAY_TOKEN: g.keys.tenants['demo-us'] as string };
    const code = await runAsync([...args, '--json'], { out: (l) => out.push(l), err: (l) => err.push(l) }, env);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const [cheap, strong, cascade] = (JSON.parse(out[0] as string) as { targets: Target[] }).targets as [Target, Target, Target];
    for (const t of [cheap, strong, cascade]) expect(t.requests).toBe(200);
    expect(cheap.costPerRequestUsd).toBeLessThan(cascade.costPerRequestUsd);
    expect(cascade.costPerRequestUsd).toBeLessThan(strong.costPerRequestUsd);
    expect(cheap.quality).toBeLessThan(cascade.quality);
    expect(cheap.quality).toBeLessThan(strong.quality);
    expect(cheap.brokenJson).toBeGreaterThan(0.03);
    expect(strong.brokenJson).toBeLessThan(cheap.brokenJson);
    expect(cascade.brokenJson).toBeLessThan(cheap.brokenJson);
    expect(strong.medianMs).toBeGreaterThan(cheap.medianMs);
    expect(strong.passRate).toBeGreaterThan(0.9);
  });
});
