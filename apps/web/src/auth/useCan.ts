import { usePermissions } from 'react-admin';
import { canRolesAccess, type AccessCheck } from './access';

/**
 * The permission model for a screen's own controls, answered at once from the roles react-admin already holds
 * (one cached getPermissions) rather than one canAccess query per control and record: the same answers as
 * authProvider.canAccess, which react-admin's routes, menu and buttons ask. Nothing is allowed while pending.
 */
export function useCan(): { can: (check: AccessCheck) => boolean; isPending: boolean } {
  const { permissions, isPending } = usePermissions();
  const roles: readonly string[] = Array.isArray(permissions) ? permissions : [];
  return { can: ({ action, resource }) => canRolesAccess(roles, action, resource), isPending };
}
