import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** Runs the gateway from its TypeScript sources in a child process (real Node, no jest VM). */
export function spawnGateway(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', join(root, 'test/support/alias-hook.js'), join(root, 'src/main.ts')], {
    cwd: root,
    env: { ...process.env, TS_NODE_PROJECT: join(root, 'tsconfig.json'), NODE_ENV: 'test', GATEWAY_DEMO: '1', GATEWAY_SIMULATOR_EPHEMERAL: '1', ...env },
    stdio: 'ignore',
  });
}

export async function waitReady(p: ChildProcess, url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
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
