import type { ComplianceStatus } from '@motcua/domain';
import type { CampaignItem } from '../campaigns/campaign';
import type { Instant } from '../wire';

export {
  COMPLIANCE_STATUSES,
  COMPLIANCE_STATUS_LABELS,
  complianceStatus,
  isCompleted,
  mostPressing,
  type ComplianceStatus,
} from '@motcua/domain';

/** How many officers stand where, and the share done (on time or late). */
export interface StatusCounts {
  total: number;
  complete: number;
  completeLate: number;
  incomplete: number;
  overdue: number;
  percentComplete: number;
}

/** GET /api/compliance/summary. */
export interface ComplianceSummary {
  campaign: { id: number; name: string; startsAt: string; deadline: string; daysLeft: number; status: string };
  unit: { id: number; name: string; path: string };
  /** The units from the caller's own (the province for admins) down to this one: the breadcrumb of a shared link. */
  trail: { id: number; name: string; path: string }[];
  totals: StatusCounts;
  children: (StatusCounts & { unitId: number; code: string; name: string; hasChildren: boolean })[];
  direct: StatusCounts;
  missingItems: { item: CampaignItem; count: number }[];
  series: { date: string; completed: number; ideal: number }[];
}

/** The filters of GET /api/compliance/officers. */
export type ComplianceFilter = 'campaignId' | 'unitId' | 'status';

/** A row of GET /api/compliance/officers. */
export interface ComplianceOfficer<T extends Instant = string> {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  unitId: number;
  unitName: string;
  completedAt: T | null;
  status: ComplianceStatus;
  missing: CampaignItem[];
  /** The latest reminder this officer got for this campaign (manual or scheduled). */
  remindedAt: T | null;
  /** Whether a manual reminder may still go out today (MANUAL_REMINDERS_PER_DAY per Vietnamese day). */
  remindable: boolean;
}

/** The body of POST /api/reminders: the chosen officers, or every incomplete officer of a unit (sub-units included). */
export interface SendRemindersRequest {
  campaignId: number;
  officerIds?: number[];
  unitId?: number;
}

/** The answer of POST /api/reminders. */
export interface ReminderResult {
  sent: number;
  skipped: number;
}
