import type { ComplianceStatus, Gender, ProfileField, RuleError } from '@motcua/domain';
import type { CampaignItem } from '../campaigns/campaign';
import type { Instant } from '../wire';

/** An officer's standing against one rule set (a campaign, or the configured default when campaignId is null). */
export interface Completeness {
  campaignId: number | null;
  name: string;
  /** ISO instant. */
  deadline: string;
  /** Whole days in Việt Nam time, negative once the deadline has passed. */
  daysLeft: number;
  status: ComplianceStatus;
  completedAt: string | null;
  /** Everything this rule set requires, so the checklist can show done items too. */
  requiredItems: CampaignItem[];
  missing: CampaignItem[];
  invalid: { field: ProfileField; errors: RuleError[] }[];
}

/** Someone who acted on a record, by name (the id alone means nothing to the reader). */
export interface ActorRef {
  id: number;
  fullName: string;
}

/** GET /api/me/profile, and an officer's record as a supervisor reads it (GET /api/officers/:id/profile). */
export interface Profile<T extends Instant = string> {
  id: number;
  username: string;
  unitId: number;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  address: string | null;
  email: string | null;
  avatarUrl: string | null;
  citizenId: string | null;
  phone: string | null;
  receiptAccount: string | null;
  receiptPasswordSet: boolean;
  defaultPage: string | null;
  confirmedAt: T | null;
  verifiedAt: T | null;
  verifiedBy: number | null;
  /** What a supervisor vouched for (the identity fields), who and when; null while unverified. */
  verification: { at: T; by: ActorRef | null; fields: readonly ProfileField[] } | null;
  /** A supervisor's "Yêu cầu bổ sung", until the officer confirms the record again. */
  sendBack: { at: T; by: ActorRef | null; reason: string } | null;
  version: number;
  updatedAt: T;
  completeness: Completeness[];
}

/**
 * The body of PATCH /api/me/profile: the version read and the fields changed. The receipt password is write-only
 * and '' clears it; gender is any text on the wire and checked against GENDERS by the API.
 */
export interface UpdateProfileRequest {
  version: number;
  fullName?: string;
  gender?: string | null;
  birthDate?: string | null;
  address?: string | null;
  email?: string | null;
  citizenId?: string | null;
  phone?: string | null;
  receiptAccount?: string | null;
  receiptPassword?: string;
  defaultPage?: string | null;
}
