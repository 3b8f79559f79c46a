import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DatabaseConfig } from '../config/database.config';

/** Which engine this run of the API suite targets (tools/scripts/test-api.js runs it once per engine). */
export const testEngine = (): 'sqlite' | 'postgres' =>
  process.env.TEST_DB_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

export interface TestDatabase {
  config: DatabaseConfig;
  dataDir: string;
  drop(): Promise<void>;
}

/** A database owned by one test file: a fresh SQLite file, or a fresh PostgreSQL schema dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-test-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (testEngine() === 'sqlite') {
    return {
      config: { engine: 'sqlite', file: path.join(dataDir, 'motcua.sqlite') },
      dataDir,
      drop: async () => removeDir(),
    };
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DB_ENGINE=postgres needs TEST_DATABASE_URL');
  const schema = `test_${randomBytes(6).toString('hex')}`;
  await withClient(url, (client) => client.query(`CREATE SCHEMA ${schema}`));
  return {
    config: { engine: 'postgres', url, schema },
    dataDir,
    drop: async () => {
      await withClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
      removeDir();
    },
  };
}

async function withClient<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
