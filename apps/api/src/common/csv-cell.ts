/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text with a leading apostrophe when a spreadsheet would run it as a formula ("=HYPERLINK(…)", "+1", "-2", "@SUM", a tab or CR). */
export const neutraliseFormula = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

/** One CSV cell, always quoted, neutralised as OWASP recommends. */
export const csvCell = (value: string): string => `"${neutraliseFormula(value).replace(/"/g, '""')}"`;
