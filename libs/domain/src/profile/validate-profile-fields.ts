import type { RuleError } from '../core/result';
import { validateBirthDate } from '../birth-date/birth-date';
import { validateCitizenId } from '../citizen-id/cccd';
import { validateEmail } from '../email/email';
import { validateFullName } from '../full-name/full-name';
import { validateGender } from '../gender/gender';
import { validatePhone } from '../phone/phone';
import { isProfileFieldProvided, PROFILE_FIELDS, type ProfileField, type ProfileSnapshot } from './profile-fields';

export interface ProfileValidationOptions {
  /** The day of the check as YYYY-MM-DD; defaults to today in Asia/Ho_Chi_Minh. */
  today?: string;
}

export interface FieldErrors {
  field: ProfileField;
  errors: RuleError[];
}

type FieldValidator = (profile: ProfileSnapshot, opts: ProfileValidationOptions) => RuleError[];

/** The gender, if it is valid, for the CCCD cross-check. */
function knownGender(profile: ProfileSnapshot) {
  const gender = validateGender(profile.gender);
  return gender.ok ? gender.value : undefined;
}

/**
 * Rules per field. Address, receipt account, default page and the two flags have no rule beyond
 * being provided. The CCCD is checked against the declared gender and birth date (cross-field).
 */
const VALIDATORS: Partial<Record<ProfileField, FieldValidator>> = {
  fullName: (profile) => validateFullName(profile.fullName).errors,
  gender: (profile) => validateGender(profile.gender).errors,
  birthDate: (profile, opts) => validateBirthDate(profile.birthDate, { today: opts.today }).errors,
  email: (profile) => validateEmail(profile.email).errors,
  citizenId: (profile) =>
    validateCitizenId(profile.citizenId, {
      gender: knownGender(profile),
      birthDate: typeof profile.birthDate === 'string' ? profile.birthDate : undefined,
    }).errors,
  phone: (profile) => validatePhone(profile.phone).errors,
};

/**
 * Every provided field that breaks a rule, in form order, with all of its errors. Fields that are not
 * provided are skipped: whether they are required is assessProfile's question.
 */
export function validateProfileFields(profile: ProfileSnapshot, opts: ProfileValidationOptions = {}): FieldErrors[] {
  const invalid: FieldErrors[] = [];
  for (const field of PROFILE_FIELDS) {
    const validate = VALIDATORS[field];
    if (validate === undefined || !isProfileFieldProvided(profile, field)) continue;
    const errors = validate(profile, opts);
    if (errors.length > 0) invalid.push({ field, errors });
  }
  return invalid;
}
