import { Readable } from 'node:stream';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../common/excel';
import { foldVietnamese } from '@motcua/domain';
import { ApiError } from '../../common/errors/api-error';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportColumnKey } from './import-columns';
import { StreamableXlsx, streamableXlsx, XlsxArchiveError, type XlsxProblem } from './xlsx-archive';

export type CellValue = string | Date | null;

export interface RawRow {
  /** The row number the user sees in their spreadsheet (header is row 1). */
  row: number;
  values: Record<ImportColumnKey, CellValue>;
}

const refuse = (code: string, message: string) => ApiError.badRequest([{ field: 'file', code, message }], message);
const HEADER_KEY = new Map<string, ImportColumnKey>(IMPORT_COLUMNS.map((c) => [foldVietnamese(c.header), c.key]));
for (const column of IMPORT_COLUMNS) HEADER_KEY.set(column.key.toLowerCase(), column.key);

/** A cell as text or a date; formulas and rich text reduced to what Excel shows. */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    return null;
  }
  const text = String(value)
    .replace(/^\uFEFF/, '')
    .trim();
  return text === '' ? null : text;
}

function headerMap(values: ExcelJS.CellValue[]): Map<number, ImportColumnKey> {
  const map = new Map<number, ImportColumnKey>();
  values.forEach((raw, index) => {
    const text = cellValue(raw);
    const key = typeof text === 'string' ? HEADER_KEY.get(foldVietnamese(text)) : undefined;
    if (key) map.set(index, key);
  });
  const missing = IMPORT_COLUMNS.filter((c) => ![...map.values()].includes(c.key)).map((c) => c.header);
  if (missing.length) throw refuse('IMPORT_HEADERS', `Tệp thiếu cột: ${missing.join(', ')}. Vui lòng dùng tệp mẫu.`);
  return map;
}

function toRow(row: number, values: ExcelJS.CellValue[], header: Map<number, ImportColumnKey>): RawRow | null {
  const result = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, null])) as Record<ImportColumnKey, CellValue>;
  for (const [index, key] of header) result[key] = cellValue(values[index]);
  return Object.values(result).every((v) => v === null) ? null : { row, values: result };
}

/** Excel's own limits: what no real spreadsheet exceeds, so a line past them is a malformed or hostile file. */
const MAX_COLUMNS = 16_384;
const MAX_CELL_CHARS = 32_767;
/** Rows read at all, empty ones included: empty rows cost reading time too. */
const MAX_SCANNED_ROWS = IMPORT_MAX_ROWS * 5;

const tooManyRows = () =>
  refuse(
    'IMPORT_TOO_MANY_ROWS',
    `Tệp có quá ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng. Vui lòng chia thành nhiều tệp.`,
  );
const rowTooLarge = (row?: number) =>
  refuse(
    'IMPORT_ROW_TOO_LARGE',
    `${row ? `Dòng ${row}` : 'Một dòng'} của tệp quá dài (quá nhiều cột hoặc ô quá dài). Vui lòng dùng tệp mẫu.`,
  );
const PROBLEMS: Record<XlsxProblem, () => ApiError> = {
  'too-large': () =>
    refuse(
      'IMPORT_TOO_LARGE',
      `Tệp quá lớn để nhập (tối đa ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng dữ liệu). Vui lòng xóa các dòng trống hoặc chia thành nhiều tệp.`,
    ),
  'row-too-large': () => rowTooLarge(),
  unreadable: () => refuse('IMPORT_UNREADABLE', 'Không đọc được tệp. Vui lòng kiểm tra tệp là .xlsx hoặc .csv hợp lệ.'),
};

/** One record (a row of Excel's widest cells) may hold this many characters before the file is refused. */
const MAX_CSV_RECORD_CHARS = 1024 * 1024;
/** The upload is handed to the parser in pieces, so a caller that stops early leaves the rest unparsed. */
const CSV_CHUNK_BYTES = 64 * 1024;

