/** Roles of SPEC §8. Platform roles are not tied to a tenant. */
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

export const PERMISSIONS = ['chat:invoke', 'models:read', 'audit:read', 'policy:write', 'policy:approve', 'tenants:admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  invoke: ['chat:invoke', 'models:read'],
  viewer: ['models:read'],
  'compliance-officer': ['audit:read', 'models:read'],
  'policy-author': ['policy:write', 'models:read'],
  'policy-approver': ['policy:approve', 'models:read'],
  'security-admin': ['tenants:admin', 'models:read'],
  'platform-admin': ['tenants:admin', 'policy:write', 'models:read'],
  'platform-auditor': ['audit:read', 'models:read'],
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
