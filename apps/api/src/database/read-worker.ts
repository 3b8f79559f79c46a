import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';

/** A reader thread of ReadQueries (run from the build: see `threadPool`), with a query_only connection of its own. */
export interface ReadWorkerData {
  file: string;
  /** Prepared statements kept (the lists and reports run a few dozen distinct statements). */
  statementsKept: number;
}

export interface RowsTask {
  sql: string;
  parameters: unknown[];
  offset: number;
  limit: number | null;
  /** Bumped after a bulk change: a connection opened before it reads stale planner statistics. */
  statisticsVersion: number;
}

/** Rows as one flat array of values (structured-cloning 1,000 small objects costs more than the statement). */
export interface ReaderRows {
  count: number;
  columns: string[];
  values: unknown[];
}

interface Prepared {
  statement: Database.Statement;
  columns: string[];
}

const { file, statementsKept } = workerData as ReadWorkerData;

const open = () => {
  const connection = new Database(file, { fileMustExist: true });
  connection.pragma('busy_timeout = 5000');
  connection.pragma('query_only = ON');
  return connection;
};

// Opened at the first call, so a failure to open is that call's error rather than a crashed thread.
let connection: { db: Database.Database; statisticsVersion: number } | undefined;
const statements = new Map<string, Prepared>();

/** The connection, reopened when the planner statistics changed (this one is query_only, so it cannot ANALYZE). */
function database(statisticsVersion: number): Database.Database {
  if (connection?.statisticsVersion !== statisticsVersion) {
    statements.clear();
    connection?.db.close();
    connection = { db: open(), statisticsVersion };
  }
  return connection.db;
}

/** A statement in raw mode (rows as arrays) with its column names, prepared once. */
function prepared(db: Database.Database, sql: string): Prepared {
  let entry = statements.get(sql);
  if (!entry) {
    const statement = db.prepare(sql);
    if (!statement.reader) throw new Error(`not a read-only statement: ${sql.slice(0, 80)}`);
    statement.raw(true);
    if (statements.size >= statementsKept) statements.delete(statements.keys().next().value as string);
    entry = { statement, columns: statement.columns().map((column) => column.name) };
    statements.set(sql, entry);
  }
  return entry;
}

/** Rows [offset, offset + limit) of the statement's rows (all from `offset` when `limit` is null), with their count. */
export function rows({ sql, parameters, offset, limit, statisticsVersion }: RowsTask): ReaderRows {
  const { statement, columns } = prepared(database(statisticsVersion), sql);
  const all = statement.all(...parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as unknown[][];
  const sent = limit === null ? all.slice(offset) : all.slice(offset, offset + limit);
  const values: unknown[] = [];
  for (const row of sent) for (const value of row) values.push(value);
  return { count: all.length, columns, values };
}
