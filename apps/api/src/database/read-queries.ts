import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { availableParallelism } from 'node:os';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import type { Piscina } from 'piscina';
import { threadPool } from '../common/threads/thread-pool';
import type { ReaderRows, ReadWorkerData, RowsTask } from './read-worker';

/** Prepared statements each reader keeps (the lists and reports run a few dozen distinct statements). */
const STATEMENTS_KEPT = 500;

/** Objects as better-sqlite3 makes them (a later column of the same name wins); BLOBs cross threads as Uint8Array. */
function rowObjects<T>({ columns, values }: ReaderRows): T[] {
  const rows: T[] = new Array(columns.length ? values.length / columns.length : 0);
  for (let r = 0, v = 0; r < rows.length; r++) {
    const row: Record<string, unknown> = {};
    for (const column of columns) {
      const value = values[v++];
      row[column] = value instanceof Uint8Array ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : value;
    }
    rows[r] = row as T;
  }
  return rows;
}

type SlicedRow = Record<string, unknown> & { slice_count: string; slice_ordinal: string | null };

/**
 * `sql`'s row count and rows (offset, end] of it in one statement, so PostgreSQL sends only the page, not the thousand
 * rows a capped count walks. The count comes on every row, and on a row of its own (with no ordinal) when the page is
 * empty; `row_number() OVER ()` numbers rows in the order `sql` gives them.
 */
const postgresSlice = (
  sql: string,
  parameterCount: number,
) => `WITH walk AS MATERIALIZED (SELECT listed.*, row_number() OVER () AS slice_ordinal FROM (${sql}) listed)
SELECT counted.slice_count, page.* FROM (SELECT count(*) AS slice_count FROM walk) counted
LEFT JOIN walk page ON page.slice_ordinal > $${parameterCount + 1} AND page.slice_ordinal <= $${parameterCount + 2}
ORDER BY page.slice_ordinal`;

const READ_ONLY = /^\s*(SELECT|WITH)\b/i;

/** The same contract on both engines (SQLite's readers could not write anyway: their connections are query_only). */
function assertReadOnly(sql: string): void {
  if (!READ_ONLY.test(sql)) throw new Error(`ReadQueries runs read-only statements, not: ${sql.slice(0, 80)}`);
}

/** What runs a read statement: ReadQueries outside a transaction, `readerOf(manager)` inside one. */
export interface SqlReader {
  readonly dataSource: DataSource;
  /** `sql` in the engine's own placeholders (see `placeholders`), as for `DataSource.query`. */
  query<T = Record<string, unknown>>(sql: string, parameters?: unknown[]): Promise<T[]>;
}

/** A transaction's reads, which must see its own uncommitted writes. */
export const readerOf = (manager: EntityManager): SqlReader => ({
  dataSource: manager.connection,
  query: (sql, parameters) => manager.query(sql, parameters),
});

/**
 * Read-only statements outside any transaction: the lists' index walks, the reports' aggregates, the exports.
 * On PostgreSQL they go to the connection pool as any query does. On SQLite, better-sqlite3 runs a statement on the
 * calling thread, so a 300 ms province summary would stop every other request (health checks, logins, saves) for
 * 300 ms; here they run on reader threads with connections of their own (WAL lets readers run beside the writer and
 * see every committed write), one per spare core, and the event loop keeps serving meanwhile.
 * Statements inside a transaction must use that transaction's manager instead, to see its uncommitted writes.
 */
@Injectable()
export class ReadQueries implements SqlReader, OnApplicationBootstrap, OnModuleDestroy {
  private readers?: Piscina;
  private statisticsVersion = 0;

  constructor(@InjectDataSource() readonly dataSource: DataSource) {}

  async query<T = Record<string, unknown>>(sql: string, parameters: unknown[] = []): Promise<T[]> {
    assertReadOnly(sql);
    if (!this.onSqlite()) return this.dataSource.query(sql, parameters);
    return rowObjects<T>(await this.onReader(sql, parameters, 0, null));
  }

  /** How many rows `sql` gives, and rows [offset, offset + limit) of them (a list's page and its capped count). */
  async querySlice<T = Record<string, unknown>>(
    sql: string,
    parameters: unknown[],
    offset: number,
    limit: number,
  ): Promise<{ count: number; rows: T[] }> {
    assertReadOnly(sql);
    if (!this.onSqlite()) {
      const [first, ...more]: SlicedRow[] = await this.dataSource.query(postgresSlice(sql, parameters.length), [
        ...parameters,
        offset,
        offset + limit,
      ]);
      const rows = (first.slice_ordinal === null ? more : [first, ...more]).map(
        ({ slice_count: _count, slice_ordinal: _ordinal, ...row }) => row as T,
      );
      return { count: Number(first.slice_count), rows };
    }
    const sent = await this.onReader(sql, parameters, offset, limit);
    return { count: sent.count, rows: rowObjects<T>(sent) };
  }

  /**
   * After a bulk change (a campaign's status rows written at activation, an import): fresh planner statistics for the
   * tables it changed, on the main connection and then on every reader, so list queries keep their index-order plans
   * straight away. PostgreSQL's autovacuum would get there within minutes; SQLite never does within a long-lived
   * connection (its `PRAGMA optimize` skips a table that merely doubled, which left the second campaign's rows planned
   * as if they were the first's). A full ANALYZE of the tables an import touches takes about 250 ms at 100,000 officers.
   */
  async refreshStatistics(tables: readonly string[]): Promise<void> {
    for (const table of tables) await this.dataSource.query(`ANALYZE ${table}`);
    // Each reader reopens its connection before its next statement.
    this.statisticsVersion++;
  }

  /** The readers start with the application, so the first list does not wait for them. */
  onApplicationBootstrap(): void {
    if (this.onSqlite()) this.pool();
  }

  async onModuleDestroy(): Promise<void> {
    await this.readers?.destroy();
  }

  private async onReader(
    sql: string,
    parameters: unknown[],
    offset: number,
    limit: number | null,
  ): Promise<ReaderRows> {
    this.dataSource.logger.logQuery(sql, parameters);
    try {
      const task: RowsTask = { sql, parameters, offset, limit, statisticsVersion: this.statisticsVersion };
      return (await this.pool().run(task, { name: 'rows' })) as ReaderRows;
    } catch (error) {
      throw new QueryFailedError(sql, parameters, error as Error);
    }
  }

  private onSqlite(): boolean {
    return this.dataSource.options.type === 'better-sqlite3';
  }

  // Started once TypeORM has created the file and switched it to WAL.
  private pool(): Piscina {
    const workerData: ReadWorkerData = {
      file: String(this.dataSource.options.database),
      statementsKept: STATEMENTS_KEPT,
    };
    this.readers ??= threadPool('database/read-worker', {
      size: availableParallelism() - 1,
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: 64 },
    });
    return this.readers;
  }
}
