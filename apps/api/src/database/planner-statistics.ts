import type { DataSource } from 'typeorm';

/**
 * After a bulk change (a campaign's status rows written at activation, an import): fresh planner statistics for the
 * tables it changed, so list queries keep their index-order plans straight away. PostgreSQL's autovacuum would get
 * there within minutes; SQLite never does within a long-lived connection. `PRAGMA optimize` analyses only the tables
 * whose size changed a lot, with the sampling limit set at connection open.
 */
export async function refreshPlannerStatistics(dataSource: DataSource, tables: readonly string[]): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.query('PRAGMA optimize');
    return;
  }
  for (const table of tables) await dataSource.query(`ANALYZE ${table}`);
}
