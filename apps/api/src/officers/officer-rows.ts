import type { ProfileSnapshot, Role } from '@motcua/domain';
import type { SqlReader } from '../database/read-queries';
import { fromSqlTimestamp, placeholders } from '../database/sql-values';
import { snapshotOf, type ProfileFieldsOf } from '../accounts/profile-snapshot';
import type { CompletenessService, RowStatus } from '../profile/completeness';
import { avatarUrlOf } from '../profile/profile.service';
import type { Officer } from '../accounts/officer.entity';

export interface OfficerRow {
  id: number;
  username: string;
  fullName: string;
  unitId: number;
  unitName: string;
  roles: Role[];
  status: Officer['status'];
  email: string | null;
  phone: string | null;
  citizenId: string | null;
  gender: string | null;
  birthDate: string | null;
  avatarUrl: string | null;
  confirmedAt: Date | null;
  verifiedAt: Date | null;
  /** Who verified the record, by name. */
  verifiedByName: string | null;
  /** When a supervisor last sent the record back for completion, while the request stands. */
  returnedAt: Date | null;
  lockedUntil: Date | null;
  twoFactorEnabled: boolean;
  completeness: RowStatus;
  version: number;
  updatedAt: Date;
}

type RawRow = Record<string, unknown>;

// Only the columns a row shows (the receipt password as a yes/no), one row per role. Read as raw SQL because
// every list page and export batch goes through here: hydrating whole entities cost more than the statement.
const SELECT_ROWS = `SELECT o.id AS id, o.username AS username, o.full_name AS full_name, o.unit_id AS unit_id, u.name AS unit_name,
  o.status AS status, o.email AS email, o.phone AS phone, o.citizen_id AS citizen_id, o.gender AS gender, o.birth_date AS birth_date,
  o.address AS address, o.receipt_account AS receipt_account, o.default_page AS default_page, o.avatar_key AS avatar_key,
  CASE WHEN o.receipt_password_encrypted IS NULL THEN 0 ELSE 1 END AS receipt_password_set,
  o.confirmed_at AS confirmed_at, o.verified_at AS verified_at, v.full_name AS verified_by_name, o.returned_at AS returned_at, o.locked_until AS locked_until, o.totp_enabled AS totp_enabled,
  (SELECT MAX(f.locked_until) FROM login_failures f WHERE f.username = o.username) AS source_locked_until,
  o.version AS version, o.updated_at AS updated_at, r.role AS role
FROM officers o INNER JOIN units u ON u.id = o.unit_id LEFT JOIN officers v ON v.id = o.verified_by LEFT JOIN officer_roles r ON r.officer_id = o.id
WHERE o.id IN`;

/** The latest temporary lock still in force, of the whole account or from one address (login_failures holds milliseconds). */
const temporaryLockEnd = (row: RawRow): Date | null => {
  const ends = [fromSqlTimestamp(row.locked_until)?.getTime() ?? 0, Number(row.source_locked_until ?? 0)].filter(
    (end) => end > Date.now(),
  );
  return ends.length ? new Date(Math.max(...ends)) : null;
};

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/** The given officers as the API shows them, in the order of `ids` (ids that do not exist are left out). */
export async function loadOfficerRows(
  reads: SqlReader,
  completeness: CompletenessService,
  ids: readonly number[],
): Promise<OfficerRow[]> {
  if (!ids.length) return [];
  const now = new Date();
  const defaultStatus = completeness.rowStatusAt(now);
  const [raw, campaignStatuses] = await Promise.all([
    reads.query<RawRow>(placeholders(reads.dataSource, `${SELECT_ROWS} (${ids.map(() => '?').join(',')})`), [...ids]),
    completeness.campaignStatuses(reads, ids, now),
  ]);
  const status = (id: number, snapshot: ProfileSnapshot) => campaignStatuses.get(id) ?? defaultStatus(snapshot);
  const byId = new Map<number, OfficerRow>();
  for (const row of raw) {
    const id = Number(row.id);
    const existing = byId.get(id);
    if (existing) existing.roles.push(row.role as Role);
    else byId.set(id, toOfficerRow(row, status));
  }
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    row.roles.sort();
    return [row];
  });
}

function toOfficerRow(row: RawRow, status: (id: number, snapshot: ProfileSnapshot) => RowStatus): OfficerRow {
  const profile: ProfileFieldsOf = {
    fullName: String(row.full_name),
    gender: text(row.gender) as Officer['gender'],
    address: text(row.address),
    birthDate: text(row.birth_date),
    email: text(row.email),
    avatarKey: text(row.avatar_key),
    citizenId: text(row.citizen_id),
    phone: text(row.phone),
    receiptAccount: text(row.receipt_account),
    defaultPage: text(row.default_page),
  };
  return {
    id: Number(row.id),
    username: String(row.username),
    fullName: profile.fullName,
    unitId: Number(row.unit_id),
    unitName: String(row.unit_name),
    roles: row.role === null || row.role === undefined ? [] : [row.role as Role],
    status: row.status as Officer['status'],
    email: profile.email,
    phone: profile.phone,
    citizenId: profile.citizenId,
    gender: profile.gender,
    birthDate: profile.birthDate,
    avatarUrl: avatarUrlOf(profile.avatarKey),
    confirmedAt: fromSqlTimestamp(row.confirmed_at),
    verifiedAt: fromSqlTimestamp(row.verified_at),
    verifiedByName: text(row.verified_by_name),
    returnedAt: fromSqlTimestamp(row.returned_at),
    lockedUntil: temporaryLockEnd(row),
    twoFactorEnabled: Boolean(row.totp_enabled),
    completeness: status(Number(row.id), snapshotOf(profile, Number(row.receipt_password_set) === 1)),
    version: Number(row.version),
    updatedAt: fromSqlTimestamp(row.updated_at) as Date,
  };
}
