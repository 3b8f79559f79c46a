import { ConfigType } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { appConfig } from '../config/app.config';
import { runMigrations } from '../database/migrate';
import { DemoSeeder } from '../seed/demo-seeder';
import { configureApp } from './configure-app';

/** Builds a fully configured application with its schema migrated and, on an empty database, the demo data. */
export async function createApplication(): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  configureApp(app);
  await runMigrations(app.get(DataSource));
  if (app.get<ConfigType<typeof appConfig>>(appConfig.KEY).seedDemo) await app.get(DemoSeeder).seedIfEmpty();
  return app;
}
