import { bearer } from '../testing/test-app';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

/** A user's text is matched as written (never a LIKE pattern), and a date that is not on the calendar is refused. */
describe('search text and dates are taken literally', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  let admin: { Authorization: string };
  const names = ['Đợt 100% hồ sơ', 'Đợt cập_nhật', 'Đợt C:\\dữ liệu', 'Đợt thường niên'];

  beforeAll(async () => {
    admin = await bearer(t, 'admin');
    const units = (await api(t, admin).get('/api/units?perPage=1000')).body.data as {
      id: number;
      code: string;
    }[];
    const unitId = units.find((u) => u.code === 'T15-SYT')!.id;
    for (const name of names) {
      await api(t, admin)
        .post('/api/campaigns', {
          name,
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
          deadlineAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
          requiredItems: ['phone'],
          targets: [{ unitId }],
        })
        .expect(201);
    }
  });

  const campaignsMatching = async (q: string) =>
    (
      (
        await api(t, admin)
          .get(`/api/campaigns?perPage=100&q=${encodeURIComponent(q)}`)
          .expect(200)
      ).body.data as { name: string }[]
    )
      .map((c) => c.name)
      .filter((name) => names.includes(name));

  it.each([
    ['%', ['Đợt 100% hồ sơ']],
    ['_', ['Đợt cập_nhật']],
    ['\\', ['Đợt C:\\dữ liệu']],
    ['c:\\D', ['Đợt C:\\dữ liệu']],
  ])('campaign search for %j finds only names holding it', async (q, expected) => {
    expect((await campaignsMatching(q)).sort()).toEqual([...expected].sort());
  });

  it.each([
    '/api/audit?from=2026-02-30',
    '/api/audit?to=2025-02-29T10:00:00Z',
    '/api/login-events?from=2026-04-31',
    '/api/audit/export?format=csv&from=2026-13-01',
  ])('refuses an impossible calendar date in %s with 400 per field', async (url) => {
    const res = await api(t, admin).get(url).expect(400);
    const field = /[?&](from|to)=/.exec(url)![1];
    expect(res.body.errors).toEqual([expect.objectContaining({ field, code: 'INVALID_FILTER' })]);
  });

  it('still accepts real dates, 29/02 of a leap year included', async () => {
    await api(t, admin).get('/api/audit?from=2024-02-29&to=2026-12-31').expect(200);
    await api(t, admin).get('/api/login-events?from=2024-02-29T08:00:00Z').expect(200);
  });

  it('refuses a campaign starting on 30/02 with 400 on that field', async () => {
    const res = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Ngày không có',
        startsAt: '2027-02-30T08:00',
        deadlineAt: '2027-03-10T17:00',
        requiredItems: ['phone'],
        targets: [{ unitId: 1 }],
      })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['startsAt']);
    expect(res.body.errors[0].message).toMatch(
      /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i,
    );
  });
});
