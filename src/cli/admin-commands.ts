import { userInfo } from 'node:os';
import { DATA_LEVELS, GatewayError, isDataLevel } from '@libs/core';
import { isRole, type Role } from '@libs/auth';
import { AdminService, type Actor } from '../admin/admin.service';
import type { Database } from '../database/database';
import { LedgerRepository } from '../ledger/ledger.repository';
import { LedgerService } from '../ledger/ledger.service';
import { AppLogger } from '../observability/app-logger';
import { TenantsRepository, type KeyInfo } from '../tenants/tenants.repository';
import { TenantsService } from '../tenants/tenants.service';
import { withCliDatabase } from './cli-database';
import type { Io } from './io';
import { ADMIN_USAGE } from './admin-usage';
import { parseOptions } from './ledger-commands';

/** Whoever can reach the database directly is the platform's operator; the ledger records them as `cli:<user>`. */
function operator(): Actor {
  let name = 'operator';
  try {
    name = userInfo().username || name;
  } catch {
    // no passwd entry (containers): keep the generic name
  }
  return { actor: `cli:${name}`, roles: ['platform-admin'], tenant: null };
}

function adminOn(db: Database): AdminService {
  const log = new AppLogger('warn', null);
  return new AdminService(new TenantsService(new TenantsRepository(db)), new LedgerService(new LedgerRepository(db), log));
}

/** `--role` may repeat: collects every value (parseOptions keeps the last). */
function rolesOf(args: readonly string[]): { roles: Role[]; rest: string[] } | null {
  const roles: Role[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--role') {
      rest.push(args[i] as string);
      continue;
    }
    const r = args[++i];
    if (!isRole(r)) return null;
    roles.push(r);
  }
  return { roles, rest };
}

function keyLine(k: KeyInfo): string {
  const state = k.revokedAt ? `revoked ${k.revokedAt}` : k.expiresAt ? `expires ${k.expiresAt}` : 'active';
  return `${k.id}  ${k.tenant ?? '(platform)'}  ${k.roles.join(',')}  created ${k.createdAt}  ${state}${k.label ? `  ${k.label}` : ''}`;
}

type Command = (admin: AdminService, io: Io) => Promise<void>;

/** Parses one tenants/keys command line into the action it runs, or a usage message. */
function parse(argv: readonly string[]): Command | string {
  const [group, cmd, ...args] = argv;
  const by = operator();
  if (group === 'tenants' && cmd === 'create') {
    const p = parseOptions(args, ['region', 'floor', 'budget', 'tier', 'time-zone']);
    const id = p?.positional[0];
    const budget = p?.opts.budget === undefined ? null : Number(p.opts.budget);
    const floor = p?.opts.floor ?? 'public';
    if (!p || !id || p.positional.length !== 1 || !p.opts.region || !isDataLevel(floor) || (budget !== null && !(budget >= 0))) {
      return `usage: gatewayctl tenants create <id> --region <r> [--floor ${DATA_LEVELS.join('|')}] [--budget <usd>] [--tier <name>] [--time-zone <IANA zone>]`;
    }
    return async (admin, io) => {
      const t = await admin.createTenant(by, {
        id,
        region: p.opts.region as string,
        floor,
        monthlyBudgetUsd: budget,
        tier: p.opts.tier ?? null,
        timeZone: p.opts['time-zone'] ?? null,
      });
      io.out(JSON.stringify(t));
    };
  }
  if (group !== 'keys') return 'usage';
  const r = rolesOf(args);
  const p = r ? parseOptions(r.rest, ['tenant', 'expires', 'label'], ['platform']) : null;
  const scoped = p && (p.opts.tenant !== undefined) !== (p.opts.platform === 'true');
  const tenant = p?.opts.tenant ?? null;
  if (cmd === 'create' && r && p && scoped && p.positional.length === 0) {
    const expiresAt = p.opts.expires ? new Date(p.opts.expires) : null;
    if (expiresAt && Number.isNaN(expiresAt.getTime())) return 'usage: --expires takes an ISO 8601 time';
    return async (admin, io) => {
      const k = await admin.createKey(by, {
        tenant,
        roles: r.roles.length > 0 ? r.roles : ['invoke'],
        expiresAt,
        label: p.opts.label ?? null,
      });
      io.err(`created key ${k.id} for ${k.tenant ?? 'the platform'} with roles ${k.roles.join(', ')}; it is shown once:`);
      io.out(k.key);
    };
  }
  if (cmd === 'list' && r?.roles.length === 0 && p && scoped && p.positional.length === 0) {
    return async (admin, io) => {
      for (const k of await admin.listKeys(by, tenant)) io.out(keyLine(k));
    };
  }
  const keyId = p?.positional[0];
  if (
    (cmd === 'rotate' || cmd === 'revoke') &&
    r?.roles.length === 0 &&
    p &&
    keyId &&
    p.positional.length === 1 &&
    Object.keys(p.opts).length === 0
  ) {
    return async (admin, io) => {
      if (cmd === 'revoke') {
        const k = await admin.revokeKey(by, keyId);
        io.out(`revoked ${k.id} (${k.tenant ?? 'platform'})`);
        return;
      }
      const k = await admin.rotateKey(by, keyId);
      io.err(`key ${keyId} replaced by ${k.id}; the new key is shown once:`);
      io.out(k.key);
    };
  }
  return 'usage';
}

/** `tenants …` and `keys …`: the security team's basics straight on the database (SPEC §10). */
export async function adminCommand(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  const command = parse(argv);
  if (typeof command === 'string') {
    io.err(command === 'usage' ? `usage: gatewayctl\n${ADMIN_USAGE}` : command);
    return 2;
  }
  try {
    await withCliDatabase(env, (db) => command(adminOn(db), io));
    return 0;
  } catch (err) {
    if (err instanceof GatewayError) {
      io.err(`gatewayctl: ${err.message}`);
      return 1;
    }
    throw err;
  }
}
