import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, auditActionLabel, auditFieldLabel, auditValueText } from './audit-labels';

describe('audit labels', () => {
  it('names every action in both languages, and shows an unknown action by its code', () => {
    for (const locale of ['vi', 'en'] as const)
      expect(Object.keys(AUDIT_ACTION_LABELS[locale]).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(auditActionLabel('profile.verify', 'vi')).toBe('Xác thực hồ sơ');
    expect(auditActionLabel('profile.something_new', 'vi')).toBe('profile.something_new');
  });

  it('labels fields, profile fields included', () => {
    expect(auditFieldLabel('phone', 'vi')).toBe('Số điện thoại');
    expect(auditFieldLabel('roles', 'en')).toBe('Roles');
    expect(auditFieldLabel('mystery', 'vi')).toBe('mystery');
  });

  it('writes values as a person reads them: labels, Vietnam dates and times, secrets as "changed"', () => {
    expect(auditValueText('roles', 'officer,admin', 'vi')).toBe('Cán bộ, Quản trị hệ thống');
    expect(auditValueText('gender', 'female', 'vi')).toBe('Nữ');
    expect(auditValueText('status', 'locked', 'vi')).toBe('Đã khóa');
    expect(auditValueText('birthDate', '1990-04-15', 'vi')).toBe('15/04/1990');
    // 17:30 UTC on 4 December is 00:30 on 5 December in Việt Nam.
    expect(auditValueText('verifiedAt', '2026-12-04T17:30:00.000Z', 'vi')).toBe('05/12/2026 00:30');
    expect(auditValueText('receiptPassword', 'đã thay đổi', 'en')).toBe('changed');
    expect(auditValueText('requiredItems', 'phone,verified', 'vi')).toBe('Số điện thoại, Lãnh đạo xác thực');
    expect(auditValueText('phone', null, 'vi')).toBe('');
    expect(auditValueText('reminders', 12, 'vi')).toBe('12');
  });
});
