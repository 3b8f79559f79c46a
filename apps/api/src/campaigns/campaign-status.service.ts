import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { placeholders, sqlTimestamp } from '../database/sql-values';
import { Officer } from '../officers/officer.entity';
import { snapshotOf } from '../profile/completeness';
import { Unit } from '../units/unit.entity';
import { isWithin, subtreeRange } from '../units/unit-path';
import { assessCampaignItems, isComplete, missingColumn } from './campaign-assessment';
import { Campaign, CampaignTarget } from './campaign.entity';

interface TargetedCampaign {
  campaign: Campaign;
  targets: { unitId: number; path: string; includeSubtree: boolean }[];
}

const CHUNK = 200;

/**
 * Keeps campaign_officers current. Called inside the transaction of every change that can move an officer's
 * standing (profile edits, confirmation, verification, moves, imports, campaign activation or retargeting),
 * so reports read stored rows instead of recomputing.
 */
@Injectable()
export class CampaignStatusService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async refreshOfficers(manager: EntityManager, officerIds: number[]): Promise<void> {
    if (!officerIds.length) return;
    const campaigns = await this.activeCampaigns(manager);
    if (!campaigns.length) return;
    for (let i = 0; i < officerIds.length; i += CHUNK) {
      const officers = await this.loadOfficers(manager, { ids: officerIds.slice(i, i + CHUNK) });
      for (const { campaign, targets } of campaigns) {
        const targeted = officers.filter((o) => targets.some((t) => covers(t, o)));
        const others = officers.filter((o) => !targeted.includes(o)).map((o) => o.officer.id);
        await this.upsert(manager, campaign, targeted, new Date());
        if (others.length) {
          await manager.query(placeholders(this.dataSource, `DELETE FROM campaign_officers WHERE campaign_id = ? AND officer_id IN (${others.map(() => '?').join(',')})`), [campaign.id, ...others]);
        }
      }
    }
  }

  /** Recomputes every officer a campaign targets and drops those it no longer does (mark and sweep by timestamp). */
  async refreshCampaign(manager: EntityManager, campaignId: number): Promise<void> {
    const [entry] = await this.targeted(manager, [campaignId]);
    if (!entry) return;
    const stamp = new Date();
    for (const target of entry.targets) {
      let lastId = 0;
      for (;;) {
        const officers = await this.loadOfficers(manager, { target, afterId: lastId });
        if (!officers.length) break;
        await this.upsert(manager, entry.campaign, officers, stamp);
        lastId = officers[officers.length - 1].officer.id;
      }
    }
    await manager.query(placeholders(this.dataSource, 'DELETE FROM campaign_officers WHERE campaign_id = ? AND updated_at < ?'), [campaignId, sqlTimestamp(this.dataSource, stamp)]);
  }

  private async upsert(manager: EntityManager, campaign: Campaign, officers: { officer: Officer; unitPath: string }[], stamp: Date): Promise<void> {
    for (let i = 0; i < officers.length; i += CHUNK) {
      const rows = officers.slice(i, i + CHUNK).map(({ officer }) => {
        const assessment = assessCampaignItems(
          { ...snapshotOf(officer, Boolean(officer.receiptPasswordEncrypted)), confirmed: Boolean(officer.confirmedAt), verified: Boolean(officer.verifiedAt) },
          campaign.requiredItems,
        );
        return [campaign.id, officer.id, officer.unitId, missingColumn(assessment), isComplete(assessment) ? sqlTimestamp(this.dataSource, stamp) : null, sqlTimestamp(this.dataSource, stamp)];
      });
      if (!rows.length) continue;
      await manager.query(
        placeholders(
          this.dataSource,
          `INSERT INTO campaign_officers (campaign_id, officer_id, unit_id, missing, completed_at, updated_at) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
           ON CONFLICT (campaign_id, officer_id) DO UPDATE SET
             unit_id = excluded.unit_id,
             missing = excluded.missing,
             completed_at = CASE WHEN excluded.completed_at IS NULL THEN NULL ELSE COALESCE(campaign_officers.completed_at, excluded.completed_at) END,
             updated_at = excluded.updated_at`,
        ),
        rows.flat(),
      );
    }
  }

  private async activeCampaigns(manager: EntityManager): Promise<TargetedCampaign[]> {
    const ids = (await manager.find(Campaign, { where: { status: 'active' }, select: { id: true } })).map((c) => c.id);
    return this.targeted(manager, ids);
  }

  private async targeted(manager: EntityManager, campaignIds: number[]): Promise<TargetedCampaign[]> {
    if (!campaignIds.length) return [];
    const campaigns = await manager.find(Campaign, { where: { id: In(campaignIds) } });
    const targets = await manager.find(CampaignTarget, { where: { campaignId: In(campaignIds) } });
    const units = new Map((await manager.find(Unit, { where: { id: In([...new Set(targets.map((t) => t.unitId))]) }, select: { id: true, path: true } })).map((u) => [u.id, u.path]));
    return campaigns.map((campaign) => ({
      campaign,
      targets: targets.filter((t) => t.campaignId === campaign.id).map((t) => ({ unitId: t.unitId, path: units.get(t.unitId)!, includeSubtree: t.includeSubtree })),
    }));
  }

  private async loadOfficers(manager: EntityManager, by: { ids?: number[]; target?: TargetedCampaign['targets'][number]; afterId?: number }) {
    const builder = manager.createQueryBuilder(Officer, 'officer').innerJoin('officer.unit', 'unit').addSelect(['unit.path']).addSelect('officer.receiptPasswordEncrypted');
    if (by.ids) builder.where('officer.id IN (:...ids)', { ids: by.ids });
    if (by.target) {
      if (by.target.includeSubtree) {
        const { from, to } = subtreeRange(by.target.path);
        builder.where('unit.path >= :from AND unit.path < :to', { from, to });
      } else builder.where('officer.unitId = :unitId', { unitId: by.target.unitId });
      builder.andWhere('officer.id > :afterId', { afterId: by.afterId ?? 0 }).orderBy('officer.id', 'ASC').limit(500);
    }
    return (await builder.getMany()).map((officer) => ({ officer, unitPath: officer.unit!.path }));
  }
}

const covers = (target: TargetedCampaign['targets'][number], officer: { officer: Officer; unitPath: string }) =>
  target.includeSubtree ? isWithin(officer.unitPath, target.path) : officer.officer.unitId === target.unitId;
