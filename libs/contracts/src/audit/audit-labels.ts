import {
  formatVietnamDateTime,
  GENDER_LABELS,
  isGender,
  isRole,
  PROFILE_FIELD_LABELS,
  ROLE_LABELS,
  type Locale,
} from '@motcua/domain';
import { ACCOUNT_STATUS_LABELS } from '../accounts/account-status';
import { CAMPAIGN_STATUS_LABELS } from '../campaigns/campaign';

/** What the audit trail writes instead of a secret's value (the API stores exactly this text). */
export const AUDIT_SECRET_CHANGED = 'đã thay đổi';

/** Every action the API writes to the trail, in the order the filter offers them. */
export const AUDIT_ACTIONS = [
  'officer.create',
  'officer.update',
  'officer.import.create',
  'officer.import.update',
  'officer.lock',
  'officer.unlock',
  'officer.disable',
  'officer.enable',
  'officer.reset',
  'profile.update',
  'profile.avatar',
  'profile.confirm',
  'profile.verify',
  'profile.unverify',
  'campaign.create',
  'campaign.update',
  'campaign.activate',
  'campaign.close',
  'campaign.delete',
  'campaign.remind',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<Locale, Record<AuditAction, string>> = {
  vi: {
    'officer.create': 'Tạo tài khoản',
    'officer.update': 'Sửa tài khoản',
    'officer.import.create': 'Nhập từ tệp: tạo tài khoản',
    'officer.import.update': 'Nhập từ tệp: cập nhật tài khoản',
    'officer.lock': 'Khóa tài khoản',
    'officer.unlock': 'Mở khóa tài khoản',
    'officer.disable': 'Vô hiệu hóa tài khoản',
    'officer.enable': 'Kích hoạt lại tài khoản',
    'officer.reset': 'Đặt lại tài khoản',
    'profile.update': 'Cập nhật hồ sơ',
    'profile.avatar': 'Đổi ảnh đại diện',
    'profile.confirm': 'Xác nhận thông tin',
    'profile.verify': 'Xác thực hồ sơ',
    'profile.unverify': 'Bỏ xác thực hồ sơ',
    'campaign.create': 'Tạo đợt cập nhật',
    'campaign.update': 'Sửa đợt cập nhật',
    'campaign.activate': 'Bắt đầu đợt cập nhật',
    'campaign.close': 'Kết thúc đợt cập nhật',
    'campaign.delete': 'Xóa đợt cập nhật',
    'campaign.remind': 'Gửi nhắc nhở',
  },
  en: {
    'officer.create': 'Account created',
    'officer.update': 'Account edited',
    'officer.import.create': 'Import: account created',
    'officer.import.update': 'Import: account updated',
    'officer.lock': 'Account locked',
    'officer.unlock': 'Account unlocked',
    'officer.disable': 'Account disabled',
    'officer.enable': 'Account re-enabled',
    'officer.reset': 'Account reset',
    'profile.update': 'Record updated',
    'profile.avatar': 'Profile photo changed',
    'profile.confirm': 'Information confirmed',
    'profile.verify': 'Record verified',
    'profile.unverify': 'Verification withdrawn',
    'campaign.create': 'Campaign created',
    'campaign.update': 'Campaign edited',
    'campaign.activate': 'Campaign started',
    'campaign.close': 'Campaign closed',
    'campaign.delete': 'Campaign deleted',
    'campaign.remind': 'Reminders sent',
  },
};

const FIELD_LABELS: Record<Locale, Record<string, string>> = {
  vi: {
    ...PROFILE_FIELD_LABELS.vi,
    username: 'Tên đăng nhập',
    unitId: 'Đơn vị',
    roles: 'Vai trò',
    status: 'Trạng thái',
    confirmedAt: 'Xác nhận thông tin',
    verifiedAt: 'Lãnh đạo xác thực',
    twoFactor: 'Xác thực hai bước',
    name: 'Tên',
    code: 'Mã',
    kind: 'Loại',
    parentId: 'Đơn vị cấp trên',
    deadlineAt: 'Hạn hoàn thành',
    requiredItems: 'Mục bắt buộc',
    reminders: 'Số nhắc nhở đã gửi',
    confirmed: 'Xác nhận thông tin',
    verified: 'Lãnh đạo xác thực',
  },
  en: {
    ...PROFILE_FIELD_LABELS.en,
    username: 'Username',
    unitId: 'Unit',
    roles: 'Roles',
    status: 'Status',
    confirmedAt: 'Information confirmed',
    verifiedAt: 'Verified by supervisor',
    twoFactor: 'Two-step verification',
    name: 'Name',
    code: 'Code',
    kind: 'Kind',
    parentId: 'Parent unit',
    deadlineAt: 'Deadline',
    requiredItems: 'Required items',
    reminders: 'Reminders sent',
    confirmed: 'Information confirmed',
    verified: 'Verified by supervisor',
  },
};

/** Account and campaign statuses share the `status` field of the trail; both say "active" the same way. */
const STATUS_LABELS: Record<Locale, Record<string, string>> = {
  vi: { ...CAMPAIGN_STATUS_LABELS.vi, ...ACCOUNT_STATUS_LABELS.vi },
  en: { ...CAMPAIGN_STATUS_LABELS.en, ...ACCOUNT_STATUS_LABELS.en },
};

const SECRET_TEXT: Record<Locale, string> = { vi: AUDIT_SECRET_CHANGED, en: 'changed' };

/** The action's label, or its code for an action this catalogue does not know yet. */
export const auditActionLabel = (action: string, locale: Locale): string =>
  AUDIT_ACTION_LABELS[locale][action as AuditAction] ?? action;

/** The field's label, or its name for a field this catalogue does not know yet. */
export const auditFieldLabel = (field: string, locale: Locale): string => FIELD_LABELS[locale][field] ?? field;

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * One side of a change as a person reads it: labels for roles, gender and statuses, dd/MM/yyyy (HH:mm) dates in
 * Vietnam time, the secret marker translated; an empty string for "nothing". Unit ids are named by the API.
 */
export function auditValueText(field: string, value: string | number | boolean | null, locale: Locale): string {
  if (value === null || value === '') return '';
  if (typeof value !== 'string') return String(value);
  if (value === AUDIT_SECRET_CHANGED) return SECRET_TEXT[locale];
  if (field === 'roles')
    return value
      .split(',')
      .map((role) => (isRole(role) ? ROLE_LABELS[locale][role] : role))
      .join(', ');
  if (field === 'gender' && isGender(value)) return GENDER_LABELS[locale][value];
  if (field === 'status') return STATUS_LABELS[locale][value] ?? value;
  if (field === 'requiredItems')
    return value
      .split(',')
      .map((item) => auditFieldLabel(item, locale))
      .join(', ');
  const day = CALENDAR_DAY.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  if (INSTANT.test(value)) return formatVietnamDateTime(value);
  return value;
}
