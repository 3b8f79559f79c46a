import type { ComplianceStatus, ProfileField } from '@motcua/domain';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../common/access/auth-user';
import { sqlTimestamp } from '../database/sql-values';
import { subtreeRange } from '../units/unit-path';
import { UnitScope } from '../units/unit-scope.service';
import { Officer } from '../accounts/officer.entity';
import type { OfficerSearch } from './officer-search';

export type OfficerFilter = 'id' | 'unitId' | 'role' | 'status' | 'verified' | 'confirmed' | 'completeness';

export interface OfficerListFilters {
  id?: number[];
  unitPath?: string;
  role?: string;
  status?: string;
  verified?: boolean;
  confirmed?: boolean;
  completeness?: ComplianceStatus;
  /** The `q` search, resolved once per request (officerSearch). */
  search?: OfficerSearch;
}

const COLUMN_OF: Partial<Record<ProfileField, string>> = {
  fullName: 'full_name',
  gender: 'gender',
  address: 'address',
  birthDate: 'birth_date',
  email: 'email',
  avatar: 'avatar_key',
  citizenId: 'citizen_id',
  phone: 'phone',
  receiptAccount: 'receipt_account',
  receiptPassword: 'receipt_password_encrypted',
  defaultPage: 'default_page',
};

/** The default rule set, for officers no active campaign targets. */
export interface DefaultRules {
  requiredFields: readonly ProfileField[];
  deadline: Date;
}

// An officer's rows in active campaigns, narrowed by a condition: the SQL side of CompletenessService.campaignStatuses.
const activeRow = (condition = '') =>
  `EXISTS (SELECT 1 FROM campaign_officers co JOIN campaigns c ON c.id = co.campaign_id WHERE co.officer_id = officer.id AND c.status = 'active'${condition ? ` AND ${condition}` : ''})`;

/** The rows whose status (the most pressing active campaign's, else the default rule set's) is `status`. */
function statusCondition(status: ComplianceStatus, rules: DefaultRules, now: Date): string {
  // Presence of every required field; whether each value also passes its rule is shown per row.
  const present =
    rules.requiredFields
      .map((field) => `(officer.${COLUMN_OF[field]} IS NOT NULL AND officer.${COLUMN_OF[field]} <> '')`)
      .join(' AND ') || '1 = 1';
  const pastDefault = now.getTime() > rules.deadline.getTime();
  const targeted = activeRow();
  const open = activeRow('co.completed_at IS NULL');
  const late = activeRow('co.completed_at > c.deadline_at');
  const overdue = activeRow('co.completed_at IS NULL AND c.deadline_at < :statusNow');
  const byDefault = (condition: string) => `(NOT ${targeted} AND ${condition})`;
  switch (status) {
    case 'complete':
      return `((${targeted} AND NOT ${open} AND NOT ${late}) OR ${byDefault(`(${present})`)})`;
    case 'complete_late':
      return `(${targeted} AND NOT ${open} AND ${late})`;
    case 'incomplete':
      return `((${open} AND NOT ${overdue}) OR ${byDefault(pastDefault ? '1 = 0' : `NOT (${present})`)})`;
    default:
      return `(${overdue} OR ${byDefault(pastDefault ? `NOT (${present})` : '1 = 0')})`;
  }
}

/**
 * The officer list query, written once for the list, the export and the bulk "everyone in this filter" actions.
 * Scope first: a supervisor or unit admin never sees past their subtree, whatever the filters say.
 */
export function officerListQuery(
  dataSource: DataSource,
  scope: UnitScope,
  actor: AuthUser,
  filters: OfficerListFilters,
  defaultRules: DefaultRules,
  now = new Date(),
): SelectQueryBuilder<Officer> {
  const builder = dataSource
    .getRepository(Officer)
    .createQueryBuilder('officer')
    .innerJoin('officer.unit', 'unit')
    .addSelect(['unit.id', 'unit.name', 'unit.path']);
  scope.restrict(builder, actor, 'unit');
  if (filters.id) builder.andWhere('officer.id IN (:...ids)', { ids: filters.id });
  if (filters.unitPath) {
    const { from, to } = subtreeRange(filters.unitPath);
    builder.andWhere('unit.path >= :unitFrom AND unit.path < :unitTo', { unitFrom: from, unitTo: to });
  }
  if (filters.role)
    builder.andWhere('EXISTS (SELECT 1 FROM officer_roles r WHERE r.officer_id = officer.id AND r.role = :role)', {
      role: filters.role,
    });
  if (filters.status) builder.andWhere('officer.status = :status', { status: filters.status });
  if (filters.verified !== undefined)
    builder.andWhere(filters.verified ? 'officer.verified_at IS NOT NULL' : 'officer.verified_at IS NULL');
  if (filters.confirmed !== undefined)
    builder.andWhere(filters.confirmed ? 'officer.confirmed_at IS NOT NULL' : 'officer.confirmed_at IS NULL');
  if (filters.completeness)
    builder.andWhere(statusCondition(filters.completeness, defaultRules, now), {
      statusNow: sqlTimestamp(dataSource, now),
    });
  filters.search?.(builder, 'officer');
  return builder;
}
