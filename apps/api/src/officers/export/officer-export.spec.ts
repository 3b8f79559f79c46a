import { ACCOUNT_STATUS_LABELS, COMPLIANCE_STATUS_LABELS } from '@motcua/contracts';
import type { OfficerRow } from '../officer-rows';
import { EXPORT_COLUMNS } from './officer-export';

const row = (overrides: Partial<OfficerRow>): OfficerRow => ({
  id: 1,
  username: 'hoa.nt',
  fullName: 'Nguyễn Thị Hoa',
  unitId: 4,
  unitName: 'Sở Y tế',
  roles: ['officer'],
  status: 'active',
  email: null,
  phone: null,
  citizenId: null,
  gender: null,
  birthDate: null,
  avatarUrl: null,
  confirmedAt: null,
  verifiedAt: null,
  verifiedByName: null,
  returnedAt: null,
  lockedUntil: null,
  twoFactorEnabled: false,
  completeness: { status: 'complete', missing: [] },
  version: 1,
  updatedAt: new Date('2026-12-01T00:00:00Z'),
  ...overrides,
});

const cell = (header: string, officer: OfficerRow) => EXPORT_COLUMNS.find((c) => c.header === header)!.value(officer);

describe('the officer export words statuses as the list does', () => {
  it('names every account status with the contract’s label', () => {
    expect(cell('Trạng thái tài khoản', row({ status: 'disabled' }))).toBe('Đã vô hiệu hóa');
    for (const status of ['pending_activation', 'active', 'locked', 'disabled'] as const)
      expect(cell('Trạng thái tài khoản', row({ status }))).toBe(ACCOUNT_STATUS_LABELS.vi[status]);
  });

  it('says "Hoàn thành" for a record complete on time, never "Đầy đủ"', () => {
    const status = EXPORT_COLUMNS.find((c) => c.value(row({})) === COMPLIANCE_STATUS_LABELS.vi.complete);
    expect(status).toBeDefined();
    expect(EXPORT_COLUMNS.map((c) => c.value(row({})))).not.toContain('Đầy đủ');
  });
});
