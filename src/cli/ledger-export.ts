import { PLATFORM_LOG } from '@libs/auth';
import { loadConfig } from '../config/app-config';
import { Database } from '../database/database';
import { embeddedOwnerUrl } from '../database/embedded-db';
import { AuditExportService } from '../ledger/audit-export.service';
import { AuditRepository } from '../ledger/audit.repository';
import { CheckpointService } from '../ledger/checkpoint.service';
import { loadLedgerKeys } from '../ledger/ledger-keys';
import { LedgerRepository } from '../ledger/ledger.repository';
import { LedgerService } from '../ledger/ledger.service';
import { AppLogger } from '../observability/app-logger';
import type { Io } from './io';
import { parseOptions } from './ledger-commands';

function time(v: string | undefined): Date | null | undefined {
  if (v === undefined) return null;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * `ledger export --tenant <id> [--from --to] [--format jsonl|csv] > file`: the same output as the HTTP
 * export, from DATABASE_URL (or the embedded database of a running demo gateway), signed with the
 * gateway's key; recorded as an export_event by `cli`.
 */
export async function ledgerExport(args: readonly string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const parsed = parseOptions(args, ['tenant', 'from', 'to', 'format']);
  const tenant = parsed?.opts.tenant;
  const from = time(parsed?.opts.from);
  const to = time(parsed?.opts.to);
  const format = parsed?.opts.format ?? 'jsonl';
  if (
    !parsed ||
    !tenant ||
    parsed.positional.length > 0 ||
    from === undefined ||
    to === undefined ||
    (format !== 'jsonl' && format !== 'csv')
  ) {
    io.err('usage: gatewayctl ledger export --tenant <id> [--from <iso time>] [--to <iso time>] [--format jsonl|csv] > file');
    return 2;
  }
  const cfg = loadConfig(env);
  const url = cfg.databaseUrl ?? embeddedOwnerUrl(cfg.dataDir, cfg.embeddedDbPort);
  const db = new Database({ url, poolSize: 1, timeoutMs: cfg.dbTimeoutMs });
  try {
    const log = new AppLogger('warn', null);
    const ledgerRepo = new LedgerRepository(db);
    const audit = new AuditRepository(db);
    if (tenant !== PLATFORM_LOG && !(await audit.tenantExists(tenant))) {
      io.err(`no such tenant: ${tenant}`);
      return 1;
    }
    const checkpoints = new CheckpointService(cfg, loadLedgerKeys(cfg), audit, ledgerRepo, log);
    await new LedgerService(ledgerRepo, log).append({
      tenant,
      kind: 'export_event',
      requestId: null,
      body: { key_id: 'cli', role: 'operator', format, from: from?.toISOString(), to: to?.toISOString() },
    });
    const sep = format === 'csv' ? '\r\n' : '\n';
    for await (const line of new AuditExportService(audit, checkpoints).lines({ tenant, format, from, to })) {
      if (!process.stdout.write(line + sep)) await new Promise((r) => process.stdout.once('drain', r));
    }
    return 0;
  } finally {
    await db.close();
  }
}
