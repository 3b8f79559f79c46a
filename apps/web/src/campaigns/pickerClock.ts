import { fromVietnamInput, toVietnamInput } from '@motcua/contracts';

/**
 * Campaign periods are set on a Vietnamese wall clock whatever the browser's time zone. The date-time picker works
 * in the browser's zone, so it is given a Date whose local fields read Vietnam's wall clock, and its answer is read
 * back the same way (the conversions themselves are the contract's Vietnam-time module).
 */
const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** 10:00 UTC → a Date showing 17:00 in any zone; null when absent or unreadable. */
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
