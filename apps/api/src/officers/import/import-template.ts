import type ExcelJS from 'exceljs';
import { GENDER_LABELS, ROLE_LABELS, ROLES } from '@motcua/domain';
import { loadExcel } from '../../common/excel';
import type { Unit } from '../../units/unit.entity';
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, type ImportColumnKey } from './import-columns';

export const TEMPLATE_SHEETS = {
  officers: 'Cán bộ',
  example: 'Ví dụ',
  units: 'Đơn vị',
  lists: 'Danh mục',
  guide: 'Hướng dẫn',
} as const;

const role = ROLE_LABELS.vi;
/** The drop-down's roles: each alone, and the usual pairs with "Cán bộ" (other combinations are typed, with a warning). */
const ROLE_CHOICES = [
  ...ROLES.map((r) => role[r]),
  `${role.officer}, ${role.supervisor}`,
  `${role.officer}, ${role.unit_admin}`,
  `${role.officer}, ${role.supervisor}, ${role.unit_admin}`,
];

const columnLetter = (key: ImportColumnKey) => String.fromCharCode(65 + IMPORT_COLUMNS.findIndex((c) => c.key === key));
/** Every data row the import accepts, below the header. */
const dataRange = (key: ImportColumnKey) => `${columnLetter(key)}2:${columnLetter(key)}${IMPORT_MAX_ROWS + 1}`;
const listOf = (sheet: string, column: string, count: number) =>
  `'${sheet}'!$${column}$2:$${column}$${Math.max(count, 1) + 1}`;

/** exceljs keeps a sheet's validations by range here (one entry per column, not per cell); its typings leave it out. */
type RangeValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

function addDropDowns(worksheet: ExcelJS.Worksheet, unitCount: number) {
  const sheet = worksheet as ExcelJS.Worksheet & RangeValidations;
  const list = (
    formula: string,
    prompt: string,
    error: string,
    errorStyle: 'stop' | 'warning' = 'stop',
  ): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showInputMessage: true,
    promptTitle: 'Chọn trong danh sách',
    prompt,
    showErrorMessage: true,
    errorStyle,
    errorTitle: 'Không có trong danh sách', // Excel allows 32 characters here
    error,
  });
  sheet.dataValidations.add(
    dataRange('gender'),
    list(`"${GENDER_LABELS.vi.male},${GENDER_LABELS.vi.female}"`, 'Nam hoặc Nữ.', 'Giới tính phải là Nam hoặc Nữ.'),
  );
  sheet.dataValidations.add(
    dataRange('unitCode'),
    list(
      listOf(TEMPLATE_SHEETS.units, 'A', unitCount),
      'Mã đơn vị ở trang "Đơn vị".',
      'Mã đơn vị phải là một mã ở trang "Đơn vị".',
    ),
  );
  sheet.dataValidations.add(
    dataRange('roles'),
    list(
      listOf(TEMPLATE_SHEETS.lists, 'A', ROLE_CHOICES.length),
      'Một vai trò, hoặc nhiều vai trò cách nhau bởi dấu phẩy.',
      'Vai trò là: Cán bộ, Lãnh đạo đơn vị, Quản trị đơn vị, Quản trị hệ thống (cách nhau bởi dấu phẩy).',
      'warning',
    ),
  );
}

/**
 * The .xlsx officers fill in. Its first sheet — the only one the import reads — holds the header alone, with
 * drop-downs for gender, unit code and roles; the example row lives on its own sheet, so it can never be imported.
 */
export async function importTemplate(units: Pick<Unit, 'code' | 'name' | 'depth'>[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Một Cửa';
  const columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  const sheet = workbook.addWorksheet(TEMPLATE_SHEETS.officers, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  addDropDowns(sheet, units.length);

  const example = workbook.addWorksheet(TEMPLATE_SHEETS.example, { properties: { tabColor: { argb: 'FFFFC000' } } });
  example.columns = columns;
  example.spliceRows(1, 0, ['VÍ DỤ — trang này không được nhập. Điền cán bộ vào trang "Cán bộ".']);
  example.getRow(1).font = { bold: true, color: { argb: 'FFC00000' } };
  example.getRow(2).font = { bold: true };
  example.addRow(
    Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.key === 'unitCode' ? (units[0]?.code ?? '') : c.example])),
  );

  const unitSheet = workbook.addWorksheet(TEMPLATE_SHEETS.units);
  unitSheet.columns = [
    { header: 'Mã đơn vị', key: 'code', width: 20 },
    { header: 'Tên đơn vị', key: 'name', width: 60 },
  ];
  unitSheet.getRow(1).font = { bold: true };
  for (const unit of units) unitSheet.addRow({ code: unit.code, name: `${'  '.repeat(unit.depth)}${unit.name}` });

  const lists = workbook.addWorksheet(TEMPLATE_SHEETS.lists, { state: 'hidden' });
  lists.columns = [{ header: 'Vai trò', key: 'role', width: 40 }];
  ROLE_CHOICES.forEach((choice) => lists.addRow({ role: choice }));

  const guide = workbook.addWorksheet(TEMPLATE_SHEETS.guide);
  [
    'Mỗi dòng của trang "Cán bộ" là một cán bộ. Không đổi tên các cột ở dòng đầu. Chỉ trang "Cán bộ" được nhập.',
    'Trang "Ví dụ" cho thấy một dòng điền đúng; đó không phải người thật và không bao giờ được nhập.',
    'Ngày sinh ghi theo dạng ngày/tháng/năm, ví dụ 15/04/1990.',
    'Giới tính: chọn Nam hoặc Nữ. Số CCCD gồm 12 chữ số. Số điện thoại di động 10 số.',
    'Mã đơn vị: chọn trong danh sách (trang "Đơn vị").',
    'Vai trò: chọn trong danh sách, hoặc gõ nhiều vai trò cách nhau bởi dấu phẩy: Cán bộ, Lãnh đạo đơn vị, Quản trị đơn vị, Quản trị hệ thống.',
    'Tài khoản trùng tên đăng nhập (hoặc trùng số CCCD) sẽ được cập nhật; tài khoản mới nhận mã kích hoạt.',
    'Trước khi nhập, bước "Kiểm tra dữ liệu" cho thấy từng thay đổi (trước → sau) và các dòng cấp quyền hoặc khớp theo số CCCD cần xem lại.',
  ].forEach((line) => guide.addRow([line]));
  guide.getColumn(1).width = 110;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
