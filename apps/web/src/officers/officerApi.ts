import {
  actionsFromStatus,
  type AccountAction,
  type BulkAction,
  type BulkResult,
  type CreateOfficerRequest,
  type IssuedActivation,
  type Officer,
} from '@motcua/contracts';
import { apiFetch } from '../providers/http';
// An officer's record as a supervisor reads it is the same record the officer edits: one set of types.
import type {
  Completeness as CompletenessEntry,
  CompletenessItem,
  Profile as OfficerProfile,
} from '../profile/profileApi';

export type { CompletenessEntry, CompletenessItem, OfficerProfile };

const officerUrl = (id: number | string, action = '') =>
  `/api/officers/${encodeURIComponent(String(id))}${action ? `/${action}` : ''}`;

const post = async <T>(url: string, body?: unknown): Promise<T> =>
  (await apiFetch<T>(url, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) })).json;

export const createOfficer = (officer: CreateOfficerRequest) => post<IssuedActivation>('/api/officers', officer);

export const changeAccountStatus = (id: number, action: AccountAction) => post<Officer>(officerUrl(id, action), {});

export const resetAccount = (id: number, resetTwoFactor: boolean) =>
  post<IssuedActivation>(officerUrl(id, 'reset'), { resetTwoFactor });

export const bulkUpdate = (action: BulkAction, ids: number[], unitId?: number) =>
  post<BulkResult>('/api/officers/bulk', unitId === undefined ? { action, ids } : { action, ids, unitId });

export const setVerified = (id: number, verified: boolean) =>
  post<OfficerProfile>(officerUrl(id, verified ? 'verify' : 'unverify'), {});

export const sendBack = (id: number, reason: string) => post<OfficerProfile>(officerUrl(id, 'send-back'), { reason });

export const getOfficerProfile = async (id: number | string, signal?: AbortSignal) =>
  (await apiFetch<OfficerProfile>(officerUrl(id, 'profile'), { signal })).json;

/**
 * The buttons an account offers: the contract's transitions from its status. An active account that failed attempts
 * locked for a while can be opened again at once (the API lifts the lock).
 */
export const actionsFor = (officer: Pick<Officer, 'status' | 'lockedUntil'>): readonly AccountAction[] =>
  officer.status === 'active' && officer.lockedUntil && new Date(officer.lockedUntil).getTime() > Date.now()
    ? ['unlock', ...actionsFromStatus('active')]
    : actionsFromStatus(officer.status);
