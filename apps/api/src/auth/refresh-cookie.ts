import type { Request, Response } from 'express';
import type { IssuedSession } from './sessions.service';

export const REFRESH_COOKIE = 'motcua_refresh';
const PATH = '/api/auth';

/** The refresh token lives only in an HttpOnly, SameSite=Strict cookie scoped to the auth routes. */
export function setRefreshCookie(req: Request, res: Response, session: IssuedSession): void {
  res.cookie(REFRESH_COOKIE, session.refreshToken, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: PATH,
    expires: session.refreshExpiresAt,
  });
}

export function clearRefreshCookie(req: Request, res: Response): void {
  res.clearCookie(REFRESH_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: PATH });
}

export const refreshTokenOf = (req: Request): string | undefined => {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' && value.length <= 128 ? value : undefined;
};
