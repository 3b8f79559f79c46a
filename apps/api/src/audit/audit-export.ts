import type ExcelJS from 'exceljs';
import type { Response } from 'express';
import {
  auditActionLabel,
  auditFieldLabel,
  auditValueText,
  formatVietnamDateTime,
  vietnamWallClock,
} from '@motcua/contracts';
import { csvFormat } from '../common/csv';
import { CSV_CONTENT_TYPE, responseWriter, setDownloadHeaders, XLSX_CONTENT_TYPE } from '../common/download';
import { exportFileName, loadExcel } from '../common/excel';
import type { AuditSink } from './audit.service';
import type { AuditChangeView, AuditEntryView } from './audit-view';

/** One line per changed field (an entry without fields, such as a deletion, is one line with them empty). */
interface ExportLine {
  entry: AuditEntryView;
  change: AuditChangeView | null;
}

const linesOf = (entries: AuditEntryView[]): ExportLine[] =>
  entries.flatMap((entry): ExportLine[] =>
    entry.changes.length ? entry.changes.map((change) => ({ entry, change })) : [{ entry, change: null }],
  );

const person = (p: { name: string; username?: string } | null, fallback: string) =>
  p ? (p.username ? `${p.name} (${p.username})` : p.name) : fallback;

const side = (change: AuditChangeView | null, which: 'before' | 'after') => {
  if (!change) return '';
  return (
    (which === 'before' ? change.beforeName : change.afterName) ?? auditValueText(change.field, change[which], 'vi')
  );
};

const TEXT_COLUMNS: { header: string; width: number; value: (line: ExportLine) => string }[] = [
  {
    header: 'Người thực hiện',
    width: 30,
    value: ({ entry }) => (entry.actor ? `${entry.actor.fullName} (${entry.actor.username})` : 'Hệ thống'),
  },
  { header: 'Hành động', width: 28, value: ({ entry }) => auditActionLabel(entry.action, 'vi') },
  { header: 'Đối tượng', width: 34, value: ({ entry }) => person(entry.target, `#${entry.targetId}`) },
  { header: 'Trường', width: 24, value: ({ change }) => (change ? auditFieldLabel(change.field, 'vi') : '') },
  { header: 'Giá trị trước', width: 28, value: ({ change }) => side(change, 'before') },
  { header: 'Giá trị sau', width: 28, value: ({ change }) => side(change, 'after') },
  { header: 'Địa chỉ IP', width: 16, value: ({ entry }) => entry.ip ?? '' },
];
const TIME_HEADER = 'Thời gian';

const downloadHeaders = (res: Response, contentType: string, extension: string) =>
  setDownloadHeaders(res, contentType, exportFileName('nhat-ky-thay-doi', extension));

const CSV = csvFormat({ quoted: true, quoted_empty: true });

/** CSV with a UTF-8 BOM so Excel shows the diacritics; every cell quoted and neutralised against formulas. */
export function auditCsvSink(res: Response): AuditSink {
  const write = responseWriter(res);
  return {
    async open() {
      downloadHeaders(res, CSV_CONTENT_TYPE, 'csv');
      await write(CSV.header([TIME_HEADER, ...TEXT_COLUMNS.map((c) => c.header)]));
    },
    async write(entries) {
      await write(
        CSV.lines(
          linesOf(entries).map((l) => [
            formatVietnamDateTime(l.entry.createdAt),
            ...TEXT_COLUMNS.map((c) => c.value(l)),
          ]),
        ),
      );
    },
    async end() {
      res.end();
    },
  };
}

/** Streaming .xlsx; the time is a real spreadsheet date (Vietnam's wall clock) shown as dd/mm/yyyy hh:mm. */
export function auditXlsxSink(res: Response): AuditSink {
  let workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  let sheet: ExcelJS.Worksheet;
  return {
    async open() {
      downloadHeaders(res, XLSX_CONTENT_TYPE, 'xlsx');
      workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({
        stream: res,
        useStyles: true,
        useSharedStrings: false,
      });
      sheet = workbook.addWorksheet('Nhật ký thay đổi', { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = [
        { header: TIME_HEADER, width: 18, style: { numFmt: 'dd/mm/yyyy hh:mm' } },
        ...TEXT_COLUMNS.map((c) => ({ header: c.header, width: c.width })),
      ];
      sheet.getRow(1).font = { bold: true };
    },
    async write(entries) {
      for (const l of linesOf(entries)) {
        // Spreadsheet dates have no time zone: the cell holds the Vietnamese wall-clock time.
        const wallClock = vietnamWallClock(new Date(l.entry.createdAt));
        sheet.addRow([wallClock, ...TEXT_COLUMNS.map((c) => c.value(l))]).commit();
      }
    },
    async end() {
      sheet.commit();
      await workbook.commit();
    },
  };
}
