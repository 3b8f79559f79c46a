import type { Completeness, Profile } from './profileApi';

/**
 * An entry without its `requiredItems`, as the first API answered: the checklist then lists what is missing, invalid
 * or filled in (checklistOf's fallback, which these fixtures exercise).
 */
export const withoutRequiredItems = (entry: Omit<Completeness, 'requiredItems'>): Completeness => entry as Completeness;

/** A complete, valid record of a male officer born 02/03/1985 (CCCD 001 0 85 012345). */
export const sampleProfile = (overrides: Partial<Profile> = {}): Profile => ({
  id: 42,
  username: 'officer',
  unitId: 3,
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  birthDate: '1985-03-02',
  address: 'Số 1 đường Hoàng Liên, phường Lào Cai',
  email: 'nguyenvanan@laocai.gov.vn',
  avatarUrl: null,
  citizenId: '001085012345',
  phone: '0912345678',
  receiptAccount: 'an.nv',
  receiptPasswordSet: true,
  defaultPage: '/profile',
  confirmedAt: null,
  verifiedAt: null,
  verifiedBy: null,
  verification: null,
  sendBack: null,
  version: 7,
  updatedAt: '2026-11-20T03:00:00.000Z',
  completeness: [
    withoutRequiredItems({
      campaignId: null,
      name: 'Chuẩn hóa thông tin cán bộ năm 2026',
      deadline: '2026-12-31T16:59:00.000Z',
      daysLeft: 38,
      status: 'incomplete',
      completedAt: null,
      missing: ['avatar'],
      invalid: [],
    }),
  ],
  ...overrides,
});
