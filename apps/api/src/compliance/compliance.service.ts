import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  complianceStatus,
  daysLeft,
  todayInVietnam,
  type ComplianceFilter,
  type ComplianceOfficer as ComplianceOfficerContract,
  type ComplianceStatus,
  type ComplianceSummary,
  type StatusCounts,
} from '@motcua/contracts';
import { hasRole, type AuthUser } from '../common/access/auth-user';
import { Campaign, type CampaignItem } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ApiError } from '../common/errors/api-error';
import { cappedTotal } from '../database/capped-total';
import { ReadQueries } from '../database/read-queries';
import { ListQuery, Page } from '../common/list-query/list-query';
import { fromSqlTimestamp, placeholders, sqlTimestamp } from '../database/sql-values';
import { mailConfig } from '../notifications/mail.config';
import { officerSearch } from '../officers/officer-search';
import { subtreeRange } from '../units/unit-path';
import { UnitScope } from '../units/unit-scope.service';
import { missingCounts, STATUS_COUNTS, subtreeUpper, vietnamDay } from './compliance-sql';

export type { ComplianceFilter, ComplianceSummary, StatusCounts };

export type ComplianceOfficer = ComplianceOfficerContract<Date>;

type Row = Record<string, string | number | Date | null>;

/**
 * Compliance reporting as SQL aggregates over campaign_officers: a fixed handful of statements per request,
 * however many officers the province has.
 */
