import ExcelJS from 'exceljs';
import { buildCitizenId, COMPLIANCE_STATUS_LABELS, type ComplianceStatus } from '@motcua/domain';
import { placeholders, sqlTimestamp } from '../database/sql-values';
import { asExcelInput, bearer, binaryBody, createTestApp, TestApp } from '../testing/test-app';

type Headers = { Authorization: string };

/** Every place an officer's status is shown, read back for one officer. */
async function statusesEverywhere(t: TestApp, admin: Headers, officerId: number, campaignId: number) {
  const listRow = (await t.http().get(`/api/officers?id=${officerId}`).set(admin).expect(200)).body.data[0];
  const record = (await t.http().get(`/api/officers/${officerId}`).set(admin).expect(200)).body;
  const profile = (await t.http().get(`/api/officers/${officerId}/profile`).set(admin).expect(200)).body;
  const dashboard = (
    await t.http().get(`/api/compliance/officers?campaignId=${campaignId}&perPage=100`).set(admin).expect(200)
  ).body.data.find((o: { id: number }) => o.id === officerId);

  const xlsx = await t
    .http()
    .get(`/api/officers/export?format=xlsx&id=${officerId}`)
    .set(admin)
    .buffer(true)
    .parse(binaryBody as never)
    .expect(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(asExcelInput(xlsx.body));
  const sheet = workbook.getWorksheet('Cán bộ')!;
  const statusColumn = (sheet.getRow(1).values as unknown[]).indexOf('Tình trạng hồ sơ');
  const csv = (
    await t
      .http()
      .get(`/api/officers/export?format=csv&id=${officerId}`)
      .set(admin)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200)
  ).body.toString('utf8') as string;

  const report = await t
    .http()
    .get(`/api/compliance/export?campaignId=${campaignId}`)
    .set(admin)
    .buffer(true)
    .parse(binaryBody as never)
    .expect(200);
  const reportBook = new ExcelJS.Workbook();
  await reportBook.xlsx.load(asExcelInput(report.body));
  const reportRow = reportBook
    .getWorksheet('Danh sách cán bộ')!
    .getRows(2, 1000)!
    .find((row) => row.getCell(1).value === listRow.username)!;

  return {
    list: listRow.completeness.status as ComplianceStatus,
    record: record.completeness.status as ComplianceStatus,
    profile: profile.completeness.find((c: { campaignId: number }) => c.campaignId === campaignId)
      .status as ComplianceStatus,
    dashboard: dashboard.status as ComplianceStatus,
    xlsx: String(sheet.getRow(2).getCell(statusColumn).value),
    csv: csv.trim().split('\r\n')[1].split(',').at(-1),
    complianceXlsx: String(reportRow.getCell(4).value),
  };
}

describe('one completeness status everywhere', () => {
  let t: TestApp;
  let admin: Headers;
  let officerId: number;
  let campaignId: number;
  const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000', PROFILE_DEADLINE: '2099-12-31' } });
    admin = await bearer(t, 'admin');
    // Whatever the demo seeds, only this file's campaign runs.
    await t.dataSource.query("UPDATE campaigns SET status = 'closed' WHERE status = 'active'");
    await t.dataSource.query('DELETE FROM campaign_officers');
    const officer = await bearer(t, 'officer');
    const me = (await t.http().get('/api/me/profile').set(officer).expect(200)).body;
    officerId = me.id;
    // Complete against the default rule set (name, gender, birth date, CCCD, phone) ...
    await t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({
        version: me.version,
        gender: 'female',
        birthDate: '1990-04-15',
        citizenId: buildCitizenId('010', 'female', 1990, '000111'),
        phone: '0912345678',
      })
      .expect(200);
    // ... but not against a campaign that also wants a photo and the officer's confirmation.
    const units = (await t.http().get('/api/units?perPage=1000').set(admin)).body.data as {
      id: number;
      code: string;
    }[];
    const created = await t
      .http()
      .post('/api/campaigns')
      .set(admin)
      .send({
        name: 'Chuẩn hóa hồ sơ Sở Y tế',
        startsAt: iso(-10),
        deadlineAt: iso(5),
        requiredItems: ['fullName', 'phone', 'avatar', 'confirmed'],
        targets: [{ unitId: units.find((u) => u.code === 'T15-SYT')!.id }],
      })
      .expect(201);
    campaignId = created.body.id;
    await t.http().post(`/api/campaigns/${campaignId}/activate`).set(admin).expect(200);
  });
  afterAll(() => t.close());

  const expectEverywhere = async (status: ComplianceStatus) => {
    const label = COMPLIANCE_STATUS_LABELS.vi[status];
    expect(await statusesEverywhere(t, admin, officerId, campaignId)).toEqual({
      list: status,
      record: status,
      profile: status,
      dashboard: status,
      xlsx: label,
      csv: label,
      complianceXlsx: label,
    });
  };

  it('shows the campaign’s status, not the default rule set’s, in the list, the record, the dashboard and every export', async () => {
    await expectEverywhere('incomplete');
    const row = (await t.http().get(`/api/officers?id=${officerId}`).set(admin)).body.data[0];
    expect(row.completeness.missing).toEqual(['avatar', 'confirmed']);
  });

  it('says overdue everywhere once the deadline has passed', async () => {
    await t.dataSource.query(placeholders(t.dataSource, 'UPDATE campaigns SET deadline_at = ? WHERE id = ?'), [
      sqlTimestamp(t.dataSource, new Date(Date.now() - 86_400_000)),
      campaignId,
    ]);
    await expectEverywhere('overdue');
  });

  it('filters the officer list by the same status', async () => {
    const ids = async (status: ComplianceStatus) =>
      (
        await t
          .http()
          .get(
            `/api/officers?completeness=${status}&unitId=${(await t.http().get(`/api/officers/${officerId}`).set(admin)).body.unitId}&perPage=100`,
          )
          .set(admin)
          .expect(200)
      ).body.data.map((o: { id: number }) => o.id);
    expect(await ids('overdue')).toContain(officerId);
    expect(await ids('complete')).not.toContain(officerId);
    expect(await ids('incomplete')).not.toContain(officerId);
  });

  it('falls back to the default rule set once no campaign runs', async () => {
    await t.http().post(`/api/campaigns/${campaignId}/close`).set(admin).expect(200);
    const row = (await t.http().get(`/api/officers?id=${officerId}`).set(admin)).body.data[0];
    expect(row.completeness).toEqual({ status: 'complete', missing: [] });
    const complete = (
      await t.http().get('/api/officers?completeness=complete&perPage=100&q=officer').set(admin).expect(200)
    ).body.data.map((o: { id: number }) => o.id);
    expect(complete).toContain(officerId);
  });
});
