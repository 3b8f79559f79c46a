import type ExcelJS from 'exceljs';
import { formatIsoDate, formatVietnamDateTime, todayInVietnam, vietnamWallClock } from '@motcua/contracts';

/** exceljs, loaded at the first spreadsheet: a large module (≈ 30 MB resident) that most requests never use. */
export const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

/**
 * What an exported column holds, which decides how both formats write it: `text` stays text (CCCD and phone keep
 * their leading zeros), `date` is a calendar date "YYYY-MM-DD", `dateTime` an instant shown in Vietnam time.
 */
export type CellKind = 'text' | 'number' | 'date' | 'dateTime';
export type CellValue = string | number | Date | null;

const NUM_FMT: Record<CellKind, string | undefined> = {
  text: '@',
  number: undefined,
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
};

/** A value as an .xlsx cell: dates as real dates (on Vietnam's wall clock), everything else as given. */
export function xlsxValue(kind: CellKind, value: CellValue): CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date') return typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : value;
  if (kind === 'dateTime') return vietnamWallClock(new Date(value));
  return value;
}

/** A value as CSV text: dd/MM/yyyy (HH:mm) in Vietnam time for dates. */
export function csvValue(kind: CellKind, value: CellValue): string {
  if (value === null || value === '') return '';
  if (kind === 'date')
    return typeof value === 'string' ? formatIsoDate(value) : formatVietnamDateTime(new Date(value)).slice(0, 10);
  if (kind === 'dateTime') return formatVietnamDateTime(new Date(value));
  return String(value);
}

/** Adds and commits one row of a streamed sheet, each cell typed by its column's kind. */
export function addTypedRow(sheet: ExcelJS.Worksheet, kinds: readonly CellKind[], values: readonly CellValue[]): void {
  const row = sheet.addRow(values.map((value, i) => xlsxValue(kinds[i] ?? 'text', value)));
  kinds.forEach((kind, i) => {
    const numFmt = NUM_FMT[kind];
    if (numFmt) row.getCell(i + 1).numFmt = numFmt;
  });
  row.commit();
}

/** "danh-sach-can-bo-2026-12-05.csv": a download named after the day it is in Vietnam, not in UTC. */
export const exportFileName = (stem: string, extension: string, now: Date = new Date()): string =>
  `${stem}-${todayInVietnam(now)}.${extension}`;
