import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { InvalidEnvironmentError, validateEnvironment } from './config/environment';
import { runMigrations } from './database/migrate';
import { DemoSeeder } from './seed/demo-seeder';

const USAGE = 'Cách dùng: node dist/apps/api/cli.js <migrate|revert|seed>';

/** Operator commands: `npm run db:migrate`, `npm run db:revert`, `npm run seed`. */
async function main(command: string | undefined) {
  try {
    validateEnvironment(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (!command || !['migrate', 'revert', 'seed'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  const dataSource = app.get(DataSource);
  try {
    if (command === 'migrate') {
      const applied = await runMigrations(dataSource);
      process.stdout.write(applied.length ? `Đã áp dụng: ${applied.join(', ')}\n` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.\n');
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('Đã hoàn tác migration gần nhất.\n');
    } else {
      await runMigrations(dataSource);
      const seeded = await app.get(DemoSeeder).seedIfEmpty();
      process.stdout.write(seeded ? 'Đã tạo dữ liệu mẫu.\n' : 'Cơ sở dữ liệu đã có dữ liệu, bỏ qua.\n');
    }
  } finally {
    await app.close();
  }
}

void main(process.argv[2]);
