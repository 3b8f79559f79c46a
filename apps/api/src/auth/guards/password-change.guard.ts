import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../../common/errors/api-error';
import type { AuthUser } from '../../common/access/auth-user';
import { ALLOW_PENDING_PASSWORD_CHANGE } from '../../common/access/decorators';

/** Until a forced password change is done, only change-password, logout and the caller's identity answer. */
@Injectable()
export class PasswordChangeGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (!user?.mustChangePassword) return true;
    if (
      this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_PASSWORD_CHANGE, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      return true;
    throw ApiError.forbidden('PASSWORD_CHANGE_REQUIRED', 'Bạn cần đổi mật khẩu trước khi tiếp tục sử dụng hệ thống.');
  }
}
