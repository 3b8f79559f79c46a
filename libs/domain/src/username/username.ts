import { fail, ok, ruleError, type Result } from '../core/result';

export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 64;

/** Unaccented letters, digits, dot, underscore, hyphen; stored lowercase. */
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,64}$/;

/** What breaking the pattern reports, wherever a username is checked (form, API, import). */
export const USERNAME_FORMAT_ERROR = ruleError('USERNAME_FORMAT', {
  min: USERNAME_MIN_LENGTH,
  max: USERNAME_MAX_LENGTH,
});

/** Validates a username as typed ("Hoa.NT"), returning it as stored ("hoa.nt"). */
export function validateUsername(input: unknown): Result<string> {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return fail(ruleError('REQUIRED'));
  return USERNAME_PATTERN.test(text) ? ok(text.toLowerCase()) : fail(USERNAME_FORMAT_ERROR);
}
