import { isProfileFieldProvided, PROFILE_FIELDS, type RuleError } from '@motcua/domain';
import type { Completeness, CompletenessItem, CompletenessStatus, Profile } from './profileApi';

export type Tone = 'default' | 'warning' | 'error';

/** One colour per completeness status, wherever a chip shows it (profile card, officer list and page). */
export const STATUS_COLORS: Record<CompletenessStatus, 'success' | 'warning' | 'error' | 'default'> = {
  complete: 'success',
  complete_late: 'warning',
  incomplete: 'default',
  overdue: 'error',
};

/** How long is left, as an i18n key with its count; red only when the deadline passed on an unfinished record. */
export interface DeadlineWording {
  key: string;
  count?: number;
  tone: Tone;
}

const isComplete = (status: CompletenessStatus) => status === 'complete' || status === 'complete_late';

/** Days of warning before the deadline during which the wording turns amber. */
const SOON_DAYS = 3;

export function deadlineWording(daysLeft: number, status: CompletenessStatus): DeadlineWording {
  if (daysLeft < 0) {
    return isComplete(status)
      ? { key: 'profile.completeness.closed', tone: 'default' }
      : { key: 'profile.completeness.overdue', count: -daysLeft, tone: 'error' };
  }
  // The deadline's hour may already have passed today.
  if (status === 'overdue') return { key: 'profile.completeness.closed', tone: 'error' };
  if (daysLeft === 0)
    return { key: 'profile.completeness.due_today', tone: isComplete(status) ? 'default' : 'warning' };
  return {
    key: 'profile.completeness.days_left',
    count: daysLeft,
    tone: !isComplete(status) && daysLeft <= SOON_DAYS ? 'warning' : 'default',
  };
}

export type ChecklistState = 'done' | 'missing' | 'invalid';

export interface ChecklistRow {
  item: CompletenessItem;
  state: ChecklistState;
  errors: RuleError[];
}

const EXTRA_ITEMS: readonly CompletenessItem[] = ['confirmed', 'verified'];

function itemDone(profile: Profile, item: CompletenessItem): boolean {
  if (item === 'confirmed') return Boolean(profile.confirmedAt);
  if (item === 'verified') return Boolean(profile.verifiedAt);
  return isProfileFieldProvided({ ...profile, hasAvatar: Boolean(profile.avatarUrl) }, item);
}

/**
 * The checklist of one completeness entry. The API reports what is missing and invalid but not the full list of
 * required items, so unless it sends `requiredItems` the list is: every missing or invalid item, and every field
 * the officer has filled in (a blank field that is not missing is not required).
 */
export function checklistOf(entry: Completeness, profile: Profile): ChecklistRow[] {
  const invalid = new Map(entry.invalid.map((i) => [i.field as CompletenessItem, i.errors]));
  const listed = new Set<CompletenessItem>(entry.requiredItems ?? [...entry.missing, ...invalid.keys()]);
  if (!entry.requiredItems) {
    for (const field of PROFILE_FIELDS) if (itemDone(profile, field)) listed.add(field);
  }
  const order: readonly CompletenessItem[] = [...PROFILE_FIELDS, ...EXTRA_ITEMS];
  return order
    .filter((item) => listed.has(item))
    .map((item) => {
      if (entry.missing.includes(item)) return { item, state: 'missing' as const, errors: [] };
      const errors = invalid.get(item);
      return errors ? { item, state: 'invalid' as const, errors } : { item, state: 'done' as const, errors: [] };
    });
}

/** Whether anything the officer can fill in is still missing or invalid (confirmation and verification are not). */
export function hasOpenItems(profile: Profile): boolean {
  return profile.completeness.some(
    (entry) => entry.invalid.length > 0 || entry.missing.some((item) => !EXTRA_ITEMS.includes(item)),
  );
}
