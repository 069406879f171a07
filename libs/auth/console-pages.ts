import { ROLES, permissionsOf, type Permission, type Role } from './roles';

/** The pages of the browser console (issue 18), in the order the navigation shows them. */
export const CONSOLE_PAGES = ['overview', 'decisions', 'audit', 'tenants', 'policy', 'evaluation'] as const;
export type ConsolePage = (typeof CONSOLE_PAGES)[number];

/**
 * Which grants open a page: any one permission listed, or any one role listed. The console hides what a
 * viewer may not use; the endpoints behind each page check again (the real enforcement).
 */
const OPENED_BY: Record<ConsolePage, { permissions: readonly Permission[]; roles: readonly Role[] }> = {
  overview: { permissions: ['audit:read'], roles: [] },
  decisions: { permissions: ['audit:read'], roles: [] },
  audit: { permissions: ['audit:read'], roles: [] },
  tenants: { permissions: ['keys:admin', 'tenants:admin'], roles: [] },
  // A viewer reads the policy history (GET /admin/policy/versions needs models:read), without its buttons.
  policy: { permissions: ['policy:write', 'policy:approve'], roles: ['viewer'] },
  evaluation: { permissions: ['eval:read'], roles: [] },
};

/** The pages `roles` may see, in navigation order. A service key (`invoke` only) sees none. */
export function consolePages(roles: readonly Role[]): ConsolePage[] {
  const held = permissionsOf(roles);
  return CONSOLE_PAGES.filter((page) => {
    const need = OPENED_BY[page];
    return need.permissions.some((p) => held.has(p)) || need.roles.some((r) => roles.includes(r));
  });
}

/** Every role with the pages it opens: the table the README and the browser tests check against. */
export function consolePagesByRole(): Record<Role, ConsolePage[]> {
  return Object.fromEntries(ROLES.map((r) => [r, consolePages([r])])) as Record<Role, ConsolePage[]>;
}
