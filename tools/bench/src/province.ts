import { hash } from '@node-rs/argon2';
import { foldVietnamese, officerNameSortKey, officerSearchText } from '@motcua/domain';
import { generateOfficers, seededRandom } from '@motcua/seed';
import type { BenchDb } from './bench-db';

export const BENCH_PASSWORD = 'Bench@Motcua2026';
export const BENCH_ADMIN = 'bench.admin';

export interface Province {
  unitIds: { root: number; departments: number[]; all: number[] };
  officerIds: number[];
  adminId: number;
}

const ts = (db: BenchDb, date: Date) =>
  db.engine === 'postgres' ? date : date.toISOString().replace('T', ' ').replace('Z', '');

/**
 * Loads a province straight into the database (not through the API): a unit tree of `units` nodes three or four
 * levels deep and `officers` officers from the demo generator, deterministic from `seed`.
 */
export async function loadProvince(
  db: BenchDb,
  options: { units: number; officers: number; seed: number },
): Promise<Province> {
  const random = seededRandom(options.seed);
  const now = new Date();
  const level1 = Math.max(1, Math.min(60, Math.round(options.units / 15)));
  const units: {
    id: number;
    code: string;
    name: string;
    kind: string;
    parentId: number | null;
    path: string;
    depth: number;
  }[] = [
    {
      id: 1,
      code: 'B',
      name: 'Ủy ban nhân dân tỉnh (benchmark)',
      kind: 'province',
      parentId: null,
      path: '/1/',
      depth: 0,
    },
  ];
  for (let i = 0; units.length < options.units; i++) {
    const id = units.length + 1;
    let parent = units[0];
    if (i >= level1)
      parent = random.chance(0.8)
        ? units[1 + (i % level1)]
        : (units[random.int(level1 + 1, units.length - 1)] ?? units[1]);
    const kind = parent.depth === 0 ? (i % 3 === 0 ? 'commune' : 'department') : parent.depth === 1 ? 'office' : 'team';
    const name =
      parent.depth === 0
        ? kind === 'commune'
          ? `Ủy ban nhân dân xã Số ${i + 1}`
          : `Sở Chuyên ngành ${i + 1}`
        : `Phòng ${id} thuộc ${parent.code}`;
    units.push({
      id,
      code: `B-${id}`,
      name,
      kind,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
    });
  }
  await db.insertMany(
    'units',
    [
      'id',
      'code',
      'name',
      'name_folded',
      'kind',
      'parent_id',
      'path',
      'depth',
      'sort_order',
      'version',
      'created_at',
      'updated_at',
    ],
    units.map((u) => [
      u.id,
      u.code,
      u.name,
      foldVietnamese(u.name),
      u.kind,
      u.parentId,
      u.path,
      u.depth,
      u.id,
      1,
      ts(db, now),
      ts(db, now),
    ]),
  );

  const passwordHash = await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const generated = generateOfficers({
    seed: options.seed,
    count: options.officers,
    unitCodes: units.slice(1).map((u) => u.code),
  });
  const unitIdOf = new Map(units.map((u) => [u.code, u.id]));
  const seenCccd = new Set<string>();
  const officerRows = generated.map((o, i) => {
    const citizenId = o.citizenId && !seenCccd.has(o.citizenId) ? o.citizenId : null;
    if (citizenId) seenCccd.add(citizenId);
    const confirmed = Boolean(citizenId && o.phone) && random.chance(0.6);
    return [
      i + 1,
      o.username,
      o.fullName,
      officerNameSortKey(o.fullName),
      unitIdOf.get(o.unitCode),
      'active',
      false,
      passwordHash,
      0,
      0,
      false,
      false,
      1,
      o.gender,
      o.birthDate,
      o.address,
      o.email,
      citizenId,
      o.phone,
      confirmed ? ts(db, now) : null,
      confirmed && random.chance(0.4) ? ts(db, now) : null,
      officerSearchText({ ...o, citizenId }),
      ts(db, now),
      ts(db, now),
    ];
  });
  const adminId = generated.length + 1;
  officerRows.push([
    adminId,
    BENCH_ADMIN,
    'Quản trị benchmark',
    'benchmark quan tri',
    1,
    'active',
    false,
    passwordHash,
    0,
    0,
    false,
    true,
    1,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    `quan tri benchmark ${BENCH_ADMIN}`,
    ts(db, now),
    ts(db, now),
  ]);
  await db.insertMany(
    'officers',
    [
      'id',
      'username',
      'full_name',
      'name_sort_key',
      'unit_id',
      'status',
      'must_change_password',
      'password_hash',
      'failed_attempts',
      'session_epoch',
      'totp_enabled',
      'two_factor_exempt',
      'version',
      'gender',
      'birth_date',
      'address',
      'email',
      'citizen_id',
      'phone',
      'confirmed_at',
      'verified_at',
      'search_text',
      'created_at',
      'updated_at',
    ],
    officerRows,
  );
  await db.insertMany(
    'officer_roles',
    ['officer_id', 'role'],
    [...generated.flatMap((o, i) => o.roles.map((role) => [i + 1, role])), [adminId, 'admin']],
  );
  if (db.engine === 'postgres') {
    await db.run(`SELECT setval(pg_get_serial_sequence('units', 'id'), ${units.length})`);
    await db.run(`SELECT setval(pg_get_serial_sequence('officers', 'id'), ${adminId})`);
  }
  return {
    unitIds: { root: 1, departments: units.filter((u) => u.depth === 1).map((u) => u.id), all: units.map((u) => u.id) },
    officerIds: generated.map((_, i) => i + 1),
    adminId,
  };
}
