/** Vietnam has had a fixed UTC+7 offset since 1975, with no daylight saving. */
const OFFSET_MS = 7 * 3_600_000;

/** "2026-12-31T23:59" read on a Vietnamese wall clock, as a UTC instant. */
export const vietnamTimeToUtc = (local: string): Date =>
  new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`);

/** Whole calendar days from today to the deadline's day, both in Vietnam (negative once it has passed). */
export function daysLeft(deadline: Date, now: Date = new Date()): number {
  const day = (instant: Date) => Math.floor((instant.getTime() + OFFSET_MS) / 86_400_000);
  return day(deadline) - day(now);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The instant as a Date whose UTC fields read Vietnam's wall clock: what a spreadsheet cell (which has no zone) holds. */
export const vietnamWallClock = (instant: Date): Date => new Date(instant.getTime() + OFFSET_MS);

/** "dd/MM/yyyy HH:mm" in Vietnam time, the one order every page and export uses. */
export function formatVietnamDateTime(instant: Date): string {
  const clock = vietnamWallClock(instant);
  return `${pad2(clock.getUTCDate())}/${pad2(clock.getUTCMonth() + 1)}/${clock.getUTCFullYear()} ${pad2(clock.getUTCHours())}:${pad2(clock.getUTCMinutes())}`;
}

/** A calendar date "YYYY-MM-DD" as "dd/MM/yyyy". */
export const formatIsoDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
