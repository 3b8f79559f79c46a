import { APP_PAGES, isRole, ROLES, type Role } from '@motcua/domain';

/**
 * The console's one permission model. react-admin's menu, routes and buttons ask it through authProvider.canAccess;
 * a screen's own controls through useCan. It only hides what the API would refuse anyway.
 */

/** react-admin actions that only look; everything else (create, edit, delete, import, clone…) writes. */
const READ_ACTIONS = new Set(['list', 'show', 'export', 'read']);

type Grant = 'read' | 'write';

/** One question to the model, shaped like react-admin's useCanAccess / <CanAccess> parameters. */
export interface AccessCheck {
  action: string;
  resource: string;
}

/**
 * Parts of a screen the API refuses to some who may otherwise change the resource, checked like resources
 * (react-admin's "resource.part" convention): unit admins edit accounts but neither verify records nor grant
 * the Administrator role.
 */
export const VERIFY_RECORDS: AccessCheck = { action: 'edit', resource: 'officers.verification' };
export const GRANT_ADMIN_ROLE: AccessCheck = { action: 'edit', resource: 'officers.admin-role' };

/**
 * What each role may change, and the screens that are nobody's home page. Opening the pages of libs/domain's
 * APP_PAGES (the list the default page is chosen from) comes from that list. An account may hold several roles
 * and gets the union; every role also has an officer's own record, history and notifications.
 * Resource names are react-admin resources and custom pages alike ('me/logins' is the list behind /login-history).
 */
const GRANTS: Record<Role, Record<string, Grant>> = {
  officer: { profile: 'write', 'me/logins': 'read', notifications: 'write', 'two-factor': 'write' },
  supervisor: { compliance: 'read', campaigns: 'read', [VERIFY_RECORDS.resource]: 'write' },
  // The API lets only system administrators change the unit tree; unit admins read it to manage their accounts.
  unit_admin: { compliance: 'read', officers: 'write', campaigns: 'write' },
  admin: {
    compliance: 'read',
    officers: 'write',
    units: 'write',
    campaigns: 'write',
    [VERIFY_RECORDS.resource]: 'write',
    [GRANT_ADMIN_ROLE.resource]: 'write',
    'login-events': 'read',
    audit: 'read',
    outbox: 'read',
  },
};

/** The react-admin resource behind a page path: '/units' is 'units', '/' the dashboard. */
const resourceOfPage = (path: string) => path.slice(1) || 'dashboard';

function grantsOf(role: Role): ReadonlyMap<string, Grant> {
  const grants = new Map<string, Grant>();
  // A write granted once stays: a page's read never narrows it.
  const add = (resource: string, grant: Grant) =>
    grants.set(resource, grants.get(resource) === 'write' ? 'write' : grant);
  for (const page of APP_PAGES) if (page.roles.includes(role)) add(resourceOfPage(page.path), 'read');
  for (const source of [GRANTS.officer, GRANTS[role]])
    for (const [resource, grant] of Object.entries(source)) add(resource, grant);
  return grants;
}

const GRANTS_BY_ROLE = new Map(ROLES.map((role) => [role, grantsOf(role)]));

/** Whether an account holding these roles may do this; strings that are no role (a stale client) grant nothing. */
export function canRolesAccess(roles: readonly string[], action: string, resource: string): boolean {
  const needsWrite = !READ_ACTIONS.has(action);
  return roles.filter(isRole).some((role) => {
    const grant = GRANTS_BY_ROLE.get(role)?.get(resource);
    return grant === 'write' || (grant === 'read' && !needsWrite);
  });
}
