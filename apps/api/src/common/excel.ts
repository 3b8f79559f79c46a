import type ExcelJS from 'exceljs';

/** exceljs, loaded at the first spreadsheet: a large module (≈ 30 MB resident) that most requests never use. */
export const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
