import { validateCitizenId } from '@motcua/domain';
import { bearer } from '../testing/test-app';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';
import { staleDerivedColumns } from '../testing/derived-columns';

const DAY = 86_400_000;

describe('the demo province seeded on first start', () => {
  const t = sharedTestApp({
    seed: true,
    env: { DEMO_OFFICERS: '300', DEMO_CAMPAIGNS: 'true', LOGIN_RATE_LIMIT: '1000' },
  });

  it('has 25 units in three levels and about 300 officers with realistic gaps', async () => {
    const admin = await bearer(t, 'admin');
    const units = await api(t, admin).get('/api/units?perPage=1000').expect(200);
    expect(units.body.total).toBe(25);
    const officers = await api(t, admin).get('/api/officers?perPage=100').expect(200);
    expect(officers.body.total).toBeGreaterThanOrEqual(295);
    const incomplete = await api(t, admin).get('/api/officers?completeness=incomplete&perPage=1').expect(200);
    expect(incomplete.body.total).toBeGreaterThan(30);
    const sample = officers.body.data.filter((o: { citizenId: string | null }) => o.citizenId);
    expect(
      sample.some(
        (o: { citizenId: string; birthDate: string; gender: 'male' | 'female' }) =>
          validateCitizenId(o.citizenId, { birthDate: o.birthDate, gender: o.gender }).ok,
      ),
    ).toBe(true);
  });

  it('runs a province-wide campaign started weeks ago, due weeks ahead, with true progress', async () => {
    const admin = await bearer(t, 'admin');
    const campaigns = (await api(t, admin).get('/api/campaigns?status=active&sort=deadlineAt&order=DESC').expect(200))
      .body.data;
    expect(campaigns).toHaveLength(2);
    const [province, ward] = campaigns as { id: number; name: string; startsAt: string; deadlineAt: string }[];
    const now = Date.now();
    expect(now - Date.parse(province.startsAt)).toBeGreaterThan(28 * DAY);
    expect(Date.parse(province.deadlineAt) - now).toBeGreaterThan(14 * DAY);

    const summary = (await api(t, admin).get(`/api/compliance/summary?campaignId=${province.id}`).expect(200)).body;
    expect(summary.unit.name).toBe('Ủy ban nhân dân tỉnh Lào Cai');
    expect(summary.totals.total).toBeGreaterThanOrEqual(295);
    expect(summary.totals.complete).toBeGreaterThan(30);
    expect(summary.totals.incomplete).toBeGreaterThan(30);
    // Completions spread over the weeks since the start, not all stamped at the moment of seeding.
    const completionDays = summary.series.filter(
      (p: { completed: number }, i: number, all: { completed: number }[]) => p.completed > (all[i - 1]?.completed ?? 0),
    );
    expect(completionDays.length).toBeGreaterThan(10);
    expect(summary.children.filter((c: { total: number }) => c.total > 0).length).toBeGreaterThan(10);

    // The ward's own review is past its deadline: on time, late and overdue, all inside phường Lào Cai.
    expect(Date.parse(ward.deadlineAt)).toBeLessThan(now);
    const own = (await api(t, admin).get(`/api/compliance/summary?campaignId=${ward.id}`).expect(200)).body;
    expect(own.totals.complete).toBeGreaterThan(0);
    expect(own.totals.completeLate).toBeGreaterThan(0);
    expect(own.totals.overdue).toBeGreaterThan(0);
    const wardUnit = own.children.find((c: { name: string }) => c.name === 'Ủy ban nhân dân phường Lào Cai');
    expect(wardUnit.overdue).toBe(own.totals.overdue);
    expect(own.children.filter((c: { total: number }) => c.total > 0)).toHaveLength(1);
  });

  it('has a few records verified after their confirmation and one reminder already sent', async () => {
    const verified: { confirmed_at: unknown; verified_at: unknown }[] = await t.dataSource.query(
      'SELECT confirmed_at, verified_at FROM officers WHERE verified_at IS NOT NULL',
    );
    expect(verified.length).toBeGreaterThan(3);
    expect(verified.length).toBeLessThan(60);
    const time = (value: unknown) => (value instanceof Date ? value.getTime() : Date.parse(String(value)));
    expect(verified.every((o) => time(o.verified_at) >= time(o.confirmed_at))).toBe(true);

    const officer = await bearer(t, 'officer');
    const notifications = (await api(t, officer).get('/api/me/notifications').expect(200)).body.data as {
      title: string;
      createdAt: string;
    }[];
    expect(notifications).toHaveLength(1);
    expect(notifications[0].title).toMatch(/^Nhắc nhở: cập nhật thông tin cá nhân trước/);
    expect(Date.now() - Date.parse(notifications[0].createdAt)).toBeGreaterThan(DAY);

    const supervisor = await bearer(t, 'supervisor');
    const [province] = (
      await api(t, supervisor).get('/api/campaigns?status=active&sort=deadlineAt&order=DESC').expect(200)
    ).body.data;
    const rows = (
      await t
        .http()
        .get(
          `/api/compliance/officers?campaignId=${province.id}&status=incomplete&q=${encodeURIComponent('Nguyễn Thị Hoa')}`,
        )
        .set(supervisor)
        .expect(200)
    ).body.data;
    const hoa = rows.find((o: { username: string }) => o.username === 'officer');
    expect(hoa).toMatchObject({ remindedAt: notifications[0].createdAt, remindable: true });
  });

  it('gives every seeded officer the search text and name sort key the API writes', async () => {
    expect(await staleDerivedColumns(t.dataSource)).toEqual([]);
  });

  it('does not seed twice', async () => {
    const { DemoSeeder } = await import('./demo-seeder');
    expect(await t.app.get(DemoSeeder).seedIfEmpty()).toBe(false);
  });
});
