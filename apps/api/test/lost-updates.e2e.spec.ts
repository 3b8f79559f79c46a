import type { AddressInfo } from 'node:net';
import { AuditEntry } from '../src/audit/audit-entry.entity';
import { Officer } from '../src/accounts/officer.entity';
import { bearer, createTestApp, TestApp } from '../src/testing/test-app';

const WRITES = 500;
/** Browser tabs editing the same record at once, spread over the instances; together they send WRITES requests. */
const CLIENTS = 60;

interface Answer {
  client: number;
  sentVersion: number;
  address: string;
  status: number;
  /** The version a 200 answers, or the current one a 409 hands back. */
  version: number;
  body: { address?: string; [key: string]: unknown };
}

// "Several clients" are several API instances on one database, each with its own connection pool (or SQLite handle).
describe('lost updates: 500 concurrent PATCHes of one profile from several API instances', () => {
  const instances: TestApp[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    const first = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '10000' } });
    instances.push(first);
    instances.push(
      await createTestApp({ database: first.database }),
      await createTestApp({ database: first.database }),
    );
    for (const t of instances) {
      // A listening server (instead of supertest's one-shot listen per request) takes the whole burst on keep-alive sockets.
      await t.app.listen(0, '127.0.0.1');
      urls.push(`http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`);
    }
  }, 60_000);
  afterAll(async () => {
    // The instances sharing the database first; the first one owns it and drops it.
    for (const t of [...instances].reverse()) await t.close();
  });

  it('applies each write or answers 409, bumps the version once per applied write and audits each exactly once', async () => {
    const tokens = await Promise.all(instances.map((t) => bearer(t, 'officer')));
    const initial = (await (await fetch(`${urls[0]}/api/me/profile`, { headers: tokens[0] })).json()) as {
      id: number;
      version: number;
      address: string | null;
    };
    const start = initial.version;

    // Every client starts from the version it read and, like the SPA, takes the current version from a 409 and retries.
    let issued = 0;
    const answers: Answer[] = [];
    const client = async (c: number) => {
      const instance = c % instances.length;
      let believed = start;
      while (issued < WRITES) {
        const address = `Số ${issued++}, đường Hoàng Liên, phường Cốc Lếu (khách ${c})`;
        const res = await fetch(`${urls[instance]}/api/me/profile`, {
          method: 'PATCH',
          headers: { ...tokens[instance], 'content-type': 'application/json' },
          body: JSON.stringify({ version: believed, address }),
        });
        const body = (await res.json()) as { version?: number; current?: { version?: number } };
        const version = (res.status === 200 ? body.version : body.current?.version) ?? Number.NaN;
        answers.push({ client: c, sentVersion: believed, address, status: res.status, version, body });
        if (Number.isNaN(version)) return;
        believed = version;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));

    const unexpected = answers.filter((a) => a.status !== 200 && a.status !== 409);
    expect(unexpected.slice(0, 3)).toEqual([]);
    expect(answers).toHaveLength(WRITES);
    const applied = answers.filter((a) => a.status === 200).sort((a, b) => a.version - b.version);
    const conflicts = answers.filter((a) => a.status === 409);
    expect(applied.length).toBeGreaterThan(1);
    expect(conflicts.length).toBeGreaterThan(0);
    for (const conflict of conflicts) {
      expect(conflict.body).toEqual({
        statusCode: 409,
        code: 'VERSION_CONFLICT',
        message: 'Bản ghi đã được người khác thay đổi. Vui lòng tải lại để xem dữ liệu mới nhất.',
        current: expect.objectContaining({ id: initial.id, version: expect.any(Number) }),
      });
      // The current record a 409 hands back is newer than what the client sent.
      expect(conflict.version).toBeGreaterThan(conflict.sentVersion);
    }
    // Each applied write moved the record from the version it was sent with to the next one: none applied twice on one version.
    expect(applied.map((a) => a.version)).toEqual(applied.map((_, i) => start + i + 1));
    for (const a of applied) {
      expect(a.version).toBe(a.sentVersion + 1);
      expect(a.body.address).toBe(a.address);
    }

    const stored = await instances[0].dataSource.getRepository(Officer).findOneByOrFail({ id: initial.id });
    expect(stored.version - start).toBe(applied.length);
    expect(stored.address).toBe(applied[applied.length - 1].address);

    // One audit entry per applied write, and they chain: each one's "before" is the previous applied write's address.
    const trail = await instances[0].dataSource
      .getRepository(AuditEntry)
      .find({ where: { targetType: 'officer', targetId: initial.id, action: 'profile.update' }, order: { id: 'ASC' } });
    expect(trail).toHaveLength(applied.length);
    const addressChanges = trail.map((entry) => entry.changes.find((change) => change.field === 'address'));
    expect(addressChanges.map((change) => change?.after)).toEqual(applied.map((a) => a.address));
    expect(addressChanges.map((change) => change?.before)).toEqual([
      initial.address,
      ...applied.slice(0, -1).map((a) => a.address),
    ]);
  }, 120_000);
});
