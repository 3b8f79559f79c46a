import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { keepDataDirPrivate } from './bootstrap/private-data-dir';
import { Environment, InvalidEnvironmentError, validateEnvironment } from './config/environment';
import { runMigrations } from './database/migrate';
import { DemoSeeder } from './seed/demo-seeder';
import { EncryptionService } from './crypto/encryption.service';
import { rotateEncryptionKey } from './crypto/key-rotation';
import fs from 'node:fs';
import path from 'node:path';

const USAGE = 'Cách dùng: node dist/apps/api/cli.js <migrate|revert|seed|rotate-key>';

/** Operator commands: `npm run db:migrate`, `npm run db:revert`, `npm run seed`. */
async function main(command: string | undefined) {
  let env: Environment;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (!command || !['migrate', 'revert', 'seed', 'rotate-key'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  keepDataDirPrivate(path.resolve(env.DATA_DIR));
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  const dataSource = app.get(DataSource);
  try {
    if (command === 'migrate') {
      const applied = await runMigrations(dataSource);
      process.stdout.write(
        applied.length ? `Đã áp dụng: ${applied.join(', ')}\n` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.\n',
      );
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('Đã hoàn tác migration gần nhất.\n');
    } else if (command === 'rotate-key') {
      await rotateKey(app.get(EncryptionService), dataSource);
    } else {
      await runMigrations(dataSource);
      const seeded = await app.get(DemoSeeder).seedIfEmpty();
      process.stdout.write(seeded ? 'Đã tạo dữ liệu mẫu.\n' : 'Cơ sở dữ liệu đã có dữ liệu, bỏ qua.\n');
    }
  } finally {
    await app.close();
  }
}

/**
 * NEW_APP_ENCRYPTION_KEY=<base64 32 bytes> npm run rotate-key: re-encrypts every stored secret. Embedded setups
 * get the new key written to DATA_DIR/encryption.key; deployments then set APP_ENCRYPTION_KEY to the new key.
 */
async function rotateKey(encryption: EncryptionService, dataSource: DataSource) {
  const newKey = process.env.NEW_APP_ENCRYPTION_KEY;
  if (!newKey) {
    process.stderr.write('Thiếu NEW_APP_ENCRYPTION_KEY (tạo bằng: openssl rand -base64 32).\n');
    process.exit(2);
  }
  const count = await rotateEncryptionKey(dataSource, encryption, newKey);
  if (!process.env.APP_ENCRYPTION_KEY) {
    const file = path.resolve(validateEnvironment(process.env).DATA_DIR, 'encryption.key');
    fs.writeFileSync(file, `${newKey}\n`, { mode: 0o600 });
    process.stdout.write(`Đã mã hóa lại ${count} giá trị và ghi khóa mới vào ${file}.\n`);
  } else {
    process.stdout.write(
      `Đã mã hóa lại ${count} giá trị. Hãy đặt APP_ENCRYPTION_KEY bằng khóa mới trước khi khởi động lại.\n`,
    );
  }
}

void main(process.argv[2]);
