import { isProfileFieldProvided, PROFILE_FIELD_LABELS, PROFILE_FIELDS, profileFieldValue } from './profile-fields';

describe('profile fields', () => {
  it('are listed in the province form’s order', () => {
    expect(PROFILE_FIELDS.map((field) => PROFILE_FIELD_LABELS.vi[field])).toEqual([
      'Họ tên',
      'Giới tính',
      'Địa chỉ',
      'Ngày sinh',
      'Email',
      'Ảnh đại diện',
      'Số CCCD',
      'Số điện thoại',
      'Tài khoản liên kết biên lai/hóa đơn',
      'Mật khẩu liên kết biên lai/hóa đơn',
      'Trang mặc định',
    ]);
  });

  it('each has an English label too', () => {
    expect(Object.keys(PROFILE_FIELD_LABELS.en).sort()).toEqual([...PROFILE_FIELDS].sort());
    expect(PROFILE_FIELD_LABELS.en.birthDate).toBe('Date of birth');
  });

  it('reads the avatar and receipt password as flags', () => {
    expect(profileFieldValue({ hasAvatar: true }, 'avatar')).toBe(true);
    expect(profileFieldValue({ receiptPasswordSet: false }, 'receiptPassword')).toBe(false);
  });
});

describe('isProfileFieldProvided', () => {
  it('treats undefined, null and whitespace-only text as not provided', () => {
    expect(isProfileFieldProvided({}, 'fullName')).toBe(false);
    expect(isProfileFieldProvided({ fullName: null }, 'fullName')).toBe(false);
    expect(isProfileFieldProvided({ fullName: '  ' }, 'fullName')).toBe(false);
    expect(isProfileFieldProvided({ fullName: 'x' }, 'fullName')).toBe(true);
  });

  it('treats a flag as provided only when it is true', () => {
    expect(isProfileFieldProvided({ hasAvatar: true }, 'avatar')).toBe(true);
    expect(isProfileFieldProvided({ hasAvatar: false }, 'avatar')).toBe(false);
    expect(isProfileFieldProvided({}, 'receiptPassword')).toBe(false);
    expect(isProfileFieldProvided({ receiptPasswordSet: true }, 'receiptPassword')).toBe(true);
  });
});
