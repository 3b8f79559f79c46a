import type { Locale } from '../core/locale';
import { fail, ok, ruleError, type Result } from '../core/result';
import { isBlank } from '../core/text-input';

export type Gender = 'male' | 'female';

export const GENDERS: readonly Gender[] = ['male', 'female'];

export const GENDER_LABELS: Record<Locale, Record<Gender, string>> = {
  vi: { male: 'Nam', female: 'Nữ' },
  en: { male: 'Male', female: 'Female' },
};

export function isGender(input: unknown): input is Gender {
  return input === 'male' || input === 'female';
}

/** Accepts the codes 'male' / 'female' (surrounding spaces and case ignored). */
export function validateGender(input: unknown): Result<Gender> {
  if (isBlank(input)) return fail(ruleError('REQUIRED'));
  const candidate = typeof input === 'string' ? input.trim().toLowerCase() : input;
  return isGender(candidate) ? ok(candidate) : fail(ruleError('GENDER_INVALID'));
}
