import { HttpError } from 'react-admin';
import type { ApiErrorBody } from '../providers/http';
import { formatVietnamDateTime } from '@motcua/contracts';

/** A message for the user: an i18n key with its arguments (the server's own words ride along as the fallback). */
export interface AuthMessage {
  key: string;
  args?: Record<string, string | number>;
}

export interface AuthFailure {
  status: number;
  code: string | undefined;
  message: AuthMessage;
  /** Every failed rule per field, as the API listed them (several per field for a weak password). */
  fieldErrors: Record<string, { code: string; message: string }[]>;
}

/** Codes whose meaning the console words itself, in the user's language. */
const KEYS: Record<string, string> = {
  INVALID_CREDENTIALS: 'app.auth.errors.invalid_credentials',
  ACCOUNT_LOCKED: 'app.auth.errors.locked',
  ACCOUNT_LOCKED_BY_ADMIN: 'app.auth.errors.locked',
  ACCOUNT_DISABLED: 'app.auth.errors.disabled',
  ACCOUNT_NOT_ACTIVATED: 'app.auth.errors.not_activated',
  OTP_INVALID: 'app.auth.errors.otp_invalid',
  SESSION_EXPIRED: 'app.auth.errors.session_expired',
  ACTIVATION_INVALID: 'app.auth.errors.activation_invalid',
  PASSWORD_CHANGE_REQUIRED: 'app.auth.errors.password_change_required',
  TWO_FACTOR_SETUP_REQUIRED: 'app.auth.errors.two_factor_setup_required',
};

const SECOND = 1000;

/** Reads an error thrown by apiFetch (or anything else) into what an authentication page shows. */
export function authFailureOf(error: unknown, now: number = Date.now()): AuthFailure {
  if (!(error instanceof HttpError)) {
    return {
      status: 0,
      code: undefined,
      message: { key: error instanceof Error ? error.message : 'ra.auth.sign_in_error' },
      fieldErrors: {},
    };
  }
  const body = (error.body ?? {}) as { api?: ApiErrorBody | null; retryAfterSeconds?: number };
  const api = body.api ?? undefined;
  const code = api?.code;
  const fieldErrors: AuthFailure['fieldErrors'] = {};
  for (const entry of api?.errors ?? [])
    (fieldErrors[entry.field] ??= []).push({ code: entry.code, message: entry.message });
  return { status: error.status, code, message: messageOf(error, api, body.retryAfterSeconds, now), fieldErrors };
}

function messageOf(
  error: HttpError,
  api: ApiErrorBody | undefined,
  retryAfterSeconds: number | undefined,
  now: number,
): AuthMessage {
  if (error.status === 0) return { key: 'app.errors.network' };
  if (error.status === 429 || api?.code === 'RATE_LIMITED') {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds ?? 60));
    return {
      key: 'app.auth.errors.rate_limited',
      args: { smart_count: seconds, time: formatVietnamDateTime(now + seconds * SECOND) },
    };
  }
  if (api?.code === 'ACCOUNT_LOCKED' && typeof api.lockedUntil === 'string') {
    return { key: 'app.auth.errors.locked_until', args: { time: formatVietnamDateTime(api.lockedUntil) } };
  }
  const key = api?.code ? KEYS[api.code] : undefined;
  // A code the console does not know yet: the server's own (Vietnamese) sentence.
  return key ? { key } : { key: api?.message ?? error.message };
}
