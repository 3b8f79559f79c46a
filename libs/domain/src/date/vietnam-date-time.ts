/** Việt Nam (Asia/Ho_Chi_Minh) has been UTC+7 all year, with no daylight saving time, since 1975. */
const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** An instant as dd/MM/yyyy HH:mm on a Vietnamese wall clock, whatever the machine's time zone. */
export function vietnamDateTimeText(instant: string | Date): string {
  const shifted = new Date(new Date(instant).getTime() + VIETNAM_UTC_OFFSET_MS);
  if (Number.isNaN(shifted.getTime())) return String(instant);
  return `${pad2(shifted.getUTCDate())}/${pad2(shifted.getUTCMonth() + 1)}/${shifted.getUTCFullYear()} ${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}`;
}