function* chunksOf(file: Buffer): Generator<Buffer> {
  for (let at = 0; at < file.length; at += CSV_CHUNK_BYTES) yield file.subarray(at, at + CSV_CHUNK_BYTES);
}

/**
 * The records of a UTF-8 CSV (BOM or not; commas, double quotes; CRLF, LF or CR, as the first line ends: csv-parse's
 * discovery, a third faster than naming all three), rows of any width, one at a time.
 * A record wider or a cell longer than Excel allows is refused as soon as it is read.
 */
async function* csvRecords(file: Buffer): AsyncGenerator<string[]> {
  const source = Readable.from(chunksOf(file));
  const parser = source.pipe(
    parseCsv({
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      max_record_size: MAX_CSV_RECORD_CHARS,
    }),
  );
  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber++;
      if (record.length > MAX_COLUMNS || record.some((cell) => cell.length > MAX_CELL_CHARS))
        throw rowTooLarge(rowNumber);
      yield record;
    }
  } catch (error) {
    // The parser reads ahead of the records handed out: its own count names the line.
    if ((error as CsvError).code === 'CSV_MAX_RECORD_SIZE') throw rowTooLarge(Number((error as CsvError).records) + 1);
    throw error;
  } finally {
    source.destroy();
    parser.destroy();
  }
}

/**
 * Reads the first worksheet of an .xlsx or a UTF-8 .csv (BOM or not), at most 20,000 non-empty data rows. Both
 * are read a row at a time and refused as soon as a limit is passed: a small upload that expands to millions of
 * rows is stopped at row 20,001, not read whole.
 */
export async function readSpreadsheet(file: Buffer, fileName: string): Promise<RawRow[]> {
  const isXlsx = file.subarray(0, 4).toString('hex') === '504b0304';
  const rows: RawRow[] = [];
  let header: Map<number, ImportColumnKey> | undefined;
  let nonEmpty = 0;
  let scanned = 0;
  const accept = (rowNumber: number, values: ExcelJS.CellValue[]) => {
    if (++scanned > MAX_SCANNED_ROWS) throw PROBLEMS['too-large']();
    if (!header) {
      header = headerMap(values);
      return;
    }
    // Every row with something in it counts, imported column or not, so the limit also bounds the work.
    if (!values.some((value) => cellValue(value) !== null)) return;
    if (++nonEmpty > IMPORT_MAX_ROWS) throw tooManyRows();
    const row = toRow(rowNumber, values, header);
    if (row) rows.push(row);
  };
  let archive: StreamableXlsx | undefined;
  try {
    if (isXlsx) {
      archive = streamableXlsx(file);
      // Styles are needed to tell a date cell from a number.
      const reader = new (await loadExcel()).stream.xlsx.WorkbookReader(archive.stream, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        hyperlinks: 'ignore',
        styles: 'cache',
        entries: 'emit',
      });
      for await (const worksheet of reader) {
        for await (const row of worksheet) accept(row.number, (row.values as ExcelJS.CellValue[]).slice(1));
        break;
      }
      const problem = archive.problem();
      if (problem) throw PROBLEMS[problem]();
    } else if (/\.csv$/i.test(fileName) || !file.includes(0)) {
      let rowNumber = 0;
      for await (const record of csvRecords(file)) {
        rowNumber++;
        if (header || record.some((value) => value.trim() !== '')) accept(rowNumber, record);
      }
    } else {
      throw refuse('IMPORT_FORMAT', 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (UTF-8).');
    }
  } catch (error) {
    const problem = archive?.problem() ?? (error instanceof XlsxArchiveError ? error.problem : undefined);
    if (problem) throw PROBLEMS[problem]();
    if (error instanceof ApiError) throw error;
    throw PROBLEMS.unreadable();
  } finally {
    archive?.stream.destroy();
  }
  if (!header) throw refuse('IMPORT_EMPTY', 'Tệp không có dữ liệu.');
  return rows;
}
