import 'reflect-metadata';
import { ConfigType } from '@nestjs/config';
import path from 'node:path';
import { Environment, InvalidEnvironmentError, validateEnvironment } from './config/environment';
import { appConfig } from './config/app.config';
import { printAfterLogs, startupBanner } from './bootstrap/banner';
import { keepDataDirPrivate } from './bootstrap/private-data-dir';
import { createApplication } from './bootstrap/start';

async function main() {
  let env: Environment;
  try {
    env = validateEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  keepDataDirPrivate(path.resolve(env.DATA_DIR));
  const { app, initialAdmin } = await createApplication();
  const config = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  await app.listen(config.port);
  printAfterLogs(startupBanner({ url: `http://localhost:${config.port}`, seedDemo: config.seedDemo, initialAdmin }));
}

void main();
