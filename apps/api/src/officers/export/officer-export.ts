import { once } from 'node:events';
import type ExcelJS from 'exceljs';
import { loadExcel } from '../../common/excel';
import type { Response } from 'express';
import { GENDER_LABELS, ROLE_LABELS, type Gender } from '@motcua/domain';
import type { OfficerRow } from '../officer-rows';

const STATUS_LABELS: Record<OfficerRow['status'], string> = {
  pending_activation: 'Chờ kích hoạt',
  active: 'Đang hoạt động',
  locked: 'Đã khóa',
  disabled: 'Vô hiệu hóa',
};
const COMPLETENESS_LABELS: Record<string, string> = { complete: 'Đầy đủ', incomplete: 'Chưa đầy đủ', overdue: 'Quá hạn' };

const vnDate = (iso: string | null) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
const vnDateTime = (date: Date | null) =>
  date ? new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).format(new Date(date)) : '';

/** The exported columns: what a report needs, never a password, receipt password, code or token. */
export const EXPORT_COLUMNS: { header: string; width: number; value: (row: OfficerRow) => string }[] = [
  { header: 'Tên đăng nhập', width: 18, value: (r) => r.username },
  { header: 'Họ và tên', width: 26, value: (r) => r.fullName },
  { header: 'Đơn vị', width: 40, value: (r) => r.unitName },
  { header: 'Vai trò', width: 28, value: (r) => r.roles.map((role) => ROLE_LABELS.vi[role]).join(', ') },
  { header: 'Trạng thái', width: 16, value: (r) => STATUS_LABELS[r.status] },
  { header: 'Giới tính', width: 10, value: (r) => (r.gender ? GENDER_LABELS.vi[r.gender as Gender] : '') },
  { header: 'Ngày sinh', width: 12, value: (r) => vnDate(r.birthDate) },
  { header: 'Số CCCD', width: 15, value: (r) => r.citizenId ?? '' },
  { header: 'Số điện thoại', width: 14, value: (r) => r.phone ?? '' },
  { header: 'Email', width: 28, value: (r) => r.email ?? '' },
  { header: 'Xác nhận thông tin', width: 18, value: (r) => vnDateTime(r.confirmedAt) },
  { header: 'Lãnh đạo xác thực', width: 18, value: (r) => vnDateTime(r.verifiedAt) },
  { header: 'Mức độ hoàn thiện', width: 16, value: (r) => COMPLETENESS_LABELS[r.completeness.status] ?? r.completeness.status },
];

const csvCell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export interface RowSink {
  /** Called once the request is known to be valid: only then do the download headers go out. */
  open(): void | Promise<void>;
  write(rows: OfficerRow[]): Promise<void>;
  end(): Promise<void>;
}

/** CSV with a UTF-8 BOM so Excel shows the diacritics, written with backpressure. */
const downloadHeaders = (res: Response, contentType: string, extension: string) => () => {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="danh-sach-can-bo-${new Date().toISOString().slice(0, 10)}.${extension}"`);
  res.setHeader('Cache-Control', 'no-store');
};

export function csvSink(res: Response): RowSink {
  const write = async (text: string) => {
    if (!res.write(text)) await once(res, 'drain');
  };
  let started = false;
  return {
    open: downloadHeaders(res, 'text/csv; charset=utf-8', 'csv'),
    async write(rows) {
      if (!started) {
        started = true;
        await write(`\uFEFF${EXPORT_COLUMNS.map((c) => csvCell(c.header)).join(',')}\r\n`);
      }
      await write(rows.map((row) => EXPORT_COLUMNS.map((c) => csvCell(c.value(row))).join(',')).join('\r\n') + (rows.length ? '\r\n' : ''));
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
  const headers = downloadHeaders(res, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx');
  return {
    async open() {
      headers();
      workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
      sheet = workbook.addWorksheet('Cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
      sheet.getRow(1).font = { bold: true };
    },
    async write(rows) {
      for (const row of rows) sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(row))).commit();
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
