import { HttpError } from 'react-admin';
import { apiFetch, type ApiErrorBody } from '../providers/http';

/** One failing cell, with the spreadsheet's own row number (the header is row 1). */
export interface ImportRowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

/** The answer of POST /api/officers/import, for a dry run and a commit alike. */
export interface ImportReport {
  totals: { rows: number; create: number; update: number; unchanged: number; errors: number };
  errors: ImportRowError[];
  committed: boolean;
  /** Present after a commit that created accounts; the sheet downloads once, then 410. */
  activationCodesUrl?: string;
}

export type ImportMode = 'dry-run' | 'commit';

/** The API's limits (apps/api officers/import/import-columns.ts), checked before uploading. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const;
export const IMPORT_TEMPLATE_URL = '/api/officers/import/template';

/** A commit refused because rows are wrong: nothing was written, and the report says why. */
export class ImportHasErrors extends Error {
  constructor(
    message: string,
    readonly report: ImportReport,
  ) {
    super(message);
    this.name = 'ImportHasErrors';
  }
}

/** The i18n key of what is wrong with a picked file, or null when it may be uploaded. */
export function importFileProblem(file: Pick<File, 'name' | 'size'>): string | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((extension) => name.endsWith(extension))) return 'admin.import.upload.wrong_type';
  if (file.size === 0) return 'admin.import.upload.empty';
  if (file.size > IMPORT_MAX_BYTES) return 'admin.import.upload.too_large';
  return null;
}

export async function uploadImport(file: File, mode: ImportMode, skipInvalid = false): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query = new URLSearchParams({ mode });
  if (mode === 'commit' && skipInvalid) query.set('skipInvalid', 'true');
  try {
    return (await apiFetch<ImportReport>(`/api/officers/import?${query}`, { method: 'POST', body: form })).json;
  } catch (error) {
    const api = error instanceof HttpError ? (error.body?.api as (ApiErrorBody & { report?: ImportReport }) | null) : null;
    if (api?.code === 'IMPORT_HAS_ERRORS' && api.report) throw new ImportHasErrors(api.message, api.report);
    throw error;
  }
}
