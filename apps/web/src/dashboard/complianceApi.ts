import type { HttpError } from 'react-admin';
import type {
  ComplianceOfficer,
  ComplianceStatus,
  ComplianceSummary,
  ListPage,
  ReminderResult,
  SendRemindersRequest,
} from '@motcua/contracts';
import { apiFetch } from '../providers/http';

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

export async function fetchOfficers(params: OfficersQuery, signal?: AbortSignal): Promise<ListPage<ComplianceOfficer>> {
  const { json } = await apiFetch<ListPage<ComplianceOfficer>>(
    `/api/compliance/officers?${query({ ...params, sort: 'fullName', order: 'ASC' })}`,
    { signal },
  );
  return json;
}

/** Reminds the chosen officers, or every incomplete officer of a unit (sub-units included). */
export async function sendReminders(body: SendRemindersRequest): Promise<ReminderResult> {
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
