import {
  foldVietnamese,
  formatRuleError,
  isRole,
  ROLE_LABELS,
  validateBirthDate,
  validateCitizenId,
  validateEmail,
  validateFullName,
  validatePhone,
  type Gender,
  type Result,
  type Role,
} from '@motcua/domain';
import { USERNAME_FORMAT_ERROR, USERNAME_PATTERN } from '@motcua/contracts';
import type { CellValue, RawRow } from './spreadsheet-reader';

export interface ImportRow {
  row: number;
  username: string;
  fullName: string;
  gender: Gender | null;
  birthDate: string | null;
  citizenId: string | null;
  phone: string | null;
  email: string | null;
  unitCode: string;
  roles: Role[];
}

/** The officer's own fields a row sets, named as the account stores them. */
export const officerFieldsOf = ({ fullName, gender, birthDate, citizenId, phone, email }: ImportRow) => ({
  fullName,
  gender,
  birthDate,
  citizenId,
  phone,
  email,
});

/** What identifies and places a row, read even when other cells are wrong, so every check can run at once. */
export interface RowKeys {
  /** Null when the cell breaks the username rule. */
  username: string | null;
  citizenId: string | null;
  unitCode: string | null;
  /** The roles the cell names correctly. */
  roles: Role[];
}

export interface RowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

const GENDER_WORDS = new Map<string, Gender>([
  ['nam', 'male'],
  ['male', 'male'],
  ['nu', 'female'],
  ['female', 'female'],
]);
const ROLE_WORDS = new Map<string, Role>(
  (Object.entries(ROLE_LABELS.vi) as [Role, string][]).flatMap(([role, label]) => [
    [foldVietnamese(label), role],
    [role, role],
    [foldVietnamese(ROLE_LABELS.en[role]), role],
  ]),
);

const text = (value: CellValue) => (value === null ? null : value instanceof Date ? null : value.trim() || null);

/** Excel turns 001190123456 into the number 1190123456 and 0912345678 into 912345678: put the zeros back. */
const restoreLeadingZeros = (value: string | null, length: number) =>
  value && /^\d+$/.test(value) && value.length >= length - 2 && value.length < length
    ? value.padStart(length, '0')
    : value;

/** dd/MM/yyyy as Vietnamese Excel writes it, a real Excel date cell, or ISO. */
export function birthDateOf(value: CellValue): string | null | undefined {
  if (value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (vn) return `${vn[3]}-${vn[2].padStart(2, '0')}-${vn[1].padStart(2, '0')}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? value.trim() : undefined;
}

/** One spreadsheet row checked with libs/domain; every failing cell reported with the sheet's own row number. */
export function validateImportRow(raw: RawRow): { row?: ImportRow; keys: RowKeys; errors: RowError[] } {
  const errors: RowError[] = [];
  const fail = (field: string, result: Result<unknown>) =>
    result.errors.forEach((e) => errors.push({ row: raw.row, field, code: e.code, message: formatRuleError(e, 'vi') }));
  const v = raw.values;

  // An empty cell breaks the format too: the file's username column is what the row is matched by.
  const username = text(v.username)?.toLowerCase() ?? '';
  if (!USERNAME_PATTERN.test(username)) fail('username', { ok: false, errors: [USERNAME_FORMAT_ERROR] });
  const fullName = validateFullName(text(v.fullName) ?? '');
  if (!fullName.ok) fail('fullName', fullName);

  let gender: Gender | null = null;
  const genderText = text(v.gender);
  if (genderText) {
    gender = GENDER_WORDS.get(foldVietnamese(genderText)) ?? null;
    if (!gender)
      errors.push({ row: raw.row, field: 'gender', code: 'GENDER_INVALID', message: 'Giới tính phải là Nam hoặc Nữ.' });
  }

  let birthDate: string | null = null;
  const parsedDate = birthDateOf(v.birthDate);
  const badDate = () =>
    errors.push({
      row: raw.row,
      field: 'birthDate',
      code: 'BIRTHDATE_FORMAT',
      message: 'Ngày sinh phải là một ngày có thật, dạng ngày/tháng/năm, ví dụ 15/04/1990.',
    });
  if (parsedDate === undefined) badDate();
  else if (parsedDate) {
    const result = validateBirthDate(parsedDate);
    if (result.ok) birthDate = result.value;
    // The domain's format message speaks of YYYY-MM-DD; a spreadsheet user typed day/month/year.
    else if (result.errors.some((e) => e.code === 'BIRTHDATE_FORMAT')) badDate();
    else fail('birthDate', result);
  }

  let citizenId: string | null = null;
  const cccdText = restoreLeadingZeros(text(v.citizenId), 12);
  if (cccdText) {
    const result = validateCitizenId(cccdText, { gender: gender ?? undefined, birthDate: birthDate ?? undefined });
    if (result.ok) citizenId = result.value;
    else fail('citizenId', result);
  }

  let phone: string | null = null;
  const phoneText = restoreLeadingZeros(text(v.phone), 10);
  if (phoneText) {
    const result = validatePhone(phoneText);
    if (result.ok) phone = result.value.number;
    else fail('phone', result);
  }

  let email: string | null = null;
  const emailText = text(v.email);
  if (emailText) {
    const result = validateEmail(emailText);
    if (result.ok) email = result.value;
    else fail('email', result);
  }

  const unitCode = text(v.unitCode) ?? '';
  if (!unitCode)
    errors.push({ row: raw.row, field: 'unitCode', code: 'REQUIRED', message: 'Vui lòng nhập mã đơn vị.' });

  const roleWords = (text(v.roles) ?? 'officer')
    .split(/[,;]/)
    .map((w) => foldVietnamese(w))
    .filter(Boolean);
  const roles = [...new Set(roleWords.map((w) => ROLE_WORDS.get(w)))];
  if (roles.some((r) => !isRole(r))) {
    errors.push({
      row: raw.row,
      field: 'roles',
      code: 'ROLE_UNKNOWN',
      message: 'Vai trò phải là: Cán bộ, Lãnh đạo đơn vị, Quản trị đơn vị hoặc Quản trị hệ thống.',
    });
  }
  const validRoles = roles.filter(isRole).sort();
  const keys: RowKeys = {
    username: errors.some((e) => e.field === 'username') ? null : username,
    citizenId,
    unitCode: unitCode || null,
    roles: validRoles,
  };
  if (errors.length) return { keys, errors };
  return {
    row: {
      row: raw.row,
      username,
      fullName: fullName.value!,
      gender,
      birthDate,
      citizenId,
      phone,
      email,
      unitCode,
      roles: validRoles,
    },
    keys,
    errors,
  };
}
