/** Shapes of the gateway's JSON as the console reads them (see src/console and src/admin). */
export type Page = 'overview' | 'decisions' | 'audit' | 'tenants' | 'policy' | 'evaluation';

export interface Whoami {
  actor: string;
  via: 'api_key' | 'jwt';
  roles: string[];
  tenant: string | null;
  permissions: string[];
  pages: Page[];
  tenants: string[];
}

export interface Ctx {
  me: Whoami;
  /** The tenant picked in the header (null: every tenant the caller may see). */
  tenant: string | null;
  root: HTMLElement;
  /** Set by a page that refreshes itself; called when the page is left. */
  onLeave: (stop: () => void) => void;
}

export const can = (me: Whoami, permission: string): boolean => me.permissions.includes(permission);
