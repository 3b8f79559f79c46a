import { stringify, type Options } from 'csv-stringify/sync';

/** Excel opens a UTF-8 CSV with its diacritics only when the file starts with a byte-order mark. */
const BOM = '\uFEFF';

/** Which cells are quoted beyond those CSV itself requires (a separator, a quote or a line break inside). */
export type CsvQuoting = Pick<Options, 'quoted' | 'quoted_empty' | 'quoted_match'>;

export interface CsvFormat {
  /** The file's first line, after the BOM. */
  header(cells: string[]): string;
  /** One CRLF-terminated line per record ('' for none). */
  lines(records: string[][]): string;
}

/**
 * CSV as Excel reads it (CRLF lines), with OWASP's "CSV injection" defence on every cell: one that starts with
 * = + - @, a tab or a CR (or a full-width = + - @) gets a leading apostrophe, so a spreadsheet shows it as text
 * instead of running it ("=HYPERLINK(…)" becomes "'=HYPERLINK(…)").
 */
export function csvFormat(quoting: CsvQuoting = {}): CsvFormat {
  const options: Options = { record_delimiter: '\r\n', escape_formulas: true, ...quoting };
  return {
    header: (cells) => BOM + stringify([cells], options),
    lines: (records) => (records.length ? stringify(records, options) : ''),
  };
}
