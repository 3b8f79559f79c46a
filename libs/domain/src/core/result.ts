import type { ErrorCode } from './error-codes';

/** One failed rule: a stable code (looked up in MESSAGES) and the values its message interpolates. */
export interface RuleError {
  code: string;
  params?: Record<string, string | number>;
}

/** The outcome of a validation: the normalised value, or every rule the input failed. */
export type Result<T> = { ok: true; value: T; errors: [] } | { ok: false; value?: undefined; errors: RuleError[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value, errors: [] };
}

/** A failed result; the signature guarantees at least one error. */
export function fail<T>(first: RuleError, ...rest: RuleError[]): Result<T> {
  return { ok: false, errors: [first, ...rest] };
}

/** A failed result from a list that may be empty: an empty list means success with `value`. */
export function okUnlessErrors<T>(value: T, errors: readonly RuleError[]): Result<T> {
  const [first, ...rest] = errors;
  return first === undefined ? ok(value) : fail(first, ...rest);
}

export function ruleError(code: ErrorCode, params?: Record<string, string | number>): RuleError {
  return params === undefined ? { code } : { code, params };
}
