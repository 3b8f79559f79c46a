import type { AuthProvider } from 'react-admin';
import { canRolesAccess } from './access';

/** Test-only: signed in with these roles, answering permissions and canAccess as the real auth provider does. */
export const authProviderForRoles = (roles: readonly string[]): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => roles,
  canAccess: async ({ action, resource }) => canRolesAccess(roles, action, resource),
});
