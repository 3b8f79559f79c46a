import Database from 'better-sqlite3';
import { Client, Pool } from 'pg';

/** Just enough database access for loading data and timing raw SQL, on either engine. */
export interface BenchDb {
  engine: 'sqlite' | 'postgres';
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  insertMany(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  /** A statement exactly as the API's driver ran it (SQLite `?`, PostgreSQL `$n`). */
  raw(sql: string, params: unknown[]): Promise<unknown>;
  /** Plans from the statistics the API's ANALYZE wrote: a SQLite connection keeps those it read until told. */
  reloadStatistics(): Promise<void>;
  /**
   * What the database's own maintenance does within a minute of a bulk write: fresh planner statistics, and on
   * PostgreSQL the visibility map (VACUUM), without which every index-only scan still reads the table. Autovacuum
   * would do it in production; it is off on some machines (here among them), so the benchmark does it itself.
   */
  settleAfterBulkWrite(): Promise<void>;
  close(): Promise<void>;
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** better-sqlite3 binds numbers, strings and null: booleans become 0/1 as TypeORM stores them. */
const sqliteValue = (value: unknown) =>
  typeof value === 'boolean'
    ? Number(value)
    : value instanceof Date
      ? value.toISOString().replace('T', ' ').replace('Z', '')
      : value;

export function sqliteDb(file: string): BenchDb {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  return {
    engine: 'sqlite',
    all: async <T>(sql: string, params: unknown[] = []) => db.prepare(sql).all(...(params as never[])) as T[],
    run: async (sql, params = []) => void db.prepare(sql).run(...(params.map(sqliteValue) as never[])),
    insertMany: async (table, columns, rows) => {
      const statement = db.prepare(
        `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      db.transaction((all: unknown[][]) => all.forEach((row) => statement.run(...(row.map(sqliteValue) as never[]))))(
        rows,
      );
    },
    raw: async (sql, params) => {
      const statement = db.prepare(sql);
      return statement.reader ? statement.all(...(params as never[])) : statement.run(...(params as never[]));
    },
    reloadStatistics: async () => void db.exec('ANALYZE sqlite_schema'),
    settleAfterBulkWrite: async () => void db.exec('ANALYZE'),
    close: async () => void db.close(),
  };
}

export function postgresDb(url: string): BenchDb {
  const pool = new Pool({ connectionString: url, max: 4 });
  return {
    engine: 'postgres',
    all: async <T>(sql: string, params: unknown[] = []) => (await pool.query(numbered(sql), params)).rows as T[],
    run: async (sql, params = []) => void (await pool.query(numbered(sql), params)),
    insertMany: async (table, columns, rows) => {
      const perStatement = Math.max(1, Math.floor(60_000 / columns.length));
      for (let i = 0; i < rows.length; i += perStatement) {
        const part = rows.slice(i, i + perStatement);
        const values = part
          .map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
          .join(', ');
        await pool.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, part.flat());
      }
    },
    raw: async (sql, params) => (await pool.query(sql, params)).rows,
    reloadStatistics: async () => undefined,
    settleAfterBulkWrite: async () => void (await pool.query('VACUUM ANALYZE')),
    close: () => pool.end(),
  };
}

/** A throwaway PostgreSQL database for one benchmark run, dropped afterwards. */
export async function withScratchDatabase(baseUrl: string, name: string) {
  const admin = new Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
