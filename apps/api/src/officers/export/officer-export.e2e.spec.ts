import ExcelJS from 'exceljs';
import { buildCitizenId, todayInVietnam } from '@motcua/domain';
import { placeholders, sqlTimestamp } from '../../database/sql-values';
import { asExcelInput, bearer, binaryBody, createTestApp, TestApp } from '../../testing/test-app';

describe('the officer export as a spreadsheet reads it', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  const citizenId = buildCitizenId('001', 'female', 1990, '000123'); // Hà Nội: starts with a zero
  const confirmedAt = new Date('2026-11-30T10:00:00Z'); // 17:00 on 30/11/2026 in Vietnam
  let verifierName: string;

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    admin = await bearer(t, 'admin');
    const officer = await bearer(t, 'officer');
    const me = (await t.http().get('/api/me/profile').set(officer)).body;
    await t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version: me.version, gender: 'female', birthDate: '1990-04-15', citizenId, phone: '0912345678' })
      .expect(200);
    await t.dataSource.query(placeholders(t.dataSource, 'UPDATE officers SET confirmed_at = ? WHERE id = ?'), [
      sqlTimestamp(t.dataSource, confirmedAt),
      me.id,
    ]);
    const supervisor = await bearer(t, 'supervisor');
    await t.http().post(`/api/officers/${me.id}/verify`).set(supervisor).expect(200);
    verifierName = (await t.http().get('/api/auth/me').set(supervisor)).body.fullName;
  });
  afterAll(() => t.close());

  const download = (format: string) =>
    t
      .http()
      .get(`/api/officers/export?format=${format}&q=officer`)
      .set(admin)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);

  it('writes real dates, dd/mm/yyyy (hh:mm where the time matters), and CCCD and phone as text cells', async () => {
    const res = await download('xlsx');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="danh-sach-can-bo-${todayInVietnam()}.xlsx"`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(res.body));
    const sheet = workbook.getWorksheet('Cán bộ')!;
    const headers = sheet.getRow(1).values as unknown[];
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'officer')!;
    const cell = (header: string) => row.getCell(headers.indexOf(header));

    expect(cell('Ngày sinh').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Ngày sinh').value).toEqual(new Date('1990-04-15T00:00:00Z'));
    expect(cell('Ngày sinh').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Xác nhận thông tin lúc').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Xác nhận thông tin lúc').value).toEqual(new Date('2026-11-30T17:00:00Z'));
    expect(cell('Xác nhận thông tin lúc').numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(cell('Số CCCD').type).toBe(ExcelJS.ValueType.String);
    expect(cell('Số CCCD').value).toBe(citizenId);
    expect(cell('Số CCCD').numFmt).toBe('@');
    expect(cell('Số điện thoại').type).toBe(ExcelJS.ValueType.String);
    expect(cell('Số điện thoại').value).toBe('0912345678');
    expect(cell('Lãnh đạo xác thực lúc').type).toBe(ExcelJS.ValueType.Date);
    expect(cell('Người xác thực').value).toBe(verifierName);
  });

  it('quotes CCCD and phone in CSV and writes date-first times with a four-digit year', async () => {
    const res = await download('csv');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="danh-sach-can-bo-${todayInVietnam()}.csv"`);
    const line = (res.body as Buffer)
      .toString('utf8')
      .split('\r\n')
      .find((l) => l.startsWith('officer,'))!;
    expect(line).toContain(`,"${citizenId}","0912345678",`);
    expect(line).toContain(',15/04/1990,');
    expect(line).toContain(',30/11/2026 17:00,');
    expect(line).not.toMatch(/17:00 30\/11\/26/);
  });

  describe('with values a spreadsheet would run as formulas', () => {
    const email = "-2+3+cmd|'/Ccalc'!A0@laocai.gov.vn";
    const fullName = '-Nguyễn Thị Hoa';
    const unitName = '=HYPERLINK("http://x.example")';
    beforeAll(async () => {
      const me = (
        await t
          .http()
          .get('/api/me/profile')
          .set(await bearer(t, 'officer'))
      ).body;
      await t.dataSource.query(
        placeholders(t.dataSource, 'UPDATE officers SET email = ?, full_name = ? WHERE id = ?'),
        [email, fullName, me.id],
      );
      await t.dataSource.query(placeholders(t.dataSource, 'UPDATE units SET name = ? WHERE id = ?'), [
        unitName,
        me.unitId,
      ]);
    });

    it('neutralises every CSV cell that starts with = + - @ with a leading apostrophe', async () => {
      const text = ((await download('csv')).body as Buffer).toString('utf8');
      const line = text.split('\r\n').find((l) => l.startsWith('officer,'))!;
      expect(line).toContain(`,"'${fullName}",`);
      expect(line).toContain(`,"'=HYPERLINK(""http://x.example"")",`);
      expect(line).toContain(`,"'${email}",`);
      const cells = line.split(',');
      expect(cells.filter((cell) => /^"?[=+\-@\t\r]/.test(cell))).toEqual([]);
    });

    it('stores them in XLSX as text cells, never formulas', async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(asExcelInput((await download('xlsx')).body));
      const sheet = workbook.getWorksheet('Cán bộ')!;
      const headers = sheet.getRow(1).values as unknown[];
      const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'officer')!;
      for (const [header, value] of [
        ['Họ và tên', fullName],
        ['Đơn vị', unitName],
        ['Email', email],
      ]) {
        const cell = row.getCell(headers.indexOf(header));
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(value);
        expect(cell.formula).toBeUndefined();
      }
    });
  });

  it('writes the compliance report’s deadline and completion times as real dates, named by Vietnam’s date', async () => {
    const units = (await t.http().get('/api/units?perPage=1000').set(admin)).body.data as {
      id: number;
      code: string;
    }[];
    const created = await t
      .http()
      .post('/api/campaigns')
      .set(admin)
      .send({
        name: 'Báo cáo ngày giờ',
        startsAt: new Date(Date.now() - 86_400_000).toISOString(),
        deadlineAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
        requiredItems: ['fullName'],
        targets: [{ unitId: units.find((u) => u.code === 'T15-SYT')!.id }],
      })
      .expect(201);
    await t.http().post(`/api/campaigns/${created.body.id}/activate`).set(admin).expect(200);
    const res = await t
      .http()
      .get(`/api/compliance/export?campaignId=${created.body.id}`)
      .set(admin)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="bao-cao-tien-do-${created.body.id}-${todayInVietnam()}.xlsx"`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(res.body));
    const deadline = workbook.getWorksheet('Tổng hợp')!.getRow(3).getCell(2);
    expect(workbook.getWorksheet('Tổng hợp')!.getRow(3).getCell(1).value).toBe('Hạn chót');
    expect(deadline.type).toBe(ExcelJS.ValueType.Date);
    expect(deadline.numFmt).toBe('dd/mm/yyyy hh:mm');
    const completed = workbook.getWorksheet('Danh sách cán bộ')!.getRow(2).getCell(5);
    expect(completed.type).toBe(ExcelJS.ValueType.Date);
    expect(completed.numFmt).toBe('dd/mm/yyyy hh:mm');
  });
});
