import { GENDER_LABELS, isGender, isRole, ROLE_LABELS, ROLES } from '@motcua/domain';
import { loadExcel } from '../../common/excel';
import { IMPORT_COLUMNS } from './import-columns';
import type { RowError } from './import-row';
import type { ImportChange, ImportFlag, RowReview } from './import-review';
import type { RawRow } from './spreadsheet-reader';

const ACTION_LABELS: Record<RowReview['action'] | 'error', string> = {
  create: 'Tạo mới',
  update: 'Cập nhật',
  unchanged: 'Không đổi',
  error: 'Lỗi',
};
const HEADER_OF = new Map<string, string>([...IMPORT_COLUMNS.map((c) => [c.key, c.header] as const), ['file', 'Tệp']]);
const ERROR_FILL = 'FFFDE2E2';
const FLAG_FILL = 'FFFFF2CC';

/** Role names in the roles' own order (Cán bộ first). */
const roleList = (roles: readonly string[]) =>
  roles
    .filter(isRole)
    .sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b))
    .map((role) => ROLE_LABELS.vi[role])
    .join(', ');

/** A value of the review as the spreadsheet's reader would type it: dd/MM/yyyy, Nam/Nữ, role names. */
function shown(field: ImportChange['field'], value: ImportChange['before']): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return '(trống)';
  if (Array.isArray(value)) return roleList(value);
  if (field === 'gender' && isGender(value)) return GENDER_LABELS.vi[value];
  if (field === 'birthDate') return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return value;
}

export function flagText(flag: ImportFlag, review: Pick<RowReview, 'username' | 'account' | 'grantedRoles'>): string {
  switch (flag) {
    case 'citizen_id_match':
      return `Khớp theo số CCCD với tài khoản ${review.account?.username}; tên đăng nhập giữ nguyên, không đổi thành ${review.username}.`;
    case 'admin_role_grant':
      return `Cấp quyền quản trị: ${roleList(review.grantedRoles)}.`;
    case 'role_grant':
      return `Cấp thêm vai trò: ${roleList(review.grantedRoles)}.`;
  }
}

const changeText = (change: ImportChange) =>
  `${HEADER_OF.get(change.field)}: ${shown(change.field, change.before)} → ${shown(change.field, change.after)}`;

/**
 * The dry run's report as a workbook: the file's rows as read, in the file's order, and beside each what importing
 * it would do: the outcome, what needs a second look, each change (before → after) and every error of the row.
 */
export async function importReportSheet(
  rawRows: readonly RawRow[],
  reviews: readonly RowReview[],
  errors: readonly RowError[],
): Promise<Buffer> {
  const reviewOf = new Map(reviews.map((r) => [r.row, r]));
  const errorsOf = new Map<number, RowError[]>();
  for (const error of errors) errorsOf.set(error.row, [...(errorsOf.get(error.row) ?? []), error]);

  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Một Cửa';
  const sheet = workbook.addWorksheet('Kết quả kiểm tra', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.columns = [
    { header: 'Dòng', key: 'row', width: 7 },
    ...IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })),
    { header: 'Kết quả', key: 'action', width: 12 },
    { header: 'Cần xem lại', key: 'flags', width: 48 },
    { header: 'Thay đổi (trước → sau)', key: 'changes', width: 60 },
    { header: 'Lỗi', key: 'errors', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const raw of rawRows) {
    const review = reviewOf.get(raw.row);
    const rowErrors = errorsOf.get(raw.row) ?? [];
    const line = sheet.addRow({
      row: raw.row,
      ...raw.values,
      action: ACTION_LABELS[rowErrors.length ? 'error' : (review?.action ?? 'error')],
      flags: review?.flags.map((flag) => flagText(flag, review)).join('\n') ?? '',
      changes: review?.changes.map(changeText).join('\n') ?? '',
      errors: rowErrors.map((e) => `${HEADER_OF.get(e.field) ?? e.field}: ${e.message}`).join('\n'),
    });
    line.alignment = { vertical: 'top', wrapText: true };
    const fill = rowErrors.length ? ERROR_FILL : review?.flags.length ? FLAG_FILL : null;
    if (fill) line.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  }
  for (const column of IMPORT_COLUMNS) {
    sheet.getColumn(column.key).eachCell({ includeEmpty: false }, (cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
