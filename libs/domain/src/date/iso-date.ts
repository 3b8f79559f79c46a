/** A Gregorian calendar date with no time or time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses strict `YYYY-MM-DD` and returns undefined unless it names a real date (2023-02-29 does not). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = ISO_DATE.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Negative if a is earlier than b, zero if the same day, positive if later. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Age in completed years on `on`. A 29 February birthday falls on 28 February in common years (a
 * period that would end on a day the month lacks ends on the month's last day).
 */
export function completedYears(birth: CalendarDate, on: CalendarDate): number {
  const anniversaryDay = Math.min(birth.day, daysInMonth(on.year, birth.month));
  const beforeAnniversary = compareDates(on, { year: on.year, month: birth.month, day: anniversaryDay }) < 0;
  return on.year - birth.year - (beforeAnniversary ? 1 : 0);
}
