import { PROFILE_FIELDS, type Locale, type ProfileField } from '@motcua/domain';
import type { Instant } from '../wire';

/** What a campaign can require: any profile field, the officer's own confirmation, a supervisor's verification. */
export type CampaignItem = ProfileField | 'confirmed' | 'verified';
export const CAMPAIGN_ITEMS: readonly CampaignItem[] = [...PROFILE_FIELDS, 'confirmed', 'verified'];

export const CAMPAIGN_STATUSES = ['draft', 'active', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_STATUS_LABELS: Record<Locale, Record<CampaignStatus, string>> = {
  vi: { draft: 'Nháp', active: 'Đang diễn ra', closed: 'Đã kết thúc' },
  en: { draft: 'Draft', active: 'In progress', closed: 'Closed' },
};

/** A unit the campaign applies to; `includeSubtree` extends it to every unit below. */
export interface CampaignTarget {
  unitId: number;
  includeSubtree: boolean;
  campaignId?: number;
}

/** A row of GET /api/campaigns and the answer of every campaign action. */
export interface Campaign<T extends Instant = string> {
  id: number;
  name: string;
  description: string;
  startsAt: T;
  deadlineAt: T;
  requiredItems: CampaignItem[];
  status: CampaignStatus;
  ownerUnitId: number;
  targets?: CampaignTarget[];
  version: number;
  createdAt?: T;
}

/** The body of POST /api/campaigns. Instants are ISO 8601; one without a zone is Vietnam time. */
export interface CreateCampaignRequest {
  name: string;
  description?: string;
  startsAt: string;
  deadlineAt: string;
  requiredItems: CampaignItem[];
  targets: { unitId: number; includeSubtree?: boolean }[];
}

/** The body of PATCH /api/campaigns/:id. */
export type UpdateCampaignRequest = Partial<CreateCampaignRequest> & { version: number };

/** POST /api/campaigns/preview: how many officers these targets reach. */
export interface PreviewTargetsRequest {
  targets: { unitId: number; includeSubtree?: boolean }[];
}
export interface PreviewTargetsResponse {
  officers: number;
}
