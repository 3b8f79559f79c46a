import type { Locale } from '../core/locale';
import { isBlank } from '../core/text-input';

export type ProfileField =
  | 'fullName'
  | 'gender'
  | 'address'
  | 'birthDate'
  | 'email'
  | 'avatar'
  | 'citizenId'
  | 'phone'
  | 'receiptAccount'
  | 'receiptPassword'
  | 'defaultPage';

/** The fields in the order of the province's profile form. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
  'fullName',
  'gender',
  'address',
  'birthDate',
  'email',
  'avatar',
  'citizenId',
  'phone',
  'receiptAccount',
  'receiptPassword',
  'defaultPage',
];

/**
 * What a supervisor's verification vouches for: the identity VNeID matches on. Changing any of these withdraws the
 * verification; other fields (photo, phone, address…) do not.
 */
export const VERIFIED_FIELDS: readonly ProfileField[] = ['fullName', 'birthDate', 'gender', 'citizenId'];

export const PROFILE_FIELD_LABELS: Record<Locale, Record<ProfileField, string>> = {
  vi: {
    fullName: 'Họ tên',
    gender: 'Giới tính',
    address: 'Địa chỉ',
    birthDate: 'Ngày sinh',
    email: 'Email',
    avatar: 'Ảnh đại diện',
    citizenId: 'Số CCCD',
    phone: 'Số điện thoại',
    receiptAccount: 'Tài khoản liên kết biên lai/hóa đơn',
    receiptPassword: 'Mật khẩu liên kết biên lai/hóa đơn',
    defaultPage: 'Trang mặc định',
  },
  en: {
    fullName: 'Full name',
    gender: 'Gender',
    address: 'Address',
    birthDate: 'Date of birth',
    email: 'Email',
    avatar: 'Profile photo',
    citizenId: 'Citizen ID (CCCD) number',
    phone: 'Phone number',
    receiptAccount: 'Receipt/invoice link account',
    receiptPassword: 'Receipt/invoice link password',
    defaultPage: 'Default page',
  },
};

/**
 * What the API knows about an officer's profile. Secrets and files are reported as flags only
 * (`hasAvatar`, `receiptPasswordSet`).
 */
export interface ProfileSnapshot {
  fullName?: string | null;
  gender?: string | null;
  address?: string | null;
  birthDate?: string | null;
  email?: string | null;
  hasAvatar?: boolean;
  citizenId?: string | null;
  phone?: string | null;
  receiptAccount?: string | null;
  receiptPasswordSet?: boolean;
  defaultPage?: string | null;
}

const FIELD_VALUE: Record<ProfileField, (profile: ProfileSnapshot) => unknown> = {
  fullName: (profile) => profile.fullName,
  gender: (profile) => profile.gender,
  address: (profile) => profile.address,
  birthDate: (profile) => profile.birthDate,
  email: (profile) => profile.email,
  avatar: (profile) => profile.hasAvatar,
  citizenId: (profile) => profile.citizenId,
  phone: (profile) => profile.phone,
  receiptAccount: (profile) => profile.receiptAccount,
  receiptPassword: (profile) => profile.receiptPasswordSet,
  defaultPage: (profile) => profile.defaultPage,
};

/** The raw value behind a field (for the flag fields, the flag). */
export function profileFieldValue(profile: ProfileSnapshot, field: ProfileField): unknown {
  return FIELD_VALUE[field](profile);
}

/** A field is provided unless it is blank (undefined, null, whitespace) or a flag that is not true. */
export function isProfileFieldProvided(profile: ProfileSnapshot, field: ProfileField): boolean {
  const value = profileFieldValue(profile, field);
  return typeof value === 'boolean' ? value : !isBlank(value);
}
