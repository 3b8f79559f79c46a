import type ExcelJS from 'exceljs';
import { csvFormat } from '../../common/csv';
import { CSV_CONTENT_TYPE, responseWriter, setDownloadHeaders, XLSX_CONTENT_TYPE } from '../../common/download';
import { addTypedRow, csvValue, exportFileName, loadExcel, type CellKind, type CellValue } from '../../common/excel';
import type { Response } from 'express';
import { GENDER_LABELS, type Gender } from '@motcua/domain';
import { ACCOUNT_STATUS_LABELS, COMPLIANCE_STATUS_LABELS, ROLE_LABELS } from '@motcua/contracts';
import type { OfficerRow } from '../officer-rows';

interface ExportColumn {
  header: string;
  width: number;
  kind: CellKind;
  value: (row: OfficerRow) => CellValue;
}

/** The exported columns: what a report needs, never a password, receipt password, code or token. */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: 'Tên đăng nhập', width: 18, kind: 'text', value: (r) => r.username },
  { header: 'Họ và tên', width: 26, kind: 'text', value: (r) => r.fullName },
  { header: 'Đơn vị', width: 40, kind: 'text', value: (r) => r.unitName },
  { header: 'Vai trò', width: 28, kind: 'text', value: (r) => r.roles.map((role) => ROLE_LABELS.vi[role]).join(', ') },
  { header: 'Trạng thái tài khoản', width: 18, kind: 'text', value: (r) => ACCOUNT_STATUS_LABELS.vi[r.status] },
  {
    header: 'Giới tính',
    width: 10,
    kind: 'text',
    value: (r) => (r.gender ? GENDER_LABELS.vi[r.gender as Gender] : ''),
  },
  { header: 'Ngày sinh', width: 12, kind: 'date', value: (r) => r.birthDate },
  { header: 'Số CCCD', width: 15, kind: 'text', value: (r) => r.citizenId ?? '' },
  { header: 'Số điện thoại', width: 14, kind: 'text', value: (r) => r.phone ?? '' },
  { header: 'Email', width: 28, kind: 'text', value: (r) => r.email ?? '' },
  { header: 'Xác nhận thông tin lúc', width: 18, kind: 'dateTime', value: (r) => r.confirmedAt },
  { header: 'Lãnh đạo xác thực lúc', width: 18, kind: 'dateTime', value: (r) => r.verifiedAt },
  { header: 'Người xác thực', width: 24, kind: 'text', value: (r) => (r.verifiedAt ? (r.verifiedByName ?? '') : '') },
  {
    header: 'Tình trạng hồ sơ',
    width: 18,
    kind: 'text',
    value: (r) => COMPLIANCE_STATUS_LABELS.vi[r.completeness.status],
  },
];

const KINDS = EXPORT_COLUMNS.map((c) => c.kind);

// Text that a spreadsheet would read as a number (a CCCD, a phone number) or run as a formula is quoted, as is text
// with a separator; dates and plain words stay bare. The kind of a cell is told by its text: only the date columns
// hold dd/MM/yyyy (HH:mm).
const CSV = csvFormat({ quoted_match: [/^[=+\-@\t\r]/, /^\d(?!\d\/\d\d\/\d{4}(?: \d\d:\d\d)?$)/] });

export interface RowSink {
  /** Called once the request is known to be valid: only then do the download headers go out. */
  open(): void | Promise<void>;
  write(rows: OfficerRow[]): Promise<void>;
  end(): Promise<void>;
}

/** CSV with a UTF-8 BOM so Excel shows the diacritics, written with backpressure. */
const downloadHeaders = (res: Response, contentType: string, extension: string) => () =>
  setDownloadHeaders(res, contentType, exportFileName('danh-sach-can-bo', extension));

export function csvSink(res: Response): RowSink {
  const write = responseWriter(res);
  let started = false;
  return {
    open: downloadHeaders(res, CSV_CONTENT_TYPE, 'csv'),
    async write(rows) {
      if (!started) {
        started = true;
        await write(CSV.header(EXPORT_COLUMNS.map((c) => c.header)));
      }
      await write(CSV.lines(rows.map((row) => EXPORT_COLUMNS.map((c) => csvValue(c.kind, c.value(row))))));
    },
    async end() {
      if (!started) await this.write([]);
      res.end();
    },
  };
}

/** Streaming .xlsx: each row is committed to the response as it is written, so 100,000 rows never sit in memory. */
export function xlsxSink(res: Response): RowSink {
  let workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  let sheet: ExcelJS.Worksheet;
  const headers = downloadHeaders(res, XLSX_CONTENT_TYPE, 'xlsx');
  return {
    async open() {
      headers();
      workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({
        stream: res,
        useStyles: true,
        useSharedStrings: false,
      });
      sheet = workbook.addWorksheet('Cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
      sheet.getRow(1).font = { bold: true };
    },
    async write(rows) {
      for (const row of rows)
        addTypedRow(
          sheet,
          KINDS,
          EXPORT_COLUMNS.map((c) => c.value(row)),
        );
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
