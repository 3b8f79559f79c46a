import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { hasRole, type AuthUser } from '../common/access/auth-user';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { fieldDiff } from '../audit/field-diff';
import { ApiError } from '../common/errors/api-error';
import { ListQuery, Page } from '../common/list-query/list-query';
import { updateVersioned } from '../common/versioned-update';
import { ReadQueries } from '../database/read-queries';
import { vietnamTimeToUtc } from '@motcua/contracts';
import { Officer } from '../accounts/officer.entity';
import { Unit } from '../units/unit.entity';
import { subtreeRange } from '../units/unit-path';
import { escapeLike } from '../units/units.service';
import { outOfScope, UnitScope } from '../units/unit-scope.service';
import { Campaign, CampaignStatus, CampaignTarget } from './campaign.entity';
import { CampaignStatusService } from './campaign-status.service';
import { CampaignTargetDto, CreateCampaignDto, UpdateCampaignDto } from './dto/campaign.dto';

export type CampaignFilter = 'status';

/** ISO with an offset as given; without one, a Vietnamese wall-clock time (a bare date: that day's 00:00). */
const instant = (value: string) =>
  /[zZ]|[+-]\d{2}:?\d{2}$/.test(value)
    ? new Date(value)
    : vietnamTimeToUtc(value.length === 10 ? `${value}T00:00` : value.slice(0, 16));

/** Both ends of a period as instants; one that names no real moment (year 0000) is a 400 on its field, not a 500. */
function instantsOf(fields: { startsAt: string; deadlineAt: string }): { startsAt: Date; deadlineAt: Date } {
  const read = { startsAt: instant(fields.startsAt), deadlineAt: instant(fields.deadlineAt) };
  const invalid = (['startsAt', 'deadlineAt'] as const).filter(
    (field) => Number.isNaN(read[field].getTime()) || read[field].getUTCFullYear() < 1900,
  );
  if (invalid.length)
    throw ApiError.badRequest(
      invalid.map((field) => ({ field, code: 'INVALID_DATE', message: 'Ngày giờ không hợp lệ.' })),
    );
  return read;
}

/** A campaign is never set or started with its deadline already behind it (it would open as overdue). */
function assertDeadlineAhead(deadline: Date, now = new Date()): void {
  if (deadline.getTime() > now.getTime()) return;
  throw ApiError.badRequest([
    {
      field: 'deadlineAt',
      code: 'DEADLINE_PASSED',
      message: 'Hạn chót đã qua. Hãy chọn hạn chót sau thời điểm hiện tại.',
    },
  ]);
}

const NEXT: Record<'activate' | 'close', { from: CampaignStatus; to: CampaignStatus }> = {
  activate: { from: 'draft', to: 'active' },
  close: { from: 'active', to: 'closed' },
};

