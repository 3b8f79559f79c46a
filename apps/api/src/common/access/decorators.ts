import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@motcua/domain';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'auth:public';
export const ROLES = 'auth:roles';
export const ALLOW_PENDING_PASSWORD_CHANGE = 'auth:allowPendingPasswordChange';
export const ALLOW_PENDING_TWO_FACTOR_SETUP = 'auth:allowPendingTwoFactorSetup';

/** Reachable without a token (login, refresh, activation, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only callers holding one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Still reachable while the caller must change their password (change-password, logout, own identity). */
export const AllowPendingPasswordChange = () => SetMetadata(ALLOW_PENDING_PASSWORD_CHANGE, true);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => context.switchToHttp().getRequest().user,
);

/** Still reachable while an admin has not enrolled the second factor yet (enrolment itself, identity, logout). */
export const AllowPendingTwoFactorSetup = () => SetMetadata(ALLOW_PENDING_TWO_FACTOR_SETUP, true);
