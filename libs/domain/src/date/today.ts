/** Việt Nam (Asia/Ho_Chi_Minh) has been UTC+7 all year, with no daylight saving time, since 1975. */
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * Today's date in Việt Nam as `YYYY-MM-DD`. A fixed offset instead of Intl time-zone data, so the
 * answer is the same in browsers with reduced ICU data and on servers running in UTC.
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString().slice(0, 10);
}
