import type { Locale } from '../core/locale';

/**
 * An officer's standing against a rule set (a campaign, or the configured default): the one status every list,
 * page, dashboard and export shows, worded once here.
 */
export const COMPLIANCE_STATUSES = ['complete', 'complete_late', 'incomplete', 'overdue'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const COMPLIANCE_STATUS_LABELS: Record<Locale, Record<ComplianceStatus, string>> = {
  vi: { complete: 'Hoàn thành', complete_late: 'Hoàn thành muộn', incomplete: 'Chưa hoàn thành', overdue: 'Quá hạn' },
  en: { complete: 'Complete', complete_late: 'Completed late', incomplete: 'Not complete', overdue: 'Overdue' },
};

/** The four statuses from the first moment the record was complete (null while it is not) and the deadline. */
export function complianceStatus(completedAt: Date | null, deadline: Date, now: Date = new Date()): ComplianceStatus {
  if (completedAt) return completedAt.getTime() <= deadline.getTime() ? 'complete' : 'complete_late';
  return now.getTime() > deadline.getTime() ? 'overdue' : 'incomplete';
}

const SEVERITY: Record<ComplianceStatus, number> = { complete: 0, complete_late: 1, incomplete: 2, overdue: 3 };

/** Whether the status counts as done (on time or late). */
export const isCompleted = (status: ComplianceStatus): boolean => status === 'complete' || status === 'complete_late';

/**
 * The status that stands for an officer several rule sets target at once: the one that needs attention most
 * (the earliest in `statuses` on a tie, so callers pass them by deadline).
 */
export function mostPressing<T extends { status: ComplianceStatus }>(entries: readonly T[]): T | undefined {
  return entries.reduce<T | undefined>(
    (worst, entry) => (!worst || SEVERITY[entry.status] > SEVERITY[worst.status] ? entry : worst),
    undefined,
  );
}
