import { loadExcel } from '../../common/excel';
import type { Unit } from '../../units/unit.entity';
import { IMPORT_COLUMNS } from './import-columns';

/** The .xlsx officers fill in: Vietnamese headers, one example row, and the unit codes they may use. */
export async function importTemplate(units: Pick<Unit, 'code' | 'name' | 'depth'>[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Một Cửa';
  const sheet = workbook.addWorksheet('Cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c.example])));
  const unitSheet = workbook.addWorksheet('Đơn vị');
  unitSheet.columns = [
    { header: 'Mã đơn vị', key: 'code', width: 20 },
    { header: 'Tên đơn vị', key: 'name', width: 60 },
  ];
  unitSheet.getRow(1).font = { bold: true };
  for (const unit of units) unitSheet.addRow({ code: unit.code, name: `${'  '.repeat(unit.depth)}${unit.name}` });
  const guide = workbook.addWorksheet('Hướng dẫn');
  [
    'Mỗi dòng là một cán bộ. Không đổi tên các cột ở dòng đầu.',
    'Ngày sinh ghi theo dạng ngày/tháng/năm, ví dụ 15/04/1990.',
    'Giới tính: Nam hoặc Nữ. Số CCCD gồm 12 chữ số. Số điện thoại di động 10 số.',
    'Vai trò: Cán bộ, Lãnh đạo đơn vị, Quản trị đơn vị, Quản trị hệ thống (cách nhau bởi dấu phẩy).',
    'Tài khoản trùng tên đăng nhập (hoặc trùng số CCCD) sẽ được cập nhật; tài khoản mới nhận mã kích hoạt.',
  ].forEach((line) => guide.addRow([line]));
  guide.getColumn(1).width = 110;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
