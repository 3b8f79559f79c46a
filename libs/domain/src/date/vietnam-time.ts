/**
 * Việt Nam time, the one clock of the console: deadlines, "today", and every date or moment shown or exported.
 * Asia/Ho_Chi_Minh has kept UTC+7 all year, with no daylight saving time, since 1975, so a fixed offset instead of
 * Intl time-zone data: the same answer in browsers with reduced ICU data and on servers in any zone.
 */
export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The instant as a Date whose UTC fields read Vietnam's wall clock: what a spreadsheet cell (which has no zone) holds. */
export const vietnamWallClock = (instant: Date): Date => new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MS);

/** Today's date in Việt Nam (or the Vietnamese date of `now`) as `YYYY-MM-DD`. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamWallClock(now).toISOString().slice(0, 10);
}

/** "2026-12-31T23:59" read on a Vietnamese wall clock, as a UTC instant. */
export const vietnamTimeToUtc = (local: string): Date =>
  new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`);

/** Whole calendar days from today to the deadline's day, both in Vietnam (negative once it has passed). */
export function daysLeft(deadline: Date, now: Date = new Date()): number {
  const day = (instant: Date) => Math.floor((instant.getTime() + VIETNAM_UTC_OFFSET_MS) / DAY_MS);
  return day(deadline) - day(now);
}

/**
 * An instant as the Vietnamese wall clock: `date` is dd/MM/yyyy, `time` HH:mm. Undefined for something that is
 * not a date.
 */
export function vietnamClock(instant: string | number | Date): { date: string; time: string } | undefined {
  const wall = new Date(new Date(instant).getTime() + VIETNAM_UTC_OFFSET_MS);
  if (Number.isNaN(wall.getTime())) return undefined;
  return {
    date: `${pad2(wall.getUTCDate())}/${pad2(wall.getUTCMonth() + 1)}/${wall.getUTCFullYear()}`,
    time: `${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}`,
  };
}

/**
 * "dd/MM/yyyy HH:mm" in Việt Nam time: the one way the console writes a moment, in lists, pages, sentences and
 * exports. Something that is not a date is returned as it is.
 */
export function formatVietnamDateTime(instant: string | number | Date): string {
  const clock = vietnamClock(instant);
  return clock ? `${clock.date} ${clock.time}` : String(instant);
}

/** A calendar date "YYYY-MM-DD" as "dd/MM/yyyy"; blank for null, and an unreadable value is returned unchanged. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = ISO_DATE.exec(iso);
  return match === null ? iso : `${match[3]}/${match[2]}/${match[1]}`;
}

/** "2026-12-10" → "10/12" (chart axes). */
export const dayMonth = (isoDate: string) => `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}`;

/** An ISO instant as "YYYY-MM-DDTHH:mm" on the Vietnamese wall clock (a datetime-local value); '' when unreadable. */
export function toVietnamInput(instant: string | null | undefined): string {
  if (!instant) return '';
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) return '';
  const wall = new Date(time + VIETNAM_UTC_OFFSET_MS);
  return `${wall.getUTCFullYear()}-${pad2(wall.getUTCMonth() + 1)}-${pad2(wall.getUTCDate())}T${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}`;
}

/** "2026-12-10T17:00" read on a Vietnamese clock → "2026-12-10T10:00:00.000Z"; null when blank or not a time. */
export function fromVietnamInput(local: string | null | undefined): string | null {
  const match = LOCAL_INPUT.exec((local ?? '').trim());
  if (match === null) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  const wallAsUtc = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const check = new Date(wallAsUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hours > 23 || minutes > 59) return null;
  return new Date(wallAsUtc - VIETNAM_UTC_OFFSET_MS).toISOString();
}
