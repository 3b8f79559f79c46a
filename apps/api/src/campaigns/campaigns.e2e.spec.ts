import { buildCitizenId } from '@motcua/domain';
import { bearer } from '../testing/test-app';
import { Campaign } from './campaign.entity';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

describe('campaigns and each officer’s standing', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  let admin: { Authorization: string };
  let officer: { Authorization: string };
  let supervisor: { Authorization: string };
  const unitId = async (code: string) =>
    (await api(t, admin).get('/api/units?perPage=1000')).body.data.find((u: { code: string }) => u.code === code)
      .id as number;
  const me = async () => (await api(t, officer).get('/api/me/profile').expect(200)).body;
  const patchMe = async (body: object) =>
    api(t, officer)
      .patch('/api/me/profile', { version: (await me()).version, ...body })
      .expect(200);
  const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  /** Time passes: the deadline is moved behind us directly, as the API refuses to set it there. */
  const letDeadlinePass = (id: number, days: number) =>
    t.dataSource.getRepository(Campaign).update(id, { deadlineAt: new Date(iso(-days)) });

  beforeAll(async () => {
    admin = await bearer(t, 'admin');
    officer = await bearer(t, 'officer');
    supervisor = await bearer(t, 'supervisor');
  });

  it('previews how many officers the chosen units reach', async () => {
    const syt = await unitId('T15-SYT');
    const res = await api(t, admin)
      .post('/api/campaigns/preview', { targets: [{ unitId: syt, includeSubtree: true }] })
      .expect(200);
    expect(res.body).toEqual({ officers: 2 });
  });

  it('moves an officer from incomplete to complete on time, and back when a CCCD change clears the verification', async () => {
    const created = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Chuẩn hóa thông tin cán bộ Sở Y tế',
        startsAt: iso(-1),
        deadlineAt: iso(10),
        requiredItems: ['fullName', 'gender', 'birthDate', 'citizenId', 'phone', 'verified'],
        targets: [{ unitId: await unitId('T15-SYT') }],
      })
      .expect(201);
    expect(created.body.status).toBe('draft');
    expect((await me()).completeness[0].campaignId).toBeNull();
    await api(t, admin).post(`/api/campaigns/${created.body.id}/activate`).expect(200);

    const before = (await me()).completeness;
    expect(before).toEqual([
      expect.objectContaining({
        campaignId: created.body.id,
        status: 'incomplete',
        daysLeft: 10,
        missing: expect.arrayContaining(['citizenId', 'phone', 'verified']),
      }),
    ]);

    await patchMe({
      gender: 'female',
      birthDate: '1990-04-15',
      citizenId: buildCitizenId('010', 'female', 1990, '000111'),
      phone: '0912345678',
    });
    expect((await me()).completeness[0]).toMatchObject({ status: 'incomplete', missing: ['verified'] });

    await api(t, supervisor)
      .post(`/api/officers/${(await me()).id}/verify`)
      .expect(200);
    const complete = (await me()).completeness[0];
    expect(complete).toMatchObject({ status: 'complete', missing: [], completedAt: expect.any(String) });

    await patchMe({ citizenId: buildCitizenId('010', 'female', 1990, '000222') });
    expect((await me()).completeness[0]).toMatchObject({
      status: 'incomplete',
      missing: ['verified'],
      completedAt: null,
    });
  });

  it('marks a record completed after the deadline as late, and an unfinished one as overdue', async () => {
    const late = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Đợt đã quá hạn',
        startsAt: iso(-30),
        deadlineAt: iso(1),
        requiredItems: ['email'],
        targets: [{ unitId: await unitId('T15-SYT') }],
      })
      .expect(201);
    await api(t, admin).post(`/api/campaigns/${late.body.id}/activate`).expect(200);
    await letDeadlinePass(late.body.id, 2);
    const entry = () =>
      me().then((p) => p.completeness.find((c: { campaignId: number }) => c.campaignId === late.body.id));
    expect(await entry()).toMatchObject({ status: 'overdue', daysLeft: -2 });
    await patchMe({ email: 'hoa.nt@syt.laocai.gov.vn' });
    expect(await entry()).toMatchObject({ status: 'complete_late' });
    await api(t, admin).post(`/api/campaigns/${late.body.id}/close`).expect(200);
    expect(await entry()).toBeUndefined();
  });

  it('refuses a deadline before the start and targets outside a unit admin’s subtree', async () => {
    const bad = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Sai ngày',
        startsAt: iso(5),
        deadlineAt: iso(1),
        requiredItems: ['phone'],
        targets: [{ unitId: await unitId('T15') }],
      })
      .expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'deadlineAt', code: 'DEADLINE_BEFORE_START' });
    const unitAdmin = await bearer(t, 'unitadmin');
    const outside = await api(t, unitAdmin)
      .post('/api/campaigns', {
        name: 'Ngoài phạm vi',
        startsAt: iso(0),
        deadlineAt: iso(5),
        requiredItems: ['phone'],
        targets: [{ unitId: await unitId('T15-SYT') }],
      })
      .expect(403);
    expect(outside.body.code).toBe('OUT_OF_SCOPE');
    await api(t, officer)
      .post('/api/campaigns', {
        name: 'Cán bộ không được tạo',
        startsAt: iso(0),
        deadlineAt: iso(5),
        requiredItems: ['phone'],
        targets: [],
      })
      .expect(403);
  });

  it('answers a date that names no moment (year 0000) with a 400 on its field, and reads a bare date as that day in Vietnam', async () => {
    const target = [{ unitId: await unitId('T15-SYT') }];
    const year0 = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Năm không',
        startsAt: iso(0),
        deadlineAt: '0000-01-01',
        requiredItems: ['phone'],
        targets: target,
      })
      .expect(400);
    expect(year0.body.errors).toEqual([
      { field: 'deadlineAt', code: 'INVALID_DATE', message: 'Ngày giờ không hợp lệ.' },
    ]);
    const bareDate = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Chỉ có ngày',
        startsAt: iso(0),
        deadlineAt: '2099-12-10',
        requiredItems: ['phone'],
        targets: target,
      })
      .expect(201);
    expect(bareDate.body.deadlineAt).toBe('2099-12-09T17:00:00.000Z');
  });

  it('refuses a deadline already past when a campaign is created, moved or started, and still lets an overdue one be renamed', async () => {
    const target = [{ unitId: await unitId('T15-SYT') }];
    const past = await api(t, admin)
      .post('/api/campaigns', {
        name: 'Hạn đã qua',
        startsAt: iso(-10),
        deadlineAt: iso(-5),
        requiredItems: ['phone'],
        targets: target,
      })
      .expect(400);
    expect(past.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [
        {
          field: 'deadlineAt',
          code: 'DEADLINE_PASSED',
          message: 'Hạn chót đã qua. Hãy chọn hạn chót sau thời điểm hiện tại.',
        },
      ],
    });

    const draft = (
      await api(t, admin)
        .post('/api/campaigns', {
          name: 'Đợt chờ bắt đầu',
          startsAt: iso(-10),
          deadlineAt: iso(3),
          requiredItems: ['phone'],
          targets: target,
        })
        .expect(201)
    ).body;
    const moved = await api(t, admin)
      .patch(`/api/campaigns/${draft.id}`, { version: draft.version, deadlineAt: iso(-1) })
      .expect(400);
    expect(moved.body.errors[0]).toMatchObject({ field: 'deadlineAt', code: 'DEADLINE_PASSED' });

    await letDeadlinePass(draft.id, 1);
    const started = await api(t, admin).post(`/api/campaigns/${draft.id}/activate`).expect(400);
    expect(started.body.errors[0]).toMatchObject({ field: 'deadlineAt', code: 'DEADLINE_PASSED' });
    expect((await api(t, admin).get(`/api/campaigns/${draft.id}`).expect(200)).body.status).toBe('draft');

    const current = (await api(t, admin).get(`/api/campaigns/${draft.id}`).expect(200)).body;
    await api(t, admin)
      .patch(`/api/campaigns/${draft.id}`, {
        version: current.version,
        name: 'Đợt chờ bắt đầu (đổi tên)',
        deadlineAt: current.deadlineAt,
      })
      .expect(200);
    const extended = (await api(t, admin).get(`/api/campaigns/${draft.id}`).expect(200)).body;
    await api(t, admin)
      .patch(`/api/campaigns/${draft.id}`, { version: extended.version, deadlineAt: iso(7) })
      .expect(200);
    await api(t, admin).post(`/api/campaigns/${draft.id}/activate`).expect(200);
  });

  it('takes a moved officer out of a campaign that no longer targets their unit', async () => {
    const list = await api(t, admin).get('/api/campaigns?status=active').expect(200);
    const campaignId = list.body.data.find((c: { name: string }) => c.name === 'Chuẩn hóa thông tin cán bộ Sở Y tế').id;
    const row = (await api(t, admin).get('/api/officers?q=officer')).body.data.find(
      (o: { username: string }) => o.username === 'officer',
    );
    await api(t, admin)
      .patch(`/api/officers/${row.id}`, { version: row.version, unitId: await unitId('T15-STP') })
      .expect(200);
    expect((await me()).completeness.map((c: { campaignId: number | null }) => c.campaignId)).not.toContain(campaignId);
  });
});
