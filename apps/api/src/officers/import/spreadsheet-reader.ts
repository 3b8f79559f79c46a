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

/**
 * The records of a CSV text (RFC 4180: commas, double quotes, CRLF or LF), one at a time, so a caller that
 * stops early never parses the rest. A record wider or a field longer than Excel allows is refused as it grows.
 */
function* csvRecords(text: string): Generator<string[]> {
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let rowNumber = 1;
  const endField = () => {
    record.push(field);
    field = '';
    if (record.length > MAX_COLUMNS) throw rowTooLarge(rowNumber);
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] !== '"') quoted = false;
      else {
        field += '"';
        i++;
      }
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endField();
      yield record;
      record = [];
      rowNumber++;
    } else field += char;
    if (field.length > MAX_CELL_CHARS) throw rowTooLarge(rowNumber);
  }
  if (field !== '' || record.length) {
    endField();
    yield record;
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
      for (const record of csvRecords(file.toString('utf8').replace(/^\uFEFF/, ''))) {
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
