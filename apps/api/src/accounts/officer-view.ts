import { fromSqlTimestamp } from '../database/sql-values';
import type { Officer } from './officer.entity';

export const avatarUrlOf = (key: string | null) => (key ? `/api/avatars/${key}` : null);

type Column = keyof Officer & string;

// How each engine hands back what raw SQL reads: SQLite booleans as 0/1 and timestamps as text, PostgreSQL's
// integers of a COUNT or a bigint as strings.
const BOOLEANS: ReadonlySet<Column> = new Set(['mustChangePassword', 'totpEnabled', 'twoFactorExempt']);
const TIMESTAMPS: ReadonlySet<Column> = new Set([
  'confirmedAt',
  'verifiedAt',
  'returnedAt',
  'lockedUntil',
  'activationExpiresAt',
  'createdAt',
  'updatedAt',
]);
const NUMBERS: ReadonlySet<Column> = new Set([
  'id',
  'unitId',
  'version',
  'verifiedBy',
  'returnedBy',
  'failedAttempts',
  'sessionEpoch',
  'totpLastStep',
]);

const snakeCase = (property: string) => property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Columns of an `officers` row read by raw SQL (each under its snake_case name), typed as the entity types them. */
export function officerFromSqlRow<K extends Column>(
  row: Record<string, unknown>,
  columns: readonly K[],
): Pick<Officer, K> {
  const officer: Partial<Record<Column, unknown>> = {};
  for (const column of columns) {
    const value = row[snakeCase(column)];
    if (TIMESTAMPS.has(column)) officer[column] = fromSqlTimestamp(value);
    else if (value === null || value === undefined) officer[column] = BOOLEANS.has(column) ? false : null;
    else if (BOOLEANS.has(column)) officer[column] = Boolean(Number(value));
    else if (NUMBERS.has(column)) officer[column] = Number(value);
    else officer[column] = String(value);
  }
  return officer as Pick<Officer, K>;
}

/** The fields every response about one officer shows (a staff list row, the officer's own profile). */
export const OFFICER_VIEW_COLUMNS = [
  'id',
  'username',
  'fullName',
  'unitId',
  'gender',
  'birthDate',
  'email',
  'phone',
  'citizenId',
  'avatarKey',
  'confirmedAt',
  'verifiedAt',
  'version',
  'updatedAt',
] as const satisfies readonly Column[];

type ViewSource = Pick<Officer, (typeof OFFICER_VIEW_COLUMNS)[number]>;

export interface OfficerView extends Omit<ViewSource, 'avatarKey'> {
  avatarUrl: string | null;
}

/** The one mapping from an officer's row to what the API shows of it; each response adds its own fields. */
export const officerView = ({ avatarKey, ...officer }: ViewSource): OfficerView => ({
  id: officer.id,
  username: officer.username,
  fullName: officer.fullName,
  unitId: officer.unitId,
  gender: officer.gender,
  birthDate: officer.birthDate,
  email: officer.email,
  phone: officer.phone,
  citizenId: officer.citizenId,
  avatarUrl: avatarUrlOf(avatarKey),
  confirmedAt: officer.confirmedAt,
  verifiedAt: officer.verifiedAt,
  version: officer.version,
  updatedAt: officer.updatedAt,
});
