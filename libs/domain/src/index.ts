// Public API of @motcua/domain: pure rules shared by the API and the SPA. No module here has
// top-level side effects, so bundlers can drop whatever a form does not use.
export type { Locale } from './core/locale';
export { LOCALES, DEFAULT_LOCALE } from './core/locale';
export type { RuleError, Result } from './core/result';
export { ERROR_CODES, type ErrorCode } from './core/error-codes';
export { MESSAGES, formatRuleError } from './i18n/messages';

export { foldVietnamese, removeDiacritics } from './text/fold-vietnamese';
export { GENDERS, GENDER_LABELS, isGender, validateGender, type Gender } from './gender/gender';
export {
  validateCitizenId,
  buildCitizenId,
  decodeCitizenId,
  isCccdProvinceCode,
  type CitizenIdContext,
  type DecodedCitizenId,
} from './citizen-id/cccd';
export { CCCD_PROVINCE_CODES } from './citizen-id/cccd-province-codes';
export { validatePhone, carrierForPrefix, type MobilePhone } from './phone/phone';
export { MOBILE_CARRIERS, MOBILE_PREFIXES, PHONE_CONVERSION_2018 } from './phone/vn-mobile-prefixes';
export {
  validateFullName,
  normalizeFullName,
  capitalizeFullName,
  FULL_NAME_MIN_LENGTH,
  FULL_NAME_MAX_LENGTH,
} from './full-name/full-name';
export { validateEmail } from './email/email';
export {
  validateUsername,
  USERNAME_PATTERN,
  USERNAME_FORMAT_ERROR,
  USERNAME_MIN_LENGTH,
  USERNAME_MAX_LENGTH,
} from './username/username';
export { validateUnitCode, UNIT_CODE_PATTERN, UNIT_CODE_MAX_LENGTH } from './unit-code/unit-code';
export { validateBirthDate, DEFAULT_MIN_AGE, DEFAULT_MAX_AGE, type BirthDateOptions } from './birth-date/birth-date';
export { parseIsoDate } from './date/iso-date';
export {
  VIETNAM_UTC_OFFSET_MS,
  dayMonth,
  daysLeft,
  formatIsoDate,
  formatVietnamDateTime,
  fromVietnamInput,
  todayInVietnam,
  toVietnamInput,
  vietnamClock,
  vietnamTimeToUtc,
  vietnamWallClock,
} from './date/vietnam-time';
export {
  checkPassword,
  PASSWORD_RULES,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
  type PasswordContext,
  type PasswordRule,
  type PasswordRuleCode,
} from './password/password';

export {
  PROFILE_FIELDS,
  PROFILE_FIELD_LABELS,
  VERIFIED_FIELDS,
  isProfileFieldProvided,
  type ProfileField,
  type ProfileSnapshot,
} from './profile/profile-fields';
export {
  validateProfileFields,
  type FieldErrors,
  type ProfileValidationOptions,
} from './profile/validate-profile-fields';
export { assessProfile, type ProfileAssessment, type ProfileStatus } from './profile/assess-profile';
export {
  COMPLIANCE_STATUSES,
  COMPLIANCE_STATUS_LABELS,
  complianceStatus,
  isCompleted,
  mostPressing,
  type ComplianceStatus,
} from './compliance/compliance-status';

export { ROLES, ROLE_LABELS, isRole, type Role } from './access/roles';
export { APP_PAGES, pagesForRoles, canOpenPage, type AppPage } from './access/pages';
export { officerSearchText } from './search/officer-search-text';
export { officerNameSortKey } from './search/officer-name-sort-key';
