import { buildCitizenId, MOBILE_PREFIXES } from '@motcua/domain';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { testEngine } from '../src/testing/test-database';
import { DEMO_PASSWORD } from '../src/testing/test-app';
import { BuiltServer, startBuiltServer } from './support/built-server';
import { adminQuery, createServerDatabase, ServerDatabase } from './support/server-database';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const login = async (server: BuiltServer, username: string) => {
  const res = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return { authorization: `Bearer ${((await res.json()) as { accessToken: string }).accessToken}` };
};

const api = async (
  server: BuiltServer,
  auth: Record<string, string>,
  method: string,
  route: string,
  body?: unknown,
) => {
  const res = await fetch(`${server.baseUrl}${route}`, {
    method,
    headers: { ...auth, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

// ---------------------------------------------------------------------------------------------------------------
// SIGKILL in the middle of an import commit (both engines)
// ---------------------------------------------------------------------------------------------------------------

const IMPORT_ROWS = 15_000;
const GIVEN_NAMES = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Ngọc', 'Phương', 'Quân'];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A valid CSV of `rows` new officers of Sở Y tế; `batch` keeps usernames and CCCDs of different files apart. */
function importCsv(batch: number, rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) => {
    const female = i % 2 === 1;
    const year = 1965 + (i % 35);
    const serial = pad(batch * 100_000 + i, 6);
    return [
      `nhap${batch}.${i}`,
      `${female ? 'Trần Thị' : 'Lê Văn'} ${GIVEN_NAMES[i % GIVEN_NAMES.length]}`,
      female ? 'Nữ' : 'Nam',
      `${pad(1 + (i % 28), 2)}/${pad(1 + (i % 12), 2)}/${year}`,
      buildCitizenId('010', female ? 'female' : 'male', year, serial),
      `${MOBILE_PREFIXES[i % MOBILE_PREFIXES.length]}${pad(i, 7)}`,
      `nhap${batch}.${i}@laocai.gov.vn`,
      'T15-SYT',
      'Cán bộ',
    ].join(',');
  });
  return ['Tên đăng nhập,Họ và tên,Giới tính,Ngày sinh,Số CCCD,Số điện thoại,Email,Mã đơn vị,Vai trò', ...lines].join(
    '\r\n',
  );
}

const postImport = (server: BuiltServer, auth: Record<string, string>, csv: string) => {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'can-bo.csv');
  return fetch(`${server.baseUrl}/api/officers/import?mode=commit`, { method: 'POST', headers: auth, body: form });
};

interface ImportFootprint {
  officers: number;
  roles: number;
  audit: number;
  statuses: number;
  batches: number;
}

async function footprint(db: ServerDatabase): Promise<ImportFootprint> {
  const [row] = await db.query<Record<keyof ImportFootprint, string | number>>(
    `SELECT (SELECT count(*) FROM officers) AS officers, (SELECT count(*) FROM officer_roles) AS roles,
            (SELECT count(*) FROM audit_entries WHERE action = 'officer.import.create') AS audit,
            (SELECT count(*) FROM campaign_officers) AS statuses, (SELECT count(*) FROM import_batches) AS batches`,
  );
  return {
    officers: Number(row.officers),
    roles: Number(row.roles),
    audit: Number(row.audit),
    statuses: Number(row.statuses),
    batches: Number(row.batches),
  };
}

/** Kill only once this much of the import's rows is on disk, not yet committed. */
const MIN_UNCOMMITTED_BYTES = 256 * 1024;

/**
 * How far an import's commit has got, seen from outside the API. `open()` is true while a transaction that has
 * written is still uncommitted: on PostgreSQL a backend of the database holds a transaction id; on SQLite the write
 * lock is taken, so another connection cannot take it without waiting. `bytes()` grows as rows are written, committed
 * or not: the officers and audit tables' size on PostgreSQL, the write-ahead log's on SQLite.
 */
function commitProgress(db: ServerDatabase): { open(): Promise<boolean>; bytes(): Promise<number> } {
  if (db.engine === 'postgres') {
    return {
      open: async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`,
            )
          )[0].n,
        ) > 0,
      bytes: async () =>
        Number(
          (
            await db.query<{ n: string }>(
              `SELECT pg_total_relation_size('officers') + pg_total_relation_size('audit_entries') AS n`,
            )
          )[0].n,
        ),
    };
  }
  return {
    open: async () => {
      const probe = new Database(db.location, { fileMustExist: true, timeout: 0 });
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
        return false;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
        throw error;
      } finally {
        probe.close();
      }
    },
    bytes: async () => (fs.existsSync(`${db.location}-wal`) ? fs.statSync(`${db.location}-wal`).size : 0),
  };
}

describe(`SIGKILL in the middle of an import commit (built server on its own ${testEngine()} database)`, () => {
  let db: ServerDatabase;
  let server: BuiltServer;

  beforeAll(async () => {
    db = await createServerDatabase('faults-import');
    server = await startBuiltServer(db.env);
    const admin = await login(server, 'admin');
    // An active campaign over Sở Y tế, so the import also writes a status row per new officer.
    const units = (await api(server, admin, 'GET', '/api/units?perPage=1000')).body.data as {
      id: number;
      code: string;
    }[];
    const campaign = await api(server, admin, 'POST', '/api/campaigns', {
      name: 'Chuẩn hóa thông tin cán bộ Sở Y tế',
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
      deadlineAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      requiredItems: ['fullName', 'citizenId', 'phone'],
      targets: [{ unitId: units.find((u) => u.code === 'T15-SYT')?.id, includeSubtree: true }],
    });
    expect(campaign.status).toBe(201);
    expect((await api(server, admin, 'POST', `/api/campaigns/${campaign.body.id}/activate`)).status).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await db?.drop();
  });

  it('holds all of the import or none of it after a restart, and the same file then commits exactly once', async () => {
    const before = await footprint(db);
    const n = IMPORT_ROWS;
    const all = (): ImportFootprint => ({
      officers: before.officers + n,
      roles: before.roles + n,
      audit: before.audit + n,
      statuses: before.statuses + n,
      batches: before.batches + 1,
    });
    const progress = commitProgress(db);
    let csv = '';
    let killedMidCommit = false;
    // The kill must land inside the commit's transaction. Should the commit ever finish first, that attempt proves
    // nothing: try again with a new file rather than accept it.
    for (let attempt = 1; attempt <= 3 && !killedMidCommit; attempt++) {
      csv = importCsv(attempt, IMPORT_ROWS);
      const running = server;
      const admin = await login(running, 'admin');
      const base = await progress.bytes();
      let answered: number | undefined;
      const commit = postImport(running, admin, csv).then(
        (res) => (answered = res.status),
        () => undefined,
      );
      const deadline = Date.now() + 60_000;
      const midCommit = async () => (await progress.bytes()) - base >= MIN_UNCOMMITTED_BYTES && (await progress.open());
      while (answered === undefined && Date.now() < deadline && !(await midCommit())) await sleep(10);
      const answeredBeforeKill = answered;
      await running.kill('SIGKILL');
      await commit;
      if (Date.now() >= deadline)
        throw new Error(
          `the import neither wrote ${MIN_UNCOMMITTED_BYTES} bytes nor answered within a minute:\n${running.output()}`,
        );
      killedMidCommit = answeredBeforeKill === undefined;
      if (!killedMidCommit)
        process.stderr.write(
          `attempt ${attempt}: the commit answered ${answeredBeforeKill} before the kill; retrying with a new file\n`,
        );

      server = await startBuiltServer(db.env);
      const after = await footprint(db);
      if (killedMidCommit) {
        // All or nothing, and every table agrees on which.
        expect([before, all()]).toContainEqual(after);
      } else {
        // That attempt committed normally: the next one starts from its state.
        expect(answeredBeforeKill).toBe(200);
        expect(after).toEqual(all());
        Object.assign(before, after);
      }
    }
    expect(killedMidCommit).toBe(true);

    // The interrupted file again, on the restarted server: it commits, and what is stored counts it exactly once.
    const killedState = await footprint(db);
    const res = await postImport(server, await login(server, 'admin'), csv);
    expect(res.status).toBe(200);
    const report = (await res.json()) as {
      totals: { create: number; unchanged: number; errors: number };
      committed: boolean;
    };
    expect(report.committed).toBe(true);
    if (killedState.officers === before.officers)
      expect(report.totals).toMatchObject({ create: IMPORT_ROWS, errors: 0 });
    else expect(report.totals).toMatchObject({ create: 0, unchanged: IMPORT_ROWS, errors: 0 });
    expect(await footprint(db)).toEqual(killedState.officers === before.officers ? all() : killedState);
  }, 180_000);
});

// ---------------------------------------------------------------------------------------------------------------
// PostgreSQL refusing connections for a few seconds under load
// ---------------------------------------------------------------------------------------------------------------

interface Exchange {
  kind: 'unit.create' | 'profile.update' | 'read' | 'health';
  startedAt: number;
  endedAt: number;
  /** 0 when no answer came (connection error or a hang past the timeout). */
  status: number;
  body: Record<string, unknown>;
}

const DATABASE_DOWN = {
  statusCode: 503,
  code: 'DATABASE_UNAVAILABLE',
  message: 'Cơ sở dữ liệu tạm thời không kết nối được. Vui lòng thử lại sau ít phút.',
};

// Only on PostgreSQL: SQLite is a file inside the API process, there is no server that could refuse connections.
if (testEngine() === 'postgres') {
  describe('PostgreSQL refusing connections for a few seconds under load (built server on its own database)', () => {
    let db: ServerDatabase;
    let server: BuiltServer;
    const allowConnections = (allow: boolean) =>
      adminQuery(`ALTER DATABASE ${db.location} WITH ALLOW_CONNECTIONS ${allow}`);
    const terminateBackends = () =>
      adminQuery(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()`,
        [db.location],
      );

    beforeAll(async () => {
      db = await createServerDatabase('faults-outage');
      server = await startBuiltServer(db.env);
    }, 60_000);
    afterAll(async () => {
      if (db) await allowConnections(true).catch(() => undefined);
      await server?.kill('SIGKILL');
      await db?.drop();
    });

    it('answers 503 in the standard shape while down, turns health red then green, and keeps every acknowledged write', async () => {
      const admin = await login(server, 'admin');
      const officers = await Promise.all(
        ['officer', 'supervisor'].map(async (username) => ({ username, auth: await login(server, username) })),
      );
      const units = (await api(server, admin, 'GET', '/api/units?perPage=1000')).body.data as {
        id: number;
        code: string;
      }[];
      const parentId = units.find((u) => u.code === 'T15-SYT')?.id;

      const exchanges: Exchange[] = [];
      const call = async (
        kind: Exchange['kind'],
        auth: Record<string, string>,
        method: string,
        route: string,
        body?: unknown,
      ): Promise<Exchange> => {
        const startedAt = Date.now();
        let exchange: Exchange;
        try {
          const res = await fetch(`${server.baseUrl}${route}`, {
            method,
            headers: { ...auth, 'content-type': 'application/json' },
            body: body === undefined ? undefined : JSON.stringify(body),
            signal: AbortSignal.timeout(15_000),
          });
          exchange = {
            kind,
            startedAt,
            endedAt: Date.now(),
            status: res.status,
            body: (await res.json()) as Record<string, unknown>,
          };
        } catch (error) {
          exchange = { kind, startedAt, endedAt: Date.now(), status: 0, body: { error: String(error) } };
        }
        exchanges.push(exchange);
        return exchange;
      };

      let running = true;
      const ackedUnits: { code: string; name: string; at: number }[] = [];
      const ackedProfiles = new Map<string, { address: string; at: number }[]>();
      const attemptedProfiles = new Map<string, { address: string; at: number }[]>();
      const pause = () => sleep(25);

      const unitWriter = async () => {
        for (let i = 0; running; i++) {
          const unit = { code: `TCT-${i}`, name: `Tổ công tác số ${i}`, kind: 'team', parentId };
          const res = await call('unit.create', admin, 'POST', '/api/units', unit);
          if (res.status === 201) ackedUnits.push({ code: unit.code, name: unit.name, at: res.endedAt });
          await pause();
        }
      };
      const profileWriter = async ({ username, auth }: { username: string; auth: Record<string, string> }) => {
        const acked: { address: string; at: number }[] = [];
        const attempted: { address: string; at: number }[] = [];
        ackedProfiles.set(username, acked);
        attemptedProfiles.set(username, attempted);
        let version = Number((await api(server, auth, 'GET', '/api/me/profile')).body.version);
        for (let i = 0; running; i++) {
          const address = `Số ${i}, đường Nguyễn Huệ, phường Lào Cai (${username})`;
          attempted.push({ address, at: Date.now() });
          const res = await call('profile.update', auth, 'PATCH', '/api/me/profile', { version, address });
          if (res.status === 200) {
            acked.push({ address, at: res.endedAt });
            version = Number(res.body.version);
          } else if (res.status === 409) {
            version = Number((res.body.current as { version: number }).version);
          }
          await pause();
        }
      };
      const reader = async () => {
        while (running) {
          await call('read', admin, 'GET', '/api/units?perPage=5');
          await call('read', officers[0].auth, 'GET', '/api/me/profile');
          await pause();
        }
      };
      const healthProbe = async () => {
        while (running) {
          await call('health', {}, 'GET', '/api/health');
          await sleep(100);
        }
      };
      const load = Promise.all([unitWriter(), ...officers.map(profileWriter), reader(), healthProbe()]);
      const waitFor = async (what: string, condition: () => boolean, timeoutMs = 20_000) => {
        const deadline = Date.now() + timeoutMs;
        while (!condition()) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${server.output()}`);
          await sleep(50);
        }
      };

      try {
        await waitFor(
          'writes before the outage',
          () => ackedUnits.length >= 5 && [...ackedProfiles.values()].every((acked) => acked.length >= 5),
        );

        // The outage: no new connections to this database, and every existing one cut.
        const outageAt = Date.now();
        await allowConnections(false);
        await terminateBackends();
        await sleep(100);
        await terminateBackends();
        const downAt = Date.now();
        await waitFor('health to turn red', () =>
          exchanges.some((e) => e.kind === 'health' && e.startedAt >= downAt && e.status === 503),
        );
        await sleep(3000);
        const upAt = Date.now();
        await allowConnections(true);

        // Back without a restart: health green again, and every writer acknowledged again.
        await waitFor('health to turn green', () =>
          exchanges.some((e) => e.kind === 'health' && e.startedAt >= upAt && e.status === 200),
        );
        await waitFor(
          'writes after the outage',
          () =>
            ackedUnits.some((u) => u.at > upAt) &&
            [...ackedProfiles.values()].every((acked) => acked.filter((a) => a.at > upAt).length >= 3),
        );
        await sleep(500);
        running = false;
        await load;

        // Never a 500, never a hang: every answer is one the client can act on.
        const allowed: Record<Exchange['kind'], number[]> = {
          'unit.create': [201, 503],
          'profile.update': [200, 409, 503],
          read: [200, 503],
          health: [200, 503],
        };
        expect(exchanges.filter((e) => !allowed[e.kind].includes(e.status)).slice(0, 5)).toEqual([]);
        for (const e of exchanges.filter((e) => e.status === 503)) {
          if (e.kind === 'health')
            expect(e.body).toMatchObject({ statusCode: 503, code: expect.any(String), message: expect.any(String) });
          else expect(e.body).toEqual(DATABASE_DOWN);
        }
        // While the database refused connections nothing was served from it: every data request answered 503.
        const whileDown = exchanges.filter((e) => e.startedAt >= downAt && e.endedAt <= upAt);
        expect(whileDown.filter((e) => e.kind !== 'health').length).toBeGreaterThan(10);
        expect(whileDown.filter((e) => e.status !== 503)).toEqual([]);
        // Health: green before, red while down, green after.
        const health = exchanges.filter((e) => e.kind === 'health');
        expect(health.filter((e) => e.endedAt < outageAt).every((e) => e.status === 200)).toBe(true);
        expect(health.filter((e) => e.startedAt >= upAt).at(-1)?.status).toBe(200);
        expect(server.output()).not.toMatch(/Unhandled error/);

        // Every acknowledged write is in the database afterwards.
        const storedUnits = new Map(
          (await db.query<{ code: string; name: string }>(`SELECT code, name FROM units WHERE code LIKE 'TCT-%'`)).map(
            (u) => [u.code, u.name],
          ),
        );
        for (const unit of ackedUnits) expect(storedUnits.get(unit.code)).toBe(unit.name);
        expect(ackedUnits.filter((u) => u.at < downAt).length).toBeGreaterThan(0);
        for (const { username } of officers) {
          const acked = ackedProfiles.get(username) ?? [];
          const [stored] = await db.query<{ id: number; address: string }>(
            `SELECT id, address FROM officers WHERE username = ?`,
            [username],
          );
          const trail = await db.query<{ changes: string }>(
            `SELECT changes FROM audit_entries WHERE target_type = 'officer' AND target_id = ? AND action = 'profile.update'`,
            [stored.id],
          );
          const audited = new Set(
            trail.flatMap((entry) =>
              (JSON.parse(entry.changes) as { field: string; after: string }[])
                .filter((c) => c.field === 'address')
                .map((c) => c.after),
            ),
          );
          for (const write of acked) expect(audited.has(write.address)).toBe(true);
          // The stored address is the last acknowledged one, or one sent after it whose answer was lost with the connection.
          const last = acked[acked.length - 1];
          const candidates = [
            last.address,
            ...(attemptedProfiles.get(username) ?? []).filter((a) => a.at >= last.at).map((a) => a.address),
          ];
          expect(candidates).toContain(stored.address);
        }
      } finally {
        running = false;
        await load.catch(() => undefined);
        await allowConnections(true);
      }
    }, 90_000);
  });
}
