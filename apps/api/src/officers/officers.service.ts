import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  formatRuleError,
  validateEmail,
  validateFullName,
  validatePhone,
  type ComplianceStatus,
  type Role,
} from '@motcua/domain';
import { ACCOUNT_TRANSITIONS } from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { newActivationCode } from '../auth/activation-code';
import { hasRole, type AuthUser } from '../common/access/auth-user';
import { LockoutService } from '../auth/lockout.service';
import { SessionsService } from '../auth/sessions.service';
import { TwoFactorService } from '../auth/two-factor.service';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { CampaignStatusService } from '../campaigns/campaign-status.service';
import { fieldDiff } from '../audit/field-diff';
import { ApiError, FieldError } from '../common/errors/api-error';
import { cappedIdPage } from '../database/capped-total';
import { ListQuery, Page } from '../common/list-query/list-query';
import { CompletenessService } from '../profile/completeness';
import { ReadQueries, readerOf, type SqlReader } from '../database/read-queries';
import { UnitScope } from '../units/unit-scope.service';
import { AccountAction, BulkOfficersDto, CreateOfficerDto, ResetOfficerDto, UpdateOfficerDto } from './dto/officer.dto';
import { Officer, OfficerRole } from '../accounts/officer.entity';
import { updateOfficer, type OfficerChanges } from '../accounts/officer-derived-columns';
import { officerListQuery, OfficerListFilters, OfficerFilter } from './officer-list.query';
import { officerSearch } from './officer-search';
import { loadOfficerRows, type OfficerRow } from './officer-rows';
import type { RowSink } from './export/officer-export';

const fieldErrors = (errors: FieldError[]) => ApiError.badRequest(errors);
const statusTransition = () =>
  new ApiError(409, 'STATUS_TRANSITION', 'Không thể thực hiện thao tác này với tài khoản đang ở trạng thái hiện tại.');
const EXPORT_BATCH = 1000;

