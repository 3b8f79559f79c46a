import type { Role } from '@motcua/domain';
import { usePermissions } from 'react-admin';

/** What the signed-in user may do on these screens; the API checks the same rules again. */
export interface StaffAbilities {
  /** Create, edit, lock, reset, import accounts (admins everywhere, unit admins in their subtree). */
  manageAccounts: boolean;
  /** Only system administrators grant the Administrator role and change the unit tree. */
  isAdmin: boolean;
  /** Verify an officer's record: supervisors in their subtree and admins. */
  verifyRecords: boolean;
}

/** The auth provider's permissions are the user's roles; anything else means no rights. */
export function abilitiesOf(permissions: unknown): StaffAbilities {
  const roles: readonly unknown[] = Array.isArray(permissions) ? permissions : [];
  const has = (role: Role) => roles.includes(role);
  return {
    manageAccounts: has('admin') || has('unit_admin'),
    isAdmin: has('admin'),
    verifyRecords: has('admin') || has('supervisor'),
  };
}

export function useStaffAbilities(): StaffAbilities & { isPending: boolean } {
  const { permissions, isPending } = usePermissions();
  return { ...abilitiesOf(permissions), isPending };
}
