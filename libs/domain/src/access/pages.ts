import type { Locale } from '../core/locale';
import type { Role } from './roles';

export interface AppPage {
  path: string;
  roles: readonly Role[];
  labels: Record<Locale, string>;
}

const EVERYONE: readonly Role[] = ['officer', 'supervisor', 'unit_admin', 'admin'];
const MANAGERS: readonly Role[] = ['supervisor', 'unit_admin', 'admin'];

/** The pages an officer may pick as "Trang mặc định", and who can open each. */
export const APP_PAGES: readonly AppPage[] = [
  { path: '/profile', roles: EVERYONE, labels: { vi: 'Thông tin cá nhân', en: 'My profile' } },
  { path: '/', roles: MANAGERS, labels: { vi: 'Tổng quan', en: 'Dashboard' } },
  { path: '/officers', roles: MANAGERS, labels: { vi: 'Cán bộ', en: 'Officers' } },
  { path: '/units', roles: ['unit_admin', 'admin'], labels: { vi: 'Đơn vị', en: 'Units' } },
  { path: '/login-history', roles: EVERYONE, labels: { vi: 'Nhật ký đăng nhập', en: 'Login history' } },
];

export const pagesForRoles = (roles: readonly Role[]): AppPage[] =>
  APP_PAGES.filter((page) => page.roles.some((role) => roles.includes(role)));

export const canOpenPage = (roles: readonly Role[], path: string): boolean =>
  pagesForRoles(roles).some((page) => page.path === path);
