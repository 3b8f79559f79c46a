import type { DataSource } from 'typeorm';

/**
 * After a bulk change (a campaign's status rows written at activation, an import): fresh planner statistics for the
 * tables it changed, so list queries keep their index-order plans straight away. PostgreSQL's autovacuum would get
 * there within minutes; SQLite never does within a long-lived connection (its `PRAGMA optimize` skips a table that
 * merely doubled, which left the second campaign's rows planned as if they were the first's). A full ANALYZE of the
 * tables an import touches takes about 250 ms at 100,000 officers.
 */
export async function refreshPlannerStatistics(dataSource: DataSource, tables: readonly string[]): Promise<void> {
  for (const table of tables) await dataSource.query(`ANALYZE ${table}`);
}
