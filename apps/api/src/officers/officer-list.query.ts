import type { ProfileField } from '@motcua/domain';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { subtreeRange } from '../units/unit-path';
import { UnitScope } from '../units/unit-scope.service';
import { Officer } from './officer.entity';
import type { OfficerSearch } from './officer-search';

export type OfficerFilter = 'id' | 'unitId' | 'role' | 'status' | 'verified' | 'confirmed' | 'completeness';

export interface OfficerListFilters {
  id?: number[];
  unitPath?: string;
  role?: string;
  status?: string;
  verified?: boolean;
  confirmed?: boolean;
  completeness?: 'complete' | 'incomplete';
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

/**
 * The officer list query, written once for the list, the export and the bulk "everyone in this filter" actions.
 * Scope first: a supervisor or unit admin never sees past their subtree, whatever the filters say.
 */
export function officerListQuery(
  dataSource: DataSource,
  scope: UnitScope,
  actor: AuthUser,
  filters: OfficerListFilters,
  requiredFields: readonly ProfileField[],
): SelectQueryBuilder<Officer> {
  const builder = dataSource.getRepository(Officer).createQueryBuilder('officer').innerJoin('officer.unit', 'unit').addSelect(['unit.id', 'unit.name', 'unit.path']);
  scope.restrict(builder, actor, 'unit');
  if (filters.id) builder.andWhere('officer.id IN (:...ids)', { ids: filters.id });
  if (filters.unitPath) {
    const { from, to } = subtreeRange(filters.unitPath);
    builder.andWhere('unit.path >= :unitFrom AND unit.path < :unitTo', { unitFrom: from, unitTo: to });
  }
  if (filters.role) builder.andWhere('EXISTS (SELECT 1 FROM officer_roles r WHERE r.officer_id = officer.id AND r.role = :role)', { role: filters.role });
  if (filters.status) builder.andWhere('officer.status = :status', { status: filters.status });
  if (filters.verified !== undefined) builder.andWhere(filters.verified ? 'officer.verified_at IS NOT NULL' : 'officer.verified_at IS NULL');
  if (filters.confirmed !== undefined) builder.andWhere(filters.confirmed ? 'officer.confirmed_at IS NOT NULL' : 'officer.confirmed_at IS NULL');
  if (filters.completeness) {
    // Presence of every required field; whether each value also passes its rule is shown per row.
    const present = requiredFields.map((field) => `(officer.${COLUMN_OF[field]} IS NOT NULL AND officer.${COLUMN_OF[field]} <> '')`).join(' AND ') || '1 = 1';
    builder.andWhere(filters.completeness === 'complete' ? `(${present})` : `NOT (${present})`);
  }
  filters.search?.(builder, 'officer');
  return builder;
}
