import type { ModuleMetadata } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { configureApp } from '../bootstrap/configure-app';
import { databaseConfig } from '../config/database.config';
import { runMigrations } from '../database/migrate';
import { DemoSeeder } from '../seed/demo-seeder';
import { createTestDatabase, TestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

export interface TestAppOptions {
  seed?: boolean;
  env?: Record<string, string>;
  /** Extra controllers/providers mounted for a test only (e.g. a route that throws). */
  extra?: Pick<ModuleMetadata, 'controllers' | 'providers'>;
  /** Share another app's database, to run two instances side by side. */
  database?: TestDatabase;
}

/** The real application, configured as in production, on a database this test file owns. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  // The demo's ~300 generated officers and its running campaigns only where a test asks for them: most tests reason
  // about the named accounts and the campaigns they create.
  const env = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: database.dataDir,
    WEB_DIST_DIR: '/nonexistent',
    DEMO_OFFICERS: '0',
    DEMO_CAMPAIGNS: 'false',
    SCHEDULER_ENABLED: 'false',
    ...options.env,
  };
  const previousEnv = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule],
    controllers: options.extra?.controllers,
    providers: options.extra?.providers,
  })
    .overrideProvider(databaseConfig.KEY)
    .useValue(database.config)
    .compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, bufferLogs: true });
  configureApp(app);
  await app.init();
  const dataSource = app.get(DataSource);
  await runMigrations(dataSource);
  if (options.seed) await app.get(DemoSeeder).seedIfEmpty();
  return {
    app,
    http: () => request(app.getHttpServer()),
    dataSource,
    database,
    close: async () => {
      await app.close();
      for (const [key, value] of Object.entries(previousEnv)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      if (!options.database) await database.drop();
    },
  };
}

export const DEMO_PASSWORD = 'MotCua@2026';

/** Signs a seeded demo account in and returns its bearer header. */
export async function bearer(
  t: TestApp,
  username: string,
  password = DEMO_PASSWORD,
): Promise<{ Authorization: string }> {
  const res = await t.http().post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { Authorization: `Bearer ${res.body.accessToken}` };
}

/** supertest parser that keeps a binary body (xlsx, images) as a Buffer. */
export const binaryBody = (res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

/** exceljs' typings predate Node 20's generic Buffer. */
export const asExcelInput = (body: unknown) => body as ArrayBuffer;
