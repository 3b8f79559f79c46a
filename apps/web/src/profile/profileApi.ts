import type {
  ActorRef,
  CampaignItem,
  Completeness,
  ComplianceStatus,
  Gender,
  Profile,
  Role,
  UpdateProfileRequest,
} from '@motcua/contracts';
import { HttpError } from 'react-admin';
import { apiFetch, type ApiErrorBody } from '../providers/http';

/** A campaign may also ask for the officer's confirmation and a supervisor's verification. */
export type CompletenessItem = CampaignItem;
export type CompletenessStatus = ComplianceStatus;
export type { ActorRef, Completeness, Profile };

/** The writable fields of PATCH /api/me/profile; the receipt password is write-only and '' clears it. */
export type ProfilePatch = Omit<UpdateProfileRequest, 'version' | 'gender'> & { gender?: Gender | null };

export interface CurrentUser {
  id: number;
  username: string;
  roles: Role[];
}

export const getProfile = async () => (await apiFetch<Profile>('/api/me/profile')).json;

export const updateProfile = async (version: number, patch: ProfilePatch) =>
  (await apiFetch<Profile>('/api/me/profile', { method: 'PATCH', body: JSON.stringify({ version, ...patch }) })).json;

export const confirmProfile = async () => (await apiFetch<Profile>('/api/me/profile/confirm', { method: 'POST' })).json;

export const uploadAvatar = async (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return (await apiFetch<{ avatarUrl: string }>('/api/me/avatar', { method: 'PUT', body: form })).json;
};

export const removeAvatar = async () => {
  await apiFetch<null>('/api/me/avatar', { method: 'DELETE' });
};

export const getCurrentUser = async () => (await apiFetch<CurrentUser>('/api/auth/me')).json;

/** What the page needs to know about a failed call, read from apiFetch's HttpError. */
export interface ApiFailure {
  status: number;
  code: string | undefined;
  /** The server's (Vietnamese) message, or an i18n key such as app.errors.network. */
  message: string;
  fieldErrors: Record<string, string>;
  /** On 409 VERSION_CONFLICT: the record as it is now on the server. */
  current?: Profile;
}

export function apiFailureOf(error: unknown): ApiFailure {
  if (error instanceof HttpError) {
    const body = (error.body ?? {}) as { errors?: Record<string, string>; api?: ApiErrorBody | null };
    const api = body.api ?? undefined;
    return {
      status: error.status,
      code: api?.code,
      message: api?.message ?? error.message,
      fieldErrors: body.errors ?? {},
      current: api?.current as Profile | undefined,
    };
  }
  return {
    status: 0,
    code: undefined,
    message: error instanceof Error ? error.message : String(error),
    fieldErrors: {},
  };
}
