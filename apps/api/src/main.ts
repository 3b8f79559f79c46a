import 'reflect-metadata';
import { ConfigType } from '@nestjs/config';
import { InvalidEnvironmentError, validateEnvironment } from './config/environment';
import { appConfig } from './config/app.config';
import { createApplication } from './bootstrap/start';

async function main() {
  try {
    validateEnvironment(process.env);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  const { app, initialAdmin } = await createApplication();
  const config = app.get<ConfigType<typeof appConfig>>(appConfig.KEY);
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  process.stdout.write(
    [
      '',
      `  Một Cửa Officer Console đang chạy tại ${url}`,
      `  API: ${url}/api   ·   Tài liệu API: ${url}/api/docs`,
      config.seedDemo ? '  Tài khoản mẫu (mật khẩu MotCua@2026): admin, supervisor, officer, unitadmin' : '',
      initialAdmin?.activationCode
        ? `  Tài khoản quản trị "${initialAdmin.username}" chờ kích hoạt. Mã kích hoạt (chỉ hiển thị một lần, hết hạn sau 7 ngày): ${initialAdmin.activationCode}\n  Kích hoạt tại ${url}/activate`
        : '',
      '',
    ].join('\n') + '\n',
  );
}

void main();
