import { officerNameSortKey, officerSearchText } from '@motcua/domain';
import type { EntityManager, ObjectLiteral } from 'typeorm';
import { updateVersioned } from '../common/versioned-update';
import { insertRows } from '../database/insert-rows';
import { Officer } from './officer.entity';

/**
 * The one owner of the columns an officer row derives from its other columns (search text, name sort key). Inserts
 * through TypeORM get them from OfficerDerivedColumnsSubscriber; updates of a name or contact go through
 * `updateOfficer`, which knows the rest of the row; bulk inserts through `insertOfficers`. The subscriber refuses
 * any other update that would leave them stale.
 */
export const DERIVED_FROM = ['fullName', 'username', 'email', 'phone', 'citizenId'] as const;

export type DerivedColumns = Pick<Officer, 'nameSortKey' | 'searchText'>;
export type DerivedFrom = Pick<Officer, 'fullName' | 'username'> &
  Partial<Pick<Officer, 'email' | 'phone' | 'citizenId'>>;

export const derivedColumnsOf = (officer: DerivedFrom): DerivedColumns => ({
  nameSortKey: officerNameSortKey(officer.fullName),
  searchText: officerSearchText(officer),
});

/** Whether a write sets a column the derived ones are computed from. */
export const touchesDerivedColumns = (values: ObjectLiteral): boolean =>
  DERIVED_FROM.some((column) => values[column] !== undefined);

export type OfficerChanges = Partial<Omit<Officer, 'roles' | 'roleRows' | 'unit' | keyof DerivedColumns>>;

export interface OfficerUpdateOptions {
  /** The row as the caller already read it (this transaction), so it is not read again. */
  stored?: DerivedFrom;
  /** Optimistic locking (see updateVersioned): only if the row still has the version the client read. */
  versioned?: { version: number; current: () => Promise<unknown> };
}

/** Changes one officer's row; a new name or contact rewrites the derived columns from the row as it will be. */
export async function updateOfficer(
  manager: EntityManager,
  id: number,
  changes: OfficerChanges,
  options: OfficerUpdateOptions = {},
): Promise<void> {
  const set: Partial<Officer> = { ...changes };
  if (touchesDerivedColumns(changes)) {
    const stored =
      options.stored ??
      (await manager.findOneOrFail(Officer, {
        where: { id },
        select: { id: true, fullName: true, username: true, email: true, phone: true, citizenId: true },
      }));
    Object.assign(set, derivedColumnsOf({ ...stored, ...definedOnly(changes) } as DerivedFrom));
  }
  if (options.versioned)
    await updateVersioned(manager, Officer, id, options.versioned.version, set, options.versioned.current);
  else await manager.update(Officer, id, set);
}

export type NewOfficerRow = DerivedFrom & Partial<Omit<OfficerChanges, keyof DerivedFrom>>;

/**
 * New officers in bulk as multi-row INSERTs (see insertRows), with their derived columns; every row names the same
 * columns. With `returning`, those columns of the inserted rows.
 */
export async function insertOfficers<R extends Record<string, unknown>>(
  manager: EntityManager,
  rows: readonly NewOfficerRow[],
  returning: readonly (keyof Officer & string)[] = [],
): Promise<R[]> {
  if (!rows.length) return [];
  const withDerived = rows.map((row) => ({ ...row, ...derivedColumnsOf(row) }));
  const properties = Object.keys(withDerived[0]) as (keyof (typeof withDerived)[0])[];
  const metadata = manager.connection.getMetadata(Officer);
  const columnOf = (property: string) => metadata.findColumnWithPropertyName(property)!.databaseName;
  return insertRows<R>(
    manager,
    metadata.tableName,
    properties.map((p) => columnOf(p)),
    withDerived.map((row) => properties.map((p) => row[p] ?? null)),
    { returning: returning.map(columnOf) },
  );
}

const definedOnly = <T extends object>(values: T): Partial<T> =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
