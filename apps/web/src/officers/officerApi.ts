import type { ComplianceStatus, Gender, Role } from '@motcua/domain';
import { apiFetch } from '../providers/http';
// An officer's record as a supervisor reads it is the same record the officer edits: one set of types.
import type {
  Completeness as CompletenessEntry,
  CompletenessItem,
  Profile as OfficerProfile,
} from '../profile/profileApi';

/** The account statuses of the API (apps/api accounts/roles.ts). */
export const ACCOUNT_STATUSES = ['pending_activation', 'active', 'locked', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** One status for a row, the officer page and the exports (libs/domain words it). */
export type CompletenessStatus = ComplianceStatus;

/** A row of GET /api/officers and the answer of every account action. */
export interface Officer {
  id: number;
  username: string;
  fullName: string;
  unitId: number;
  unitName: string;
  roles: Role[];
  status: AccountStatus;
  email: string | null;
  phone: string | null;
  citizenId: string | null;
  gender: Gender | null;
  birthDate: string | null;
  avatarUrl: string | null;
  confirmedAt: string | null;
  verifiedAt: string | null;
  /** Who verified the record. */
  verifiedByName?: string | null;
  /** Set while a supervisor's "Yêu cầu bổ sung" stands. */
  returnedAt?: string | null;
  lockedUntil: string | null;
  twoFactorEnabled: boolean;
  completeness: { status: CompletenessStatus; missing: string[] };
  version: number;
  updatedAt: string;
}

export type { CompletenessEntry, CompletenessItem, OfficerProfile };

/** What the API answers when it issues an activation code: shown once, never stored by the browser. */
export interface IssuedActivation {
  officer: Officer;
  activationCode: string;
}

export interface NewOfficer {
  username: string;
  fullName: string;
  unitId: number;
  roles: Role[];
  email?: string;
  phone?: string;
}

export type AccountAction = 'lock' | 'unlock' | 'disable' | 'enable';
export type BulkAction = 'lock' | 'unlock' | 'move';

const officerUrl = (id: number | string, action = '') =>
  `/api/officers/${encodeURIComponent(String(id))}${action ? `/${action}` : ''}`;

const post = async <T>(url: string, body?: unknown): Promise<T> =>
  (await apiFetch<T>(url, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) })).json;

export const createOfficer = (officer: NewOfficer) => post<IssuedActivation>('/api/officers', officer);

export const changeAccountStatus = (id: number, action: AccountAction) => post<Officer>(officerUrl(id, action), {});

export const resetAccount = (id: number, resetTwoFactor: boolean) =>
  post<IssuedActivation>(officerUrl(id, 'reset'), { resetTwoFactor });

export const bulkUpdate = (action: BulkAction, ids: number[], unitId?: number) =>
  post<{ updated: number }>('/api/officers/bulk', unitId === undefined ? { action, ids } : { action, ids, unitId });

export const setVerified = (id: number, verified: boolean) =>
  post<OfficerProfile>(officerUrl(id, verified ? 'verify' : 'unverify'), {});

export const sendBack = (id: number, reason: string) => post<OfficerProfile>(officerUrl(id, 'send-back'), { reason });

export const getOfficerProfile = async (id: number | string, signal?: AbortSignal) =>
  (await apiFetch<OfficerProfile>(officerUrl(id, 'profile'), { signal })).json;

/** An active account that failed attempts locked for a while can be opened again at once (the API lifts the lock). */
export const actionsFor = (officer: Pick<Officer, 'status' | 'lockedUntil'>): readonly AccountAction[] =>
  officer.status === 'active' && officer.lockedUntil && new Date(officer.lockedUntil).getTime() > Date.now()
    ? ['unlock', ...ACTIONS_FROM.active]
    : ACTIONS_FROM[officer.status];

/** Which status changes make sense from each status (the API's NEXT_STATUS rules, seen from the buttons). */
export const ACTIONS_FROM: Record<AccountStatus, readonly AccountAction[]> = {
  pending_activation: ['lock', 'disable'],
  active: ['lock', 'disable'],
  locked: ['unlock', 'disable'],
  disabled: ['enable'],
};
