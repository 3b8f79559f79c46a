import { formatRuleError } from '../i18n/messages';
import { checkPassword, PASSWORD_RULES } from './password';

const codes = (password: unknown, ctx?: Parameters<typeof checkPassword>[1]) =>
  checkPassword(password, ctx).errors.map((e) => e.code);

describe('checkPassword', () => {
  it('accepts the demo password MotCua@2026 for the user "officer"', () => {
    expect(checkPassword('MotCua@2026', { username: 'officer' })).toEqual({
      ok: true,
      value: 'MotCua@2026',
      errors: [],
    });
  });

  it('returns the password unchanged, never trimmed', () => {
    expect(checkPassword(' MotCua@2026 ').value).toBe(' MotCua@2026 ');
  });

  it('an empty or missing password is REQUIRED and fails every composition rule', () => {
    const expected = [
      'REQUIRED',
      'PASSWORD_MIN_LENGTH',
      'PASSWORD_LOWERCASE',
      'PASSWORD_UPPERCASE',
      'PASSWORD_DIGIT',
      'PASSWORD_SPECIAL',
    ];
    expect(codes('')).toEqual(expected);
    expect(codes(undefined)).toEqual(expected);
    expect(codes(12345678)).toEqual(expected);
  });

  it('needs at least 8 characters', () => {
    expect(checkPassword('Mc@2026').errors).toEqual([{ code: 'PASSWORD_MIN_LENGTH', params: { min: 8 } }]);
  });

  it('allows at most 128 characters', () => {
    const long = `Mc@2026${'x'.repeat(121)}`;
    expect(codes(long)).toEqual([]);
    expect(checkPassword(`${long}y`).errors).toEqual([{ code: 'PASSWORD_MAX_LENGTH', params: { max: 128 } }]);
  });

  it('needs a lower-case letter', () => {
    expect(codes('MOTCUA@2026')).toEqual(['PASSWORD_LOWERCASE']);
  });

  it('needs an upper-case letter', () => {
    expect(codes('motcua@2026')).toEqual(['PASSWORD_UPPERCASE']);
  });

  it('counts Vietnamese letters as letters of their case', () => {
    expect(codes('ĐƯỜNG@2026')).toEqual(['PASSWORD_LOWERCASE']);
    expect(codes('Đường@2026')).toEqual([]);
  });

  it('needs a digit', () => {
    expect(codes('MotCua@Hai')).toEqual(['PASSWORD_DIGIT']);
  });

  it('needs a special character; a space alone does not count', () => {
    expect(codes('MotCua2026')).toEqual(['PASSWORD_SPECIAL']);
    expect(codes('MotCua 2026')).toEqual(['PASSWORD_SPECIAL']);
    expect(codes('MotCua_2026')).toEqual([]);
  });

  it('must not contain the username, ignoring case', () => {
    expect(codes('xOfficer@2026', { username: 'officer' })).toEqual(['PASSWORD_CONTAINS_USERNAME']);
    expect(codes('MotCua@2026', { username: 'MOTCUA' })).toEqual(['PASSWORD_CONTAINS_USERNAME']);
  });

  it('must not contain the local part of an email-style username', () => {
    expect(codes('Xx@nguyenvanan9', { username: 'NguyenVanAn@laocai.gov.vn' })).toEqual(['PASSWORD_CONTAINS_USERNAME']);
  });

  it('ignores usernames too short to be meaningful', () => {
    expect(codes('MotCua@2026', { username: 'mo' })).toEqual([]);
  });

  it('must not contain the citizen ID number', () => {
    expect(codes('Ab@001090123456', { citizenId: '001090123456' })).toEqual(['PASSWORD_CONTAINS_CITIZEN_ID']);
    expect(codes('Ab@001-090-123-456', { citizenId: '001 090 123 456' })).toEqual(['PASSWORD_CONTAINS_CITIZEN_ID']);
    expect(codes('Ab@00109012345', { citizenId: '001090123456' })).toEqual([]);
  });

  it('must not contain the phone number, comparing digits whatever the format', () => {
    const ctx = { phone: '+84 912 345 678' };
    expect(codes('Ab@0912345678', ctx)).toEqual(['PASSWORD_CONTAINS_PHONE']);
    expect(codes('Ab@0912.345.678', ctx)).toEqual(['PASSWORD_CONTAINS_PHONE']);
    expect(codes('Ab@84912345678', { phone: '0912345678' })).toEqual(['PASSWORD_CONTAINS_PHONE']);
    expect(codes('Ab@91234567x', ctx)).toEqual([]);
  });

  it('compares the digits of a phone number that is not itself valid', () => {
    expect(codes('Ab@01682345678', { phone: '0168 234 5678' })).toEqual(['PASSWORD_CONTAINS_PHONE']);
  });

  it('refuses a common password even when it meets every composition rule: "Password@123"', () => {
    expect(codes('Password@123')).toEqual(['PASSWORD_COMMON']);
  });

  it('returns every failed rule in checklist order', () => {
    expect(codes('password', { username: 'password' })).toEqual([
      'PASSWORD_UPPERCASE',
      'PASSWORD_DIGIT',
      'PASSWORD_SPECIAL',
      'PASSWORD_CONTAINS_USERNAME',
      'PASSWORD_COMMON',
    ]);
  });
});

describe('PASSWORD_RULES', () => {
  it('lists every password rule once, in display order', () => {
    expect(PASSWORD_RULES.map((rule) => rule.code)).toEqual([
      'PASSWORD_MIN_LENGTH',
      'PASSWORD_MAX_LENGTH',
      'PASSWORD_LOWERCASE',
      'PASSWORD_UPPERCASE',
      'PASSWORD_DIGIT',
      'PASSWORD_SPECIAL',
      'PASSWORD_CONTAINS_USERNAME',
      'PASSWORD_CONTAINS_CITIZEN_ID',
      'PASSWORD_CONTAINS_PHONE',
      'PASSWORD_COMMON',
    ]);
  });

  it('each rule formats into a checklist line', () => {
    expect(PASSWORD_RULES.map((rule) => formatRuleError(rule))[0]).toBe('Mật khẩu phải có ít nhất 8 ký tự.');
    expect(PASSWORD_RULES.every((rule) => !formatRuleError(rule, 'en').includes('{'))).toBe(true);
  });
});
