import type { z } from 'zod';
import { GatewayError } from '@libs/core';
import type { Authority } from '@libs/auth';
import type { GatewayRequest } from './request-context';

/** A body that does not fit: 400 naming the first field at fault, never echoing its value. */
export function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const r = schema.safeParse(body ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.join('.') || undefined;
  throw new GatewayError('invalid_request', `${field ? `${field}: ` : ''}${issue?.message ?? 'invalid body'}`, field);
}

/** The authenticated caller of an admin endpoint: what it holds, and the name the ledger records. */
export function actorOf(req: GatewayRequest): Authority & { actor: string } {
  const p = req.principal;
  if (!p) throw new GatewayError('unauthorized', 'Missing credentials.');
  return { actor: p.actor, roles: p.roles, tenant: p.tenant?.id ?? null };
}
