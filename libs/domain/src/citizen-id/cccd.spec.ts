import { buildCitizenId, decodeCitizenId, isCccdProvinceCode, validateCitizenId } from './cccd';

// 001 Hà Nội, digit 4 = 0 (male, 1900s), year 90, serial 123456
const MALE_1990 = '001090123456';

describe('validateCitizenId', () => {
  it('accepts a 12-digit CCCD with a known province code', () => {
    expect(validateCitizenId(MALE_1990)).toEqual({ ok: true, value: MALE_1990, errors: [] });
  });

  it('removes surrounding and inner spaces', () => {
    expect(validateCitizenId(' 001 090 123 456 ').value).toBe(MALE_1990);
    expect(validateCitizenId('0010\u00a090123456').value).toBe(MALE_1990);
  });

  it('a missing number is REQUIRED', () => {
    expect(validateCitizenId('   ').errors).toEqual([{ code: 'REQUIRED' }]);
    expect(validateCitizenId(undefined).errors).toEqual([{ code: 'REQUIRED' }]);
  });

  it('a 9-digit CMND is refused with a hint to enter the 12-digit CCCD', () => {
    expect(validateCitizenId('012345678').errors).toEqual([{ code: 'CCCD_OLD_CMND' }]);
    expect(validateCitizenId('012 345 678').errors).toEqual([{ code: 'CCCD_OLD_CMND' }]);
  });

  it.each([
    ['too short', '00109012345'],
    ['too long', '0010901234567'],
    ['letters', '00109012345A'],
    ['dots as separators', '001.090.123.456'],
    ['hyphens as separators', '001-090-123-456'],
    ['full-width digits', '００１０９０１２３４５６'],
    ['Arabic-Indic digits', '٠٠١٠٩٠١٢٣٤٥٦'],
  ])('anything but 12 ASCII digits (%s) is CCCD_FORMAT', (_label, input) => {
    expect(validateCitizenId(input).errors).toEqual([{ code: 'CCCD_FORMAT' }]);
  });

  it('a non-string is CCCD_FORMAT instead of a crash', () => {
    expect(validateCitizenId(1090123456).errors).toEqual([{ code: 'CCCD_FORMAT' }]);
  });

  it.each(['000', '003', '097', '999'])('a number starting with the unused province code %s is refused', (code) => {
    expect(validateCitizenId(`${code}090123456`).errors).toEqual([{ code: 'CCCD_PROVINCE_UNKNOWN', params: { code } }]);
  });

  it('checks digit 4 against the declared gender only when the gender is known', () => {
    expect(validateCitizenId(MALE_1990, { gender: 'male' }).ok).toBe(true);
    expect(validateCitizenId(MALE_1990, { gender: 'female' }).errors).toEqual([{ code: 'CCCD_GENDER_MISMATCH' }]);
    expect(validateCitizenId('001190123456', { gender: 'female' }).ok).toBe(true);
  });

  it('checks digit 4 against the century of the birth year only when the birth date is known', () => {
    expect(validateCitizenId(MALE_1990, { birthDate: '2090-01-01' }).errors).toEqual([
      { code: 'CCCD_CENTURY_MISMATCH' },
    ]);
    expect(validateCitizenId('001290123456', { birthDate: '2090-01-01', gender: 'male' }).ok).toBe(true);
  });

  it('checks digits 5–6 against the last two digits of the birth year', () => {
    expect(validateCitizenId(MALE_1990, { birthDate: '1991-05-01' }).errors).toEqual([{ code: 'CCCD_YEAR_MISMATCH' }]);
    expect(validateCitizenId(MALE_1990, { birthDate: '1990-05-01' }).ok).toBe(true);
  });

  it('reads digit 4 as 8/9 = born 2300–2399 (not the 1800s); no code exists for the 1800s', () => {
    expect(validateCitizenId('001805123456', { birthDate: '2305-01-01', gender: 'male' }).ok).toBe(true);
    expect(validateCitizenId('001905123456', { birthDate: '2305-01-01', gender: 'female' }).ok).toBe(true);
    expect(validateCitizenId('001805123456', { birthDate: '1805-01-01' }).errors).toEqual([
      { code: 'CCCD_CENTURY_MISMATCH' },
    ]);
  });

  it('reports every mismatch at once', () => {
    expect(validateCitizenId('097190123456', { gender: 'male', birthDate: '2085-01-01' }).errors).toEqual([
      { code: 'CCCD_PROVINCE_UNKNOWN', params: { code: '097' } },
      { code: 'CCCD_GENDER_MISMATCH' },
      { code: 'CCCD_CENTURY_MISMATCH' },
      { code: 'CCCD_YEAR_MISMATCH' },
    ]);
  });

  it('ignores a birth date or gender that is itself malformed (that field reports its own error)', () => {
    expect(validateCitizenId(MALE_1990, { birthDate: '31/12/2005' }).ok).toBe(true);
    expect(validateCitizenId(MALE_1990, { birthDate: '2005-02-29' }).ok).toBe(true);
    expect(validateCitizenId(MALE_1990, { gender: 'unknown' as never }).ok).toBe(true);
  });
});

describe('decodeCitizenId', () => {
  it('reads province, gender, birth year and serial', () => {
    expect(decodeCitizenId('079305001234')).toEqual({
      provinceCode: '079',
      gender: 'female',
      birthYear: 2005,
      serial: '001234',
    });
  });

  it('returns undefined for anything but 12 digits', () => {
    expect(decodeCitizenId('07930500123')).toBeUndefined();
  });
});

describe('buildCitizenId', () => {
  it('composes province, century-gender digit, year digits and serial', () => {
    expect(buildCitizenId('001', 'male', 1990, '123456')).toBe(MALE_1990);
    expect(buildCitizenId('079', 'female', 2005, '001234')).toBe('079305001234');
    expect(buildCitizenId('096', 'female', 2399, '000000')).toBe('096999000000');
  });

  it('refuses arguments no CCCD can encode', () => {
    expect(() => buildCitizenId('003', 'male', 1990, '123456')).toThrow(RangeError);
    expect(() => buildCitizenId('001', 'male', 1899, '123456')).toThrow(RangeError);
    expect(() => buildCitizenId('001', 'male', 2400, '123456')).toThrow(RangeError);
    expect(() => buildCitizenId('001', 'male', 1990.5, '123456')).toThrow(RangeError);
    expect(() => buildCitizenId('001', 'male', 1990, '12345')).toThrow(RangeError);
  });
});

describe('isCccdProvinceCode', () => {
  it('knows the table and not inherited object keys', () => {
    expect(isCccdProvinceCode('001')).toBe(true);
    expect(isCccdProvinceCode('003')).toBe(false);
    expect(isCccdProvinceCode('constructor')).toBe(false);
  });
});
