import { officerNameSortKey, officerSearchText } from '@motcua/domain';
import type { BenchDb } from './bench-db';
import type { ApiProcess } from './server';
import type { BenchOptions } from './args';
import type { Province } from './province';
import type { ScenarioResult } from './main';

const HEADER = 'Tên đăng nhập,Họ và tên,Giới tính,Ngày sinh,Số CCCD,Số điện thoại,Email,Mã đơn vị,Vai trò';
const round = (n: number) => Math.round(n * 100) / 100;

/** A CSV of `count` new officers spread over the province's units, as an admin would upload it. */
function importFile(prefix: string, count: number, province: Province) {
  const rows = Array.from({ length: count }, (_, i) => ({
    username: `${prefix}.${i}`,
    fullName: `Nguyễn Văn Nhập ${String.fromCharCode(65 + (i % 26))}`,
    unitId: province.unitIds.all[1 + (i % (province.unitIds.all.length - 1))],
  }));
  const csv = rows.map(
    (r) => `${r.username},${r.fullName},Nam,01/01/1990,,,${r.username}@laocai.gov.vn,B-${r.unitId},Cán bộ`,
  );
  return { rows, file: Buffer.from(`\uFEFF${HEADER}\n${csv.join('\n')}\n`, 'utf8') };
}

/**
 * The database's own speed at storing what an import of these rows stores: the accounts (with their search index),
 * their roles, one audit entry each and one status row per active campaign, as plain bulk INSERTs from this process.
 * Also timed: the accounts table alone, the narrowest reading of "the same rows".
 */
async function rawInsertSeconds(
  db: BenchDb,
  rows: ReturnType<typeof importFile>['rows'],
): Promise<{ allTables: number; officersOnly: number }> {
  const now = new Date();
  const ts = db.engine === 'postgres' ? now : now.toISOString().replace('T', ' ').replace('Z', '');
  const time = async (work: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await work();
    return Number(process.hrtime.bigint() - start) / 1e9;
  };
  const officersOnly = await time(() =>
    db.insertMany(
      'officers',
      [
        'username',
        'full_name',
        'name_sort_key',
        'unit_id',
        'status',
        'activation_code_hash',
        'activation_expires_at',
        'gender',
        'birth_date',
        'email',
        'search_text',
      ],
      rows.map((r) => [
        r.username,
        r.fullName,
        officerNameSortKey(r.fullName),
        r.unitId,
        'pending_activation',
        'f'.repeat(64),
        ts,
        'male',
        '1990-01-01',
        `${r.username}@laocai.gov.vn`,
        officerSearchText({ ...r, email: `${r.username}@laocai.gov.vn` }),
      ]),
    ),
  );
  const campaigns = (await db.all<{ id: number }>("SELECT id FROM campaigns WHERE status = 'active'")).map((c) =>
    Number(c.id),
  );
  const rest = await time(async () => {
    const ids = (
      await db.all<{ id: number; unit_id: number }>('SELECT id, unit_id FROM officers WHERE username LIKE ?', [
        `${rows[0].username.split('.')[0]}.%`,
      ])
    ).map((o) => [Number(o.id), Number(o.unit_id)]);
    await db.insertMany(
      'officer_roles',
      ['officer_id', 'role'],
      ids.map(([id]) => [id, 'officer']),
    );
    const changes = JSON.stringify([
      { field: 'username', before: null, after: 'x' },
      { field: 'fullName', before: null, after: 'Nguyễn Văn Nhập' },
      { field: 'unitId', before: null, after: 2 },
      { field: 'roles', before: null, after: 'officer' },
    ]);
    await db.insertMany(
      'audit_entries',
      ['actor_id', 'ip', 'request_id', 'target_type', 'target_id', 'action', 'changes', 'fields'],
      ids.map(([id]) => [
        null,
        '127.0.0.1',
        'bench',
        'officer',
        id,
        'officer.import.create',
        changes,
        ',username,fullName,unitId,roles,',
      ]),
    );
    await db.insertMany(
      'campaign_officers',
      ['campaign_id', 'officer_id', 'unit_id', 'missing', 'completed_at', 'updated_at'],
      campaigns.flatMap((c) => ids.map(([id, unit]) => [c, id, unit, ',citizenId,phone,confirmed,', null, ts])),
    );
  });
  return { allTables: officersOnly + rest, officersOnly };
}

/** Excel import dry-run and commit through the API, against the raw bulk insert of the same rows. */
export async function importScenario(
  api: ApiProcess,
  db: BenchDb,
  province: Province,
  options: BenchOptions,
  admin: Record<string, string>,
): Promise<ScenarioResult[]> {
  const { file } = importFile('import', options.importRows, province);
  const post = async (mode: string) => {
    const form = new FormData();
    form.append('file', new Blob([file]), 'nhap.csv');
    const start = Date.now();
    const res = await fetch(`${api.baseUrl}/api/officers/import?mode=${mode}`, {
      method: 'POST',
      headers: admin,
      body: form,
    });
    if (!res.ok) throw new Error(`import ${mode} → ${res.status} ${await res.text()}`);
    return (Date.now() - start) / 1000;
  };
  const dryRun = await post('dry-run');
  const commit = await post('commit');
  const raw = await rawInsertSeconds(db, importFile('raw', options.importRows, province).rows);
  const rate = (seconds: number) => Math.round(options.importRows / seconds);
  const result = (mode: string, seconds: number): ScenarioResult => ({
    scenario: `import ${mode} of ${options.importRows} rows (rows/s)`,
    note: `${rate(seconds)} rows/s; raw insert of the same rows into the same tables ${rate(raw.allTables)} rows/s (accounts table alone ${rate(raw.officersOnly)} rows/s, ratio ${round(rate(seconds) / rate(raw.officersOnly))})`,
    ratio: round(rate(seconds) / rate(raw.allTables)),
    target: '≥ 50 % of raw bulk insert (same tables)',
    met: rate(seconds) >= 0.5 * rate(raw.allTables),
  });
  return [result('dry-run', dryRun), result('commit', commit)];
}
