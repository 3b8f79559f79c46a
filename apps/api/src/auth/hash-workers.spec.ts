import fs from 'node:fs';
import { HashWorkers } from './hash-workers';

const PARAMS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

describe('argon2id on the hashing threads', () => {
  const workers = new HashWorkers(2);
  afterAll(() => workers.close());

  it('hashes and verifies on threads that run below the event loop’s priority', async () => {
    const hashed = await workers.run<string>('hash', ['Mật-khẩu#2026', PARAMS]);
    expect(hashed).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await workers.run<boolean>('verify', [hashed, 'Mật-khẩu#2026'])).toBe(true);
    expect(await workers.run<boolean>('verify', [hashed, 'mật-khẩu#2026'])).toBe(false);
    // Linux: field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value; the event loop stays at 0.
    const niceness = fs
      .readdirSync('/proc/self/task')
      .map((tid) => Number(fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ')[16]));
    expect(niceness).toContain(10);
    expect(Number(fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ')[16])).toBe(
      0,
    );
  });

  it('answers every one of many hashes asked at once, and refuses a malformed stored hash', async () => {
    const many = await Promise.all(
      Array.from({ length: 6 }, (_, i) => workers.run<string>('hash', [`p-${i}`, PARAMS])),
    );
    expect(new Set(many).size).toBe(6);
    await expect(workers.run('verify', ['not-a-hash', 'x'])).rejects.toThrow();
  });

  it('keeps running after a caller misuses it', async () => {
    await expect(workers.run('hash', [undefined, PARAMS])).rejects.toThrow();
    expect(await workers.run<boolean>('verify', [await workers.run<string>('hash', ['again', PARAMS]), 'again'])).toBe(
      true,
    );
  });
});