@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScope,
    private readonly status: CampaignStatusService,
    private readonly audit: AuditService,
    private readonly reads: ReadQueries,
  ) {}

  async list(actor: AuthUser, query: ListQuery<CampaignFilter>): Promise<Page<Campaign>> {
    const builder = this.scoped(actor);
    if (query.filters.status) builder.andWhere('campaign.status = :status', { status: query.filters.status });
    if (query.q)
      builder.andWhere("LOWER(campaign.name) LIKE :q ESCAPE '\\'", { q: `%${escapeLike(query.q.toLowerCase())}%` });
    const [data, total] = await builder
      .orderBy(`campaign.${query.sort}`, query.order)
      .addOrderBy('campaign.id', 'DESC')
      .addOrderBy('target.unitId', 'ASC')
      .skip(query.offset)
      .take(query.perPage)
      .getManyAndCount();
    return { data, total };
  }

  async findOne(
    actor: AuthUser,
    id: number,
    manager: EntityManager = this.dataSource.manager,
    write = false,
  ): Promise<Campaign> {
    // Targets in a fixed order: a plan change (fresh statistics) must not reorder them between two reads.
    const campaign = await this.scoped(actor, manager, write)
      .andWhere('campaign.id = :id', { id })
      .orderBy('target.unitId', 'ASC')
      .getOne();
    // Like every scoped record: out of scope and non-existent answer the same 403; only admins learn "not found".
    if (!campaign) throw hasRole(actor, 'admin') ? ApiError.notFound('Không tìm thấy đợt cập nhật.') : outOfScope();
    return campaign;
  }

  async create(actor: AuthUser, dto: CreateCampaignDto, context: AuditContext): Promise<Campaign> {
    const { startsAt, deadlineAt } = this.period(dto.startsAt, dto.deadlineAt);
    assertDeadlineAhead(deadlineAt);
    await this.assertTargetsInScope(actor, dto.targets);
    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.save(
        manager.create(Campaign, {
          name: dto.name.trim(),
          description: dto.description?.trim() ?? '',
          startsAt,
          deadlineAt,
          requiredItems: dto.requiredItems,
          status: 'draft',
          ownerUnitId: actor.unitId,
          createdBy: actor.id,
          targets: dto.targets.map((t) => ({ unitId: t.unitId, includeSubtree: t.includeSubtree ?? true })),
        }),
      );
      await this.audit.record(manager, context, {
        targetType: 'campaign',
        targetId: campaign.id,
        action: 'campaign.create',
        changes: fieldDiff({}, { name: campaign.name, deadlineAt: deadlineAt.toISOString() }),
      });
      return this.findOne(actor, campaign.id, manager);
    });
  }

  async update(actor: AuthUser, id: number, dto: UpdateCampaignDto, context: AuditContext): Promise<Campaign> {
    const current = await this.findOne(actor, id, undefined, true);
    if (current.status === 'closed')
      throw new ApiError(409, 'CAMPAIGN_CLOSED', 'Đợt cập nhật đã kết thúc, không thể sửa.');
    const period = this.period(
      dto.startsAt ?? current.startsAt.toISOString(),
      dto.deadlineAt ?? current.deadlineAt.toISOString(),
    );
    // A running campaign whose deadline has passed may still be renamed; only a new deadline must lie ahead.
    if (period.deadlineAt.getTime() !== current.deadlineAt.getTime()) assertDeadlineAhead(period.deadlineAt);
    if (dto.targets) await this.assertTargetsInScope(actor, dto.targets);
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<Campaign> = { startsAt: period.startsAt, deadlineAt: period.deadlineAt };
      if (dto.name !== undefined) changes.name = dto.name.trim();
      if (dto.description !== undefined) changes.description = dto.description.trim();
      if (dto.requiredItems) changes.requiredItems = dto.requiredItems;
      await updateVersioned(manager, Campaign, id, dto.version, changes, () => this.findOne(actor, id, manager));
      if (dto.targets) {
        await manager.delete(CampaignTarget, { campaignId: id });
        await manager.insert(
          CampaignTarget,
          dto.targets.map((t) => ({ campaignId: id, unitId: t.unitId, includeSubtree: t.includeSubtree ?? true })),
        );
      }
      if (current.status === 'active' && (dto.targets || dto.requiredItems))
        await this.status.refreshCampaign(manager, id);
      const diff = fieldDiff(
        {
          name: current.name,
          deadlineAt: current.deadlineAt.toISOString(),
          requiredItems: current.requiredItems.join(','),
        },
        {
          name: changes.name ?? current.name,
          deadlineAt: period.deadlineAt.toISOString(),
          requiredItems: (changes.requiredItems ?? current.requiredItems).join(','),
        },
      );
      await this.audit.record(manager, context, {
        targetType: 'campaign',
        targetId: id,
        action: 'campaign.update',
        changes: diff,
      });
      return this.findOne(actor, id, manager);
    });
  }

  /** draft → active (every targeted officer's status computed now) → closed (frozen). */
  async transition(
    actor: AuthUser,
    id: number,
    action: 'activate' | 'close',
    context: AuditContext,
  ): Promise<Campaign> {
    const campaign = await this.findOne(actor, id, undefined, true);
    const rule = NEXT[action];
    if (campaign.status !== rule.from)
      throw new ApiError(409, 'CAMPAIGN_STATUS', 'Không thể chuyển trạng thái đợt cập nhật theo cách này.');
    if (action === 'activate') assertDeadlineAhead(campaign.deadlineAt);
    const updated = await this.dataSource.transaction(async (manager) => {
      await manager.update(Campaign, id, { status: rule.to });
      if (rule.to === 'active') await this.status.refreshCampaign(manager, id);
      await this.audit.record(manager, context, {
        targetType: 'campaign',
        targetId: id,
        action: `campaign.${action}`,
        changes: fieldDiff({ status: rule.from }, { status: rule.to }),
      });
      return this.findOne(actor, id, manager);
    });
    if (rule.to === 'active') await this.reads.refreshStatistics(['campaign_officers']);
    return updated;
  }

  async remove(actor: AuthUser, id: number, context: AuditContext): Promise<void> {
    const campaign = await this.findOne(actor, id, undefined, true);
    if (campaign.status !== 'draft')
      throw new ApiError(409, 'CAMPAIGN_NOT_DRAFT', 'Chỉ xóa được đợt cập nhật ở trạng thái nháp.');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Campaign, id);
      await this.audit.record(manager, context, { targetType: 'campaign', targetId: id, action: 'campaign.delete' });
    });
  }

  /** How many officers these targets reach, for the live preview while an admin picks units. */
  async previewCount(actor: AuthUser, targets: CampaignTargetDto[]): Promise<{ officers: number }> {
    if (!targets.length) return { officers: 0 };
    await this.assertTargetsInScope(actor, targets);
    const units = new Map(
      (
        await this.dataSource.manager.find(Unit, {
          where: { id: In(targets.map((t) => t.unitId)) },
          select: { id: true, path: true },
        })
      ).map((u) => [u.id, u.path]),
    );
    const builder = this.dataSource
      .getRepository(Officer)
      .createQueryBuilder('officer')
      .innerJoin('officer.unit', 'unit');
    const clauses = targets.map((target, i) => {
      if (target.includeSubtree === false) return `officer.unit_id = :unit${i}`;
      return `(unit.path >= :from${i} AND unit.path < :to${i})`;
    });
    const params = Object.fromEntries(
      targets.flatMap((target, i) => {
        const { from, to } = subtreeRange(units.get(target.unitId)!);
        return [
          [`unit${i}`, target.unitId],
          [`from${i}`, from],
          [`to${i}`, to],
        ];
      }),
    );
    return {
      officers: await builder
        .where(`(${clauses.join(' OR ')})`, params)
        .andWhere("officer.status <> 'disabled'")
        .getCount(),
    };
  }

  /** Everyone who follows compliance reads every campaign; only admins and the owning subtree's unit admins change one. */
  private scoped(
    actor: AuthUser,
    manager: EntityManager = this.dataSource.manager,
    write = false,
  ): SelectQueryBuilder<Campaign> {
    const builder = manager
      .getRepository(Campaign)
      .createQueryBuilder('campaign')
      .leftJoinAndSelect('campaign.targets', 'target');
    if (hasRole(actor, 'admin') || (!write && hasRole(actor, 'supervisor'))) return builder;
    const { from, to } = subtreeRange(actor.unitPath);
    return builder
      .innerJoin(Unit, 'owner', 'owner.id = campaign.owner_unit_id')
      .andWhere('owner.path >= :ownerFrom AND owner.path < :ownerTo', { ownerFrom: from, ownerTo: to });
  }

  private period(startsAt: string, deadlineAt: string) {
    const { startsAt: start, deadlineAt: deadline } = instantsOf({ startsAt, deadlineAt });
    if (deadline.getTime() <= start.getTime()) {
      throw ApiError.badRequest([
        { field: 'deadlineAt', code: 'DEADLINE_BEFORE_START', message: 'Hạn chót phải sau thời điểm bắt đầu.' },
      ]);
    }
    return { startsAt: start, deadlineAt: deadline };
  }

  private async assertTargetsInScope(actor: AuthUser, targets: CampaignTargetDto[]): Promise<void> {
    for (const target of targets) await this.scope.assertUnitInScope(actor, target.unitId);
  }
}
