import { startGateway } from './bootstrap';

async function main(): Promise<void> {
  const gw = await startGateway();
  const lines = [`LLM gateway listening on ${gw.url} (policy ${gw.config.policyPath})`];
  if (gw.demoKeys) {
    lines.push(
      `Demo mode: keys for every tenant and the admin/compliance/approver keys are in ${gw.config.dataDir}/demo-keys.json`,
      'Try:',
      `  curl -s ${gw.url}/v1/chat/completions -H "Authorization: Bearer $(node -p "require('${gw.config.dataDir}/demo-keys.json').tenants['${Object.keys(gw.demoKeys.tenants)[0] ?? ''}']")" \\`,
      `       -H 'content-type: application/json' -d '{"model":"auto","messages":[{"role":"user","content":"Hello!"}]}'`,
    );
  }
  process.stderr.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  // Boot errors are ours (config, policy, database): their messages name the field, never secrets.
  process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
