import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/app-config';
import { startTestGateway } from '../support/gateway';

/** Refuse to start on invalid env or invalid policy, with a message that names the culprit. */
describe('boot refusals', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gw-boot-'));
  const demo = readFileSync(join(__dirname, '../../policies/default.yaml'), 'utf8');

  it('refuses a policy with a bad field, naming file, line and field', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, demo.replace('hosting: local', 'hosting: somewhere'));
    const err = (await startTestGateway({ GATEWAY_POLICY: bad }).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(Error);
    expect(err.message).toMatch(/bad\.yaml:\d+: providers\[0\]\.hosting/);
  });

  it('refuses a policy with an unknown key', async () => {
    const bad = join(dir, 'unknown.yaml');
    writeFileSync(bad, demo.replace('apiVersion: gateway.policy/v1', 'apiVersion: gateway.policy/v1\nsurprise: true'));
    const err = (await startTestGateway({ GATEWAY_POLICY: bad }).catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/unknown\.yaml:\d+: surprise/);
  });

  it('refuses simulator providers outside demo mode', async () => {
    const err = (await startTestGateway({ GATEWAY_DEMO: '0' }).catch((e: unknown) => e)) as Error;
    expect(err.message).toContain('only allowed in demo mode');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x@y/z' }, 'DATABASE_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses the invalid environment %p, naming %s', (env, name) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv)).toThrow(name);
  });
});
