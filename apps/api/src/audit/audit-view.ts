import type { EntityManager } from 'typeorm';
import { placeholders } from '../database/sql-values';
import type { AuditEntry, AuditValue, FieldChange } from './audit-entry.entity';

export interface AuditPerson {
  id: number;
  username: string;
  fullName: string;
}

/** A change as the list shows it; unit ids come with the unit's name, so nobody reads "12 → 15". */
export interface AuditChangeView extends FieldChange {
  beforeName?: string;
  afterName?: string;
}

export interface AuditEntryView {
  id: number;
  createdAt: Date;
  action: string;
  targetType: AuditEntry['targetType'];
  targetId: number;
  /** Whose record it is: the officer, unit or campaign by name (null once that record is gone). */
  target: { name: string; username?: string } | null;
  /** Who did it (null for the system, or an account since deleted). */
  actor: AuditPerson | null;
  changes: AuditChangeView[];
  /** Only on the administrators' views. */
  ip?: string | null;
}

const UNIT_FIELDS = new Set(['unitId', 'parentId']);

const idsOf = (values: Iterable<AuditValue | undefined>) => [
  ...new Set([...values].filter((v): v is number => typeof v === 'number' && Number.isInteger(v))),
];

async function byId<T>(
  manager: EntityManager,
  sql: string,
  ids: number[],
  shape: (row: Record<string, unknown>) => T,
): Promise<Map<number, T>> {
  if (!ids.length) return new Map();
  const rows: Record<string, unknown>[] = await manager.query(
    placeholders(manager.connection, `${sql} WHERE id IN (${ids.map(() => '?').join(',')})`),
    ids,
  );
  return new Map(rows.map((row) => [Number(row.id), shape(row)]));
}

/**
 * Names every person, unit and campaign a page of entries mentions, with one query per table (the page is at
 * most a hundred entries; an export batch a thousand).
 */
export async function describeEntries(
  manager: EntityManager,
  entries: AuditEntry[],
  options: { withNetwork: boolean },
): Promise<AuditEntryView[]> {
  const targets = (type: AuditEntry['targetType']) =>
    entries.filter((e) => e.targetType === type).map((e) => e.targetId);
  const unitValues = entries.flatMap((e) =>
    e.changes.filter((c) => UNIT_FIELDS.has(c.field)).flatMap((c) => [c.before, c.after]),
  );
  const [people, units, campaigns] = await Promise.all([
    byId(
      manager,
      'SELECT id, username, full_name FROM officers',
      idsOf([...entries.map((e) => e.actorId ?? undefined), ...targets('officer')]),
      (row) => ({
        id: Number(row.id),
        username: String(row.username),
        fullName: String(row.full_name),
      }),
    ),
    byId(manager, 'SELECT id, name FROM units', idsOf([...targets('unit'), ...unitValues]), (row) => String(row.name)),
    byId(manager, 'SELECT id, name FROM campaigns', idsOf(targets('campaign')), (row) => String(row.name)),
  ]);
  const targetOf = (entry: AuditEntry): AuditEntryView['target'] => {
    if (entry.targetType === 'officer') {
      const person = people.get(entry.targetId);
      return person ? { name: person.fullName, username: person.username } : null;
    }
    const name = (entry.targetType === 'unit' ? units : campaigns).get(entry.targetId);
    return name === undefined ? null : { name };
  };
  const unitName = (value: AuditValue) => (typeof value === 'number' ? units.get(value) : undefined);
  return entries.map((entry) => ({
    id: entry.id,
    createdAt: entry.createdAt,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    target: targetOf(entry),
    actor: (entry.actorId !== null && people.get(entry.actorId)) || null,
    changes: entry.changes.map((change) => {
      if (!UNIT_FIELDS.has(change.field)) return change;
      const [beforeName, afterName] = [unitName(change.before), unitName(change.after)];
      return { ...change, ...(beforeName ? { beforeName } : {}), ...(afterName ? { afterName } : {}) };
    }),
    ...(options.withNetwork ? { ip: entry.ip } : {}),
  }));
}
