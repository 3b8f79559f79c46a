import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError } from '../../common/errors/api-error';
import type { Role } from '../../accounts/roles';
import { hasRole, type AuthUser } from '../../common/access/auth-user';
import { ROLES } from '../../common/access/decorators';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!required?.length) return true;
    const user: AuthUser | undefined = context.switchToHttp().getRequest().user;
    if (user && hasRole(user, ...required)) return true;
    throw ApiError.forbidden('ROLE_REQUIRED', 'Bạn không có quyền thực hiện thao tác này.');
  }
}
