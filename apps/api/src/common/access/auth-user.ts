import type { Role } from '@motcua/domain';

/** Who is calling, as every guard and service sees it; loaded from the database on each request. */
export interface AuthUser {
  id: number;
  username: string;
  fullName: string;
  roles: Role[];
  unitId: number;
  unitPath: string;
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  /** Where the SPA lands after login ("Trang mặc định"). */
  defaultPage: string | null;
  /** An admin who must enrol a second factor before doing anything else. */
  twoFactorSetupRequired: boolean;
}

/** What the SPA receives about the signed-in user. */
export const publicUser = (user: AuthUser) => ({
  id: user.id,
  username: user.username,
  fullName: user.fullName,
  roles: user.roles,
  unitId: user.unitId,
  mustChangePassword: user.mustChangePassword,
  twoFactorEnabled: user.twoFactorEnabled,
  twoFactorSetupRequired: user.twoFactorSetupRequired,
  defaultPage: user.defaultPage,
});

export const hasRole = (user: AuthUser, ...roles: Role[]) => roles.some((role) => user.roles.includes(role));
