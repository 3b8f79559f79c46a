import type { HttpError } from 'react-admin';
import type { CampaignItem } from '../campaigns/campaignApi';
import type { ListTotal } from '../common/listTotal';
import { apiFetch } from '../providers/http';

import type { ComplianceStatus } from '@motcua/domain';
export type { ComplianceStatus };

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
  /** From the caller's own unit (the province for admins) down to `unit`. */
  trail: { id: number; name: string; path: string }[];
  totals: StatusCounts;
  children: (StatusCounts & { unitId: number; code: string; name: string; hasChildren: boolean })[];
  direct: StatusCounts;
  missingItems: { item: CampaignItem; count: number }[];
  series: { date: string; completed: number; ideal: number }[];
}

/** A row of GET /api/compliance/officers. */
export interface ComplianceOfficer {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  phone: string | null;
  unitId: number;
  unitName: string;
  completedAt: string | null;
  status: ComplianceStatus;
  missing: CampaignItem[];
  /** The latest reminder sent for this campaign, as the server recorded it. */
  remindedAt: string | null;
  /** False once today's manual reminders for this officer are used up. */
  remindable: boolean;
}

export interface ReminderResult {
  sent: number;
  skipped: number;
}

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
};

export async function fetchSummary(
  campaignId: number,
  unitId: number | undefined,
  signal?: AbortSignal,
): Promise<ComplianceSummary> {
  const { json } = await apiFetch<ComplianceSummary>(`/api/compliance/summary?${query({ campaignId, unitId })}`, {
    signal,
  });
  return json;
}

export interface OfficersQuery {
  campaignId: number;
  unitId?: number;
  status: ComplianceStatus;
  q?: string;
  page: number;
  perPage: number;
}

export async function fetchOfficers(
  params: OfficersQuery,
  signal?: AbortSignal,
): Promise<{ data: ComplianceOfficer[] } & ListTotal> {
  const { json } = await apiFetch<{ data: ComplianceOfficer[] } & ListTotal>(
    `/api/compliance/officers?${query({ ...params, sort: 'fullName', order: 'ASC' })}`,
    { signal },
  );
  return json;
}

/** Reminds the chosen officers, or every incomplete officer of a unit (sub-units included). */
export async function sendReminders(body: {
  campaignId: number;
  officerIds?: number[];
  unitId?: number;
}): Promise<ReminderResult> {
  const { json } = await apiFetch<ReminderResult>('/api/reminders', { method: 'POST', body: JSON.stringify(body) });
  return json;
}

export const exportUrl = (campaignId: number, unitId: number) =>
  `/api/compliance/export?${query({ campaignId, unitId })}`;

/** The province itself has a one-id path ('/1/'): its crumb reads "Toàn tỉnh". */
export const isProvince = (unit: { path: string }) => unit.path.split('/').filter(Boolean).length === 1;

/** Past the deadline instant, the API counts the not-done as overdue (incomplete before it). */
export const isPastDeadline = (campaign: { deadline: string }, now = Date.now()) => now > Date.parse(campaign.deadline);

/** 403 means "not for your role": a friendly page rather than an error. */
export const isForbidden = (error: unknown) => (error as HttpError | null)?.status === 403;

/** Retry network hiccups and server errors, never a refusal. */
export const retryUnlessRefused = (failures: number, error: Error) => {
  const status = (error as HttpError | null)?.status ?? 0;
  return failures < 2 && (status === 0 || status >= 500);
};
