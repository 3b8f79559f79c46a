import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../../common/errors/api-error';
import type { AuthUser } from '../../common/access/auth-user';
import { ALLOW_PENDING_TWO_FACTOR_SETUP } from '../../common/access/decorators';

/** Admins enrol a second factor at their first sign-in (REQUIRE_ADMIN_2FA); until then only enrolment answers. */
@Injectable()
export class TwoFactorSetupGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (!user?.twoFactorSetupRequired) return true;
    if (
      this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_TWO_FACTOR_SETUP, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      return true;
    throw ApiError.forbidden(
      'TWO_FACTOR_SETUP_REQUIRED',
      'Tài khoản quản trị cần thiết lập xác thực hai lớp trước khi tiếp tục.',
    );
  }
}
