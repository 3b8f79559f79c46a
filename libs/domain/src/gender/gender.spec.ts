import { GENDER_LABELS, GENDERS, isGender, validateGender } from './gender';

describe('validateGender', () => {
  it.each(GENDERS)('accepts the code %s', (gender) => {
    expect(validateGender(gender)).toEqual({ ok: true, value: gender, errors: [] });
  });

  it('ignores surrounding spaces and case', () => {
    expect(validateGender(' Female ').value).toBe('female');
  });

  it('a missing gender is REQUIRED', () => {
    expect(validateGender(undefined).errors).toEqual([{ code: 'REQUIRED' }]);
    expect(validateGender('').errors).toEqual([{ code: 'REQUIRED' }]);
  });

  it.each(['other', 'Nam', 'm', 0, true, {}])('refuses %p as GENDER_INVALID', (input) => {
    expect(validateGender(input).errors).toEqual([{ code: 'GENDER_INVALID' }]);
  });
});

describe('GENDER_LABELS', () => {
  it('labels the genders Nam / Nữ and Male / Female', () => {
    expect(GENDER_LABELS.vi).toEqual({ male: 'Nam', female: 'Nữ' });
    expect(GENDER_LABELS.en).toEqual({ male: 'Male', female: 'Female' });
  });
});

describe('isGender', () => {
  it('recognises only the two codes', () => {
    expect(GENDERS.every(isGender)).toBe(true);
    expect(isGender('Male')).toBe(false);
  });
});
