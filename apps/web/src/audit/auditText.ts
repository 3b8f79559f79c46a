import { auditValueText, type Locale } from '@motcua/contracts';
import type { AuditChange, AuditEntry } from './auditApi';

/** "Nguyễn Thị Hoa (hoa.nt)", or the name alone. */
export const personText = (
  person: { name: string; username?: string } | { fullName: string; username: string } | null,
): string | null => {
  if (!person) return null;
  const name = 'fullName' in person ? person.fullName : person.name;
  return person.username ? `${name} (${person.username})` : name;
};

/** Whose record: the name, or "#id" once the record is gone. */
export const targetText = (entry: AuditEntry): string => personText(entry.target) ?? `#${entry.targetId}`;

/** One side of a change as a person reads it (unit names as the API gives them); '' for "nothing". */
export const sideText = (change: AuditChange, side: 'before' | 'after', locale: Locale): string =>
  (side === 'before' ? change.beforeName : change.afterName) ?? auditValueText(change.field, change[side], locale);
