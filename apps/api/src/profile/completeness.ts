import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { assessProfile, todayInVietnam, type ProfileField, type ProfileSnapshot, type RuleError } from '@motcua/domain';
import { daysLeft } from '../common/vietnam-time';
import type { Officer } from '../officers/officer.entity';
import type { EntityManager } from 'typeorm';
import { Campaign, CampaignOfficer, type CampaignItem } from '../campaigns/campaign.entity';
import { assessCampaignItems } from '../campaigns/campaign-assessment';
import { profileConfig } from './profile.config';

export type ComplianceStatus = 'complete' | 'complete_late' | 'incomplete' | 'overdue';

export interface Completeness {
  campaignId: number | null;
  name: string;
  deadline: string;
  daysLeft: number;
  status: ComplianceStatus;
  completedAt: string | null;
  /** Everything this rule set requires, so the checklist can show done items too. */
  requiredItems: CampaignItem[];
  missing: CampaignItem[];
  invalid: { field: ProfileField; errors: RuleError[] }[];
}

/** The four statuses from the first moment of completeness and the deadline. */
export function complianceStatus(completedAt: Date | null, deadline: Date, now = new Date()): ComplianceStatus {
  if (completedAt) return completedAt.getTime() <= deadline.getTime() ? 'complete' : 'complete_late';
  return now.getTime() > deadline.getTime() ? 'overdue' : 'incomplete';
}

/** The profile fields of an officer, loaded as an entity or read as raw SQL. */
export type ProfileFieldsOf = Pick<Officer, 'fullName' | 'gender' | 'address' | 'birthDate' | 'email' | 'avatarKey' | 'citizenId' | 'phone' | 'receiptAccount' | 'defaultPage'>;

export const snapshotOf = (officer: ProfileFieldsOf, receiptPasswordSet: boolean): ProfileSnapshot => ({
  fullName: officer.fullName,
  gender: officer.gender,
  address: officer.address,
  birthDate: officer.birthDate,
  email: officer.email,
  hasAvatar: Boolean(officer.avatarKey),
  citizenId: officer.citizenId,
  phone: officer.phone,
  receiptAccount: officer.receiptAccount,
  receiptPasswordSet,
  defaultPage: officer.defaultPage,
});

/** What is missing and how long is left, per rule set targeting the officer (the configured default until campaigns). */
@Injectable()
export class CompletenessService {
  constructor(@Inject(profileConfig.KEY) private readonly config: ConfigType<typeof profileConfig>) {}

  get requiredFields(): readonly ProfileField[] {
    return this.config.requiredFields;
  }

  /** The configured default rule set, for officers no active campaign targets. */
  assess(snapshot: ProfileSnapshot, now = new Date()): Completeness[] {
    const { status, missing, invalid } = assessProfile(snapshot, this.config.requiredFields, { today: todayInVietnam(now) });
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
  rowStatusAt(now: Date): (snapshot: ProfileSnapshot) => { status: ComplianceStatus; missing: ProfileField[] } {
    const today = todayInVietnam(now);
    return (snapshot) => {
      const { status, missing, invalid } = assessProfile(snapshot, this.config.requiredFields, { today });
      return { status: this.defaultStatus(status === 'complete', now), missing: [...missing, ...invalid.map((i) => i.field)] };
    };
  }

  private defaultStatus(complete: boolean, now: Date): ComplianceStatus {
    return complete ? 'complete' : complianceStatus(null, this.config.deadline, now);
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
      const { missing, invalid } = assessCampaignItems({ ...snapshot, confirmed: Boolean(officer.confirmedAt), verified: Boolean(officer.verifiedAt) }, campaign.requiredItems);
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
