import type { Locale } from '../core/locale';

/** Staff roles; an account can hold several. */
export const ROLES = ['officer', 'supervisor', 'unit_admin', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Locale, Record<Role, string>> = {
  vi: { officer: 'Cán bộ', supervisor: 'Lãnh đạo đơn vị', unit_admin: 'Quản trị đơn vị', admin: 'Quản trị hệ thống' },
  en: { officer: 'Officer', supervisor: 'Supervisor', unit_admin: 'Unit administrator', admin: 'Administrator' },
};

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
