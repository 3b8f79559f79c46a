import type { ProfileSnapshot } from './profile-fields';

/** Test support: the day the fixture is valid on, and a profile with every field provided and valid. */
export const FIXTURE_TODAY = '2026-11-23';

export const COMPLETE_PROFILE: ProfileSnapshot = {
  fullName: 'Nguyễn Thị Lan',
  gender: 'female',
  address: 'Số 1 đường Hoàng Liên, phường Lào Cai, tỉnh Lào Cai',
  birthDate: '1990-07-15',
  email: 'lan.nt@laocai.gov.vn',
  hasAvatar: true,
  citizenId: '010190123456', // Lào Cai, female born 1900–1999, year 90
  phone: '0912 345 678',
  receiptAccount: 'lannt.bienlai',
  receiptPasswordSet: true,
  defaultPage: '/ho-so',
};
