import { AUDIT_SECRET_CHANGED } from '@motcua/contracts';
import type { AuditValue, FieldChange } from './audit-entry.entity';

/** What the audit trail shows instead of a secret's value. */
export const SECRET_CHANGED = AUDIT_SECRET_CHANGED;

const comparable = (value: unknown): AuditValue =>
  value instanceof Date ? value.toISOString() : ((value ?? null) as AuditValue);

/**
 * The fields whose value differs between two states. Secret fields appear only as "đã thay đổi", never with a
 * value, so the trail can be shown and exported safely.
 */
export function fieldDiff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  secretFields: readonly string[] = [],
): FieldChange[] {
  return Object.keys(after).flatMap((field) => {
    const from = comparable(before[field]);
    const to = comparable(after[field]);
    if (JSON.stringify(from) === JSON.stringify(to)) return [];
    return secretFields.includes(field)
      ? [{ field, before: null, after: SECRET_CHANGED }]
      : [{ field, before: from, after: to }];
  });
}
