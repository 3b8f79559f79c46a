import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { testEngine } from '../../src/testing/test-database';

/**
 * A whole database owned by one test for a built server it spawns: a fresh DATA_DIR with its SQLite file, or (when
 * TEST_DB_ENGINE=postgres) a fresh PostgreSQL database created next to TEST_DATABASE_URL's and dropped afterwards.
 */
export interface ServerDatabase {
  engine: 'sqlite' | 'postgres';
  /** What the server needs to run on it. */
  env: Record<string, string>;
  /** The SQLite file, or the PostgreSQL database's name. */
  location: string;
  /** One statement on that database from outside the API, `?` placeholders; a fresh connection each time. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

const toPostgresPlaceholders = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** A statement on the PostgreSQL database TEST_DATABASE_URL names (the shared `test` database), for admin work. */
export function adminQuery<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  return queryUrl<T>(adminUrl(), sql, params);
}

function adminUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL');
  return url;
}

async function queryUrl<T>(url: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: url });
  // A backend terminated under an idle client must not take the test process down.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(toPostgresPlaceholders(sql), params)).rows as T[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createServerDatabase(prefix: string): Promise<ServerDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `motcua-${prefix}-`));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (testEngine() === 'sqlite') {
    const file = path.join(dataDir, 'motcua.sqlite');
    return {
      engine: 'sqlite',
      env: { DATA_DIR: dataDir, DATABASE_URL: '' },
      location: file,
      query: async <T>(sql: string, params: unknown[] = []) => {
        const db = new Database(file, { fileMustExist: true });
        try {
          const statement = db.prepare(sql);
          return (statement.reader ? statement.all(...params) : (statement.run(...params), [])) as T[];
        } finally {
          db.close();
        }
      },
      drop: async () => removeDir(),
    };
  }
  const name = `motcua_${prefix.replace(/\W/g, '_')}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    // Production refuses DATABASE_URL without a JWT secret shared by all instances.
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString(), JWT_SECRET: randomBytes(32).toString('hex') },
    location: name,
    query: <T>(sql: string, params: unknown[] = []) => queryUrl<T>(url.toString(), sql, params),
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      removeDir();
    },
  };
}
