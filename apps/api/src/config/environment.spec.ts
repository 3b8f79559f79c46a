import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { validateEnvironment } from './environment';

describe('configuration', () => {
  it('fills defaults for the embedded database', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', SEED_DEMO: true });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names the offending variable in one Vietnamese line', () => {
    expect(() => validateEnvironment({ PORT: 'abc' })).toThrow(
      /^Cấu hình không hợp lệ \(PORT\): PORT phải là số nguyên/,
    );
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(/\(DATABASE_URL\)/);
    expect(() => validateEnvironment({ SEED_DEMO: 'maybe' })).toThrow(/\(SEED_DEMO\)/);
  });

  const main = path.resolve(__dirname, '../../../../dist/apps/api/main.js');
  // The api:test target depends on api:build, so the compiled server is there.
  it('stops the built server with exit 1 and no stack trace on a bad value', () => {
    const result = spawnSync(process.execPath, [main], {
      env: { ...process.env, PORT: 'not-a-port' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'Cấu hình không hợp lệ (PORT): PORT phải là số nguyên từ 0 đến 65535',
    ]);
  });
});
