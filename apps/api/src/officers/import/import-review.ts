import type { Role } from '@motcua/domain';
import type { Officer } from '../../accounts/officer.entity';
import { officerFieldsOf, type ImportRow } from './import-row';

/**
 * Why a row deserves a second look before it is applied:
 * - `citizen_id_match`: the row updates an account found by its CCCD whose username is not the file's;
 * - `role_grant`: the row gives an account a role above "Cán bộ" it does not hold now;
 * - `admin_role_grant`: the same, for an administrator's role (Quản trị đơn vị, Quản trị hệ thống).
 */
export type ImportFlag = 'citizen_id_match' | 'role_grant' | 'admin_role_grant';

export const REVIEWED_FIELDS = [
  'fullName',
  'gender',
  'birthDate',
  'citizenId',
  'phone',
  'email',
  'unitCode',
  'roles',
] as const;
export type ReviewedField = (typeof REVIEWED_FIELDS)[number];

/** Raw values (ISO dates, gender and role codes) so each screen words them in its own language; the unit as "Name (CODE)". */
export interface ImportChange {
  field: ReviewedField;
  before: string | string[] | null;
  after: string | string[] | null;
}

export type ImportAction = 'create' | 'update' | 'unchanged';

export interface RowReview {
  row: number;
  action: ImportAction;
  /** As the file has it. */
  username: string;
  fullName: string;
  /** The existing account the row updates; its username stays as it is even when the file's differs. */
  account?: { id: number; username: string };
  changes: ImportChange[];
  flags: ImportFlag[];
  /** Roles above "Cán bộ" the row adds. */
  grantedRoles: Role[];
}

export interface MatchedAccount {
  officer: Pick<Officer, 'id' | 'username' | 'fullName' | 'gender' | 'birthDate' | 'citizenId' | 'phone' | 'email'>;
  roles: Role[];
  unitLabel: string;
}

const ADMIN_ROLES: readonly Role[] = ['admin', 'unit_admin'];

export const unitLabel = (unit: { code: string; name: string }) => `${unit.name} (${unit.code})`;

const same = (a: ImportChange['before'], b: ImportChange['after']) => JSON.stringify(a) === JSON.stringify(b);

/** What applying one valid row would do to the account it matches (or the account it creates), field by field. */
export function reviewRow(row: ImportRow, unit: { code: string; name: string }, match?: MatchedAccount): RowReview {
  const after: Record<ReviewedField, ImportChange['after']> = {
    ...officerFieldsOf(row),
    unitCode: unitLabel(unit),
    roles: row.roles,
  };
  const heldRoles = match?.roles ?? [];
  const grantedRoles = row.roles.filter((role) => role !== 'officer' && !heldRoles.includes(role));
  const flags: ImportFlag[] = [];
  if (match && match.officer.username !== row.username) flags.push('citizen_id_match');
  if (grantedRoles.some((role) => ADMIN_ROLES.includes(role))) flags.push('admin_role_grant');
  else if (grantedRoles.length) flags.push('role_grant');
  const base = { row: row.row, username: row.username, fullName: row.fullName, flags, grantedRoles };
  if (!match) return { ...base, action: 'create', changes: [] };

  const { officer } = match;
  const before: Record<ReviewedField, ImportChange['before']> = {
    fullName: officer.fullName,
    gender: officer.gender,
    birthDate: officer.birthDate,
    citizenId: officer.citizenId,
    phone: officer.phone,
    email: officer.email,
    unitCode: match.unitLabel,
    roles: [...heldRoles].sort(),
  };
  const changes = REVIEWED_FIELDS.filter((field) => !same(before[field], after[field])).map((field) => ({
    field,
    before: before[field],
    after: after[field],
  }));
  return {
    ...base,
    action: changes.length ? 'update' : 'unchanged',
    account: { id: officer.id, username: officer.username },
    changes,
  };
}
