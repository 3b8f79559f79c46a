/** The spreadsheet's columns: Vietnamese headers as the template writes them, matched case- and accent-insensitively. */
export const IMPORT_COLUMNS = [
  { key: 'username', header: 'Tên đăng nhập', example: 'hoa.nt', width: 18 },
  { key: 'fullName', header: 'Họ và tên', example: 'Nguyễn Thị Hoa', width: 26 },
  { key: 'gender', header: 'Giới tính', example: 'Nữ', width: 10 },
  { key: 'birthDate', header: 'Ngày sinh', example: '15/04/1990', width: 13 },
  { key: 'citizenId', header: 'Số CCCD', example: '001190123456', width: 16 },
  { key: 'phone', header: 'Số điện thoại', example: '0912345678', width: 15 },
  { key: 'email', header: 'Email', example: 'hoa.nt@laocai.gov.vn', width: 26 },
  { key: 'unitCode', header: 'Mã đơn vị', example: 'T15-SYT', width: 16 },
  { key: 'roles', header: 'Vai trò', example: 'Cán bộ', width: 22 },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
