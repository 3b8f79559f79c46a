import type { Role } from '@motcua/domain';

export { ROLES, type Role } from '@motcua/domain';

export const ACCOUNT_STATUSES = ['pending_activation', 'active', 'locked', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Roles that act on other officers, always within their unit's subtree (admins: everywhere). */
export const SCOPED_ROLES: readonly Role[] = ['supervisor', 'unit_admin'];
