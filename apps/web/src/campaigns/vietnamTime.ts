/**
 * Campaign periods are set on a Vietnamese wall clock whatever the browser's time zone: the inputs show
 * "YYYY-MM-DDTHH:mm" in Vietnam time and the form holds the UTC instant the API stores.
 * Việt Nam has kept UTC+7 all year since 1975 (the same fixed offset libs/domain and the API use).
 */
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the value of a datetime-local input in Vietnam time; '' when absent or unreadable. */
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

/**
 * The picker's side: a Date whose local (browser-zone) fields read Vietnam's wall clock. 10:00 UTC → a Date showing
 * 17:00 in any zone; null when absent or unreadable.
 */
export function toWallClock(instant: string | null | undefined): Date | null {
  const match = LOCAL_INPUT.exec(toVietnamInput(instant));
  if (match === null) return null;
  const [year, month, day, hours, minutes] = match.slice(1).map(Number);
  return new Date(year, month - 1, day, hours, minutes);
}

/** A picker Date (local fields = Vietnam's wall clock) back to the UTC instant. */
export function fromWallClock(wall: Date): string | null {
  return fromVietnamInput(
    `${wall.getFullYear()}-${pad2(wall.getMonth() + 1)}-${pad2(wall.getDate())}T${pad2(wall.getHours())}:${pad2(wall.getMinutes())}`,
  );
}

/** "2026-12-10" → "10/12" for chart axes. */
export const dayMonth = (isoDate: string) => `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}`;
