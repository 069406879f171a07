import { createServer, type Server } from 'node:net';
import { aProvider } from '../../../libs/policy/policy.fixtures';
import { PORT_BASE_VAR, SimulatorPortError, simulatorPort, startDemoSimulators } from './demo-simulators';
import type { SimulatorHandle } from './simulator.server';

function occupy(): Promise<Server & { port: number }> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => resolve(Object.assign(s, { port: (s.address() as { port: number }).port })));
  });
}

describe('demo simulators', () => {
  const open: SimulatorHandle[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });

  it.each([
    [0, 9101, null, 9101],
    [2, undefined, null, 0],
    [2, 0, null, 0],
    [2, 9101, 0, 0],
    [2, 9101, 9200, 9202],
  ])('provider #%i with bundle port %p and base %p asks for port %i', (i, bundle, base, expected) => {
    expect(simulatorPort(i, bundle, base)).toBe(expected);
  });

  it('starts one simulator per simulator provider on free ports when they ask for 0, each with its settings', async () => {
    const providers = [
      aProvider({ id: 'a', simulator: { port: 0, refusalRate: 1 } }),
      aProvider({ id: 'real', kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:1/v1' }),
      aProvider({ id: 'b' }),
    ];
    const sims = await startDemoSimulators(providers, null);
    open.push(...sims.values());
    expect([...sims.keys()]).toEqual(['a', 'b']);
    const [a, b] = [sims.get('a')!, sims.get('b')!];
    expect(a.port).toBeGreaterThan(0);
    expect(a.port).not.toBe(b.port);
    expect(a.url).toBe(`http://127.0.0.1:${a.port}/v1`);
    const res = await fetch(`${a.url}/chat/completions`, {
      method: 'POST',
      body: JSON.stringify({ model: 'chat', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(((await res.json()) as { choices: { message: { refusal: string } }[] }).choices[0]?.message.refusal).toBeTruthy();
  });

  it('names the port and the variable when a port is taken', async () => {
    const taken = await occupy();
    try {
      const providers = [aProvider({ id: 'first', simulator: { port: 0 } }), aProvider({ id: 'second', simulator: { port: taken.port } })];
      const err = (await startDemoSimulators(providers, null).catch((e: unknown) => e)) as Error;
      expect(err).toBeInstanceOf(SimulatorPortError);
      expect(err.message).toContain(`127.0.0.1:${taken.port} is already in use`);
      expect(err.message).toContain('simulator.port of provider second');
      expect(err.message).toContain(PORT_BASE_VAR);
      const viaBase = (await startDemoSimulators([aProvider({ id: 'x' })], taken.port).catch((e: unknown) => e)) as Error;
      expect(viaBase.message).toContain(`${PORT_BASE_VAR}=${taken.port}`);
    } finally {
      await new Promise((r) => taken.close(r));
    }
  });
});
