import type { Role } from '@motcua/domain';
import { apiFetch } from '../providers/http';

/** The signed-in account as the API describes it (GET /api/auth/me, and `user` in every session body). */
export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  roles: Role[];
  unitId: number;
  mustChangePassword: boolean;
  /** A path such as '/profile' chosen by the officer, or null for the dashboard. */
  defaultPage: string | null;
  twoFactorEnabled?: boolean;
  /** An admin who must enrol a second factor before anything else answers (API: TWO_FACTOR_SETUP_REQUIRED). */
  twoFactorSetupRequired?: boolean;
}

/** What login, otp, refresh, change-password and activate answer on success. */
export interface SessionBody {
  accessToken: string;
  /** Seconds. */
  expiresIn: number;
  user: SessionUser;
}

/** The password was right but the account has a second factor: POST /api/auth/otp with this token. */
export interface OtpChallenge {
  otpRequired: true;
  otpToken: string;
}

/** Every way of obtaining a session; each ends on the same landing logic in the auth provider. */
export type Credentials =
  | { method?: 'password'; username: string; password: string; nextPathname?: string }
  | { method: 'otp'; otpToken: string; code: string; nextPathname?: string }
  | { method: 'activate'; username: string; code: string; newPassword: string }
  | { method: 'change-password'; currentPassword: string; newPassword: string };

/** The result of authProvider.login when a second factor is still needed (react-admin stays on the page). */
export interface OtpRequired {
  redirectTo: false;
  otpRequired: true;
  otpToken: string;
}

export const LOGIN_OUTCOMES = [
  'success',
  'wrong_password',
  'unknown_user',
  'locked',
  'disabled',
  'otp_failed',
  'refresh_reuse',
  'not_activated',
] as const;
export type LoginOutcome = (typeof LOGIN_OUTCOMES)[number];

/** A row of GET /api/me/logins (and of GET /api/login-events, which adds the username). */
export interface LoginEvent {
  id: number;
  createdAt: string;
  ip: string | null;
  userAgent: string | null;
  outcome: LoginOutcome;
  username?: string;
}

export interface TwoFactorSetup {
  otpauthUri: string;
  secret: string;
}

export const setUpTwoFactor = async () =>
  (await apiFetch<TwoFactorSetup>('/api/me/2fa/setup', { method: 'POST' })).json;

export const enableTwoFactor = async (code: string) =>
  (
    await apiFetch<{ recoveryCodes: string[] }>('/api/me/2fa/enable', {
      method: 'POST',
      body: JSON.stringify({ code }),
    })
  ).json.recoveryCodes;

/** The API ends every session of the account afterwards, so the caller signs out. */
export const disableTwoFactor = async (password: string) => {
  await apiFetch<null>('/api/me/2fa/disable', { method: 'POST', body: JSON.stringify({ password }) });
};
