import { seededRandom } from '@motcua/seed';
import { placeholders } from '../database/sql-values';
import ExcelJS from 'exceljs';
import { asExcelInput, bearer, binaryBody } from '../testing/test-app';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

interface UnitRow {
  id: number;
  code: string;
  path: string;
  parentId: number | null;
}

describe('compliance reporting', () => {
  const t = sharedTestApp({ seed: true, env: { DEMO_OFFICERS: '300', LOGIN_RATE_LIMIT: '1000' } });
  let admin: { Authorization: string };
  let units: UnitRow[];
  let campaignId: number;
  const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

  beforeAll(async () => {
    admin = await bearer(t, 'admin');
    units = (await api(t, admin).get('/api/units?perPage=1000')).body.data;
    const root = units.find((u) => u.parentId === null)!;
    // Random confirmations so "confirmed" splits the province unevenly.
    const random = seededRandom(42);
    const ids: { id: number }[] = await t.dataSource.query('SELECT id FROM officers');
    for (const { id } of ids) {
      if (random.chance(0.5))
        await t.dataSource.query(placeholders(t.dataSource, 'UPDATE officers SET confirmed_at = ? WHERE id = ?'), [
          t.dataSource.options.type === 'postgres' ? new Date() : '2026-11-01 00:00:00.000',
          id,
        ]);
    }
    const created = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Chuẩn hóa toàn tỉnh',
        startsAt: iso(-5),
        deadlineAt: iso(5),
        requiredItems: ['fullName', 'birthDate', 'citizenId', 'phone', 'confirmed'],
        targets: [{ unitId: root.id, includeSubtree: true }],
      })
      .expect(201);
    campaignId = created.body.id;
    await api(t, admin).post(`/api/campaigns/${campaignId}/activate`).expect(200);
  });

  /** The brute force: every officer's row, counted in JavaScript by walking unit paths. */
  async function bruteForce(unitPath: string) {
    const rows: { path: string; completed_at: unknown; missing: string }[] = await t.dataSource.query(
      placeholders(
        t.dataSource,
        'SELECT u.path AS path, co.completed_at AS completed_at, co.missing AS missing FROM campaign_officers co JOIN units u ON u.id = co.unit_id WHERE co.campaign_id = ?',
      ),
      [campaignId],
    );
    const inside = rows.filter((r) => r.path.startsWith(unitPath));
    return {
      total: inside.length,
      complete: inside.filter((r) => r.completed_at).length,
      missingPhone: inside.filter((r) => r.missing.includes(',phone,')).length,
    };
  }

  it('rolls each child unit up over its whole subtree, matching a brute-force count', async () => {
    for (const unit of units.filter((u) => u.parentId === null || units.some((c) => c.parentId === u.id))) {
      const summary = (
        await api(t, admin).get(`/api/compliance/summary?campaignId=${campaignId}&unitId=${unit.id}`).expect(200)
      ).body;
      const expected = await bruteForce(unit.path);
      expect(summary.totals).toMatchObject({
        total: expected.total,
        complete: expected.complete,
        incomplete: expected.total - expected.complete,
        overdue: 0,
      });
      expect(summary.missingItems.find((m: { item: string }) => m.item === 'phone').count).toBe(expected.missingPhone);
      for (const child of summary.children) {
        const childUnit = units.find((u) => u.id === child.unitId)!;
        const own = await bruteForce(childUnit.path);
        expect({ unit: childUnit.code, total: child.total, complete: child.complete }).toEqual({
          unit: childUnit.code,
          total: own.total,
          complete: own.complete,
        });
      }
      const childSum = summary.children.reduce((sum: number, c: { total: number }) => sum + c.total, 0);
      expect(childSum + summary.direct.total).toBe(summary.totals.total);
    }
  });

  it("gives the breadcrumb of a deep unit from the caller's own unit down, so a shared link reads the same", async () => {
    const deep = units.find((u) => u.code === 'T15-SNV-VP')!;
    const summary = (
      await api(t, admin).get(`/api/compliance/summary?campaignId=${campaignId}&unitId=${deep.id}`).expect(200)
    ).body;
    expect(summary.trail.map((u: { name: string }) => u.name)).toEqual([
      'Ủy ban nhân dân tỉnh Lào Cai',
      'Sở Nội vụ',
      'Văn phòng Sở Nội vụ',
    ]);
    expect(summary.children).toEqual([]);
  });

  it('draws the cumulative completions up to today against the ideal line to the deadline', async () => {
    const summary = (await api(t, admin).get(`/api/compliance/summary?campaignId=${campaignId}`).expect(200)).body;
    expect(summary.series.length).toBe(11);
    expect(summary.series[summary.series.length - 1].ideal).toBe(summary.totals.total);
    expect(summary.series[0].ideal).toBe(0);
    expect(Math.max(...summary.series.map((p: { completed: number }) => p.completed))).toBe(summary.totals.complete);
  });

  it('lists who is not done with what each still misses, searchable without diacritics', async () => {
    const res = await api(t, admin)
      .get(`/api/compliance/officers?campaignId=${campaignId}&status=incomplete&perPage=5`)
      .expect(200);
    const summary = (await api(t, admin).get(`/api/compliance/summary?campaignId=${campaignId}`)).body;
    expect(res.body.total).toBe(summary.totals.incomplete);
    expect(res.body.data[0]).toMatchObject({ status: 'incomplete', missing: expect.any(Array) });
    expect(res.body.data[0].missing.length).toBeGreaterThan(0);
    const name = res.body.data[0].fullName as string;
    const plain = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D');
    const found = await api(t, admin)
      .get(`/api/compliance/officers?campaignId=${campaignId}&q=${encodeURIComponent(plain)}`)
      .expect(200);
    expect(found.body.data.map((o: { fullName: string }) => o.fullName)).toContain(name);
  });

  it('tells, per row, when the officer was last reminded, so "Nhắc tất cả" survives a reload', async () => {
    const supervisor = await bearer(t, 'supervisor');
    const before = (
      await api(t, supervisor)
        .get(`/api/compliance/officers?campaignId=${campaignId}&status=incomplete&perPage=100`)
        .expect(200)
    ).body.data;
    expect(before.length).toBeGreaterThan(0);
    expect(
      before.every((o: { remindedAt: unknown; remindable: boolean }) => o.remindedAt === null && o.remindable),
    ).toBe(true);
    const sentAt = Date.now();
    const sent = await api(t, supervisor).post('/api/reminders', { campaignId }).expect(200);
    expect(sent.body.sent).toBe(before.length);
    const after = (
      await api(t, supervisor)
        .get(`/api/compliance/officers?campaignId=${campaignId}&status=incomplete&perPage=100`)
        .expect(200)
    ).body.data;
    for (const row of after as { remindedAt: string; remindable: boolean }[]) {
      expect(Math.abs(Date.parse(row.remindedAt) - sentAt)).toBeLessThan(60_000);
      expect(row.remindable).toBe(false);
    }
  });

  it('keeps a supervisor of one department out of another', async () => {
    const supervisor = await bearer(t, 'supervisor');
    const other = units.find((u) => u.code === 'T15-STP')!;
    const res = await api(t, supervisor)
      .get(`/api/compliance/summary?campaignId=${campaignId}&unitId=${other.id}`)
      .expect(403);
    expect(res.body.code).toBe('OUT_OF_SCOPE');
    const own = await api(t, supervisor).get(`/api/compliance/summary?campaignId=${campaignId}`).expect(200);
    expect(own.body.unit.name).toBe('Sở Y tế');
    expect(own.body.trail.map((u: { name: string }) => u.name)).toEqual(['Sở Y tế']);
    const list = await api(t, supervisor)
      .get(`/api/compliance/officers?campaignId=${campaignId}&perPage=100`)
      .expect(200);
    expect(list.body.data.every((o: { unitName: string }) => o.unitName === 'Sở Y tế')).toBe(true);
    await api(t)
      .get(`/api/compliance/summary?campaignId=${campaignId}`)
      .set(await bearer(t, 'officer'))
      .expect(403);
  });

  it('answers a campaign as GET /api/campaigns/:id does for the same caller: no province-wide campaign, no existence oracle', async () => {
    const unitAdmin = await bearer(t, 'unitadmin');
    for (const id of [campaignId, 999_999]) {
      const campaign = await api(t, unitAdmin).get(`/api/campaigns/${id}`);
      expect(campaign.status).toBe(403);
      for (const route of ['summary', 'officers', 'export']) {
        const res = await api(t, unitAdmin).get(`/api/compliance/${route}?campaignId=${id}`);
        expect({ route, id, status: res.status, body: res.body }).toEqual({
          route,
          id,
          status: campaign.status,
          body: campaign.body,
        });
      }
    }
    const missing = await api(t, admin).get('/api/campaigns/999999').expect(404);
    expect((await api(t, admin).get('/api/compliance/summary?campaignId=999999')).body).toEqual(missing.body);
  });

  it('needs a campaign', async () => {
    const res = await api(t, admin).get('/api/compliance/summary').expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'campaignId', code: 'REQUIRED' });
  });
});

