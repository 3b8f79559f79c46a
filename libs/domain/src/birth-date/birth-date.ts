import { compareDates, completedYears, parseIsoDate, type CalendarDate } from '../date/iso-date';
import { todayInVietnam } from '../date/vietnam-time';
import { fail, ok, ruleError, type Result } from '../core/result';
import { readRequiredText } from '../core/text-input';

/** Officers must be 18 to 75 inclusive in completed years: this product's choice, not a legal source. */
export const DEFAULT_MIN_AGE = 18;
export const DEFAULT_MAX_AGE = 75;

export interface BirthDateOptions {
  /** The day of the check as YYYY-MM-DD; defaults to today in Asia/Ho_Chi_Minh. */
  today?: string;
  minAge?: number;
  maxAge?: number;
}

function resolveToday(today: string | undefined): CalendarDate {
  const text = today ?? todayInVietnam();
  const date = parseIsoDate(text);
  // A bad `today` is a programming error in the caller, not bad user input.
  if (date === undefined) throw new RangeError(`opts.today must be a real YYYY-MM-DD date, got "${text}"`);
  return date;
}

/** A real ISO date, not in the future, with an age between minAge and maxAge (inclusive) on `today`. */
export function validateBirthDate(input: unknown, opts: BirthDateOptions = {}): Result<string> {
  const text = readRequiredText(input, 'BIRTHDATE_FORMAT');
  if (!text.ok) return text;
  const birth = parseIsoDate(text.value);
  if (birth === undefined) return fail(ruleError('BIRTHDATE_FORMAT'));

  const today = resolveToday(opts.today);
  if (compareDates(birth, today) > 0) return fail(ruleError('BIRTHDATE_FUTURE'));

  const min = opts.minAge ?? DEFAULT_MIN_AGE;
  const max = opts.maxAge ?? DEFAULT_MAX_AGE;
  const age = completedYears(birth, today);
  if (age < min) return fail(ruleError('BIRTHDATE_TOO_YOUNG', { min, max }));
  if (age > max) return fail(ruleError('BIRTHDATE_TOO_OLD', { min, max }));
  return ok(text.value);
}
