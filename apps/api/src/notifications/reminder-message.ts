import { PROFILE_FIELD_LABELS, type ProfileField } from '@motcua/domain';
import type { CampaignItem } from '../campaigns/campaign.entity';
import { formatVietnamDateTime } from '@motcua/contracts';

const ITEM_LABELS: Record<CampaignItem, string> = {
  ...PROFILE_FIELD_LABELS.vi,
  confirmed: 'Xác nhận thông tin của cán bộ',
  verified: 'Xác thực của lãnh đạo đơn vị',
} as Record<ProfileField | 'confirmed' | 'verified', string>;

export const itemLabel = (item: string) => ITEM_LABELS[item as CampaignItem] ?? item;

/** The reminder an officer reads in the app and by e-mail: campaign, deadline, what is still missing, where to go. */
export function reminderMessage(input: {
  fullName: string;
  campaignName: string;
  deadline: Date;
  missing: string[];
  profileUrl: string;
}) {
  const missing = input.missing.map(itemLabel);
  const title = `Nhắc nhở: cập nhật thông tin cá nhân trước ${formatVietnamDateTime(input.deadline)}`;
  const body = [
    `Kính gửi ${input.fullName},`,
    '',
    `Theo kế hoạch "${input.campaignName}", đồng chí cần hoàn thiện thông tin cá nhân trên hệ thống Một Cửa trước ${formatVietnamDateTime(input.deadline)}.`,
    missing.length ? `Các mục còn thiếu hoặc chưa hợp lệ: ${missing.join('; ')}.` : '',
    `Vui lòng cập nhật tại: ${input.profileUrl}`,
    '',
    'Trân trọng.',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
  return { title, subject: title, body };
}
