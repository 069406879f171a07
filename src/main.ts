// First: it must run before the other modules load (see the module).
import { releaseYoungGeneration } from './observability/start-memory';
import cluster from 'node:cluster';
import { startGateway } from './bootstrap';
import { runPrimary } from './cluster/primary';
import { loadConfig, type AppConfig } from './config/app-config';
import type { DemoKeys } from './demo/demo.service';

function banner(url: string, config: AppConfig, demoKeys: DemoKeys | null, processes: string): void {
  const lines = [`LLM gateway listening on ${url} (${processes}; policy ${config.policyPath})`];
  if (config.workersRequested > 1 && config.workers === 1) {
    lines.push('Embedded database: one process (GATEWAY_WORKERS applies with DATABASE_URL only; see README).');
  }
  if (demoKeys) {
    lines.push(
      `Demo mode: keys for every tenant and the admin/compliance/approver keys are in ${config.dataDir}/demo-keys.json`,
      'Try:',
      `  curl -s ${url}/v1/chat/completions -H "Authorization: Bearer $(node -p "require('${config.dataDir}/demo-keys.json').tenants['${Object.keys(demoKeys.tenants)[0] ?? ''}']")" \\`,
      `       -H 'content-type: application/json' -d '{"model":"auto","messages":[{"role":"user","content":"Hello!"}]}'`,
    );
  }
  process.stderr.write(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isPrimary && config.workers > 1) {
    const primary = await runPrimary(config);
    releaseYoungGeneration();
    banner(primary.url, config, primary.demoKeys, `${primary.workers} worker processes`);
    return;
  }
  const gw = await startGateway();
  if (!config.clusterWorker) banner(gw.url, gw.config, gw.demoKeys, 'one process');
}

main().catch((err: unknown) => {
  // Boot errors are ours (config, policy, database): their messages name the field, never secrets.
  process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
