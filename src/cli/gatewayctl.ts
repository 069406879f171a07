import { resolve } from 'node:path';
import { checkBundle, loadPolicy, PolicyLoadError } from '@libs/policy';
import { readPolicyFiles } from '../policy/policy-files';
import type { Io } from './io';
import { ledgerVerify } from './ledger-commands';
import { activePolicy } from './active-policy';
import { adminCommand } from './admin-commands';
import { ADMIN_USAGE } from './admin-usage';
import { EXPLAIN_USAGE, policyExplain } from './policy-explain';
import { POLICY_ADMIN_USAGE, policyAdminCommand } from './policy-admin-commands';
import { printRuleWarnings } from './rule-warnings';
import { EVAL_USAGE } from './eval-command';
import { DRIFT_REPORT_USAGE } from './drift-report-commands';

export type { Io } from './io';

const USAGE = `usage: gatewayctl <command>
  policy validate [path]   schema-check a bundle (file or folder; default $GATEWAY_POLICY or ./policies)
  policy check [path]      list routes some compliance rule can cut, and attestations expiring within 30 days
  ${EXPLAIN_USAGE}
${POLICY_ADMIN_USAGE}
  ledger verify <export.jsonl> --vkey <file> [--prev-checkpoint <file>] [--json]
                           verify an export offline (exit 0 verified, 1 FIRST BAD SEQ / range, 2 bad input)
  ledger export --tenant <id> [--from <iso>] [--to <iso>] [--format jsonl|csv]
                           the HTTP export, straight from the database (DATABASE_URL or the running embedded one)
${ADMIN_USAGE}
${EVAL_USAGE}
${DRIFT_REPORT_USAGE}`;

function loadBundle(path: string, io: Io) {
  try {
    return loadPolicy(readPolicyFiles(resolve(path)));
  } catch (err) {
    if (err instanceof PolicyLoadError) io.err(err.message);
    else io.err(`${path}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/** Runs one command; returns the exit code (0 ok, 1 failed check, 2 bad usage). */
export async function runAsync(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = {}): Promise<number> {
  if (argv[0] === 'ledger' && argv[1] === 'verify') return ledgerVerify(argv.slice(2), io);
  if (argv[0] === 'policy' && argv[1] === 'explain') {
    const active = await activePolicy(env);
    return policyExplain(argv.slice(2), io, env, new Date(), active?.bundle);
  }
  if (
    argv[0] === 'policy' &&
    ['submit', 'approve', 'reject', 'activate', 'shadow', 'canary', 'rollback', 'diff', 'simulate', 'history'].includes(argv[1] ?? '')
  ) {
    return policyAdminCommand(argv.slice(1), io, env);
  }
  if (argv[0] === 'ledger' && argv[1] === 'export') {
    const { ledgerExport } = await import('./ledger-export');
    return ledgerExport(argv.slice(2), io, env);
  }
  if (argv[0] === 'tenants' || argv[0] === 'keys') return adminCommand(argv, io, env);
  if (argv[0] === 'eval') return (await import('./eval-command')).evalCommand(argv.slice(1), io, env);
  if (argv[0] === 'drift') return (await import('./drift-report-commands')).driftCommand(argv.slice(1), io, env);
  if (argv[0] === 'report') return (await import('./drift-report-commands')).reportCommand(argv.slice(1), io, env);
  return run(argv, io, env);
}

/** The synchronous policy commands. Plain Node over libs/. */
export function run(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv = {}, now = new Date()): number {
  const [group, cmd, pathArg] = argv;
  if (group !== 'policy' || (cmd !== 'validate' && cmd !== 'check')) {
    io.err(USAGE);
    return 2;
  }
  const path = pathArg ?? env.GATEWAY_POLICY ?? './policies';
  const bundle = loadBundle(path, io);
  if (!bundle) return 1;
  if (cmd === 'validate') {
    io.out(`${path}: valid (${bundle.providers.length} providers, ${bundle.compliance.length} rules, ${bundle.routes.length} routes)`);
    return 0;
  }
  const c = checkBundle(bundle, now);
  for (const w of c.routeWarnings)
    io.out(`warning: route ${w.route} candidate ${w.candidate} can be excluded by rule ${w.rule} (${w.reason})`);
  printRuleWarnings(c, io);
  for (const e of c.expiring) {
    io.err(`${e.days < 0 ? 'expired' : 'expiring'}: provider ${e.provider} attestations valid until ${e.validUntil} (${e.days} days)`);
  }
  return c.expiring.length > 0 ? 1 : 0;
}

/** Entry point used by bin/gatewayctl.js. */
export function main(argv: readonly string[]): void {
  const io: Io = { out: (l) => process.stdout.write(l + '\n'), err: (l) => process.stderr.write(l + '\n') };
  runAsync(argv, io, process.env).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      io.err(`gatewayctl: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    },
  );
}
