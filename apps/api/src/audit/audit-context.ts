import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { AuthUser } from '../common/access/auth-user';
import { clientIpOf } from '../common/client-ip';

/** Who did it, from where, in which request: attached to every audit entry. */
export interface AuditContext {
  actorId: number | null;
  ip: string | null;
  requestId: string | null;
}

export const auditContextOf = (req: Request & { id?: unknown; user?: AuthUser }): AuditContext => ({
  actorId: req.user?.id ?? null,
  ip: clientIpOf(req),
  requestId: typeof req.id === 'string' ? req.id.slice(0, 64) : null,
});

export const Audit = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  auditContextOf(context.switchToHttp().getRequest()),
);
