import type { ComplianceStatus, Gender, Role } from '@motcua/domain';
import type { AccountAction, AccountStatus } from '../accounts/account-status';
import type { Instant } from '../wire';

/** An officer's standing in a row: the one status lists, the record and exports show, and what keeps it open. */
export interface RowCompleteness {
  status: ComplianceStatus;
  missing: string[];
}

/** A row of GET /api/officers and the answer of every account action. */
export interface Officer<T extends Instant = string> {
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
  confirmedAt: T | null;
  verifiedAt: T | null;
  /** Who verified the record, by name. */
  verifiedByName: string | null;
  /** Set while a supervisor's "Yêu cầu bổ sung" stands. */
  returnedAt: T | null;
  lockedUntil: T | null;
  twoFactorEnabled: boolean;
  completeness: RowCompleteness;
  version: number;
  updatedAt: T;
}

/** The body of POST /api/officers. */
export interface CreateOfficerRequest {
  username: string;
  fullName: string;
  unitId: number;
  roles: Role[];
  email?: string;
  phone?: string;
}

/** The body of PATCH /api/officers/:id; null or '' clears email and phone. */
export interface UpdateOfficerRequest {
  version: number;
  fullName?: string;
  unitId?: number;
  roles?: Role[];
  email?: string | null;
  phone?: string | null;
}

/** The body of POST /api/officers/:id/reset. */
export interface ResetOfficerRequest {
  resetTwoFactor?: boolean;
}

export const BULK_ACTIONS = ['lock', 'unlock', 'move'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The body of POST /api/officers/bulk; `unitId` is where `move` takes them. */
export interface BulkOfficersRequest {
  action: BulkAction;
  ids: number[];
  unitId?: number;
}

/** The answer of POST /api/officers/bulk. */
export interface BulkResult {
  updated: number;
}

/** What the API answers when it issues an activation code: shown once, never stored by the browser. */
export interface IssuedActivation<T extends Instant = string> {
  officer: Officer<T>;
  activationCode: string;
}

export type { AccountAction };
