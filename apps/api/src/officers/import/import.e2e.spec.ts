import ExcelJS from 'exceljs';
import { buildCitizenId } from '@motcua/domain';
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
  { username: 'lan.tt', fullName: 'Trần Thị Lan', gender: 'Nữ', birthDate: '02/03/1988', citizenId: buildCitizenId('010', 'female', 1988, '100001'), phone: '0912 111 222', email: 'lan.tt@laocai.gov.vn', unitCode: 'T15-SYT', roles: 'Cán bộ' },
  { username: 'hung.lv', fullName: 'Lê Văn Hùng', gender: 'Nam', birthDate: new Date(Date.UTC(1979, 10, 20)), citizenId: buildCitizenId('010', 'male', 1979, '100002'), phone: '+84 98 333 4444', unitCode: 'T15-SYT', roles: 'Cán bộ, Lãnh đạo đơn vị' },
];
const BAD: Row = { username: 'sai.du.lieu', fullName: 'Đỗ Văn Sai', gender: 'Nam', birthDate: '31/02/1990', citizenId: '12345', phone: '0241234567', unitCode: 'KHONG-CO', roles: 'Cán bộ' };

describe('importing officers from a spreadsheet', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  const post = (file: Buffer, query: string, name = 'can-bo.xlsx', auth = admin) => t.http().post(`/api/officers/import?${query}`).set(auth).attach('file', file, name);

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    admin = await bearer(t, 'admin');
  });
  afterAll(() => t.close());

  it('offers a template with Vietnamese headers, an example row and the unit codes', async () => {
    const res = await t.http().get('/api/officers/import/template').set(admin).buffer(true).parse(binaryBody as never).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(res.body));
    expect((workbook.getWorksheet('Cán bộ')!.getRow(1).values as string[]).slice(1)).toEqual(IMPORT_COLUMNS.map((c) => c.header));
    expect(workbook.getWorksheet('Đơn vị')!.rowCount).toBe(26);
  });

  it('reports a dry run with the spreadsheet’s own row numbers and writes nothing', async () => {
    const res = await post(await xlsx([GOOD[0], BAD, GOOD[1]]), 'mode=dry-run').expect(200);
    expect(res.body.totals).toEqual({ rows: 3, create: 2, update: 0, unchanged: 0, errors: 1 });
    expect(res.body.committed).toBe(false);
    const fields = res.body.errors.filter((e: { row: number }) => e.row === 3).map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['birthDate', 'citizenId', 'phone']);
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
    const committed = await post(file, 'mode=commit').expect(200);
    expect(committed.body.totals).toMatchObject({ create: 2, errors: 0 });
    const lan = (await t.http().get('/api/officers?q=tran thi lan').set(admin)).body.data[0];
    expect(lan).toMatchObject({ username: 'lan.tt', status: 'pending_activation', phone: '0912111222', birthDate: '1988-03-02' });
    const hung = (await t.http().get('/api/officers?q=hung.lv').set(admin)).body.data[0];
    expect(hung).toMatchObject({ birthDate: '1979-11-20', roles: ['officer', 'supervisor'] });

    const sheet = await t.http().get(committed.body.activationCodesUrl).set(admin).buffer(true).parse(binaryBody as never).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(sheet.body));
    const codes = workbook.getWorksheet('Mã kích hoạt')!;
    expect(codes.rowCount).toBe(3);
    const code = String(codes.getRow(2).getCell(4).value);
    const username = String(codes.getRow(2).getCell(1).value);
    await t.http().get(committed.body.activationCodesUrl).set(admin).expect(410);
    await t.http().post('/api/auth/activate').send({ username, code, newPassword: 'Nhap-Excel-2026' }).expect(200);

    const again = await post(file, 'mode=commit').expect(200);
    expect(again.body.totals).toEqual({ rows: 2, create: 0, update: 0, unchanged: 2, errors: 0 });
    expect(again.body.activationCodesUrl).toBeUndefined();
  });

  it('updates a matched account by CCCD and skips invalid rows when asked', async () => {
    const moved = { ...GOOD[0], username: 'ten.khac', unitCode: 'T15-STP' };
    const res = await post(await xlsx([moved, BAD]), 'mode=commit&skipInvalid=true').expect(200);
    expect(res.body.totals).toMatchObject({ update: 1, errors: 1 });
    const lan = (await t.http().get('/api/officers?q=lan.tt').set(admin)).body.data[0];
    expect(lan.unitName).toBe('Sở Tư pháp');
  });

  it('reads a UTF-8 CSV with a BOM', async () => {
    const csv = `\uFEFF${IMPORT_COLUMNS.map((c) => c.header).join(',')}\nmai.pt,Phạm Thị Mai,Nữ,05/06/1995,${buildCitizenId('001', 'female', 1995, '777777')},0977000111,,T15-STC,Cán bộ\n`;
    const res = await post(Buffer.from(csv, 'utf8'), 'mode=dry-run', 'can-bo.csv').expect(200);
    expect(res.body.totals).toMatchObject({ create: 1, errors: 0 });
  });

  it('keeps a unit admin’s import inside their subtree', async () => {
    const unitAdmin = await bearer(t, 'unitadmin');
    const res = await post(await xlsx([{ ...GOOD[0], username: 'x.ngoai', citizenId: buildCitizenId('010', 'female', 1988, '100099') }]), 'mode=dry-run', 'a.xlsx', unitAdmin).expect(200);
    expect(res.body.errors).toEqual([expect.objectContaining({ row: 2, field: 'unitCode', code: 'OUT_OF_SCOPE' })]);
  });

  it('puts imported accounts on an active campaign’s report with what each still misses, as a full recount would', async () => {
    const units = (await t.http().get('/api/units?perPage=1000').set(admin)).body.data as { id: number; code: string }[];
    const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
    const created = await t.http().post('/api/campaigns').set(admin).send({ name: 'Đợt kiểm tra nhập', startsAt: iso(-1), deadlineAt: iso(10), requiredItems: ['fullName', 'gender', 'citizenId', 'phone'], targets: [{ unitId: units.find((u) => u.code === 'T15-STP')!.id }] }).expect(201);
    await t.http().post(`/api/campaigns/${created.body.id}/activate`).set(admin).expect(200);
    const rows: Row[] = [
      { username: 'du.tp', fullName: 'Ngô Văn Đủ', gender: 'Nam', birthDate: '05/06/1985', citizenId: buildCitizenId('010', 'male', 1985, '200001'), phone: '0913 222 333', unitCode: 'T15-STP', roles: 'Cán bộ' },
      { username: 'thieu.tp', fullName: 'Mai Thị Thiếu', gender: 'Nữ', unitCode: 'T15-STP', roles: 'Cán bộ' },
      { username: 'ngoai.dot', fullName: 'Hà Văn Ngoài', unitCode: 'T15-SYT', roles: 'Cán bộ' },
    ];
    await post(await xlsx(rows), 'mode=commit').expect(200);
    const report = async () => {
      const res = await t.http().get(`/api/compliance/officers?campaignId=${created.body.id}&perPage=100`).set(admin).expect(200);
      return Object.fromEntries((res.body.data as { username: string; status: string; missing: string[] }[]).filter((o) => ['du.tp', 'thieu.tp', 'ngoai.dot'].includes(o.username)).map((o) => [o.username, [o.status, o.missing]]));
    };
    const afterImport = await report();
    expect(afterImport).toEqual({ 'du.tp': ['complete', []], 'thieu.tp': ['incomplete', ['citizenId', 'phone']] });
    // Re-targeting recomputes every row from the stored records: the import wrote exactly what a recount finds.
    const campaign = (await t.http().get(`/api/campaigns/${created.body.id}`).set(admin)).body;
    await t.http().patch(`/api/campaigns/${created.body.id}`).set(admin).send({ version: campaign.version, requiredItems: ['gender', 'fullName', 'citizenId', 'phone'] }).expect(200);
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
    await t.http().patch('/api/me/profile').set(officer).send({ version: me.version, gender: 'female', birthDate: '1990-04-15', receiptAccount: 'hoa@hd', receiptPassword: 'BiMat#Receipt1' }).expect(200);
  });
  afterAll(() => t.close());

  it('writes a CSV with a BOM, Vietnamese headers and dd/MM/yyyy dates, filtered like the list, with no secret', async () => {
    const res = await t.http().get('/api/officers/export?format=csv&q=officer').set(admin).buffer(true).parse(binaryBody as never).expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFFTên đăng nhập,Họ và tên,Đơn vị')).toBe(true);
    expect(text).toContain('officer,Nguyễn Thị Hoa,Sở Y tế');
    expect(text).toContain('15/04/1990');
    expect(text).not.toMatch(/BiMat#Receipt1|argon2|v1:/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="danh-sach-can-bo-.*\.csv"/);
  });

  it('streams an .xlsx a supervisor sees only for their subtree', async () => {
    const supervisor = await bearer(t, 'supervisor');
    const res = await t.http().get('/api/officers/export?format=xlsx').set(supervisor).buffer(true).parse(binaryBody as never).expect(200);
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
