import path from 'node:path';
import { threadPool, workerFile } from './thread-pool';

const BUILT = path.resolve(__dirname, '../../../../../dist/apps/api');

describe('thread pools run their worker modules compiled', () => {
  it('runs a worker from the build when the sources run under jest, and says so when the build is missing', () => {
    expect(workerFile('auth/hash-worker')).toBe(path.join(BUILT, 'auth/hash-worker.js'));
    expect(() => workerFile('auth/no-such-worker')).toThrow(/npx nx run api:build/);
  });

  it('fails what is still queued when destroyed, as the application shuts down', async () => {
    const pool = threadPool('auth/hash-worker', { size: 1 });
    const params = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
    const settling = Promise.allSettled(
      Array.from({ length: 4 }, (_, i) => pool.run([`p-${i}`, params], { name: 'hash' })),
    );
    await pool.destroy();
    const settled = await settling;
    expect(settled.filter((s) => s.status === 'rejected').length).toBeGreaterThanOrEqual(3);
  });
});
