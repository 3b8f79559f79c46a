import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../src/testing/test-app';
import { BuiltServer, startBuiltServer } from './support/built-server';

/** Field 19 of /proc/<pid>/task/<tid>/stat: each thread's nice value. */
const threadNiceness = (pid: number) =>
  fs
    .readdirSync(`/proc/${pid}/task`)
    .map((tid) => Number(fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]));

// The production build runs its thread pools' worker modules from dist (no sources, no test runner to lean on).
describe('the built server on SQLite runs its hashing and reader threads from the compiled worker files', () => {
  let server: BuiltServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-threads-'));
    server = await startBuiltServer({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in (argon2id on low-priority threads) and lists officers (a reader thread)', async () => {
    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    if (process.platform === 'linux') expect(threadNiceness(server.pid)).toContain(10);

    const list = await fetch(`${server.baseUrl}/api/officers?page=1&perPage=25&sort=fullName&order=ASC`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { data: unknown[] }).data.length).toBeGreaterThan(0);
    expect(server.output()).not.toMatch(/error/i);
  });
});
