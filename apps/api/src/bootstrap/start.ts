import { ConfigType } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { appConfig } from '../config/app.config';
import { runMigrations } from '../database/migrate';
import { DemoSeeder } from '../seed/demo-seeder';
import { InitialAdmin, InitialAdminSeeder } from '../seed/initial-admin';
import { configureApp } from './configure-app';

/** Builds a fully configured application with its schema migrated and, on an empty database, the demo data. */
export interface StartedApplication {
  app: NestExpressApplication;
  /** Set when this start created the production admin without a password: print its code once. */
  initialAdmin: InitialAdmin | null;
}

export async function createApplication(): Promise<StartedApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  configureApp(app);
  await runMigrations(app.get(DataSource));
  const seedDemo = app.get<ConfigType<typeof appConfig>>(appConfig.KEY).seedDemo;
  if (seedDemo) await app.get(DemoSeeder).seedIfEmpty();
  const initialAdmin = seedDemo ? null : await app.get(InitialAdminSeeder).createIfEmpty();
  return { app, initialAdmin };
}
