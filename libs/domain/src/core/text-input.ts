import type { ErrorCode } from './error-codes';
import { fail, ok, ruleError, type Result } from './result';

/** True for undefined, null and strings made only of whitespace: the value was not provided. */
export function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/**
 * The common first step of every text rule: a blank value is `REQUIRED`, a value that is not a
 * string is `formatCode` (never a throw), otherwise the trimmed string.
 */
export function readRequiredText(input: unknown, formatCode: ErrorCode): Result<string> {
  if (isBlank(input)) return fail(ruleError('REQUIRED'));
  if (typeof input !== 'string') return fail(ruleError(formatCode));
  return ok(input.trim());
}
