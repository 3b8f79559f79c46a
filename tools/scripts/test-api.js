// Runs the API suite on SQLite, then again on PostgreSQL when TEST_DATABASE_URL is set (CI sets it).
const { spawnSync } = require('node:child_process');

const engines = ['sqlite', ...(process.env.TEST_DATABASE_URL ? ['postgres'] : [])];
for (const engine of engines) {
  process.stdout.write(`\n=== API tests on ${engine} ===\n`);
  const result = spawnSync('npx', ['jest', '-c', 'apps/api/jest.config.js', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TEST_DB_ENGINE: engine },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (engines.length === 1) process.stdout.write('\nTEST_DATABASE_URL is not set: PostgreSQL run skipped.\n');
