import type { EntityManager } from 'typeorm';
import { sqlTimestamp } from './sql-values';

/** Well under both engines' bound-parameter limits (SQLite 32,766; PostgreSQL 65,535). */
const PARAMETERS_PER_STATEMENT = 30_000;

/**
 * Multi-row INSERTs with positional parameters, chunked under the engines' parameter limits, for bulk writes
 * (imports, their audit entries and campaign status rows) and for single rows that nothing reads back (login events,
 * refresh tokens). TypeORM's insert builder names and rescans every parameter, which cost more than the database
 * spent writing the rows, and its `insert` SELECTs the generated columns afterwards. Values are bound, never spliced;
 * table and column names come from code. Dates become each engine's timestamp form. `onConflict` is appended as
 * written (an upsert); with `returning`, the inserted rows' columns come back (order not guaranteed: match them by a
 * unique column).
 */
export async function insertRows<R extends Record<string, unknown> = Record<string, unknown>>(
  manager: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly unknown[][],
  options: { onConflict?: string; returning?: readonly string[] } = {},
): Promise<R[]> {
  const returning = options.returning ?? [];
  const postgres = manager.connection.options.type === 'postgres';
  const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length));
  const returned: R[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement);
    let n = 0;
    const tuples = part.map(() => `(${columns.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`).join(', ');
    const parameters = part
      .flat()
      .map((value) => (value instanceof Date ? sqlTimestamp(manager.connection, value) : value));
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples}${options.onConflict ? ` ${options.onConflict}` : ''}${returning.length ? ` RETURNING ${returning.join(', ')}` : ''}`;
    const result: unknown = await manager.query(sql, parameters);
    if (returning.length) returned.push(...(result as R[]));
  }
  return returned;
}
