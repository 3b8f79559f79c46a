import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { foldVietnamese } from '@motcua/domain';
import { ApiError } from '../../common/errors/api-error';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportColumnKey } from './import-columns';

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
  const text = String(value).replace(/^\uFEFF/, '').trim();
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

/** Reads the first worksheet of an .xlsx (streamed) or a UTF-8 .csv (BOM or not), at most 20,000 data rows. */
export async function readSpreadsheet(file: Buffer, fileName: string): Promise<RawRow[]> {
  const isXlsx = file.subarray(0, 4).toString('hex') === '504b0304';
  const rows: RawRow[] = [];
  let header: Map<number, ImportColumnKey> | undefined;
  const accept = (rowNumber: number, values: ExcelJS.CellValue[]) => {
    if (!header) {
      header = headerMap(values);
      return;
    }
    const row = toRow(rowNumber, values, header);
    if (!row) return;
    if (rows.length >= IMPORT_MAX_ROWS) throw refuse('IMPORT_TOO_MANY_ROWS', `Tệp có quá ${IMPORT_MAX_ROWS.toLocaleString('vi-VN')} dòng. Vui lòng chia thành nhiều tệp.`);
    rows.push(row);
  };
  try {
    if (isXlsx) {
      // Styles are needed to tell a date cell from a number.
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(file), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'emit' });
      for await (const worksheet of reader) {
        for await (const row of worksheet) accept(row.number, (row.values as ExcelJS.CellValue[]).slice(1));
        break;
      }
    } else if (/\.csv$/i.test(fileName) || !file.includes(0)) {
      const workbook = new ExcelJS.Workbook();
      const sheet = await workbook.csv.read(Readable.from(file.toString('utf8').replace(/^\uFEFF/, '')), { parserOptions: { delimiter: ',' }, map: (value: string) => value });
      sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => accept(rowNumber, (row.values as ExcelJS.CellValue[]).slice(1)));
    } else {
      throw refuse('IMPORT_FORMAT', 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV (UTF-8).');
    }
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw refuse('IMPORT_UNREADABLE', 'Không đọc được tệp. Vui lòng kiểm tra tệp là .xlsx hoặc .csv hợp lệ.');
  }
  if (!header) throw refuse('IMPORT_EMPTY', 'Tệp không có dữ liệu.');
  return rows;
}
