import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import {
  assessProfile,
  complianceStatus,
  mostPressing,
  todayInVietnam,
  type ComplianceStatus,
  type ProfileField,
  type ProfileSnapshot,
} from '@motcua/domain';
import { daysLeft, type Completeness } from '@motcua/contracts';
import type { SqlReader } from '../database/read-queries';
import { fromSqlTimestamp, placeholders } from '../database/sql-values';
import type { Officer } from '../accounts/officer.entity';
import { snapshotOf } from '../accounts/profile-snapshot';
import type { EntityManager } from 'typeorm';
import { Campaign, CampaignOfficer } from '../campaigns/campaign.entity';
import { assessCampaignItems } from '../campaigns/campaign-assessment';
import { profileConfig } from './profile.config';

export type { ComplianceStatus };

/** The single status a list row, the officer page and the exports show, with what keeps the record from complete. */
export interface RowStatus {
  status: ComplianceStatus;
  missing: string[];
}

export type { Completeness };

/** What is missing and how long is left, per rule set targeting the officer (the configured default until campaigns). */
@Injectable()
export class CompletenessService {
  constructor(@Inject(profileConfig.KEY) private readonly config: ConfigType<typeof profileConfig>) {}

  get requiredFields(): readonly ProfileField[] {
    return this.config.requiredFields;
  }

  get defaultDeadline(): Date {
    return this.config.deadline;
  }

  /** The configured default rule set, for officers no active campaign targets. */
  assess(snapshot: ProfileSnapshot, now = new Date()): Completeness[] {
    const { status, missing, invalid } = assessProfile(snapshot, this.config.requiredFields, {
      today: todayInVietnam(now),
    });
    return [
      {
        campaignId: null,
        name: this.config.campaignName,
        deadline: this.config.deadline.toISOString(),
        daysLeft: daysLeft(this.config.deadline, now),
        status: this.defaultStatus(status === 'complete', now),
        completedAt: null,
        requiredItems: [...this.config.requiredFields],
        missing,
        invalid,
      },
    ];
  }

  /**
   * What list rows show against the default rule set, assessed at `now`: each row's status and the fields missing or
   * invalid. Made once per page, so today's date is worked out once rather than per row.
   */
  rowStatusAt(now: Date): (snapshot: ProfileSnapshot) => RowStatus {
    const today = todayInVietnam(now);
    return (snapshot) => {
      const { status, missing, invalid } = assessProfile(snapshot, this.config.requiredFields, { today });
      return {
        status: this.defaultStatus(status === 'complete', now),
        missing: [...missing, ...invalid.map((i) => i.field)],
      };
    };
  }

  private defaultStatus(complete: boolean, now: Date): ComplianceStatus {
    return complete ? 'complete' : complianceStatus(null, this.config.deadline, now);
  }

  /**
   * The status of each given officer that an active campaign targets, from the maintained status rows: the most
   * pressing campaign's when several do (earliest deadline first on a tie). Officers no active campaign targets are
   * left out: the default rule set (rowStatusAt) stands for them.
   */
  async campaignStatuses(reads: SqlReader, ids: readonly number[], now: Date): Promise<Map<number, RowStatus>> {
    const byOfficer = new Map<number, RowStatus[]>();
    if (!ids.length) return new Map();
    const rows = await reads.query<Record<string, unknown>>(
      placeholders(
        reads.dataSource,
        `SELECT co.officer_id AS officer_id, co.completed_at AS completed_at, co.missing AS missing, c.deadline_at AS deadline_at
         FROM campaign_officers co JOIN campaigns c ON c.id = co.campaign_id
         WHERE c.status = 'active' AND co.officer_id IN (${ids.map(() => '?').join(',')})
         ORDER BY c.deadline_at, c.id`,
      ),
      [...ids],
    );
    for (const row of rows) {
      const id = Number(row.officer_id);
      const entry = {
        status: complianceStatus(fromSqlTimestamp(row.completed_at), fromSqlTimestamp(row.deadline_at)!, now),
        missing: String(row.missing ?? '')
          .split(',')
          .filter(Boolean),
      };
      byOfficer.set(id, [...(byOfficer.get(id) ?? []), entry]);
    }
    return new Map([...byOfficer].map(([id, entries]) => [id, mostPressing(entries)!]));
  }

  /** Each active campaign targeting the officer (from the maintained status rows); the default rule set when none. */
  async forOfficer(manager: EntityManager, officer: Officer, now = new Date()): Promise<Completeness[]> {
    const rows = await manager
      .createQueryBuilder(CampaignOfficer, 'co')
      .innerJoinAndMapOne('co.campaign', Campaign, 'campaign', 'campaign.id = co.campaign_id')
      .where('co.officerId = :officerId', { officerId: officer.id })
      .andWhere("campaign.status = 'active'")
      .orderBy('campaign.deadlineAt', 'ASC')
      .getMany();
    const snapshot = snapshotOf(officer, Boolean(officer.receiptPasswordEncrypted));
    if (!rows.length) return this.assess(snapshot, now);
    return rows.map((row) => {
      const campaign = (row as CampaignOfficer & { campaign: Campaign }).campaign;
      const { missing, invalid } = assessCampaignItems(
        { ...snapshot, confirmed: Boolean(officer.confirmedAt), verified: Boolean(officer.verifiedAt) },
        campaign.requiredItems,
      );
      return {
        campaignId: campaign.id,
        name: campaign.name,
        deadline: campaign.deadlineAt.toISOString(),
        daysLeft: daysLeft(campaign.deadlineAt, now),
        status: complianceStatus(row.completedAt, campaign.deadlineAt, now),
        completedAt: row.completedAt?.toISOString() ?? null,
        requiredItems: campaign.requiredItems,
        missing,
        invalid,
      };
    });
  }
}
