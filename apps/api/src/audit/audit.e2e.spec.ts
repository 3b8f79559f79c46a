import { todayInVietnam, vietnamWallClock } from '@motcua/contracts';
import { Officer } from '../accounts/officer.entity';
import { Unit } from '../units/unit.entity';
import { asExcelInput, bearer, binaryBody } from '../testing/test-app';
import { loadExcel } from '../common/excel';
import { AuditService } from './audit.service';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

type Headers = { Authorization: string };
interface Entry {
  id: number;
  action: string;
  targetId: number;
  targetType: string;
  actor: { id: number; username: string; fullName: string } | null;
  target: { name: string; username?: string } | null;
  changes: { field: string; before: unknown; after: unknown; beforeName?: string; afterName?: string }[];
  ip?: string | null;
  createdAt: string;
}

describe('the audit trail, as admins read it and as one officer’s history', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  let admin: Headers;
  let supervisor: Headers;
  let unitAdmin: Headers;
  let officer: Headers;
  const ids: Record<string, number> = {};
  const secret = 'BienLai#Bi-Mat-2026';
  let unitName = '';

  const list = async (url: string, as: Headers, status = 200) => (await api(t, as).get(url).expect(status)).body;
  const entriesOf = async (url: string, as: Headers = admin): Promise<Entry[]> => (await list(url, as)).data;
  const patchProfile = async (id: number, body: object, as: Headers = admin) => {
    const { version } = (await api(t, admin).get(`/api/officers/${id}/profile`).expect(200)).body;
    await api(t, as)
      .patch(`/api/officers/${id}/profile`, { version, ...body })
      .expect(200);
  };
  const download = (url: string) =>
    api(t, admin)
      .get(url)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);

  beforeAll(async () => {
    [admin, supervisor, unitAdmin, officer] = await Promise.all(
      ['admin', 'supervisor', 'unitadmin', 'officer'].map((u) => bearer(t, u)),
    );
    for (const officer of await t.dataSource.getRepository(Officer).find({
      where: [{ username: 'admin' }, { username: 'officer' }, { username: 'newofficer' }, { username: 'supervisor' }],
    }))
      ids[officer.username] = officer.id;
    // The officer's record, corrected by an admin, then by the officer (with a secret and a would-be formula);
    // newofficer locked and moved within the unit admin's district.
    await patchProfile(ids.officer, { phone: '0912345678' });
    const { version } = (await api(t, officer).get('/api/me/profile').expect(200)).body;
    await api(t, officer)
      .patch('/api/me/profile', {
        version,
        receiptAccount: 'hoa.nt@vnpt-invoice',
        receiptPassword: secret,
        address: '=HYPERLINK("http://x.example")',
      })
      .expect(200);
    await api(t, admin).post(`/api/officers/${ids.newofficer}/lock`).expect(200);
    const unit = await t.dataSource.getRepository(Unit).findOneByOrFail({ code: 'T15-X02647-VP' });
    ids.vp = unit.id;
    unitName = unit.name;
    const { version: nv } = (await api(t, admin).get(`/api/officers/${ids.newofficer}`).expect(200)).body;
    await api(t, admin).patch(`/api/officers/${ids.newofficer}`, { version: nv, unitId: unit.id }).expect(200);
  });

  it('lists changes newest first with who did it, whose record it is and before → after', async () => {
    const entries = await entriesOf(`/api/audit?officerId=${ids.officer}`);
    const byAdmin = entries.find((e) => e.action === 'profile.update' && e.actor?.username === 'admin');
    expect(byAdmin).toMatchObject({
      targetType: 'officer',
      targetId: ids.officer,
      actor: { id: ids.admin, username: 'admin', fullName: 'Lê Thị Quản Trị' },
      target: { name: 'Nguyễn Thị Hoa', username: 'officer' },
    });
    expect(byAdmin?.changes).toContainEqual({ field: 'phone', before: null, after: '0912345678' });
    expect(byAdmin?.ip).toEqual(expect.any(String));
    const times = entries.map((e) => Date.parse(e.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(entries.every((e) => e.targetType === 'officer' && e.targetId === ids.officer)).toBe(true);
  });

  it('names the units of a move instead of showing their ids', async () => {
    const [move] = await entriesOf(`/api/audit?officerId=${ids.newofficer}&action=officer.update&field=unitId`);
    expect(move.changes[0]).toMatchObject({
      field: 'unitId',
      after: ids.vp,
      afterName: unitName,
      beforeName: expect.any(String),
    });
  });

  it('filters by who (actor), what (action) and when (Vietnam days, "to" included), and pages', async () => {
    const mine = await entriesOf(`/api/audit?actorId=${ids.officer}&perPage=100`);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e) => e.actor?.id === ids.officer)).toBe(true);
    const locks = await entriesOf('/api/audit?action=officer.lock&perPage=100');
    expect(locks.map((e) => e.targetId)).toEqual([ids.newofficer]);
    const today = todayInVietnam();
    expect((await entriesOf(`/api/audit?action=officer.lock&from=${today}&to=${today}`)).length).toBe(1);
    expect((await entriesOf('/api/audit?action=officer.lock&to=2020-01-01')).length).toBe(0);
    expect((await entriesOf('/api/audit?action=officer.lock&from=2999-01-01')).length).toBe(0);

    const all = await list(`/api/audit?officerId=${ids.officer}&perPage=100`, admin);
    const first = await list(`/api/audit?officerId=${ids.officer}&perPage=1&page=1`, admin);
    const second = await list(`/api/audit?officerId=${ids.officer}&perPage=1&page=2`, admin);
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(first.total).toBe(all.total);
    expect([first.data[0].id, second.data[0].id]).toEqual(all.data.slice(0, 2).map((e: Entry) => e.id));
  });

  it('counts a long trail exactly up to 1,000 entries and says "more than" past it', async () => {
    const campaignEntries = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        targetType: 'campaign' as const,
        targetId: 900_000 + i,
        action: 'campaign.remind',
        changes: [{ field: 'reminders', before: null, after: i }],
      }));
    await t.dataSource.transaction((manager) =>
      t.app.get(AuditService).recordMany(manager, { actorId: null, ip: null, requestId: null }, campaignEntries(1000)),
    );
    const exactly = await list('/api/audit?action=campaign.remind&perPage=5', admin);
    expect([exactly.total, exactly.moreThanTotal, exactly.data.length]).toEqual([1000, undefined, 5]);
    expect(exactly.data[0]).toMatchObject({ actor: null, target: null, targetType: 'campaign' });
    await t.dataSource.transaction((manager) =>
      t.app.get(AuditService).recordMany(manager, { actorId: null, ip: null, requestId: null }, campaignEntries(1)),
    );
    const capped = await list('/api/audit?action=campaign.remind&perPage=5', admin);
    expect([capped.total, capped.moreThanTotal]).toEqual([1000, true]);
  });

  it('answers bad filters with 400, per field, in Vietnamese', async () => {
    const bad = await list('/api/audit?officerId=abc&from=hôm-qua&field=password', admin, 400);
    expect(bad.errors.map((e: { field: string; code: string }) => [e.field, e.code]).sort()).toEqual([
      ['field', 'INVALID_FILTER'],
      ['from', 'INVALID_FILTER'],
      ['officerId', 'INVALID_FILTER'],
    ]);
    expect(bad.errors.find((e: { field: string }) => e.field === 'from').message).toMatch(/Ngày giờ/);
    expect((await list('/api/audit/export?format=pdf', admin, 400)).errors[0]).toMatchObject({
      field: 'format',
      code: 'NOT_ALLOWED_VALUE',
    });
  });

  it('refuses the province-wide list and export to everyone but system administrators', async () => {
    for (const as of [officer, supervisor, unitAdmin]) {
      expect((await list('/api/audit', as, 403)).code).toBe('ROLE_REQUIRED');
      expect((await list('/api/audit/export?format=csv', as, 403)).code).toBe('ROLE_REQUIRED');
    }
  });

  it('shows one officer’s history to a supervisor or unit admin of that officer’s unit only', async () => {
    const history = await entriesOf(`/api/officers/${ids.officer}/audit`, supervisor);
    expect(history.length).toBeGreaterThan(0);
    expect(history.every((e) => e.targetType === 'officer' && e.targetId === ids.officer)).toBe(true);
    expect(history.some((e) => 'ip' in e)).toBe(false);
    // Whose record is fixed by the path: a filter cannot widen it.
    await list(`/api/officers/${ids.officer}/audit?officerId=${ids.newofficer}`, supervisor, 400);
    expect((await list(`/api/officers/${ids.newofficer}/audit`, supervisor, 403)).code).toBe('OUT_OF_SCOPE');
    expect((await list(`/api/officers/999999/audit`, supervisor, 403)).code).toBe('OUT_OF_SCOPE');
    expect((await entriesOf(`/api/officers/${ids.newofficer}/audit`, unitAdmin)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['officer.lock', 'officer.update']),
    );
    expect((await list(`/api/officers/${ids.officer}/audit`, unitAdmin, 403)).code).toBe('OUT_OF_SCOPE');
    expect((await list(`/api/officers/${ids.officer}/audit`, officer, 403)).code).toBe('ROLE_REQUIRED');
    expect((await list(`/api/officers/${ids.officer}/audit`, admin)).data[0].ip).toEqual(expect.any(String));
  });

  it('masks the receipt password everywhere the trail is read, exported or not', async () => {
    const [entry] = await entriesOf(`/api/audit?officerId=${ids.officer}&field=receiptPassword`);
    expect(entry.changes).toContainEqual({ field: 'receiptPassword', before: null, after: 'đã thay đổi' });
    const csv = (await download(`/api/audit/export?format=csv&officerId=${ids.officer}`)).body.toString('utf8');
    const xlsx = (await download(`/api/audit/export?officerId=${ids.officer}`)).body as Buffer;
    const history = JSON.stringify(await list(`/api/officers/${ids.officer}/audit?perPage=100`, supervisor));
    for (const text of [csv, history, JSON.stringify(await list('/api/audit?perPage=100', admin))])
      expect(text).not.toContain(secret);
    const workbook = new (await loadExcel()).Workbook();
    await workbook.xlsx.load(asExcelInput(xlsx));
    const cells: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells.join('\n')).not.toContain(secret);
    expect(cells).toContain('đã thay đổi');
  });

  it('exports the filtered trail as CSV: one line per field, Vietnam time, every cell quoted, formulas neutralised', async () => {
    const res = await download(`/api/audit/export?format=csv&officerId=${ids.officer}`);
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename="nhat-ky-thay-doi-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = res.body
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '"Thời gian","Người thực hiện","Hành động","Đối tượng","Trường","Giá trị trước","Giá trị sau","Địa chỉ IP"',
    );
    const phone = lines.find((l: string) => l.includes('"Số điện thoại"'));
    expect(phone).toMatch(
      /^"\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}","Lê Thị Quản Trị \(admin\)","Cập nhật hồ sơ","Nguyễn Thị Hoa \(officer\)","Số điện thoại","","0912345678",/,
    );
    expect(lines.find((l: string) => l.includes('"Địa chỉ"'))).toContain(`"'=HYPERLINK(""http://x.example"")"`);
    expect(lines.slice(1).every((l: string) => l.includes('Nguyễn Thị Hoa (officer)'))).toBe(true);
  });

  it('exports XLSX with the time as a real date shown dd/mm/yyyy hh:mm in Vietnam time', async () => {
    const res = await download(`/api/audit/export?officerId=${ids.newofficer}&action=officer.lock`);
    expect(res.headers['content-disposition']).toMatch(/nhat-ky-thay-doi-\d{4}-\d{2}-\d{2}\.xlsx/);
    const workbook = new (await loadExcel()).Workbook();
    await workbook.xlsx.load(asExcelInput(res.body));
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    const [lock] = await entriesOf(`/api/audit?officerId=${ids.newofficer}&action=officer.lock`);
    const time = sheet.getCell('A2');
    expect(time.value).toBeInstanceOf(Date);
    expect(time.numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(
      Math.abs((time.value as Date).getTime() - vietnamWallClock(new Date(lock.createdAt)).getTime()),
    ).toBeLessThan(1000);
    expect(sheet.getRow(2).values).toEqual(
      expect.arrayContaining([
        'Khóa tài khoản',
        'Hoàng Văn Mới (newofficer)',
        'Trạng thái',
        'Đang hoạt động',
        'Đã khóa',
      ]),
    );
  });
});
