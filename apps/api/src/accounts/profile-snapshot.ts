import type { ProfileSnapshot } from '@motcua/domain';
import type { Officer } from './officer.entity';

/** The profile fields of an officer, loaded as an entity or read as raw SQL. */
export type ProfileFieldsOf = Pick<
  Officer,
  | 'fullName'
  | 'gender'
  | 'address'
  | 'birthDate'
  | 'email'
  | 'avatarKey'
  | 'citizenId'
  | 'phone'
  | 'receiptAccount'
  | 'defaultPage'
>;

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
