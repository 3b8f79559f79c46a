import type { AuthProvider } from 'react-admin';

/**
 * Placeholder until accounts exist: every page leads to the login page, and signing in explains that
 * accounts are not available yet. The real provider (tokens, refresh, roles) replaces this file with the
 * authentication feature.
 */
export const authProvider: AuthProvider = {
  login: async () => {
    throw new Error('Chức năng đăng nhập chưa được kích hoạt trên máy chủ này.');
  },
  logout: async () => undefined,
  checkAuth: async () => {
    throw new Error('ra.auth.auth_check_error');
  },
  checkError: async () => undefined,
  getPermissions: async () => [],
};
