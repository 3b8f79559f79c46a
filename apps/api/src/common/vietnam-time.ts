/** Vietnam has had a fixed UTC+7 offset since 1975, with no daylight saving. */
const OFFSET_MS = 7 * 3_600_000;

/** "2026-12-31T23:59" read on a Vietnamese wall clock, as a UTC instant. */
export const vietnamTimeToUtc = (local: string): Date => new Date(`${local.length === 16 ? `${local}:00` : local}+07:00`);

/** Whole calendar days from today to the deadline's day, both in Vietnam (negative once it has passed). */
export function daysLeft(deadline: Date, now: Date = new Date()): number {
  const day = (instant: Date) => Math.floor((instant.getTime() + OFFSET_MS) / 86_400_000);
  return day(deadline) - day(now);
}

/** "dd/MM/yyyy HH:mm" on a Vietnamese wall clock, date first. */
export function formatVietnamDateTime(instant: Date): string {
  const [date, time] = new Date(instant.getTime() + OFFSET_MS).toISOString().split('T');
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year} ${time.slice(0, 5)}`;
}
