import type { Role } from '@motcua/domain';

/** react-admin actions that only look; everything else (create, edit, delete, clone…) writes. */
const READ_ACTIONS = new Set(['list', 'show', 'export', 'read']);

type Grant = 'read' | 'write';

/**
 * What each role adds to the ones before it. An account may hold several roles; it gets the union.
 * Resource names are react-admin resources and custom pages alike ('me/logins' is the list behind /login-history).
 */
const GRANTS: Record<Role, Record<string, Grant>> = {
  officer: {
    profile: 'write',
    'login-history': 'read',
    'me/logins': 'read',
    notifications: 'write',
    'two-factor': 'write',
  },
  supervisor: { dashboard: 'read', compliance: 'read', officers: 'read', campaigns: 'read' },
  // The API lets only system administrators change the unit tree; unit admins read it to manage their accounts.
  unit_admin: { dashboard: 'read', compliance: 'read', officers: 'write', units: 'read', campaigns: 'write' },
  admin: {
    dashboard: 'read',
    compliance: 'read',
    officers: 'write',
    units: 'write',
    campaigns: 'write',
    'login-events': 'read',
    audit: 'read',
    outbox: 'read',
  },
};

/** Every role can do what an officer can: supervisors and admins also have their own record and history. */
const grantsOf = (role: Role): Record<string, Grant> => ({ ...GRANTS.officer, ...GRANTS[role] });

export function canRolesAccess(roles: readonly Role[], action: string, resource: string): boolean {
  const needsWrite = !READ_ACTIONS.has(action);
  return roles.some((role) => {
    const grant = grantsOf(role)[resource];
    return grant === 'write' || (grant === 'read' && !needsWrite);
  });
}
