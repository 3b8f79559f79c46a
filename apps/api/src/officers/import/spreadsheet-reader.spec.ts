import { ApiError } from '../../common/errors/api-error';
import { IMPORT_COLUMNS } from './import-columns';
import { readSpreadsheet } from './spreadsheet-reader';

const HEADER = IMPORT_COLUMNS.map((c) => c.header).join(',');
const csv = (text: string) => Buffer.from(text, 'utf8');

describe('reading an uploaded CSV', () => {
  it('reads a file with a BOM and CRLF lines, a CCCD staying text with its leading zero', async () => {
    const rows = await readSpreadsheet(
      csv(
        `\uFEFF${HEADER}\r\nnv.an,Nguyễn Văn An,Nam,01/01/1990,001090012345,0912345678,an@example.com,B-2,Cán bộ\r\n`,
      ),
      'nhap.csv',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].row).toBe(2);
    expect(rows[0].values).toMatchObject({ username: 'nv.an', fullName: 'Nguyễn Văn An', citizenId: '001090012345' });
  });

  it('reads a quoted field holding a comma, a quote and a line break, and skips blank lines', async () => {
    const rows = await readSpreadsheet(
      csv(`${HEADER}\n\n"nv.binh","Trần ""Bình"", B\nthứ hai",Nữ,,,,,B-2,\n`),
      'nhap.csv',
    );
    expect(rows.map((r) => [r.row, r.values.username, r.values.fullName])).toEqual([
      [3, 'nv.binh', 'Trần "Bình", B\nthứ hai'],
    ]);
  });

  it('refuses a cell longer than Excel allows', async () => {
    const error = await readSpreadsheet(csv(`${HEADER}\nnv.x,${'a'.repeat(40_000)}\n`), 'nhap.csv').catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(JSON.stringify(error.getResponse())).toContain('IMPORT_ROW_TOO_LARGE');
  });
});
