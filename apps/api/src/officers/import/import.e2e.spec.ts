import ExcelJS from 'exceljs';
import { buildCitizenId } from '@motcua/domain';
import { staleDerivedColumns } from '../../testing/derived-columns';
import { asExcelInput, bearer, binaryBody, createTestApp, TestApp } from '../../testing/test-app';
import { IMPORT_COLUMNS } from './import-columns';

type Row = Partial<Record<(typeof IMPORT_COLUMNS)[number]['key'], string | Date>>;

async function xlsx(rows: Row[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cán bộ');
  sheet.addRow(IMPORT_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const GOOD: Row[] = [
  {
    username: 'lan.tt',
    fullName: 'Trần Thị Lan',
    gender: 'Nữ',
    birthDate: '02/03/1988',
    citizenId: buildCitizenId('010', 'female', 1988, '100001'),
    phone: '0912 111 222',
    email: 'lan.tt@laocai.gov.vn',
    unitCode: 'T15-SYT',
    roles: 'Cán bộ',
  },
  {
    username: 'hung.lv',
    fullName: 'Lê Văn Hùng',
    gender: 'Nam',
    birthDate: new Date(Date.UTC(1979, 10, 20)),
    citizenId: buildCitizenId('010', 'male', 1979, '100002'),
    phone: '+84 98 333 4444',
    unitCode: 'T15-SYT',
    roles: 'Cán bộ, Lãnh đạo đơn vị',
  },
];
const BAD: Row = {
  username: 'sai.du.lieu',
  fullName: 'Đỗ Văn Sai',
  gender: 'Nam',
  birthDate: '31/02/1990',
  citizenId: '12345',
  phone: '0241234567',
  unitCode: 'KHONG-CO',
  roles: 'Cán bộ',
};

describe('importing officers from a spreadsheet', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  const post = (file: Buffer, query: string, name = 'can-bo.xlsx', auth = admin) =>
    t.http().post(`/api/officers/import?${query}`).set(auth).attach('file', file, name);

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    admin = await bearer(t, 'admin');
  });
  afterAll(() => t.close());

  it('offers a template with Vietnamese headers, the unit codes, and drop-downs for gender, unit code and roles', async () => {
    const res = await t
      .http()
      .get('/api/officers/import/template')
      .set(admin)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(res.body));
    const sheet = workbook.getWorksheet('Cán bộ')!;
    expect(workbook.worksheets[0].name).toBe('Cán bộ');
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    expect(workbook.getWorksheet('Đơn vị')!.rowCount).toBe(26);

    const validation = (address: string) => sheet.getCell(address).dataValidation;
    expect(validation('C2')).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'], errorStyle: 'stop' });
    expect(validation('H2')).toMatchObject({ type: 'list', formulae: ["'Đơn vị'!$A$2:$A$26"] });
    expect(validation('H20001')).toEqual(validation('H2'));
    const roles = validation('I2')!;
    expect(roles).toMatchObject({ type: 'list', errorStyle: 'warning' });
    const [, listSheet, range] = /^'(.+)'!\$A\$2:\$A\$(\d+)$/.exec(roles.formulae[0] as string)!;
    const choices = workbook
      .getWorksheet(listSheet)!
      .getColumn(1)
      .values.slice(2, Number(range) + 1);
    expect(choices).toEqual(
      expect.arrayContaining([
        'Cán bộ',
        'Lãnh đạo đơn vị',
        'Quản trị đơn vị',
        'Quản trị hệ thống',
        'Cán bộ, Lãnh đạo đơn vị',
      ]),
    );
  });

  it('keeps the template’s example row on its own sheet, marked, so an untouched template imports nobody', async () => {
    const res = await t
      .http()
      .get('/api/officers/import/template')
      .set(admin)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(res.body));
    expect(workbook.getWorksheet('Cán bộ')!.actualRowCount).toBe(1);
    const example = workbook.getWorksheet('Ví dụ')!;
    expect(String(example.getCell('A1').value)).toMatch(/^VÍ DỤ — trang này không được nhập/);
    expect((example.getRow(2).values as string[]).slice(1)).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    expect(example.getCell('B3').value).toBe('Nguyễn Văn Mẫu');

    const dryRun = await post(res.body as Buffer, 'mode=dry-run', 'mau-nhap-can-bo.xlsx').expect(200);
    expect(dryRun.body.totals).toEqual({ rows: 0, create: 0, update: 0, unchanged: 0, errors: 0, flagged: 0 });
  });

  it('reports a dry run with the spreadsheet’s own row numbers and writes nothing', async () => {
    const res = await post(await xlsx([GOOD[0], BAD, GOOD[1]]), 'mode=dry-run').expect(200);
    expect(res.body.totals).toEqual({ rows: 3, create: 2, update: 0, unchanged: 0, errors: 1, flagged: 1 });
    expect(res.body.committed).toBe(false);
    const fields = res.body.errors
      .filter((e: { row: number }) => e.row === 3)
      .map((e: { field: string }) => e.field)
      .sort();
    expect(fields).toEqual(['birthDate', 'citizenId', 'phone', 'unitCode']);
    expect((await t.http().get('/api/officers?q=lan.tt').set(admin)).body.total).toBe(0);
  });

  it('applies nothing when a row is wrong unless asked to skip invalid rows', async () => {
    const file = await xlsx([GOOD[0], BAD, GOOD[1]]);
    const refused = await post(file, 'mode=commit').expect(400);
    expect(refused.body).toMatchObject({ code: 'IMPORT_HAS_ERRORS', report: { totals: { errors: 1 } } });
    expect((await t.http().get('/api/officers?q=lan.tt').set(admin)).body.total).toBe(0);
  });

  it('commits the fixed file in one go, hands out the activation codes once, and a re-import changes nothing', async () => {
    const file = await xlsx(GOOD);
    // Lê Văn Hùng arrives as Lãnh đạo đơn vị: a role grant the admin confirms.
    const committed = await post(file, 'mode=commit&confirmFlagged=true').expect(200);
    expect(committed.body.totals).toMatchObject({ create: 2, errors: 0 });
    const lan = (await t.http().get('/api/officers?q=tran thi lan').set(admin)).body.data[0];
    expect(lan).toMatchObject({
      username: 'lan.tt',
      status: 'pending_activation',
      phone: '0912111222',
      birthDate: '1988-03-02',
    });
    const hung = (await t.http().get('/api/officers?q=hung.lv').set(admin)).body.data[0];
    expect(hung).toMatchObject({ birthDate: '1979-11-20', roles: ['officer', 'supervisor'] });

    const sheet = await t
      .http()
      .get(committed.body.activationCodesUrl)
      .set(admin)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(sheet.body));
    const codes = workbook.getWorksheet('Mã kích hoạt')!;
    expect(codes.rowCount).toBe(3);
    const code = String(codes.getRow(2).getCell(4).value);
    const username = String(codes.getRow(2).getCell(1).value);
    await t.http().get(committed.body.activationCodesUrl).set(admin).expect(410);
    await t.http().post('/api/auth/activate').send({ username, code, newPassword: 'Nhap-Excel-2026' }).expect(200);

    const again = await post(file, 'mode=commit').expect(200);
    expect(again.body.totals).toEqual({ rows: 2, create: 0, update: 0, unchanged: 2, errors: 0, flagged: 0 });
    expect(again.body.activationCodesUrl).toBeUndefined();
    expect(await staleDerivedColumns(t.dataSource, ['lan.tt', 'hung.lv'])).toEqual([]);
  });

  it('updates a matched account by CCCD and skips invalid rows when asked', async () => {
    const moved = { ...GOOD[0], username: 'ten.khac', unitCode: 'T15-STP' };
    const res = await post(await xlsx([moved, BAD]), 'mode=commit&skipInvalid=true&confirmFlagged=true').expect(200);
    expect(res.body.totals).toMatchObject({ update: 1, errors: 1 });
    const lan = (await t.http().get('/api/officers?q=lan.tt').set(admin)).body.data[0];
    expect(lan.unitName).toBe('Sở Tư pháp');
  });

  it('files an account an import renames under its new name, keeping the username it was matched under', async () => {
    const renamed = { ...GOOD[0], username: 'ten.khac', fullName: 'Trần Thị Lan Anh', unitCode: 'T15-STP' };
    const res = await post(await xlsx([renamed]), 'mode=commit&confirmFlagged=true').expect(200);
    expect(res.body.totals).toMatchObject({ update: 1 });
    const found = (
      await t
        .http()
        .get(`/api/officers?q=${encodeURIComponent('lan anh')}`)
        .set(admin)
    ).body.data;
    expect(found.map((o: { username: string }) => o.username)).toEqual(['lan.tt']);
    expect(await staleDerivedColumns(t.dataSource, ['lan.tt'])).toEqual([]);
  });

  describe('showing what an import would change before it changes it', () => {
    const HIEU: Row = {
      username: 'hieu.hq',
      fullName: 'Hoàng Quốc Hiếu',
      gender: 'Nam',
      birthDate: '12/07/1985',
      citizenId: buildCitizenId('010', 'male', 1985, '300001'),
      phone: '0912 000 111',
      unitCode: 'T15-SYT',
      roles: 'Cán bộ',
    };
    const THU: Row = {
      username: 'thu.nt',
      fullName: 'Nguyễn Thị Thu',
      gender: 'Nữ',
      birthDate: '03/09/1992',
      citizenId: buildCitizenId('010', 'female', 1992, '300002'),
      phone: '0912 000 222',
      unitCode: 'T15-SYT',
      roles: 'Cán bộ',
    };
    /** hieu.hq becomes a system admin with a new phone; thu.nt's CCCD arrives under another username, another name and unit. */
    const CHANGED: Row[] = [
      { ...HIEU, phone: '0987 000 111', roles: 'Cán bộ, Quản trị hệ thống' },
      { ...THU, username: 'thu.nguyen', fullName: 'Nguyễn Thị Thu Hà', unitCode: 'T15-STP' },
    ];
    const officer = async (q: string) => (await t.http().get(`/api/officers?q=${q}`).set(admin)).body.data[0];

    beforeAll(async () => {
      await post(await xlsx([HIEU, THU]), 'mode=commit').expect(200);
    });

    it('lists every field and role that would change, before → after, and flags the admin grant and the CCCD match', async () => {
      const res = await post(await xlsx(CHANGED), 'mode=dry-run').expect(200);
      expect(res.body.totals).toEqual({ rows: 2, create: 0, update: 2, unchanged: 0, errors: 0, flagged: 2 });
      const [hieu, thu] = res.body.review;
      const hieuId = (await officer('hieu.hq')).id;
      expect(hieu).toEqual({
        row: 2,
        action: 'update',
        username: 'hieu.hq',
        fullName: 'Hoàng Quốc Hiếu',
        account: { id: hieuId, username: 'hieu.hq' },
        changes: [
          { field: 'phone', before: '0912000111', after: '0987000111' },
          { field: 'roles', before: ['officer'], after: ['admin', 'officer'] },
        ],
        flags: ['admin_role_grant'],
        grantedRoles: ['admin'],
      });
      expect(thu).toMatchObject({
        row: 3,
        action: 'update',
        username: 'thu.nguyen',
        account: { username: 'thu.nt' },
        changes: [
          { field: 'fullName', before: 'Nguyễn Thị Thu', after: 'Nguyễn Thị Thu Hà' },
          { field: 'unitCode', before: 'Sở Y tế (T15-SYT)', after: 'Sở Tư pháp (T15-STP)' },
        ],
        flags: ['citizen_id_match'],
        grantedRoles: [],
      });
    });

    it('refuses to commit flagged rows until the admin confirms them, then applies them', async () => {
      const file = await xlsx(CHANGED);
      const refused = await post(file, 'mode=commit').expect(400);
      expect(refused.body).toMatchObject({ code: 'IMPORT_NEEDS_REVIEW', report: { totals: { flagged: 2 } } });
      expect(refused.body.message).toContain('2 dòng cần xem lại');
      expect((await officer('hieu.hq')).roles).toEqual(['officer']);

      await post(file, 'mode=commit&confirmFlagged=true').expect(200);
      expect((await officer('hieu.hq')).roles).toEqual(['admin', 'officer']);
      expect(await officer('thu.nt')).toMatchObject({ fullName: 'Nguyễn Thị Thu Hà', unitName: 'Sở Tư pháp' });
      await post(file, 'mode=commit&confirmFlagged=maybe').expect(400);
    });

    it('reports all of a row’s errors at once, the unknown unit code and the unknown role among them', async () => {
      const everythingWrong: Row = {
        username: 'Sai Ten',
        fullName: '',
        gender: 'Khác',
        birthDate: '31/02/1990',
        citizenId: '12345',
        phone: '0241234567',
        email: 'sai@@mail',
        unitCode: 'KHONG-CO',
        roles: 'Giám đốc',
      };
      const res = await post(await xlsx([everythingWrong]), 'mode=dry-run').expect(200);
      expect(res.body.totals).toMatchObject({ errors: 1, create: 0 });
      const codes = Object.fromEntries(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
      expect(Object.keys(codes).sort()).toEqual([
        'birthDate',
        'citizenId',
        'email',
        'fullName',
        'gender',
        'phone',
        'roles',
        'unitCode',
        'username',
      ]);
      expect(codes.unitCode).toBe('UNIT_UNKNOWN');
      expect(codes.roles).toBe('ROLE_UNKNOWN');
    });

    it('checks a wrong row against the accounts too: a unit admin sees the out-of-scope and admin-role refusals beside the format errors, and nothing about the outside admin account', async () => {
      const unitAdmin = await bearer(t, 'unitadmin');
      const res = await post(
        await xlsx([{ ...HIEU, phone: '0241234567', roles: 'Quản trị hệ thống' }]),
        'mode=dry-run',
        'a.xlsx',
        unitAdmin,
      ).expect(200);
      const codes = res.body.errors.map((e: { code: string }) => e.code).sort();
      expect(codes).toEqual(['CANNOT_GRANT_ADMIN', 'OUT_OF_SCOPE', 'PHONE_LANDLINE']);
    });

    it('never shows a unit admin what an account outside their subtree holds, in the dry run or its workbook', async () => {
      const unitAdmin = await bearer(t, 'unitadmin');
      const outside = await officer('hieu.hq');
      const file = await xlsx([{ ...HIEU, fullName: 'Hoàng Quốc Hiếu', roles: 'Cán bộ', unitCode: 'T15-X02647' }]);
      const res = await post(file, 'mode=dry-run', 'a.xlsx', unitAdmin).expect(200);
      expect(res.body.review).toEqual([]);
      expect(res.body.errors.map((e: { code: string }) => e.code)).toContain('OUT_OF_SCOPE');
      const sheet = await t
        .http()
        .post('/api/officers/import/report')
        .set(unitAdmin)
        .attach('file', file, 'a.xlsx')
        .buffer(true)
        .parse(binaryBody as never)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(asExcelInput(sheet.body));
      const text = JSON.stringify(workbook.worksheets[0].getSheetValues());
      expect(text).toContain('Dòng này không thể nhập bởi đơn vị của bạn.');
      expect(outside.phone).toBe('0987000111');
      expect(text).not.toContain(outside.phone);
      expect(text).not.toContain('Sở Y tế');
    });

    it('hands the report out as an .xlsx with each row’s outcome, changes, flags and errors beside it', async () => {
      const NEW: Row = {
        username: 'moi.nv',
        fullName: 'Nguyễn Văn Mới',
        gender: 'Nam',
        birthDate: new Date(Date.UTC(1990, 0, 2)),
        citizenId: buildCitizenId('010', 'male', 1990, '300003'),
        unitCode: 'T15-SYT',
        roles: 'Cán bộ',
      };
      const file = await xlsx([{ ...HIEU, phone: '0912 333 444', roles: 'Cán bộ, Quản trị hệ thống' }, NEW, BAD]);
      const res = await t
        .http()
        .post('/api/officers/import/report')
        .set(admin)
        .attach('file', file, 'can-bo.xlsx')
        .buffer(true)
        .parse(binaryBody as never)
        .expect(200);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="ket-qua-kiem-tra-nhap-can-bo-${today}.xlsx"`,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(asExcelInput(res.body));
      const sheet = workbook.worksheets[0];
      const header = (sheet.getRow(1).values as string[]).slice(1);
      expect(header).toEqual([
        'Dòng',
        ...IMPORT_COLUMNS.map((c) => c.header),
        'Kết quả',
        'Cần xem lại',
        'Thay đổi (trước → sau)',
        'Lỗi',
      ]);
      const rows = [2, 3, 4].map((n) =>
        Object.fromEntries(header.map((h, i) => [h, sheet.getRow(n).getCell(i + 1).value])),
      );
      expect(rows[0]).toMatchObject({
        Dòng: 2,
        'Tên đăng nhập': 'hieu.hq',
        'Kết quả': 'Cập nhật',
        'Thay đổi (trước → sau)': 'Số điện thoại: 0987000111 → 0912333444',
        Lỗi: '',
      });
      // Already an admin since the confirmed import above: nothing granted, so nothing flagged.
      expect(rows[0]['Cần xem lại']).toBe('');
      expect(rows[1]).toMatchObject({ Dòng: 3, 'Kết quả': 'Tạo mới', 'Cần xem lại': '', Lỗi: '' });
      expect(rows[1]['Ngày sinh']).toEqual(new Date(Date.UTC(1990, 0, 2)));
      expect(sheet.getRow(3).getCell(5).numFmt).toBe('dd/mm/yyyy');
      expect(rows[2]).toMatchObject({ Dòng: 4, 'Tên đăng nhập': 'sai.du.lieu', 'Số CCCD': '12345', 'Kết quả': 'Lỗi' });
      const errorLines = String(rows[2]['Lỗi']).split('\n');
      expect(errorLines).toHaveLength(4);
      expect(errorLines).toContain('Mã đơn vị: Không có đơn vị mã KHONG-CO.');
      expect(errorLines.some((line) => line.startsWith('Số điện thoại: '))).toBe(true);
      expect((sheet.getRow(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFDE2E2');
    });

    it('words the flags in the report', async () => {
      const file = await xlsx([
        {
          ...THU,
          username: 'thu.khac',
          unitCode: 'T15-STP',
          fullName: 'Nguyễn Thị Thu Hà',
          roles: 'Cán bộ, Lãnh đạo đơn vị',
        },
      ]);
      const res = await t
        .http()
        .post('/api/officers/import/report')
        .set(admin)
        .attach('file', file, 'can-bo.xlsx')
        .buffer(true)
        .parse(binaryBody as never)
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(asExcelInput(res.body));
      const row = workbook.worksheets[0].getRow(2);
      expect(String(row.getCell(12).value).split('\n')).toEqual([
        'Khớp theo số CCCD với tài khoản thu.nt; tên đăng nhập giữ nguyên, không đổi thành thu.khac.',
        'Cấp thêm vai trò: Lãnh đạo đơn vị.',
      ]);
      expect(row.getCell(13).value).toBe('Vai trò: Cán bộ → Cán bộ, Lãnh đạo đơn vị');
      expect((row.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFF2CC');
    });

    it('tells a unit admin only that a row cannot be imported by their unit, the same whether or not an outside account holds its username or CCCD', async () => {
      const unitAdmin = await bearer(t, 'unitadmin');
      const fresh = { ...HIEU, username: 'chua.co', citizenId: buildCitizenId('010', 'male', 1985, '300098') };
      const answer = async (row: Row) =>
        (await post(await xlsx([row]), 'mode=dry-run', 'a.xlsx', unitAdmin).expect(200)).body.errors;
      const refusal = [
        { row: 2, field: 'unitCode', code: 'OUT_OF_SCOPE', message: 'Dòng này không thể nhập bởi đơn vị của bạn.' },
      ];
      expect(await answer({ ...fresh, unitCode: 'T15-SYT' })).toEqual(refusal);
      expect(await answer({ ...fresh, unitCode: 'T15-SYT', username: 'hieu.hq' })).toEqual(refusal);
      expect(await answer({ ...fresh, unitCode: 'T15-SYT', citizenId: HIEU.citizenId })).toEqual(refusal);
      expect(await answer({ ...fresh, unitCode: 'T15-X02647', username: 'hieu.hq' })).toEqual(refusal);
      expect(await answer({ ...fresh, unitCode: 'T15-X02647', citizenId: HIEU.citizenId })).toEqual(refusal);
    });
  });

  it('reads a UTF-8 CSV with a BOM', async () => {
    const csv = `\uFEFF${IMPORT_COLUMNS.map((c) => c.header).join(',')}\nmai.pt,Phạm Thị Mai,Nữ,05/06/1995,${buildCitizenId('001', 'female', 1995, '777777')},0977000111,,T15-STC,Cán bộ\n`;
    const res = await post(Buffer.from(csv, 'utf8'), 'mode=dry-run', 'can-bo.csv').expect(200);
    expect(res.body.totals).toMatchObject({ create: 1, errors: 0 });
  });

  it('keeps a unit admin’s import inside their subtree', async () => {
    const unitAdmin = await bearer(t, 'unitadmin');
    const res = await post(
      await xlsx([{ ...GOOD[0], username: 'x.ngoai', citizenId: buildCitizenId('010', 'female', 1988, '100099') }]),
      'mode=dry-run',
      'a.xlsx',
      unitAdmin,
    ).expect(200);
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 2, field: 'unitCode', code: 'OUT_OF_SCOPE' })]);
  });

  it('puts imported accounts on an active campaign’s report with what each still misses, as a full recount would', async () => {
    const units = (await t.http().get('/api/units?perPage=1000').set(admin)).body.data as {
      id: number;
      code: string;
    }[];
    const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const created = await t
      .http()
      .post('/api/campaigns')
      .set(admin)
      .send({
        name: 'Đợt kiểm tra nhập',
        startsAt: iso(-1),
        deadlineAt: iso(10),
        requiredItems: ['fullName', 'gender', 'citizenId', 'phone'],
        targets: [{ unitId: units.find((u) => u.code === 'T15-STP')!.id }],
      })
      .expect(201);
    await t.http().post(`/api/campaigns/${created.body.id}/activate`).set(admin).expect(200);
    const rows: Row[] = [
      {
        username: 'du.tp',
        fullName: 'Ngô Văn Đủ',
        gender: 'Nam',
        birthDate: '05/06/1985',
        citizenId: buildCitizenId('010', 'male', 1985, '200001'),
        phone: '0913 222 333',
        unitCode: 'T15-STP',
        roles: 'Cán bộ',
      },
      { username: 'thieu.tp', fullName: 'Mai Thị Thiếu', gender: 'Nữ', unitCode: 'T15-STP', roles: 'Cán bộ' },
      { username: 'ngoai.dot', fullName: 'Hà Văn Ngoài', unitCode: 'T15-SYT', roles: 'Cán bộ' },
    ];
    await post(await xlsx(rows), 'mode=commit').expect(200);
    const report = async () => {
      const res = await t
        .http()
        .get(`/api/compliance/officers?campaignId=${created.body.id}&perPage=100`)
        .set(admin)
        .expect(200);
      return Object.fromEntries(
        (res.body.data as { username: string; status: string; missing: string[] }[])
          .filter((o) => ['du.tp', 'thieu.tp', 'ngoai.dot'].includes(o.username))
          .map((o) => [o.username, [o.status, o.missing]]),
      );
    };
    const afterImport = await report();
    expect(afterImport).toEqual({ 'du.tp': ['complete', []], 'thieu.tp': ['incomplete', ['citizenId', 'phone']] });
    // Re-targeting recomputes every row from the stored records: the import wrote exactly what a recount finds.
    const campaign = (await t.http().get(`/api/campaigns/${created.body.id}`).set(admin)).body;
    await t
      .http()
      .patch(`/api/campaigns/${created.body.id}`)
      .set(admin)
      .send({ version: campaign.version, requiredItems: ['gender', 'fullName', 'citizenId', 'phone'] })
      .expect(200);
    expect(await report()).toEqual(afterImport);
  });

  it('refuses a file with too many rows or the wrong format, clearly', async () => {
    const header = IMPORT_COLUMNS.map((c) => c.header).join(',');
    const big = `${header}\n${Array.from({ length: 20_001 }, (_, i) => `u${i},Nguyễn Văn A,Nam,,,,,T15,Cán bộ`).join('\n')}`;
    const tooMany = await post(Buffer.from(big), 'mode=dry-run', 'lon.csv').expect(400);
    expect(tooMany.body.errors[0].code).toBe('IMPORT_TOO_MANY_ROWS');
    const missing = await post(Buffer.from('a,b\n1,2\n'), 'mode=dry-run', 'x.csv').expect(400);
    expect(missing.body.errors[0].code).toBe('IMPORT_HEADERS');
    await post(Buffer.from('x'), 'mode=sideways', 'x.csv').expect(400);
  });
});

describe('exporting officers', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    admin = await bearer(t, 'admin');
    const officer = await bearer(t, 'officer');
    const me = (await t.http().get('/api/me/profile').set(officer)).body;
    await t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({
        version: me.version,
        gender: 'female',
        birthDate: '1990-04-15',
        receiptAccount: 'hoa@hd',
        receiptPassword: 'BiMat#Receipt1',
      })
      .expect(200);
  });
  afterAll(() => t.close());

  it('writes a CSV with a BOM, Vietnamese headers and dd/MM/yyyy dates, filtered like the list, with no secret', async () => {
    const res = await t
      .http()
      .get('/api/officers/export?format=csv&q=officer')
      .set(admin)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFTên đăng nhập,Họ và tên,Đơn vị')).toBe(true);
    expect(text).toContain('officer,Nguyễn Thị Hoa,Sở Y tế');
    expect(text).toContain('15/04/1990');
    expect(text).not.toMatch(/BiMat#Receipt1|argon2|v1:/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="danh-sach-can-bo-.*\.csv"/);
  });

  it('streams an .xlsx a supervisor sees only for their subtree', async () => {
    const supervisor = await bearer(t, 'supervisor');
    const res = await t
      .http()
      .get('/api/officers/export?format=xlsx')
      .set(supervisor)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(res.body));
    const sheet = workbook.getWorksheet('Cán bộ')!;
    const usernames = sheet.getColumn(1).values.slice(2).map(String).sort();
    expect(usernames).toEqual(['officer', 'supervisor']);
  });

  it('refuses an unknown format before sending anything', async () => {
    const res = await t.http().get('/api/officers/export?format=pdf').set(admin).expect(400);
    expect(res.body.errors[0].field).toBe('format');
  });
});
