/** Việt Nam has kept UTC+7 all year since 1975 (the same fixed offset libs/domain uses for "today"). */
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * An instant as the Vietnamese wall clock, whatever the browser's time zone: `date` is dd/MM/yyyy, `time` HH:mm.
 * Undefined for something that is not a date.
 */
export function vietnamClock(instant: string | number | Date): { date: string; time: string } | undefined {
  const shifted = new Date(new Date(instant).getTime() + VIETNAM_UTC_OFFSET_MS);
  if (Number.isNaN(shifted.getTime())) return undefined;
  return {
    date: `${pad2(shifted.getUTCDate())}/${pad2(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()}`,
    time: `${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}`,
  };
}

/** "dd/MM/yyyy HH:mm" in Việt Nam time: the one way the console writes a moment, in lists, pages and sentences. */
export function formatDateTime(instant: string | number | Date): string {
  const clock = vietnamClock(instant);
  return clock ? `${clock.date} ${clock.time}` : String(instant);
}
