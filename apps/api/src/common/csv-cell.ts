/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell, always quoted, with a leading apostrophe before anything a spreadsheet would run as a formula
 * ("=HYPERLINK(…)", "+1", "-2", "@SUM", a tab or carriage return), as OWASP recommends.
 */
export const csvCell = (value: string): string => `"${(FORMULA_START.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;
