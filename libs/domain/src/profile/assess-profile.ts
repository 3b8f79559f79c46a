import { isProfileFieldProvided, PROFILE_FIELDS, type ProfileField, type ProfileSnapshot } from './profile-fields';
import { validateProfileFields, type FieldErrors, type ProfileValidationOptions } from './validate-profile-fields';

export type ProfileStatus = 'complete' | 'incomplete';

export interface ProfileAssessment {
  status: ProfileStatus;
  /** Required fields not provided, in form order. */
  missing: ProfileField[];
  /** Provided fields (required or not) that break a rule. */
  invalid: FieldErrors[];
}

/**
 * Whether an officer's profile is complete: every required field provided and every provided field
 * valid. A field is never both missing and invalid. `invalid` may be passed in when the same record is
 * assessed against several sets of required fields (it does not depend on them).
 */
export function assessProfile(
  profile: ProfileSnapshot,
  requiredFields: readonly ProfileField[],
  opts: ProfileValidationOptions = {},
  invalid: FieldErrors[] = validateProfileFields(profile, opts),
): ProfileAssessment {
  const missing = PROFILE_FIELDS.filter(
    (field) => requiredFields.includes(field) && !isProfileFieldProvided(profile, field),
  );
  const status: ProfileStatus = missing.length === 0 && invalid.length === 0 ? 'complete' : 'incomplete';
  return { status, missing, invalid };
}
