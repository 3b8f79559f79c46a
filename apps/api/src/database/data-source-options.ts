import fs from 'node:fs';
import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/database.config';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { QueryCountingLogger } from './query-counter';

/** The one place that turns our database config into TypeORM options, for the app, the CLI and the tests. */
export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const logging: Pick<DataSourceOptions, 'logging' | 'logger'> = config.countQueries
    ? { logging: ['query'], logger: new QueryCountingLogger() }
    : { logging: false };
  const common = {
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    migrationsRun: false,
    synchronize: false,
    ...logging,
  };
  if (config.engine === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.url,
      schema: config.schema,
      extra: {
        max: 20,
        connectionTimeoutMillis: 5000,
        ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
      },
    };
  }
  fs.mkdirSync(path.dirname(config.file), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: config.file,
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      db.pragma('synchronous = NORMAL');
      // Refreshes the planner's statistics where they are missing or stale (SQLite's advice for every new connection),
      // so list queries keep choosing index-order walks as a database grows from the demo to a province. No
      // analysis_limit: its sampled statistics saw 1,001 rows per campaign where there were 100,000 (and no stat4
      // histogram), which turned the overdue list from an index walk (0.4 ms) into a sort of every open row (60 ms).
      // A full ANALYZE of 100,000 officers takes about 80 ms.
      db.pragma('optimize = 0x10002');
    },
  };
}