@Injectable()
export class ComplianceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: UnitScope,
    private readonly campaigns: CampaignsService,
    private readonly reads: ReadQueries,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
  ) {}

  async summary(
    actor: AuthUser,
    campaignId: number,
    unitId: number | undefined,
    now = new Date(),
  ): Promise<ComplianceSummary> {
    const campaign = await this.campaign(actor, campaignId);
    const unit = await this.unit(actor, unitId);
    const deadline = sqlTimestamp(this.dataSource, campaign.deadlineAt);
    const { from, to } = subtreeRange(unit.path);
    const overdue = now.getTime() > campaign.deadlineAt.getTime();
    const q = (sql: string, params: unknown[]) => this.reads.query<Row>(placeholders(this.dataSource, sql), params);

    // Four independent aggregates, read side by side (PostgreSQL's pool, SQLite's reader threads).
    const [[totals], children, [direct], days, trail] = await Promise.all([
      q(
        `SELECT ${STATUS_COUNTS}${campaign.requiredItems.length ? `,\n  ${missingCounts(campaign.requiredItems)}` : ''}
         FROM campaign_officers co JOIN units u ON u.id = co.unit_id
         WHERE co.campaign_id = ? AND u.path >= ? AND u.path < ?`,
        [deadline, deadline, campaign.id, from, to],
      ),
      q(
        `SELECT c.id AS unit_id, c.code AS code, c.name AS name, c.sort_order AS sort_order,
           (SELECT COUNT(*) FROM units g WHERE g.parent_id = c.id) AS child_units, ${STATUS_COUNTS}
         FROM units c
         JOIN units u ON u.path >= c.path AND u.path < ${subtreeUpper('c.path')}
         LEFT JOIN campaign_officers co ON co.unit_id = u.id AND co.campaign_id = ?
         WHERE c.parent_id = ?
         GROUP BY c.id, c.code, c.name, c.sort_order
         ORDER BY c.sort_order, c.name`,
        [deadline, deadline, campaign.id, unit.id],
      ),
      q(`SELECT ${STATUS_COUNTS} FROM campaign_officers co WHERE co.campaign_id = ? AND co.unit_id = ?`, [
        deadline,
        deadline,
        campaign.id,
        unit.id,
      ]),
      q(
        `SELECT ${vietnamDay(this.dataSource, 'co.completed_at')} AS day, COUNT(*) AS completed
         FROM campaign_officers co JOIN units u ON u.id = co.unit_id
         WHERE co.campaign_id = ? AND co.completed_at IS NOT NULL AND u.path >= ? AND u.path < ?
         GROUP BY ${vietnamDay(this.dataSource, 'co.completed_at')}`,
        [campaign.id, from, to],
      ),
      this.trail(actor, unit.path),
    ]);

    const counts = (row: Row | undefined): StatusCounts => {
      const total = Number(row?.total ?? 0);
      const complete = Number(row?.complete ?? 0);
      const completeLate = Number(row?.complete_late ?? 0);
      const notComplete = Number(row?.not_complete ?? 0);
      return {
        total,
        complete,
        completeLate,
        incomplete: overdue ? 0 : notComplete,
        overdue: overdue ? notComplete : 0,
        percentComplete: total ? Math.round(((complete + completeLate) / total) * 1000) / 10 : 0,
      };
    };
    return {
      campaign: {
        id: campaign.id,
        name: campaign.name,
        startsAt: campaign.startsAt.toISOString(),
        deadline: campaign.deadlineAt.toISOString(),
        daysLeft: daysLeft(campaign.deadlineAt, now),
        status: campaign.status,
      },
      unit: { id: unit.id, name: unit.name, path: unit.path },
      trail,
      totals: counts(totals),
      children: children.map((row) => ({
        unitId: Number(row.unit_id),
        code: String(row.code),
        name: String(row.name),
        hasChildren: Number(row.child_units) > 0,
        ...counts(row),
      })),
      direct: counts(direct),
      missingItems: campaign.requiredItems
        .map((item, i) => ({ item, count: Number(totals?.[`missing_${i}`] ?? 0) }))
        .sort((a, b) => b.count - a.count),
      series: this.series(
        campaign,
        new Map(days.map((d) => [String(d.day), Number(d.completed)])),
        counts(totals).total,
      ),
    };
  }

  /** The overdue list: who is not done yet (or any status), with what each still misses. */
  async officers(
    actor: AuthUser,
    query: ListQuery<ComplianceFilter>,
    now = new Date(),
  ): Promise<Page<ComplianceOfficer>> {
    const list = await this.officerList(actor, query, now);
    return { ...(await cappedTotal(this.reads, list.matching(true), query)), data: await list.page() };
  }

  /** Every officer of the report, a page at a time, for the export (no totals: nothing shows them). */
  async *allOfficers(actor: AuthUser, campaignId: number, unitId: number) {
    for (let page = 1; ; page++) {
      const list = await this.officerList(actor, {
        page,
        perPage: 1000,
        offset: (page - 1) * 1000,
        sort: 'unitName',
        order: 'ASC',
        filters: { campaignId, unitId },
      });
      const data = await list.page();
      if (!data.length) return;
      yield data;
      if (data.length < 1000) return;
    }
  }

  private async officerList(actor: AuthUser, query: ListQuery<ComplianceFilter>, now = new Date()) {
    const campaignId = query.filters.campaignId as number | undefined;
    if (!campaignId)
      throw ApiError.badRequest([{ field: 'campaignId', code: 'REQUIRED', message: 'Vui lòng chọn đợt cập nhật.' }]);
    const campaign = await this.campaign(actor, campaignId);
    const unit = await this.unit(actor, query.filters.unitId as number | undefined);
    const deadline = campaign.deadlineAt;
    const search = query.q ? await officerSearch(this.dataSource, query.q) : undefined;
    const { from, to } = subtreeRange(unit.path);
    const sortColumn =
      { fullName: 'o.name_sort_key', unitName: 'u.name', completedAt: 'co.completed_at' }[query.sort] ??
      'o.name_sort_key';
    // The count needs officers only to search them; ordered like the page, so the planner reads both the same way.
    const matching = (forCount: boolean) => {
      const builder = this.dataSource
        .createQueryBuilder()
        .from('campaign_officers', 'co')
        .innerJoin('units', 'u', 'u.id = co.unit_id')
        .where('co.campaign_id = :campaignId', { campaignId })
        .andWhere('u.path >= :from AND u.path < :to', { from, to });
      if (!forCount || search)
        builder
          .innerJoin('officers', 'o', 'o.id = co.officer_id')
          .orderBy(sortColumn, query.order)
          .addOrderBy('o.id', 'ASC');
      search?.(builder, 'o');
      const status = query.filters.status as ComplianceStatus | undefined;
      if (status === 'complete')
        builder.andWhere('co.completed_at IS NOT NULL AND co.completed_at <= :deadline', { deadline });
      if (status === 'complete_late') builder.andWhere('co.completed_at > :deadline', { deadline });
      if (status === 'incomplete' || status === 'overdue') {
        const past = now.getTime() > deadline.getTime();
        builder.andWhere(past === (status === 'overdue') ? 'co.completed_at IS NULL' : '1 = 0');
      }
      return builder;
    };
    const page = async (): Promise<ComplianceOfficer[]> => {
      const statement = matching(false)
        .select([
          'o.id AS id',
          'o.username AS username',
          'o.full_name AS full_name',
          'o.email AS email',
          'o.phone AS phone',
          'u.id AS unit_id',
          'u.name AS unit_name',
          'co.completed_at AS completed_at',
          'co.missing AS missing',
        ])
        .addSelect(
          '(SELECT MAX(rc.created_at) FROM reminder_claims rc WHERE rc.campaign_id = co.campaign_id AND rc.officer_id = co.officer_id)',
          'reminded_at',
        )
        .addSelect(
          '(SELECT COUNT(*) FROM reminder_claims rc WHERE rc.campaign_id = co.campaign_id AND rc.officer_id = co.officer_id AND rc.slot LIKE :todaySlots)',
          'reminded_today',
        )
        .setParameter('todaySlots', `manual-${todayInVietnam(now)}-%`)
        .offset(query.offset)
        .limit(query.perPage);
      const rows = await this.reads.query<Row>(...statement.getQueryAndParameters());
      return rows.map((row) => {
        const completedAt = fromSqlTimestamp(row.completed_at);
        return {
          id: Number(row.id),
          username: String(row.username),
          fullName: String(row.full_name),
          email: row.email === null ? null : String(row.email),
          phone: row.phone === null ? null : String(row.phone),
          unitId: Number(row.unit_id),
          unitName: String(row.unit_name),
          completedAt,
          status: complianceStatus(completedAt, deadline, now),
          missing: String(row.missing ?? '')
            .split(',')
            .filter(Boolean) as CampaignItem[],
          remindedAt: fromSqlTimestamp(row.reminded_at),
          remindable: Number(row.reminded_today) < this.mail.manualRemindersPerDay,
        };
      });
    };
    return { matching, page };
  }

  /** Read as GET /api/campaigns/:id reads it for this caller: the same 403/404, so no campaign leaks nor is confirmed. */
  campaign(actor: AuthUser, campaignId: number): Promise<Campaign> {
    return this.campaigns.findOne(actor, campaignId);
  }

  /** The requested unit if in scope; by default the caller's own unit (the whole province for admins). */
  async unit(actor: AuthUser, unitId: number | undefined): Promise<{ id: number; name: string; path: string }> {
    const [unit]: Row[] =
      unitId === undefined && hasRole(actor, 'admin')
        ? await this.dataSource.query(
            'SELECT id, name, path FROM units WHERE parent_id IS NULL ORDER BY sort_order, id LIMIT 1',
          )
        : await this.dataSource.query(placeholders(this.dataSource, 'SELECT id, name, path FROM units WHERE id = ?'), [
            unitId ?? actor.unitId,
          ]);
    const path = this.scope.assertCovers(actor, unit ? String(unit.path) : undefined);
    return { id: Number(unit.id), name: String(unit.name), path };
  }

  private async trail(actor: AuthUser, path: string): Promise<ComplianceSummary['trail']> {
    const ids = path.split('/').filter(Boolean).map(Number);
    const rows: Row[] = await this.reads.query(
      placeholders(this.dataSource, `SELECT id, name, path FROM units WHERE id IN (${ids.map(() => '?').join(', ')})`),
      ids,
    );
    return rows
      .map((row) => ({ id: Number(row.id), name: String(row.name), path: String(row.path) }))
      .filter((unit) => this.scope.covers(actor, unit.path))
      .sort((a, b) => a.path.length - b.path.length);
  }

  /** Cumulative completions per Vietnamese calendar day from the start to the deadline, with the straight ideal line. */
  private series(campaign: Campaign, perDay: Map<string, number>, total: number) {
    const day = todayInVietnam;
    const first = day(campaign.startsAt);
    const last = day(campaign.deadlineAt);
    const earlier = [...perDay.entries()].filter(([d]) => d < first).reduce((sum, [, n]) => sum + n, 0);
    const points: { date: string; completed: number; ideal: number }[] = [];
    const span = Math.max(1, Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000));
    let cumulative = earlier;
    for (let i = 0; i <= span && i <= 366; i++) {
      const date = new Date(Date.parse(first) + i * 86_400_000).toISOString().slice(0, 10);
      cumulative += perDay.get(date) ?? 0;
      points.push({ date, completed: cumulative, ideal: Math.round((total * i) / span) });
    }
    return points;
  }
}
