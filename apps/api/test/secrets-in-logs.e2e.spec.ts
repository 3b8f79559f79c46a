import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuiltServer, startBuiltServer } from './support/built-server';

// The built server (api:test depends on api:build) with debug logs, its output captured whole.
describe('secrets and the server’s own log (built server on its own SQLite file)', () => {
  let server: BuiltServer;
  let dataDir: string;
  let base: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-logs-'));
    server = await startBuiltServer({ LOG_LEVEL: 'debug', DATA_DIR: dataDir });
    base = server.baseUrl;
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('never writes a password, receipt password, token or hash to the log', async () => {
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'officer', password: 'MotCua@2026' }),
    });
    const session = (await login.json()) as { accessToken: string };
    const refresh = login.headers.get('set-cookie')!.split(';')[0];
    const auth = {
      authorization: `Bearer ${session.accessToken}`,
      'content-type': 'application/json',
      cookie: refresh,
    };
    const me = (await (await fetch(`${base}/api/me/profile`, { headers: auth })).json()) as { version: number };
    const patched = await fetch(`${base}/api/me/profile`, {
      method: 'PATCH',
      headers: auth,
      body: JSON.stringify({ version: me.version, receiptPassword: 'BienLai#KhongLo-2026' }),
    });
    expect(patched.status).toBe(200);
    await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'officer', password: 'Sai#MatKhau-99' }),
    });
    // The demo password is printed on purpose at start; a password the officer chose must never be.
    const changed = await fetch(`${base}/api/auth/change-password`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ currentPassword: 'MotCua@2026', newPassword: 'Rieng-Tu#2026-Hoa' }),
    });
    expect(changed.status).toBe(200);
    await fetch(`${base}/api/auth/refresh`, { method: 'POST', headers: { cookie: refresh } });
    await new Promise((r) => setTimeout(r, 300));
    const log = server.output();
    expect(log).toContain('"statusCode":200');
    for (const secret of [
      'Rieng-Tu#2026-Hoa',
      'BienLai#KhongLo-2026',
      'Sai#MatKhau-99',
      session.accessToken,
      refresh.split('=')[1],
      '$argon2id',
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});
