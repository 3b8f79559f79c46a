import { Inject, Injectable } from '@nestjs/common';
import { todayInVietnam, type ReminderResult, type SendRemindersRequest } from '@motcua/contracts';
import { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { hasRole, type AuthUser } from '../common/access/auth-user';
import type { AuditContext } from '../audit/audit-context';
import { AuditService } from '../audit/audit.service';
import { Campaign } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ApiError } from '../common/errors/api-error';
import { placeholders, sqlTimestamp } from '../database/sql-values';
import { subtreeRange } from '../units/unit-path';
import { UnitScope, outOfScope } from '../units/unit-scope.service';
import { mailConfig } from './mail.config';
import { Notification, OutboxEmail } from './notification.entity';
import { reminderMessage } from './reminder-message';

interface Recipient {
  officer_id: number;
  full_name: string;
  email: string | null;
  missing: string;
  path: string;
}

/**
 * Reminders to officers whose record is still incomplete: an in-app notification plus an e-mail through the
 * outbox. Every reminder first claims its slot in reminder_claims, so it goes out once even when several
 * supervisors click or several API instances run the schedule.
 */
@Injectable()
export class RemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(mailConfig.KEY) private readonly config: ConfigType<typeof mailConfig>,
    private readonly scope: UnitScope,
    private readonly campaigns: CampaignsService,
    private readonly audit: AuditService,
  ) {}

  async sendManual(
    actor: AuthUser,
    input: SendRemindersRequest,
    context: AuditContext,
    now = new Date(),
  ): Promise<ReminderResult> {
    const campaign = await this.activeCampaign(actor, input.campaignId);
    let recipients: Recipient[];
    if (input.officerIds?.length) {
      await this.assertOfficersInScope(actor, input.officerIds);
      recipients = await this.incomplete(campaign.id, { officerIds: input.officerIds });
      if (recipients.some((r) => !this.scope.covers(actor, r.path))) throw outOfScope();
    } else {
      const unitPath = await this.scope.assertUnitInScope(actor, input.unitId ?? actor.unitId);
      recipients = await this.incomplete(campaign.id, {
        unitPath: hasRole(actor, 'admin') || input.unitId !== undefined ? unitPath : actor.unitPath,
      });
    }
    const day = todayInVietnam(now);
    const slots = Array.from({ length: this.config.manualRemindersPerDay }, (_, i) => `manual-${day}-${i + 1}`);
    let sent = 0;
    await this.dataSource.transaction(async (manager) => {
      for (const recipient of recipients) {
        for (const slot of slots) {
          if (await this.claim(manager, campaign.id, recipient.officer_id, slot)) {
            await this.deliver(manager, campaign, recipient);
            sent++;
            break;
          }
        }
      }
      await this.audit.record(manager, context, {
        targetType: 'campaign',
        targetId: campaign.id,
        action: 'campaign.remind',
        changes: [{ field: 'reminders', before: null, after: sent }],
      });
    });
    return { sent, skipped: recipients.length - sent };
  }

  /** The scheduled reminders: at each configured offset before the deadline, once per (campaign, officer, offset). */
  async sendDue(now = new Date()): Promise<number> {
    const campaigns = await this.dataSource.manager.find(Campaign, { where: { status: 'active' } });
    let sent = 0;
    for (const campaign of campaigns) {
      const msLeft = campaign.deadlineAt.getTime() - now.getTime();
      if (msLeft <= 0) continue;
      // The nearest offset already reached (7 days left → "7", 2 days left → "3"): one reminder per window.
      const due = this.config.reminderOffsetsDays.filter((days) => msLeft <= days * 86_400_000);
      if (!due.length) continue;
      const slot = `auto-${Math.min(...due)}d`;
      const recipients = await this.incomplete(campaign.id, {});
      for (let i = 0; i < recipients.length; i += 200) {
        await this.dataSource.transaction(async (manager) => {
          for (const recipient of recipients.slice(i, i + 200)) {
            if (await this.claim(manager, campaign.id, recipient.officer_id, slot)) {
              await this.deliver(manager, campaign, recipient);
              sent++;
            }
          }
        });
      }
    }
    return sent;
  }

  private async claim(manager: EntityManager, campaignId: number, officerId: number, slot: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      placeholders(
        this.dataSource,
        'INSERT INTO reminder_claims (campaign_id, officer_id, slot, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING slot',
      ),
      [campaignId, officerId, slot, sqlTimestamp(this.dataSource, new Date())],
    );
    return rows.length === 1;
  }

  private async deliver(manager: EntityManager, campaign: Campaign, recipient: Recipient): Promise<void> {
    const message = reminderMessage({
      fullName: recipient.full_name,
      campaignName: campaign.name,
      deadline: campaign.deadlineAt,
      missing: recipient.missing.split(',').filter(Boolean),
      profileUrl: `${this.config.publicUrl}/profile`,
    });
    await manager.insert(Notification, {
      officerId: recipient.officer_id,
      kind: 'reminder',
      title: message.title,
      body: message.body,
      campaignId: campaign.id,
    });
    if (recipient.email) {
      await manager.insert(OutboxEmail, {
        officerId: recipient.officer_id,
        toAddress: recipient.email,
        subject: message.subject,
        body: message.body,
        nextAttemptAt: new Date(),
      });
    }
  }

  private async incomplete(campaignId: number, by: { officerIds?: number[]; unitPath?: string }): Promise<Recipient[]> {
    const builder = this.dataSource
      .createQueryBuilder()
      .select([
        'co.officer_id AS officer_id',
        'o.full_name AS full_name',
        'o.email AS email',
        'co.missing AS missing',
        'u.path AS path',
      ])
      .from('campaign_officers', 'co')
      .innerJoin('officers', 'o', 'o.id = co.officer_id')
      .innerJoin('units', 'u', 'u.id = o.unit_id')
      .where('co.campaign_id = :campaignId AND co.completed_at IS NULL', { campaignId })
      .andWhere("o.status <> 'disabled'");
    if (by.officerIds) builder.andWhere('co.officer_id IN (:...ids)', { ids: by.officerIds });
    if (by.unitPath) {
      const { from, to } = subtreeRange(by.unitPath);
      builder.andWhere('u.path >= :from AND u.path < :to', { from, to });
    }
    return builder.orderBy('co.officer_id').getRawMany();
  }

  /**
   * Every chosen officer must exist inside the caller's subtree, whatever their standing in the campaign:
   * checking only the incomplete ones would tell a scoped caller who, outside their subtree, is still incomplete.
   */
  private async assertOfficersInScope(actor: AuthUser, officerIds: number[]): Promise<void> {
    if (hasRole(actor, 'admin')) return;
    const rows: { path: string }[] = await this.dataSource.query(
      placeholders(
        this.dataSource,
        `SELECT u.path AS path FROM officers o JOIN units u ON u.id = o.unit_id WHERE o.id IN (${officerIds.map(() => '?').join(', ')})`,
      ),
      officerIds,
    );
    if (rows.length !== officerIds.length || rows.some((row) => !this.scope.covers(actor, row.path)))
      throw outOfScope();
  }

  /** Read as GET /api/campaigns/:id reads it for this caller: a campaign they may not read is out of scope. */
  private async activeCampaign(actor: AuthUser, campaignId: number): Promise<Campaign> {
    const campaign = await this.campaigns.findOne(actor, campaignId);
    if (campaign.status !== 'active')
      throw new ApiError(409, 'CAMPAIGN_NOT_ACTIVE', 'Chỉ gửi nhắc nhở trong đợt cập nhật đang diễn ra.');
    return campaign;
  }
}
