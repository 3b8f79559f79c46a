/**
 * The province form shows dates as dd/MM/yyyy; the API speaks ISO YYYY-MM-DD. These helpers read what is typed
 * (the contract's formatIsoDate writes an ISO date back as dd/MM/yyyy).
 * (@mui/x-date-pickers is not installed, so the birth date is a masked text field.)
 */

const DISPLAY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const PASTED_ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** Separators people type between day, month and year. */
const SEPARATOR = /[.\-\s]/g;
const SEGMENT_LENGTHS = [2, 2, 4] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "02/03/1985", "2/3/1985", "02-03-1985", "02.03.1985" → "1985-03-02"; undefined unless a real date. */
export function parseDisplayDate(text: string): string | undefined {
  const match = DISPLAY_DATE.exec(text.trim().replace(SEPARATOR, '/'));
  if (match === null) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Shapes what is being typed into dd/MM/yyyy: slashes appear as soon as a day or month is complete, other
 * separators become slashes, letters are dropped, and nothing goes past the four digits of the year.
 * A pasted ISO date is turned around.
 */
export function maskDateTyping(raw: string): string {
  const pasted = PASTED_ISO_DATE.exec(raw.trim());
  if (pasted !== null) return `${pad2(Number(pasted[3]))}/${pad2(Number(pasted[2]))}/${pasted[1]}`;
  const characters = raw.replace(SEPARATOR, '/').replace(/[^\d/]/g, '');
  const segments = [''];
  for (const character of characters) {
    const index = segments.length - 1;
    if (character === '/') {
      if (segments[index] !== '' && index < SEGMENT_LENGTHS.length - 1) segments.push('');
      continue;
    }
    if (segments[index].length === SEGMENT_LENGTHS[index]) {
      if (index === SEGMENT_LENGTHS.length - 1) break;
      segments.push('');
    }
    segments[segments.length - 1] += character;
  }
  return segments.join('/');
}
