/** Roles of SPEC §8. A `platform-*` role is always platform-scoped. */
export const ROLES = [
  'invoke',
  'viewer',
  'compliance-officer',
  'policy-author',
  'policy-approver',
  'security-admin',
  'platform-admin',
  'platform-auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'chat:invoke',
  'models:read',
  'audit:read',
  'policy:write',
  'policy:approve',
  'tenants:admin',
  'keys:admin',
  'providers:read',
  /** Eval and drift runs of a tenant (figures only, no content): everyone who reviews that tenant. */
  'eval:read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  invoke: ['chat:invoke', 'models:read'],
  viewer: ['models:read', 'eval:read'],
  'compliance-officer': ['audit:read', 'models:read', 'eval:read'],
  'policy-author': ['policy:write', 'models:read', 'eval:read'],
  'policy-approver': ['policy:approve', 'models:read', 'eval:read'],
  // The security team runs tenants and keys, issues its services' keys (so it holds what they hold) and
  // reads the audit trail its own actions land in.
  'security-admin': ['tenants:admin', 'keys:admin', 'chat:invoke', 'models:read', 'audit:read', 'eval:read'],
  'platform-admin': PERMISSIONS,
  'platform-auditor': ['audit:read', 'models:read', 'providers:read', 'eval:read'],
};

export function isRole(v: unknown): v is Role {
  return typeof v === 'string' && (ROLES as readonly string[]).includes(v);
}

export function isGranted(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isPlatformRole(role: Role): boolean {
  return role.startsWith('platform-');
}

/** What a key or token holds: roles, at one scope (a tenant id, or null for the platform, which covers every tenant). */
export interface Authority {
  roles: readonly Role[];
  tenant: string | null;
}

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => GRANTS[r]));
}

/** True when `scope` covers `target` (null = a platform object, which only platform scope covers). */
export function scopeCovers(scope: string | null, target: string | null): boolean {
  return scope === null || scope === target;
}

/** May `who` use `permission` on an object of tenant `target` (null: a platform object)? */
export function permits(who: Authority, permission: Permission, target: string | null): boolean {
  return scopeCovers(who.tenant, target) && who.roles.some((r) => isGranted(r, permission));
}

/**
 * Narrow-only delegation: may `creator` mint a key (or grant) holding `wanted`? Only with `keys:admin` over
 * the new key's scope, never a wider scope than its own, never a permission it lacks, and `platform-*`
 * roles only at platform scope. Returns why not, or null when allowed.
 */
export function delegationRefusal(creator: Authority, wanted: Authority): string | null {
  if (wanted.roles.length === 0) return 'a key needs at least one role';
  const platformRole = wanted.roles.find(isPlatformRole);
  if (platformRole && wanted.tenant !== null) return `role ${platformRole} is platform-scoped: it cannot be bound to a tenant`;
  if (!permits(creator, 'keys:admin', wanted.tenant)) {
    return wanted.tenant === null ? 'creating a platform key needs keys:admin at platform scope' : 'you may not manage keys of this tenant';
  }
  const held = permissionsOf(creator.roles);
  for (const role of wanted.roles) {
    const missing = GRANTS[role].find((p) => !held.has(p));
    if (missing) return `role ${role} carries ${missing}, which you do not hold (a key never grants more than its creator has)`;
  }
  return null;
}

/** The platform's own ledger log (SPEC §8): platform actions land there; platform-scoped auditors read it. */
export const PLATFORM_LOG = '_platform';
