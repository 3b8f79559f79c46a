import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { hasRole, type AuthUser } from '../common/access/auth-user';
import { ApiError } from '../common/errors/api-error';
import { placeholders } from '../database/sql-values';
import { isWithin, subtreeRange } from './unit-path';

/**
 * The one place that decides whose records a caller may see or change: admins everywhere, everyone else within
 * their own unit's subtree. Out-of-scope and non-existent records get the same 403, so nothing leaks.
 */
@Injectable()
export class UnitScope {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  covers(actor: AuthUser, unitPath: string): boolean {
    return hasRole(actor, 'admin') || isWithin(unitPath, actor.unitPath);
  }

  /** Limits a query joined to `units` (as `unitAlias`) to the caller's subtree. */
  restrict<T extends object>(
    builder: SelectQueryBuilder<T>,
    actor: AuthUser,
    unitAlias: string,
  ): SelectQueryBuilder<T> {
    if (hasRole(actor, 'admin')) return builder;
    const { from, to } = subtreeRange(actor.unitPath);
    return builder.andWhere(`${unitAlias}.path >= :scopeFrom AND ${unitAlias}.path < :scopeTo`, {
      scopeFrom: from,
      scopeTo: to,
    });
  }

  async assertUnitInScope(actor: AuthUser, unitId: number): Promise<string> {
    const [unit]: { path: string }[] = await this.dataSource.query(
      placeholders(this.dataSource, 'SELECT path FROM units WHERE id = ?'),
      [unitId],
    );
    return this.assertCovers(actor, unit?.path);
  }

  /** A unit the caller looked up themselves (its path, or undefined when there is none), checked like any other. */
  assertCovers(actor: AuthUser, unitPath: string | undefined): string {
    if (unitPath === undefined && hasRole(actor, 'admin')) throw ApiError.notFound('Không tìm thấy đơn vị.');
    if (unitPath === undefined || !this.covers(actor, unitPath)) throw outOfScope();
    return unitPath;
  }

  async assertOfficerInScope(actor: AuthUser, officerId: number): Promise<void> {
    const [row]: { path: string }[] = await this.dataSource.query(
      placeholders(
        this.dataSource,
        'SELECT u.path AS path FROM officers o JOIN units u ON u.id = o.unit_id WHERE o.id = ?',
      ),
      [officerId],
    );
    if (!row && hasRole(actor, 'admin')) throw ApiError.notFound('Không tìm thấy cán bộ.');
    if (!row || !this.covers(actor, row.path)) throw outOfScope();
  }
}

export const outOfScope = () =>
  ApiError.forbidden('OUT_OF_SCOPE', 'Bản ghi nằm ngoài phạm vi đơn vị bạn được quản lý.');
