import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

let spawned = 0;

/** Runs the gateway from its TypeScript sources in a child process (real Node, no jest VM). An `undefined` value unsets a variable. */
export function spawnGateway(env: Record<string, string | undefined>): ChildProcess {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    TS_NODE_PROJECT: join(root, 'tsconfig.json'),
    NODE_ENV: 'test',
    GATEWAY_DEMO: '1',
    GATEWAY_SIMULATOR_PORT_BASE: '0',
    GATEWAY_WORKERS: '1',
    // Own breaker state unless a test makes several processes share one (they all use one database).
    GATEWAY_BREAKER_SCOPE: `child-${process.pid}-${++spawned}`,
    GATEWAY_POLICY_STORE: 'file',
    ...env,
  };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  return spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', join(root, 'test/support/alias-hook.js'), join(root, 'src/main.ts')],
    { cwd: root, env: merged, stdio: 'ignore' },
  );
}

/** Polls /readyz every 250 ms, `attempts` times at most (default: about a minute). */
export async function waitReady(p: ChildProcess, url: string, attempts = 240): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (p.exitCode !== null) throw new Error('gateway exited during start');
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('gateway did not become ready');
}
