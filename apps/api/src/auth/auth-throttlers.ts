import { createHash } from 'node:crypto';

/** Sign-in, activation, the OTP step, password changes and 2FA: one LOGIN_RATE_LIMIT bucket per client. */
export const AUTH_THROTTLER = 'default';
/** Refresh, logout and "who am I", which a working session calls often: their own, higher bucket. */
export const SESSION_THROTTLER = 'refresh';

/** @SkipThrottle arguments: count a route in the auth bucket only, or in the session bucket only. */
export const AUTH_ONLY = { [SESSION_THROTTLER]: true };
export const SESSION_ONLY = { [AUTH_THROTTLER]: true, [SESSION_THROTTLER]: false };

/** One counter per throttler and client, whatever the route (the library's default key is per route). */
export const throttleKey = (_context: unknown, tracker: string, throttlerName: string): string =>
  createHash('sha256').update(`${throttlerName}-${tracker}`).digest('hex');
