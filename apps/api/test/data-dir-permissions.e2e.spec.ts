import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BuiltServer, startBuiltServer } from './support/built-server';

const modeOf = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);

// The built server on SQLite, started as production starts it, in a DATA_DIR an older version left world-readable.
describe('the data directory is private to the service user (built server on SQLite)', () => {
  let server: BuiltServer;
  let parent: string;
  let dataDir: string;

  beforeAll(async () => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-perms-'));
    dataDir = path.join(parent, 'data');
    fs.mkdirSync(path.join(dataDir, 'backups'), { recursive: true, mode: 0o755 });
    fs.chmodSync(dataDir, 0o755);
    fs.writeFileSync(path.join(dataDir, 'backups', 'old.sqlite'), 'x', { mode: 0o644 });
    server = await startBuiltServer({ DATA_DIR: dataDir });
    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'officer', password: 'MotCua@2026' }),
    });
    expect(login.status).toBe(200);
  });
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(parent, { recursive: true, force: true });
  });

  it('makes the directory 0700 and the database, its -wal/-shm and the generated keys 0600', () => {
    const files = ['motcua.sqlite', 'motcua.sqlite-wal', 'motcua.sqlite-shm', 'jwt.secret', 'encryption.key'];
    expect(
      Object.fromEntries([['.', modeOf(dataDir)], ...files.map((name) => [name, modeOf(path.join(dataDir, name))])]),
    ).toEqual({
      '.': '700',
      ...Object.fromEntries(files.map((name) => [name, '600'])),
    });
  });

  it('tightens what was there before: every directory 0700, every file 0600', () => {
    expect([modeOf(path.join(dataDir, 'backups')), modeOf(path.join(dataDir, 'backups', 'old.sqlite'))]).toEqual([
      '700',
      '600',
    ]);
    const walk = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    expect(walk(dataDir).filter((file) => modeOf(file) !== '600')).toEqual([]);
  });
});
