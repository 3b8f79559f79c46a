import type { ProfileSnapshot } from '@motcua/domain';
import type { Officer, Role } from '@motcua/contracts';
import type { SqlReader } from '../database/read-queries';
import { fromSqlTimestamp, placeholders } from '../database/sql-values';
import { snapshotOf } from '../accounts/profile-snapshot';
import { OFFICER_VIEW_COLUMNS, officerFromSqlRow, officerView } from '../accounts/officer-view';
import type { CompletenessService, RowStatus } from '../profile/completeness';

/** A row as the API answers it (JSON turns the Dates into ISO strings: the SPA's `Officer`). */
export type OfficerRow = Officer<Date>;

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

const ROW_COLUMNS = [
  ...OFFICER_VIEW_COLUMNS,
  'status',
  'address',
  'receiptAccount',
  'defaultPage',
  'returnedAt',
  'totpEnabled',
] as const;

function toOfficerRow(row: RawRow, status: (id: number, snapshot: ProfileSnapshot) => RowStatus): OfficerRow {
  const officer = officerFromSqlRow(row, ROW_COLUMNS);
  return {
    ...officerView(officer),
    unitName: String(row.unit_name),
    roles: row.role === null || row.role === undefined ? [] : [row.role as Role],
    status: officer.status,
    verifiedByName:
      row.verified_by_name === null || row.verified_by_name === undefined ? null : String(row.verified_by_name),
    returnedAt: officer.returnedAt,
    lockedUntil: temporaryLockEnd(row),
    twoFactorEnabled: officer.totpEnabled,
    completeness: status(officer.id, snapshotOf(officer, Number(row.receipt_password_set) === 1)),
  };
}
