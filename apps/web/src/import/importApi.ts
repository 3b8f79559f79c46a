import type { Role } from '@motcua/domain';
import { HttpError } from 'react-admin';
import { apiFetch, type ApiErrorBody } from '../providers/http';
import { fetchFile, saveBlob } from '../common/fileTransfer';

/** One failing cell, with the spreadsheet's own row number (the header is row 1). */
export interface ImportRowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

/**
 * Why a row needs a second look (apps/api officers/import/import-review.ts): it matched an account by CCCD under
 * another username, or grants a role above "Cán bộ" (an administrator's role: `admin_role_grant`).
 */
export type ImportFlag = 'citizen_id_match' | 'role_grant' | 'admin_role_grant';

/** One field an import row would change; ISO dates and gender/role codes, the unit as "Name (CODE)". */
export interface ImportChange {
  field: 'fullName' | 'gender' | 'birthDate' | 'citizenId' | 'phone' | 'email' | 'unitCode' | 'roles';
  before: string | string[] | null;
  after: string | string[] | null;
}

/** A row that updates an account or is flagged, as the dry run found it. */
export interface ImportRowReview {
  row: number;
  action: 'create' | 'update' | 'unchanged';
  username: string;
  fullName: string;
  /** The account the row updates; it keeps its username when matched by CCCD. */
  account?: { id: number; username: string };
  changes: ImportChange[];
  flags: ImportFlag[];
  grantedRoles: Role[];
}

/** The answer of POST /api/officers/import, for a dry run and a commit alike. */
export interface ImportReport {
  /** `flagged`: rows to be written that need a second look, confirmed before the commit. */
  totals: { rows: number; create: number; update: number; unchanged: number; errors: number; flagged: number };
  errors: ImportRowError[];
  review: ImportRowReview[];
  committed: boolean;
  /** Present after a commit that created accounts; the sheet downloads once, then 410. */
  activationCodesUrl?: string;
}

export type ImportMode = 'dry-run' | 'commit';

/** The API's limits (apps/api officers/import/import-columns.ts), checked before uploading. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const;
export const IMPORT_TEMPLATE_URL = '/api/officers/import/template';
export const IMPORT_REPORT_URL = '/api/officers/import/report';

/** The codes of a commit the API refused with its report: rows in error, or flagged rows not yet confirmed. */
const REFUSED_WITH_REPORT = ['IMPORT_HAS_ERRORS', 'IMPORT_NEEDS_REVIEW'];

/** A commit refused because rows are wrong or flagged rows were not confirmed: nothing was written, and the report says why. */
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

export const importForm = (file: File) => {
  const form = new FormData();
  form.append('file', file, file.name);
  return form;
};

export interface CommitChoices {
  skipInvalid?: boolean;
  confirmFlagged?: boolean;
}

export async function uploadImport(
  file: File,
  mode: ImportMode,
  { skipInvalid = false, confirmFlagged = false }: CommitChoices = {},
): Promise<ImportReport> {
  const query = new URLSearchParams({ mode });
  if (mode === 'commit' && skipInvalid) query.set('skipInvalid', 'true');
  if (mode === 'commit' && confirmFlagged) query.set('confirmFlagged', 'true');
  try {
    return (await apiFetch<ImportReport>(`/api/officers/import?${query}`, { method: 'POST', body: importForm(file) }))
      .json;
  } catch (error) {
    const api =
      error instanceof HttpError ? (error.body?.api as (ApiErrorBody & { report?: ImportReport }) | null) : null;
    if (api && REFUSED_WITH_REPORT.includes(api.code) && api.report) throw new ImportHasErrors(api.message, api.report);
    throw error;
  }
}

/** The dry run as a workbook (every row with its outcome, changes, flags and errors), saved under the server's name. */
export async function downloadImportReport(file: File): Promise<void> {
  const { blob, fileName } = await fetchFile(IMPORT_REPORT_URL, 'ket-qua-kiem-tra-nhap-can-bo.xlsx', {
    method: 'POST',
    body: importForm(file),
  });
  saveBlob(blob, fileName);
}
