import { fail, ok, ruleError, type Result } from '../core/result';

export const UNIT_CODE_MAX_LENGTH = 50;

/** Letters, digits, dot, underscore, hyphen: a code that reads the same in a URL, a file name and a spreadsheet. */
export const UNIT_CODE_PATTERN = /^[A-Za-z0-9._-]{1,50}$/;

/** Validates a unit code as typed (surrounding spaces dropped); the case is kept. */
export function validateUnitCode(input: unknown): Result<string> {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return fail(ruleError('REQUIRED'));
  return UNIT_CODE_PATTERN.test(text) ? ok(text) : fail(ruleError('UNIT_CODE_FORMAT', { max: UNIT_CODE_MAX_LENGTH }));
}
