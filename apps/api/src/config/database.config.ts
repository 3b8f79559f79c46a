import { registerAs } from '@nestjs/config';
import path from 'node:path';
import { validateEnvironment } from './environment';

export type DatabaseConfig = (
  { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string; schema?: string }
) & { countQueries?: boolean; queryLogFile?: string };

/** DATABASE_URL picks PostgreSQL; otherwise the embedded SQLite file in DATA_DIR. */
export function databaseConfigFrom(env: { DATABASE_URL?: string; DATA_DIR: string }): DatabaseConfig {
  if (env.DATABASE_URL) return { engine: 'postgres', url: env.DATABASE_URL };
  return { engine: 'sqlite', file: path.resolve(env.DATA_DIR, 'motcua.sqlite') };
}

export const databaseConfig = registerAs('database', (): DatabaseConfig => {
  const env = validateEnvironment(process.env);
  return { ...databaseConfigFrom(env), countQueries: env.QUERY_COUNT_HEADER, queryLogFile: env.QUERY_LOG_FILE };
});
