import type { Role } from '@motcua/contracts';

export { ROLES, ACCOUNT_STATUSES, type Role, type AccountStatus } from '@motcua/contracts';

/** Roles that act on other officers, always within their unit's subtree (admins: everywhere). */
export const SCOPED_ROLES: readonly Role[] = ['supervisor', 'unit_admin'];
