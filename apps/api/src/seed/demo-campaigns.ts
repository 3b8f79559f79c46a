import type { EntityManager } from 'typeorm';
import { Campaign, type CampaignItem } from '../campaigns/campaign.entity';
import type { CampaignStatusService } from '../campaigns/campaign-status.service';
import { todayInVietnam, vietnamTimeToUtc } from '@motcua/contracts';
import { placeholders } from '../database/sql-values';
import { Notification, ReminderClaim } from '../notifications/notification.entity';
import { reminderMessage } from '../notifications/reminder-message';
import { Officer } from '../accounts/officer.entity';
import type { Unit } from '../units/unit.entity';

const DAY = 86_400_000;

/** The Vietnamese calendar day `days` from `now` at a wall-clock time, as a UTC instant. */
const vietnamDayAt = (now: Date, days: number, time: string) =>
  vietnamTimeToUtc(`${todayInVietnam(new Date(now.getTime() + days * DAY))}T${time}`);

interface DemoCampaign {
  name: string;
  description: string;
  ownerCode: string;
  targetCode: string;
  createdBy: string;
  /** Days from the seeding moment (negative: before it). */
  startsInDays: number;
  deadlineInDays: number;
  requiredItems: CampaignItem[];
}

/**
 * What a newcomer meets on first start: the province-wide campaign running for five weeks with three to go, and
 * one ward's own review whose deadline passed four days ago, so "late" and "overdue" have true examples in one unit.
 * Dates are relative to the seeding moment, so the demo is as true next year as today.
 */
export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    name: 'Chuẩn hóa thông tin cán bộ, công chức toàn tỉnh',
    description: 'Mỗi cán bộ, công chức, viên chức rà soát và xác nhận thông tin cá nhân trên hệ thống Một Cửa.',
    ownerCode: 'T15-SNV',
    targetCode: 'T15',
    createdBy: 'admin',
    startsInDays: -35,
    deadlineInDays: 21,
    requiredItems: ['fullName', 'gender', 'birthDate', 'citizenId', 'phone', 'confirmed'],
  },
  {
    name: 'Rà soát số CCCD và số điện thoại phường Lào Cai',
    description: 'Bổ sung số CCCD và số điện thoại phục vụ tiếp nhận hồ sơ trực tuyến tại phường.',
    ownerCode: 'T15-X02647',
    targetCode: 'T15-X02647',
    createdBy: 'unitadmin',
    startsInDays: -42,
    deadlineInDays: -4,
    requiredItems: ['citizenId', 'phone', 'confirmed'],
  },
];

/** The one reminder already sent: the supervisor of Sở Y tế reminded the demo officer two days ago. */
const DEMO_REMINDER = { campaign: 0, officer: 'officer', daysAgo: 2, time: '09:30' } as const;

export async function seedDemoCampaigns(
  manager: EntityManager,
  status: CampaignStatusService,
  units: Map<string, Unit>,
  profileUrl: string,
  now = new Date(),
): Promise<Campaign[]> {
  const ids = new Map(
    (
      await manager.find(Officer, {
        where: DEMO_CAMPAIGNS.map((c) => ({ username: c.createdBy })),
        select: { id: true, username: true },
      })
    ).map((o) => [o.username, o.id]),
  );
  const campaigns: Campaign[] = [];
  for (const demo of DEMO_CAMPAIGNS) {
    const campaign = await manager.save(
      manager.create(Campaign, {
        name: demo.name,
        description: demo.description,
        startsAt: vietnamDayAt(now, demo.startsInDays, '08:00'),
        deadlineAt: vietnamDayAt(now, demo.deadlineInDays, '17:00'),
        requiredItems: demo.requiredItems,
        status: 'active',
        ownerUnitId: units.get(demo.ownerCode)!.id,
        createdBy: ids.get(demo.createdBy) ?? null,
        targets: [{ unitId: units.get(demo.targetCode)!.id, includeSubtree: true }],
      }),
    );
    await status.refreshCampaign(manager, campaign.id);
    campaigns.push(campaign);
  }
  // Every demo campaign requires the officer's confirmation, the last step: a record became complete when confirmed.
  await manager.query(
    placeholders(
      manager.connection,
      `UPDATE campaign_officers SET completed_at = (SELECT o.confirmed_at FROM officers o WHERE o.id = campaign_officers.officer_id)
       WHERE completed_at IS NOT NULL AND campaign_id IN (${campaigns.map(() => '?').join(', ')})`,
    ),
    campaigns.map((c) => c.id),
  );
  await seedReminder(manager, campaigns[DEMO_REMINDER.campaign], profileUrl, now);
  return campaigns;
}

async function seedReminder(manager: EntityManager, campaign: Campaign, profileUrl: string, now: Date): Promise<void> {
  const officer = await manager.findOneByOrFail(Officer, { username: DEMO_REMINDER.officer });
  const [row]: { missing: string }[] = await manager.query(
    placeholders(manager.connection, 'SELECT missing FROM campaign_officers WHERE campaign_id = ? AND officer_id = ?'),
    [campaign.id, officer.id],
  );
  if (!row) return;
  const sentAt = vietnamDayAt(now, -DEMO_REMINDER.daysAgo, DEMO_REMINDER.time);
  const day = todayInVietnam(sentAt);
  const message = reminderMessage({
    fullName: officer.fullName,
    campaignName: campaign.name,
    deadline: campaign.deadlineAt,
    missing: row.missing.split(',').filter(Boolean),
    profileUrl,
  });
  await manager.insert(ReminderClaim, {
    campaignId: campaign.id,
    officerId: officer.id,
    slot: `manual-${day}-1`,
    createdAt: sentAt,
  });
  await manager.insert(Notification, {
    officerId: officer.id,
    kind: 'reminder',
    title: message.title,
    body: message.body,
    campaignId: campaign.id,
    createdAt: sentAt,
  });
}
