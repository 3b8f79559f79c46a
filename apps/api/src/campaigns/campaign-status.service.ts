import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { validateProfileFields, type FieldErrors } from '@motcua/domain';
import { insertRows } from '../database/insert-rows';
import { placeholders, sqlTimestamp } from '../database/sql-values';
import { Officer } from '../accounts/officer.entity';
import { snapshotOf } from '../accounts/profile-snapshot';
import { Unit } from '../units/unit.entity';
import { isWithin, subtreeRange } from '../units/unit-path';
import { assessCampaignItems, isComplete, missingColumn, type CampaignSnapshot } from './campaign-assessment';
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
      await this.refreshLoaded(
        manager,
        campaigns,
        await this.loadOfficers(manager, { ids: officerIds.slice(i, i + CHUNK) }),
      );
    }
  }

  /** The same for officers the caller already holds whole (an import's new accounts), without reading them back. */
  async refreshRecords(manager: EntityManager, records: StatusRecord[]): Promise<void> {
    if (!records.length) return;
    const campaigns = await this.activeCampaigns(manager);
    if (campaigns.length) await this.refreshLoaded(manager, campaigns, records);
  }

  private async refreshLoaded(
    manager: EntityManager,
    campaigns: TargetedCampaign[],
    records: StatusRecord[],
  ): Promise<void> {
    const assessed = assess(records);
    for (const { campaign, targets } of campaigns) {
      const targeted = assessed.filter((o) => targets.some((t) => covers(t, o)));
      const isTargeted = new Set(targeted);
      const others = assessed.filter((o) => !isTargeted.has(o)).map((o) => o.officer.id);
      await this.upsert(manager, campaign, targeted, new Date());
      for (let i = 0; i < others.length; i += CHUNK) {
        const part = others.slice(i, i + CHUNK);
        await manager.query(
          placeholders(
            this.dataSource,
            `DELETE FROM campaign_officers WHERE campaign_id = ? AND officer_id IN (${part.map(() => '?').join(',')})`,
          ),
          [campaign.id, ...part],
        );
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
        await this.upsert(manager, entry.campaign, assess(officers), stamp);
        lastId = officers[officers.length - 1].officer.id;
      }
    }
    await manager.query(
      placeholders(this.dataSource, 'DELETE FROM campaign_officers WHERE campaign_id = ? AND updated_at < ?'),
      [campaignId, sqlTimestamp(this.dataSource, stamp)],
    );
  }

  private async upsert(
    manager: EntityManager,
    campaign: Campaign,
    officers: AssessedRecord[],
    stamp: Date,
  ): Promise<void> {
    const rows = officers.map(({ officer, snapshot, invalid }) => {
      const assessment = assessCampaignItems(snapshot, campaign.requiredItems, invalid);
      return [
        campaign.id,
        officer.id,
        officer.unitId,
        missingColumn(assessment),
        isComplete(assessment) ? stamp : null,
        stamp,
      ];
    });
    await insertRows(
      manager,
      'campaign_officers',
      ['campaign_id', 'officer_id', 'unit_id', 'missing', 'completed_at', 'updated_at'],
      rows,
      {
        onConflict: `ON CONFLICT (campaign_id, officer_id) DO UPDATE SET
        unit_id = excluded.unit_id,
        missing = excluded.missing,
        completed_at = CASE WHEN excluded.completed_at IS NULL THEN NULL ELSE COALESCE(campaign_officers.completed_at, excluded.completed_at) END,
        updated_at = excluded.updated_at`,
      },
    );
  }

  private async activeCampaigns(manager: EntityManager): Promise<TargetedCampaign[]> {
    const ids = (await manager.find(Campaign, { where: { status: 'active' }, select: { id: true } })).map((c) => c.id);
    return this.targeted(manager, ids);
  }

  private async targeted(manager: EntityManager, campaignIds: number[]): Promise<TargetedCampaign[]> {
    if (!campaignIds.length) return [];
    const campaigns = await manager.find(Campaign, { where: { id: In(campaignIds) } });
    const targets = await manager.find(CampaignTarget, { where: { campaignId: In(campaignIds) } });
    const units = new Map(
      (
        await manager.find(Unit, {
          where: { id: In([...new Set(targets.map((t) => t.unitId))]) },
          select: { id: true, path: true },
        })
      ).map((u) => [u.id, u.path]),
    );
    return campaigns.map((campaign) => ({
      campaign,
      targets: targets
        .filter((t) => t.campaignId === campaign.id)
        .map((t) => ({ unitId: t.unitId, path: units.get(t.unitId)!, includeSubtree: t.includeSubtree })),
    }));
  }

  private async loadOfficers(
    manager: EntityManager,
    by: { ids?: number[]; target?: TargetedCampaign['targets'][number]; afterId?: number },
  ) {
    const builder = manager
      .createQueryBuilder(Officer, 'officer')
      .innerJoin('officer.unit', 'unit')
      .addSelect(['unit.path'])
      .addSelect('officer.receiptPasswordEncrypted');
    if (by.ids) builder.where('officer.id IN (:...ids)', { ids: by.ids });
    if (by.target) {
      if (by.target.includeSubtree) {
        const { from, to } = subtreeRange(by.target.path);
        builder.where('unit.path >= :from AND unit.path < :to', { from, to });
      } else builder.where('officer.unitId = :unitId', { unitId: by.target.unitId });
      builder
        .andWhere('officer.id > :afterId', { afterId: by.afterId ?? 0 })
        .orderBy('officer.id', 'ASC')
        .limit(500);
    }
    return (await builder.getMany()).map((officer) => ({ officer, unitPath: officer.unit!.path }));
  }
}

/** An officer as status rows need them: the record whole and where it sits in the unit tree. */
export interface StatusRecord {
  officer: Officer;
  unitPath: string;
}

interface AssessedRecord extends StatusRecord {
  snapshot: CampaignSnapshot;
  /** The rule checks, run once per officer whatever the number of campaigns. */
  invalid: FieldErrors[];
}

function assess(records: StatusRecord[]): AssessedRecord[] {
  return records.map((record) => {
    const { officer } = record;
    const snapshot = {
      ...snapshotOf(officer, Boolean(officer.receiptPasswordEncrypted)),
      confirmed: Boolean(officer.confirmedAt),
      verified: Boolean(officer.verifiedAt),
    };
    return { ...record, snapshot, invalid: validateProfileFields(snapshot) };
  });
}

const covers = (target: TargetedCampaign['targets'][number], officer: StatusRecord) =>
  target.includeSubtree ? isWithin(officer.unitPath, target.path) : officer.officer.unitId === target.unitId;