/** Accounts as admins and unit admins manage them; every action scoped and audited. */
@Injectable()
export class OfficersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScope,
    private readonly sessions: SessionsService,
    private readonly lockout: LockoutService,
    private readonly twoFactor: TwoFactorService,
    private readonly audit: AuditService,
    private readonly completeness: CompletenessService,
    private readonly campaignStatus: CampaignStatusService,
    private readonly reads: ReadQueries,
  ) {}

  async list(actor: AuthUser, query: ListQuery<OfficerFilter>): Promise<Page<OfficerRow>> {
    const filters = await this.filtersOf(actor, query);
    const sortColumn =
      {
        fullName: 'officer.nameSortKey',
        username: 'officer.username',
        updatedAt: 'officer.updatedAt',
        status: 'officer.status',
        unitName: 'unit.name',
      }[query.sort] ?? 'officer.nameSortKey';
    const matching = officerListQuery(this.dataSource, this.scope, actor, filters, this.defaultRules)
      .orderBy(sortColumn, query.order)
      .addOrderBy('officer.id', 'ASC');
    // The page's ids (with the total) first, read from the name-order index alone, then those rows whole (a "deferred join").
    // The walk grows with the province and goes to the readers; the page is at most perPage primary-key lookups, cheaper
    // on the main connection than the hop to a reader thread and back.
    const { ids, ...total } = await cappedIdPage(this.reads, matching, 'officer.id', query);
    return { data: await this.rows(readerOf(this.dataSource.manager), ids), ...total };
  }

  /** Every officer matching the list filters, in id order, a batch at a time (keyset, so memory stays flat). */
  async exportTo(actor: AuthUser, query: ListQuery<OfficerFilter>, sink: RowSink): Promise<void> {
    const filters = await this.filtersOf(actor, query);
    await sink.open();
    let lastId = 0;
    for (;;) {
      const batch = officerListQuery(this.dataSource, this.scope, actor, filters, this.defaultRules)
        .select('officer.id', 'id')
        .andWhere('officer.id > :lastId', { lastId })
        .orderBy('officer.id', 'ASC')
        .limit(EXPORT_BATCH);
      const ids = (await this.reads.query<{ id: number | string }>(...batch.getQueryAndParameters())).map((row) =>
        Number(row.id),
      );
      if (!ids.length) break;
      await sink.write(await this.rows(this.reads, ids));
      lastId = ids[ids.length - 1];
    }
    await sink.end();
  }

  async findOne(actor: AuthUser, id: number): Promise<OfficerRow> {
    await this.scope.assertOfficerInScope(actor, id);
    return this.row(this.reads, id);
  }

  async create(
    actor: AuthUser,
    dto: CreateOfficerDto,
    context: AuditContext,
  ): Promise<{ officer: OfficerRow; activationCode: string }> {
    await this.scope.assertUnitInScope(actor, dto.unitId);
    this.assertMayGrant(actor, dto.roles);
    const { fullName, ...contact } = this.validateContact(dto);
    const fields = { email: null, phone: null, ...contact, fullName: fullName! };
    const activation = newActivationCode();
    return this.dataSource.transaction(async (manager) => {
      const username = dto.username.toLowerCase();
      if (await manager.countBy(Officer, { username })) {
        throw new ApiError(409, 'USERNAME_TAKEN', 'Tên đăng nhập đã tồn tại.', [
          { field: 'username', code: 'USERNAME_TAKEN', message: 'Tên đăng nhập đã tồn tại.' },
        ]);
      }
      const officer = await manager.save(
        manager.create(Officer, {
          username,
          ...fields,
          unitId: dto.unitId,
          status: 'pending_activation',
          activationCodeHash: activation.hash,
          activationExpiresAt: activation.expiresAt,
        }),
      );
      await manager.insert(
        OfficerRole,
        dto.roles.map((role) => ({ officerId: officer.id, role })),
      );
      await this.audit.record(manager, context, {
        targetType: 'officer',
        targetId: officer.id,
        action: 'officer.create',
        changes: fieldDiff(
          {},
          { username, fullName: fields.fullName, unitId: dto.unitId, roles: [...dto.roles].sort().join(',') },
        ),
      });
      await this.campaignStatus.refreshOfficers(manager, [officer.id]);
      return { officer: await this.row(manager, officer.id), activationCode: activation.code };
    });
  }

  async update(actor: AuthUser, id: number, dto: UpdateOfficerDto, context: AuditContext): Promise<OfficerRow> {
    await this.assertMayManage(actor, id);
    if (dto.unitId !== undefined) await this.scope.assertUnitInScope(actor, dto.unitId);
    if (dto.roles) this.assertMayGrant(actor, dto.roles);
    const contact = this.validateContact(dto);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.row(manager, id);
      const changes: OfficerChanges = { ...contact };
      if (dto.unitId !== undefined) changes.unitId = dto.unitId;
      const stored = await manager.findOneByOrFail(Officer, { id });
      // The name is part of what a supervisor verified (VERIFIED_FIELDS): a new name needs a new verification.
      const unverifies = Boolean(
        stored.verifiedAt && contact.fullName !== undefined && contact.fullName !== stored.fullName,
      );
      if (unverifies) Object.assign(changes, { verifiedAt: null, verifiedBy: null });
      // The officer confirmed the values they saw; a required one changed by an admin needs their confirmation again.
      const contactChanged = (['email', 'phone'] as const).filter(
        (field) => field in contact && contact[field] !== stored[field],
      );
      if (stored.confirmedAt && contactChanged.some((field) => this.completeness.requiredFields.includes(field)))
        changes.confirmedAt = null;
      await updateOfficer(manager, id, changes, {
        stored,
        versioned: { version: dto.version, current: () => this.row(manager, id) },
      });
      if (dto.roles) {
        await manager.delete(OfficerRole, { officerId: id });
        await manager.insert(
          OfficerRole,
          dto.roles.map((role) => ({ officerId: id, role })),
        );
      }
      const after = {
        fullName: changes.fullName ?? before.fullName,
        unitId: changes.unitId ?? before.unitId,
        roles: [...(dto.roles ?? before.roles)].sort().join(','),
        email: 'email' in changes ? changes.email : before.email,
        phone: 'phone' in changes ? changes.phone : before.phone,
        ...(changes.confirmedAt === null ? { confirmedAt: null } : {}),
        ...(unverifies ? { verifiedAt: null } : {}),
      };
      const diff = fieldDiff(
        {
          fullName: before.fullName,
          unitId: before.unitId,
          roles: before.roles.join(','),
          email: before.email,
          phone: before.phone,
          ...(changes.confirmedAt === null ? { confirmedAt: stored.confirmedAt } : {}),
          ...(unverifies ? { verifiedAt: stored.verifiedAt } : {}),
        },
        after,
      );
      if (diff.length)
        await this.audit.record(manager, context, {
          targetType: 'officer',
          targetId: id,
          action: 'officer.update',
          changes: diff,
        });
      await this.campaignStatus.refreshOfficers(manager, [id]);
      return this.row(manager, id);
    });
  }

  async changeStatus(
    actor: AuthUser,
    id: number,
    action: AccountAction,
    context: AuditContext,
    manager?: EntityManager,
  ): Promise<OfficerRow> {
    await this.assertMayManage(actor, id);
    if (id === actor.id && (action === 'lock' || action === 'disable')) {
      throw ApiError.forbidden('CANNOT_LOCK_SELF', 'Bạn không thể tự khóa hoặc vô hiệu hóa tài khoản của mình.');
    }
    const run = async (m: EntityManager) => {
      const officer = await m.findOneByOrFail(Officer, { id });
      if (action === 'unlock' && officer.status === 'active') return this.liftTemporaryLock(m, officer, context);
      const rule = ACCOUNT_TRANSITIONS[action];
      if (!rule.from.includes(officer.status)) throw statusTransition();
      const to = action === 'unlock' && !(await this.hasPassword(m, id)) ? 'pending_activation' : rule.to;
      await this.lockout.lift(officer, m);
      await m.update(Officer, id, { status: to });
      if (rule.revokes) await this.sessions.revokeAll(id, m);
      await this.audit.record(m, context, {
        targetType: 'officer',
        targetId: id,
        action: `officer.${action}`,
        changes: fieldDiff({ status: officer.status }, { status: to }),
      });
      return this.row(m, id);
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** An active account that failed attempts locked for a while, from one address or from all: open again at once. */
  private async liftTemporaryLock(
    manager: EntityManager,
    officer: Officer,
    context: AuditContext,
  ): Promise<OfficerRow> {
    const lockedUntil = await this.lockout.lift(officer, manager);
    if (!lockedUntil) throw statusTransition();
    await this.audit.record(manager, context, {
      targetType: 'officer',
      targetId: officer.id,
      action: 'officer.unlock',
      changes: fieldDiff({ lockedUntil }, { lockedUntil: null }),
    });
    return this.row(manager, officer.id);
  }

  /** New activation code, password cleared, every session ended; optionally the second factor too. */
  async reset(
    actor: AuthUser,
    id: number,
    dto: ResetOfficerDto,
    context: AuditContext,
  ): Promise<{ officer: OfficerRow; activationCode: string }> {
    await this.assertMayManage(actor, id);
    const activation = newActivationCode();
    return this.dataSource.transaction(async (manager) => {
      const officer = await manager.findOneByOrFail(Officer, { id });
      await manager.update(Officer, id, {
        status: 'pending_activation',
        passwordHash: null,
        activationCodeHash: activation.hash,
        activationExpiresAt: activation.expiresAt,
        failedAttempts: 0,
        lockedUntil: null,
      });
      if (dto.resetTwoFactor) await this.twoFactor.disable(id, manager);
      await this.sessions.revokeAll(id, manager);
      await this.audit.record(manager, context, {
        targetType: 'officer',
        targetId: id,
        action: 'officer.reset',
        changes: [
          ...fieldDiff({ status: officer.status }, { status: 'pending_activation' }),
          ...(dto.resetTwoFactor ? [{ field: 'twoFactor', before: null, after: 'đã thay đổi' }] : []),
        ],
      });
      return { officer: await this.row(manager, id), activationCode: activation.code };
    });
  }

  /** Lock, unlock or move a selection: all or nothing, each officer checked against the caller's scope. */
  async bulk(actor: AuthUser, dto: BulkOfficersDto, context: AuditContext): Promise<{ updated: number }> {
    if (dto.action === 'move' && !dto.unitId)
      throw fieldErrors([{ field: 'unitId', code: 'REQUIRED', message: 'Vui lòng chọn đơn vị đích.' }]);
    for (const id of dto.ids) await this.assertMayManage(actor, id);
    if (dto.action === 'move') await this.scope.assertUnitInScope(actor, dto.unitId!);
    await this.dataSource.transaction(async (manager) => {
      for (const id of dto.ids) {
        if (dto.action === 'move') {
          const officer = await manager.findOneByOrFail(Officer, { id });
          if (officer.unitId === dto.unitId) continue;
          await manager.update(Officer, id, { unitId: dto.unitId });
          await this.audit.record(manager, context, {
            targetType: 'officer',
            targetId: id,
            action: 'officer.update',
            changes: fieldDiff({ unitId: officer.unitId }, { unitId: dto.unitId }),
          });
        } else {
          const officer = await manager.findOneByOrFail(Officer, { id });
          if (ACCOUNT_TRANSITIONS[dto.action].from.includes(officer.status))
            await this.changeStatus(actor, id, dto.action, context, manager);
        }
      }
      if (dto.action === 'move') await this.campaignStatus.refreshOfficers(manager, dto.ids);
    });
    return { updated: dto.ids.length };
  }

  private async filtersOf(actor: AuthUser, query: ListQuery<OfficerFilter>): Promise<OfficerListFilters> {
    const f = query.filters;
    const unitPath = f.unitId !== undefined ? await this.scope.assertUnitInScope(actor, f.unitId as number) : undefined;
    return {
      id: f.id as number[] | undefined,
      unitPath,
      role: f.role as string | undefined,
      status: f.status as string | undefined,
      verified: f.verified as boolean | undefined,
      confirmed: f.confirmed as boolean | undefined,
      completeness: f.completeness as ComplianceStatus | undefined,
      search: query.q ? await officerSearch(this.dataSource, query.q) : undefined,
    };
  }

  private get defaultRules() {
    return { requiredFields: this.completeness.requiredFields, deadline: this.completeness.defaultDeadline };
  }

  /** Scoped roles act inside their subtree, never on an admin's account; supervisors only read. */
  private async assertMayManage(actor: AuthUser, id: number): Promise<void> {
    if (!hasRole(actor, 'admin', 'unit_admin')) throw ApiError.forbidden('ROLE_REQUIRED');
    await this.scope.assertOfficerInScope(actor, id);
    if (
      !hasRole(actor, 'admin') &&
      (await this.dataSource.manager.countBy(OfficerRole, { officerId: id, role: 'admin' }))
    ) {
      throw ApiError.forbidden(
        'ADMIN_ACCOUNT_PROTECTED',
        'Chỉ quản trị viên hệ thống mới được thay đổi tài khoản quản trị.',
      );
    }
  }

  private assertMayGrant(actor: AuthUser, roles: readonly Role[]): void {
    if (roles.includes('admin') && !hasRole(actor, 'admin')) {
      throw ApiError.forbidden(
        'CANNOT_GRANT_ADMIN',
        'Chỉ quản trị viên hệ thống mới được cấp quyền quản trị hệ thống.',
      );
    }
  }

  /** The name, e-mail and phone sent (by the rules the officer's own profile uses), all errors at once; an empty contact clears it. */
  private validateContact(dto: {
    fullName?: string;
    email?: string | null;
    phone?: string | null;
  }): Partial<Pick<Officer, 'fullName' | 'email' | 'phone'>> {
    const errors: FieldError[] = [];
    const pick = <T>(
      field: string,
      result: { ok: boolean; value?: T; errors: { code: string; params?: Record<string, string | number> }[] },
    ) => {
      result.errors.forEach((e) => errors.push({ field, code: e.code, message: formatRuleError(e) }));
      return result.ok ? (result.value as T) : undefined;
    };
    const fields: Partial<Pick<Officer, 'fullName' | 'email' | 'phone'>> = {};
    if (dto.fullName !== undefined) fields.fullName = pick<string>('fullName', validateFullName(dto.fullName));
    if (dto.email !== undefined)
      fields.email = dto.email ? (pick<string>('email', validateEmail(dto.email)) ?? null) : null;
    if (dto.phone !== undefined)
      fields.phone = dto.phone ? (pick<{ number: string }>('phone', validatePhone(dto.phone))?.number ?? null) : null;
    if (errors.length) throw fieldErrors(errors);
    return fields;
  }

  private async hasPassword(manager: EntityManager, id: number): Promise<boolean> {
    const officer = await manager
      .createQueryBuilder(Officer, 'o')
      .addSelect('o.passwordHash')
      .where('o.id = :id', { id })
      .getOne();
    return Boolean(officer?.passwordHash);
  }

  /** One officer as the API shows them; `reads` is a transaction's (readerOf) where it wrote the officer. */
  private async row(reads: EntityManager | SqlReader, id: number): Promise<OfficerRow> {
    const [row] = await this.rows(reads instanceof EntityManager ? readerOf(reads) : reads, [id]);
    if (!row) throw ApiError.notFound('Không tìm thấy cán bộ.');
    return row;
  }

  /** The given officers as the API shows them, in the order of `ids`. */
  private rows(reads: SqlReader, ids: number[]): Promise<OfficerRow[]> {
    return loadOfficerRows(reads, this.completeness, ids);
  }
}
