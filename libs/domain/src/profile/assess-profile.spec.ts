import fc from 'fast-check';
import { assessProfile } from './assess-profile';
import { PROFILE_FIELDS, type ProfileSnapshot } from './profile-fields';
import { COMPLETE_PROFILE, FIXTURE_TODAY } from './profile.fixture';

const today = FIXTURE_TODAY;

describe('assessProfile', () => {
  it('a profile with every required field provided and valid is complete', () => {
    expect(assessProfile(COMPLETE_PROFILE, PROFILE_FIELDS, { today })).toEqual({
      status: 'complete',
      missing: [],
      invalid: [],
    });
  });

  it('lists missing required fields in form order, whatever order they were required in', () => {
    const profile = { ...COMPLETE_PROFILE, phone: null, hasAvatar: false, fullName: '   ' };
    expect(assessProfile(profile, ['phone', 'avatar', 'fullName', 'email'], { today })).toEqual({
      status: 'incomplete',
      missing: ['fullName', 'avatar', 'phone'],
      invalid: [],
    });
  });

  it('a missing field that is not required does not make the profile incomplete', () => {
    expect(assessProfile({ ...COMPLETE_PROFILE, defaultPage: null }, ['fullName'], { today }).status).toBe('complete');
  });

  it('a provided but invalid field is never counted complete, even when it is not required', () => {
    expect(assessProfile({ ...COMPLETE_PROFILE, email: 'lan@localhost' }, ['fullName'], { today })).toEqual({
      status: 'incomplete',
      missing: [],
      invalid: [{ field: 'email', errors: [{ code: 'EMAIL_FORMAT' }] }],
    });
  });

  it('a required receipt password counts only once it is set', () => {
    expect(
      assessProfile({ ...COMPLETE_PROFILE, receiptPasswordSet: false }, ['receiptPassword'], { today }).missing,
    ).toEqual(['receiptPassword']);
  });

  it('never reports a field both missing and invalid', () => {
    const text = fc.option(
      fc.oneof(
        fc.string(),
        fc.constantFrom('', ' ', 'Nguyễn Văn An', 'male', '1990-01-01', '001090123456', '0912345678', 'an@example.com'),
      ),
      { nil: null },
    );
    const snapshot: fc.Arbitrary<ProfileSnapshot> = fc.record(
      {
        fullName: text,
        gender: text,
        address: text,
        birthDate: text,
        email: text,
        hasAvatar: fc.boolean(),
        citizenId: text,
        phone: text,
        receiptAccount: text,
        receiptPasswordSet: fc.boolean(),
        defaultPage: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(snapshot, fc.subarray([...PROFILE_FIELDS]), (profile, required) => {
        const { status, missing, invalid } = assessProfile(profile, required, { today });
        const invalidFields = invalid.map((entry) => entry.field);
        expect(missing.filter((field) => invalidFields.includes(field))).toEqual([]);
        expect(missing.every((field) => required.includes(field))).toBe(true);
        expect(invalid.every((entry) => entry.errors.length > 0)).toBe(true);
        expect(status).toBe(missing.length === 0 && invalid.length === 0 ? 'complete' : 'incomplete');
      }),
      { numRuns: 500 },
    );
  });
});
