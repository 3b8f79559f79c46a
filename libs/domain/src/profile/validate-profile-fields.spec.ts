import { validateProfileFields } from './validate-profile-fields';
import { COMPLETE_PROFILE, FIXTURE_TODAY } from './profile.fixture';

const today = FIXTURE_TODAY;

describe('validateProfileFields', () => {
  it('finds nothing wrong with a valid profile', () => {
    expect(validateProfileFields(COMPLETE_PROFILE, { today })).toEqual([]);
  });

  it('skips fields that are not provided', () => {
    expect(validateProfileFields({}, { today })).toEqual([]);
    expect(validateProfileFields({ email: '  ', phone: null }, { today })).toEqual([]);
  });

  it('lists every failing field in form order with all of its errors', () => {
    const result = validateProfileFields(
      { ...COMPLETE_PROFILE, fullName: 'X', email: 'lan@localhost', phone: '01682345678', gender: 'unknown' },
      { today },
    );
    expect(result).toEqual([
      { field: 'fullName', errors: [{ code: 'NAME_LENGTH', params: { min: 2, max: 100 } }] },
      { field: 'gender', errors: [{ code: 'GENDER_INVALID' }] },
      { field: 'email', errors: [{ code: 'EMAIL_FORMAT' }] },
      { field: 'phone', errors: [{ code: 'PHONE_OLD_11_DIGIT', params: { suggestion: '0382345678' } }] },
    ]);
  });

  it('checks the age on the given day', () => {
    expect(validateProfileFields({ birthDate: '2008-11-24' }, { today })).toEqual([
      { field: 'birthDate', errors: [{ code: 'BIRTHDATE_TOO_YOUNG', params: { min: 18, max: 75 } }] },
    ]);
  });

  it('cross-checks the CCCD against the declared gender and birth year', () => {
    expect(validateProfileFields({ ...COMPLETE_PROFILE, gender: 'male', birthDate: '1991-07-15' }, { today })).toEqual([
      { field: 'citizenId', errors: [{ code: 'CCCD_GENDER_MISMATCH' }, { code: 'CCCD_YEAR_MISMATCH' }] },
    ]);
  });

  it('uses the birth year for the CCCD even when the age is out of range', () => {
    expect(validateProfileFields({ ...COMPLETE_PROFILE, birthDate: '1940-07-15' }, { today })).toEqual([
      { field: 'birthDate', errors: [{ code: 'BIRTHDATE_TOO_OLD', params: { min: 18, max: 75 } }] },
      { field: 'citizenId', errors: [{ code: 'CCCD_YEAR_MISMATCH' }] },
    ]);
  });

  it('does not cross-check the CCCD against a gender or birth date that is itself invalid', () => {
    expect(validateProfileFields({ ...COMPLETE_PROFILE, gender: 'x', birthDate: '1990-02-30' }, { today })).toEqual([
      { field: 'gender', errors: [{ code: 'GENDER_INVALID' }] },
      { field: 'birthDate', errors: [{ code: 'BIRTHDATE_FORMAT' }] },
    ]);
  });

  it('reports a non-string value as a format error instead of throwing', () => {
    const profile = { citizenId: 1234 as unknown as string, email: {} as unknown as string };
    expect(validateProfileFields(profile, { today })).toEqual([
      { field: 'email', errors: [{ code: 'EMAIL_FORMAT' }] },
      { field: 'citizenId', errors: [{ code: 'CCCD_FORMAT' }] },
    ]);
  });
});
