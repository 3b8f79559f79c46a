import { formatRuleError, validateCitizenId } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { changedFields, formValuesOf, phoneHint, rebaseValues, validateProfileForm } from './profileForm';
import { sampleProfile } from './testing';

const texts = { birthDateFormat: 'BIRTH_DATE_FORMAT' };

describe('the phone hint under Số điện thoại', () => {
  it('shows the normalised number and the carrier as the officer types', () => {
    expect(phoneHint('0912 345 678')).toBe('0912345678 · VinaPhone');
    expect(phoneHint('+84 98.765.4321')).toBe('0987654321 · Viettel');
    expect(phoneHint('(+84) 903-123-456')).toBe('0903123456 · MobiFone');
  });

  it('shows nothing while the number is incomplete or wrong', () => {
    expect(phoneHint('0912 34')).toBeUndefined();
    expect(phoneHint('01682345678')).toBeUndefined();
    expect(phoneHint('')).toBeUndefined();
  });
});

describe('what a PATCH sends', () => {
  it('only the fields the officer changed', () => {
    const profile = sampleProfile();
    const values = { ...formValuesOf(profile), address: 'Số 2 đường Hoàng Liên', phone: '0987 654 321' };
    expect(changedFields(values, profile)).toEqual({ address: 'Số 2 đường Hoàng Liên', phone: '0987 654 321' });
  });

  it('the birth date as ISO, and an unchanged date typed differently as nothing', () => {
    const profile = sampleProfile();
    expect(changedFields({ ...formValuesOf(profile), birthDate: '2/3/1985' }, profile)).toEqual({});
    expect(changedFields({ ...formValuesOf(profile), birthDate: '03/02/1985' }, profile)).toEqual({
      birthDate: '1985-02-03',
    });
  });

  it('a blanked optional field as null', () => {
    const profile = sampleProfile();
    expect(changedFields({ ...formValuesOf(profile), email: '  ', gender: '' }, profile)).toEqual({
      email: null,
      gender: null,
    });
  });

  it('the receipt password only when a new one is typed, or "" when the officer removes it', () => {
    const profile = sampleProfile({ receiptPasswordSet: true });
    expect(changedFields(formValuesOf(profile), profile)).toEqual({});
    expect(changedFields({ ...formValuesOf(profile), receiptPassword: 'Bienlai@2026' }, profile)).toEqual({
      receiptPassword: 'Bienlai@2026',
    });
    expect(changedFields({ ...formValuesOf(profile), clearReceiptPassword: true }, profile)).toEqual({
      receiptPassword: '',
    });
  });
});

describe('reloading after someone else saved', () => {
  it('takes the server’s value where it changed and keeps the officer’s typing elsewhere', () => {
    const before = sampleProfile();
    const after = sampleProfile({
      version: 8,
      fullName: 'Nguyễn Văn Anh',
      phone: '0987654321',
      receiptPasswordSet: false,
    });
    const typed = { ...formValuesOf(before), address: 'Địa chỉ mới', phone: '0911111111', receiptPassword: 'Moi@2026' };
    expect(rebaseValues(typed, before, after)).toEqual({
      ...formValuesOf(before),
      fullName: 'Nguyễn Văn Anh',
      address: 'Địa chỉ mới',
      phone: '0987654321',
      receiptPassword: '',
    });
  });
});

describe('validation as the officer types', () => {
  const values = formValuesOf(sampleProfile());

  it('passes a valid record', () => {
    expect(validateProfileForm(values, 'vi', texts)).toEqual({});
  });

  it('uses the server’s message for a required field left blank', () => {
    expect(validateProfileForm({ ...values, fullName: ' ', phone: '' }, 'vi', texts)).toEqual({
      fullName: formatRuleError({ code: 'REQUIRED' }, 'vi'),
      phone: formatRuleError({ code: 'REQUIRED' }, 'vi'),
    });
  });

  it('checks the CCCD against the gender and birth date currently in the form', () => {
    const message = validateProfileForm(
      { ...values, gender: 'female', birthDate: '02/03/1990' },
      'vi',
      texts,
    ).citizenId;
    expect(message).toBe(
      validateCitizenId('001085012345', { gender: 'female', birthDate: '1990-03-02' })
        .errors.map((error) => formatRuleError(error, 'vi'))
        .join(' '),
    );
    expect(message).toContain('giới tính');
  });

  it('names dd/MM/yyyy for a birth date that cannot be read, and the domain’s words for one that breaks a rule', () => {
    expect(validateProfileForm({ ...values, birthDate: '31/02/1985' }, 'vi', texts).birthDate).toBe(
      'BIRTH_DATE_FORMAT',
    );
    expect(validateProfileForm({ ...values, birthDate: '01/01/2099' }, 'en', texts).birthDate).toBe(
      formatRuleError({ code: 'BIRTHDATE_FUTURE' }, 'en'),
    );
  });
});
