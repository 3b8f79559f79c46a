import * as domain from './index';

describe('@motcua/domain public API', () => {
  it('exports the functions other projects code against', () => {
    const functions = [
      'validateGender',
      'validateCitizenId',
      'buildCitizenId',
      'validatePhone',
      'validateFullName',
      'validateEmail',
      'validateBirthDate',
      'foldVietnamese',
      'checkPassword',
      'formatRuleError',
      'assessProfile',
      'validateProfileFields',
    ] as const;
    for (const name of functions) expect(typeof domain[name]).toBe('function');
  });

  it('exports the tables other projects code against', () => {
    expect(domain.GENDERS).toEqual(['male', 'female']);
    expect(Object.keys(domain.GENDER_LABELS)).toEqual(['vi', 'en']);
    expect(Object.keys(domain.MESSAGES)).toEqual(['vi', 'en']);
    expect(domain.PROFILE_FIELDS).toHaveLength(11);
    expect(Object.keys(domain.CCCD_PROVINCE_CODES)).toHaveLength(63);
    expect(domain.PASSWORD_RULES.length).toBeGreaterThan(0);
  });

  it('lets a form validate and show a message end to end', () => {
    const result = domain.validatePhone('01682345678');
    expect(result.errors.map((error) => domain.formatRuleError(error))).toEqual([
      'Số điện thoại 11 số đã chuyển sang 10 số, vui lòng nhập 0382345678.',
    ]);
  });
});
