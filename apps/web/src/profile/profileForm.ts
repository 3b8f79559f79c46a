import {
  formatRuleError,
  isGender,
  validateBirthDate,
  validateCitizenId,
  validateEmail,
  validateFullName,
  validatePhone,
  type Locale,
} from '@motcua/domain';
import { domainValidator } from '../common/domainValidators';
import { formatIsoDate } from '@motcua/contracts';
import { parseDisplayDate } from './dates';
import type { Profile, ProfilePatch } from './profileApi';

/** The fields the officer edits as text (gender as '' | 'male' | 'female', the birth date as dd/MM/yyyy). */
export const TEXT_FIELDS = [
  'fullName',
  'gender',
  'address',
  'birthDate',
  'email',
  'citizenId',
  'phone',
  'receiptAccount',
  'defaultPage',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Fields the form edits, in the order of the province form (the avatar is uploaded on its own). */
export type FormField = TextField | 'receiptPassword';

export type ProfileFormValues = Record<TextField, string> & {
  /** A new receipt password; '' leaves the stored one alone unless `clearReceiptPassword`. */
  receiptPassword: string;
  clearReceiptPassword: boolean;
};

export type FieldMessages = Partial<Record<FormField, string>>;

/** Fields the province form marks with (*). */
export const REQUIRED_FIELDS: readonly FormField[] = ['fullName', 'gender', 'birthDate', 'citizenId', 'phone'];

export function formValuesOf(profile: Profile): ProfileFormValues {
  return {
    fullName: profile.fullName ?? '',
    gender: profile.gender ?? '',
    address: profile.address ?? '',
    birthDate: formatIsoDate(profile.birthDate),
    email: profile.email ?? '',
    citizenId: profile.citizenId ?? '',
    phone: profile.phone ?? '',
    receiptAccount: profile.receiptAccount ?? '',
    defaultPage: profile.defaultPage ?? '',
    receiptPassword: '',
    clearReceiptPassword: false,
  };
}

/** A field's form text as the API value: blanks become null, the birth date becomes ISO when it can be read. */
function apiValueOf(field: TextField, text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (field === 'birthDate') return parseDisplayDate(value) ?? value;
  return value;
}

/** The stored value of a field, in the same terms as apiValueOf. */
function storedValueOf(profile: Profile, field: TextField): string | null {
  const value = profile[field];
  return value === null || value === undefined || String(value).trim() === '' ? null : String(value).trim();
}

/** Only what the officer changed relative to the record read from the server (the version travels beside it). */
export function changedFields(values: ProfileFormValues, base: Profile): ProfilePatch {
  const patch: Record<string, string | null> = {};
  for (const field of TEXT_FIELDS) {
    const value = apiValueOf(field, values[field]);
    if (value !== storedValueOf(base, field)) patch[field] = field === 'fullName' ? (value ?? '') : value;
  }
  if (values.receiptPassword !== '') patch.receiptPassword = values.receiptPassword;
  else if (values.clearReceiptPassword && base.receiptPasswordSet) patch.receiptPassword = '';
  return patch as ProfilePatch;
}

export const hasChanges = (values: ProfileFormValues, base: Profile) =>
  Object.keys(changedFields(values, base)).length > 0;

/** Fields whose stored value differs between two versions of the record (the receipt password by its flag). */
export function fieldsChangedOnServer(before: Profile, after: Profile): FormField[] {
  const fields: FormField[] = TEXT_FIELDS.filter(
    (field) => storedValueOf(before, field) !== storedValueOf(after, field),
  );
  if (before.receiptPasswordSet !== after.receiptPasswordSet) fields.push('receiptPassword');
  return fields;
}

/**
 * The form after the record moved on the server from `before` to `after` (a 409, or the avatar changed):
 * fields the server changed take the server's value, every other field keeps what the officer typed.
 */
export function rebaseValues(values: ProfileFormValues, before: Profile, after: Profile): ProfileFormValues {
  const fresh = formValuesOf(after);
  const next: ProfileFormValues = { ...values };
  for (const field of fieldsChangedOnServer(before, after)) {
    if (field === 'receiptPassword') {
      next.receiptPassword = fresh.receiptPassword;
      next.clearReceiptPassword = false;
    } else {
      next[field] = fresh[field];
    }
  }
  return next;
}

/**
 * The form once a PATCH answered: what was sent shows as the server stored it (normalised), anything typed
 * meanwhile in other fields is kept.
 */
export function valuesAfterSave(
  values: ProfileFormValues,
  sent: ProfilePatch,
  before: Profile,
  saved: Profile,
): ProfileFormValues {
  const fresh = formValuesOf(saved);
  const next = rebaseValues(values, before, saved);
  for (const field of TEXT_FIELDS) if (field in sent) next[field] = fresh[field];
  if ('receiptPassword' in sent) {
    next.receiptPassword = '';
    next.clearReceiptPassword = false;
  }
  return next;
}

/** The message for a libs/domain rule, the same words the API answers with, or undefined if the value passes. */
const ruleMessage = (
  validator: ReturnType<typeof domainValidator>,
  value: string,
  values: object,
): string | undefined => {
  const message = validator(value, values, undefined);
  return typeof message === 'string' ? message : undefined;
};

export interface ValidationTexts {
  /** The message for a birth date that is not a real dd/MM/yyyy date (the domain's own names YYYY-MM-DD). */
  birthDateFormat: string;
}

/**
 * Every field that breaks a rule, with the messages libs/domain gives the API. The CCCD is checked against the
 * gender and the birth date currently in the form.
 */
export function validateProfileForm(values: ProfileFormValues, locale: Locale, texts: ValidationTexts): FieldMessages {
  const localeOf = () => locale;
  const required = formatRuleError({ code: 'REQUIRED' }, locale);
  const messages: FieldMessages = {};
  for (const field of REQUIRED_FIELDS)
    if (field !== 'receiptPassword' && values[field].trim() === '') messages[field] = required;

  const birthDate = values.birthDate.trim() === '' ? undefined : parseDisplayDate(values.birthDate);
  if (values.birthDate.trim() !== '' && birthDate === undefined) messages.birthDate = texts.birthDateFormat;

  const checks: [TextField, string | undefined][] = [
    ['fullName', ruleMessage(domainValidator(validateFullName, undefined, localeOf), values.fullName, values)],
    ['birthDate', birthDate && ruleMessage(domainValidator(validateBirthDate, undefined, localeOf), birthDate, values)],
    ['email', ruleMessage(domainValidator(validateEmail, undefined, localeOf), values.email, values)],
    ['phone', ruleMessage(domainValidator(validatePhone, undefined, localeOf), values.phone, values)],
    [
      'citizenId',
      ruleMessage(
        domainValidator(
          validateCitizenId,
          () => ({ birthDate, gender: isGender(values.gender) ? values.gender : undefined }),
          localeOf,
        ),
        values.citizenId,
        values,
      ),
    ],
  ];
  for (const [field, message] of checks) if (message && !messages[field]) messages[field] = message;
  return messages;
}

/** "0912345678 · VinaPhone" while the phone being typed is a valid mobile number. */
export function phoneHint(text: string): string | undefined {
  const result = validatePhone(text);
  return result.ok ? `${result.value.number} · ${result.value.carrier}` : undefined;
}
