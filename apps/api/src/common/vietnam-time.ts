/** Vietnam has had a fixed UTC+7 offset since 1975, with no daylight saving. */
const OFFSET_MS = 7 * 3_600_000;

/** "2026-12-31T23:59" read on a Vietnamese wall clock, as a UTC instant. */
export const vietnamTimeToUtc = (local: string): Date => new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`);

/** Whole calendar days from today to the deadline's day, both in Vietnam (negative once it has passed). */
export function daysLeft(deadline: Date, now: Date = new Date()): number {
  const day = (instant: Date) => Math.floor((instant.getTime() + OFFSET_MS) / 86_400_000);
  return day(deadline) - day(now);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "dd/MM/yyyy HH:mm" on the Vietnamese wall clock, the one order every text the API writes uses. */
export function formatVietnamDateTime(instant: Date): string {
  const wall = new Date(instant.getTime() + OFFSET_MS);
  return `${pad2(wall.getUTCDate())}/${pad2(wall.getUTCMonth() + 1)}/${wall.getUTCFullYear()} ${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}`;
}