describe('the compliance workbook', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });

  it('has a summary, a per-unit and an officers sheet in Vietnamese, with no secret', async () => {
    const admin = await bearer(t, 'admin');
    const units = (await api(t, admin).get('/api/units?perPage=1000')).body.data as UnitRow[];
    const root = units.find((u) => u.parentId === null)!;
    const created = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Báo cáo thử',
        startsAt: new Date(Date.now() - 86_400_000).toISOString(),
        deadlineAt: new Date(Date.now() + 86_400_000).toISOString(),
        requiredItems: ['citizenId', 'phone'],
        targets: [{ unitId: root.id }],
      })
      .expect(201);
    await api(t, admin).post(`/api/campaigns/${created.body.id}/activate`).expect(200);
    const res = await api(t, admin)
      .get(`/api/compliance/export?campaignId=${created.body.id}`)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(asExcelInput(res.body));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Theo đơn vị', 'Danh sách cán bộ']);
    expect(workbook.getWorksheet('Tổng hợp')!.getRow(1).values).toEqual([undefined, 'Đợt cập nhật', 'Báo cáo thử']);
    const officers = workbook.getWorksheet('Danh sách cán bộ')!;
    expect(officers.rowCount).toBe(6);
    expect(String(officers.getRow(2).getCell(6).value)).toMatch(/Số CCCD/);
    const text = JSON.stringify(workbook.worksheets.map((w) => w.getSheetValues()));
    expect(text).not.toMatch(/argon2|v1:|MotCua@2026/);
  });
});
