import { registerAs } from '@nestjs/config';
import { createSecretKey, type KeyObject } from 'node:crypto';
import path from 'node:path';
import { loadOrCreateSecret } from './secret-file';
import { InvalidEnvironmentError, validateEnvironment } from './environment';

/** Token lifetimes, lockout policy and the JWT signing secret. */
export const authConfig = registerAs('auth', () => {
  const env = validateEnvironment(process.env);
  const sharedDatabase = Boolean(env.DATABASE_URL);
  if (!env.JWT_SECRET && sharedDatabase && env.NODE_ENV === 'production') {
    // Several instances share PostgreSQL: each must verify the others' tokens, so the secret cannot be per-machine.
    throw new InvalidEnvironmentError(
      'Cấu hình không hợp lệ (JWT_SECRET): bắt buộc khi dùng DATABASE_URL ở môi trường production',
    );
  }
  const jwtSecret = env.JWT_SECRET ?? loadOrCreateSecret(path.resolve(env.DATA_DIR, 'jwt.secret'));
  return {
    /**
     * The signing secret as a KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a PEM
     * key on every sign and verify, which was about a sixth of an authenticated request's CPU.
     */
    jwtKey: createSecretKey(Buffer.from(jwtSecret)) as KeyObject,
    accessTokenSeconds: env.ACCESS_TOKEN_MINUTES * 60,
    refreshTokenDays: env.REFRESH_TOKEN_DAYS,
    maxFailedLogins: env.LOCKOUT_THRESHOLD,
    /** Failures from all sources together before the account itself is locked: the ceiling on a distributed guess. */
    maxAccountFailedLogins: env.LOCKOUT_ACCOUNT_THRESHOLD,
    lockoutMinutes: env.LOCKOUT_MINUTES,
    loginRateLimit: env.LOGIN_RATE_LIMIT,
    activationDays: 7,
    requireAdminTwoFactor: env.REQUIRE_ADMIN_2FA ?? env.NODE_ENV === 'production',
  };
});

export type AuthConfig = ReturnType<typeof authConfig>;
