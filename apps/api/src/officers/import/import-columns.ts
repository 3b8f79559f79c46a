/**
 * The spreadsheet's columns: Vietnamese headers as the template writes them, matched case- and accent-insensitively.
 * The examples name nobody real (a "Mẫu" — sample — person, an example.com address); the unit code is the user's own.
 */
export const IMPORT_COLUMNS = [
  { key: 'username', header: 'Tên đăng nhập', example: 'vidu.mau', width: 18 },
  { key: 'fullName', header: 'Họ và tên', example: 'Nguyễn Văn Mẫu', width: 26 },
  { key: 'gender', header: 'Giới tính', example: 'Nam', width: 10 },
  { key: 'birthDate', header: 'Ngày sinh', example: '01/01/1990', width: 13 },
  { key: 'citizenId', header: 'Số CCCD', example: '001090000001', width: 16 },
  { key: 'phone', header: 'Số điện thoại', example: '0912345678', width: 15 },
  { key: 'email', header: 'Email', example: 'vidu.mau@example.com', width: 26 },
  { key: 'unitCode', header: 'Mã đơn vị', example: '', width: 16 },
  { key: 'roles', header: 'Vai trò', example: 'Cán bộ', width: 22 },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
