import sharp from 'sharp';
import { buildCitizenId } from '@motcua/domain';
import { bearer, createTestApp, TestApp } from '../testing/test-app';

type Headers = { Authorization: string };

describe('a supervisor’s verification and send-back', () => {
  let t: TestApp;
  let admin: Headers;
  let supervisor: Headers;
  let officer: Headers;
  let officerId: number;
  let supervisorId: number;
  const me = async () => (await t.http().get('/api/me/profile').set(officer).expect(200)).body;
  const patchMe = async (body: object) =>
    t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version: (await me()).version, ...body })
      .expect(200);
  const verify = () => t.http().post(`/api/officers/${officerId}/verify`).set(supervisor);

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    admin = await bearer(t, 'admin');
    supervisor = await bearer(t, 'supervisor');
    officer = await bearer(t, 'officer');
    officerId = (await me()).id;
    supervisorId = (await t.http().get('/api/auth/me').set(supervisor).expect(200)).body.id;
    await patchMe({
      gender: 'female',
      birthDate: '1990-04-15',
      citizenId: buildCitizenId('010', 'female', 1990, '000111'),
      phone: '0912345678',
    });
  });
  afterAll(() => t.close());

  it('says what was verified, by whom and when, on the record and in the list', async () => {
    const before = Date.now();
    const verified = (await verify().expect(200)).body;
    expect(verified.verification).toEqual({
      at: expect.any(String),
      by: { id: supervisorId, fullName: expect.any(String) },
      fields: ['fullName', 'birthDate', 'gender', 'citizenId'],
    });
    expect(Date.parse(verified.verification.at)).toBeGreaterThanOrEqual(before - 1000);
    const row = (await t.http().get(`/api/officers/${officerId}`).set(admin).expect(200)).body;
    expect(row.verifiedByName).toBe(verified.verification.by.fullName);
    expect((await me()).verification.by.fullName).toBe(verified.verification.by.fullName);
  });

  it('keeps the verification when the photo or the phone change, and withdraws it when the identity does', async () => {
    await t
      .http()
      .put('/api/me/avatar')
      .set(officer)
      .attach(
        'file',
        await sharp({ create: { width: 300, height: 300, channels: 3, background: '#888' } })
          .png()
          .toBuffer(),
        'a.png',
      )
      .expect(200);
    await t.http().delete('/api/me/avatar').set(officer).expect(204);
    await patchMe({ phone: '0987654321', address: 'Số 1 Hoàng Liên, Lào Cai' });
    expect((await me()).verification).not.toBeNull();

    await patchMe({ birthDate: '1990-04-16' });
    expect((await me()).verification).toBeNull();
    expect((await me()).verifiedAt).toBeNull();
  });

  it('withdraws it when an admin renames the officer', async () => {
    await verify().expect(200);
    const row = (await t.http().get(`/api/officers/${officerId}`).set(admin)).body;
    await t
      .http()
      .patch(`/api/officers/${officerId}`)
      .set(admin)
      .send({ version: row.version, unitId: row.unitId })
      .expect(200);
    expect((await me()).verification).not.toBeNull();
    const again = (await t.http().get(`/api/officers/${officerId}`).set(admin)).body;
    const renamed = await t
      .http()
      .patch(`/api/officers/${officerId}`)
      .set(admin)
      .send({ version: again.version, fullName: 'Nguyễn Thị Hòa' })
      .expect(200);
    expect(renamed.body.verifiedAt).toBeNull();
    expect((await me()).verification).toBeNull();
  });

  it('sends a record back with a reason the officer reads on the profile and in a notification', async () => {
    await verify().expect(200);
    await t.http().post('/api/me/profile/confirm').set(officer).expect(200);
    const reason = 'Ảnh đại diện chưa rõ mặt, đề nghị tải ảnh chân dung mới.';
    const sent = (
      await t
        .http()
        .post(`/api/officers/${officerId}/send-back`)
        .set(supervisor)
        .send({ reason: `  ${reason} ` })
        .expect(200)
    ).body;
    expect(sent.sendBack).toEqual({
      at: expect.any(String),
      by: { id: supervisorId, fullName: expect.any(String) },
      reason,
    });
    expect(sent.verification).toBeNull();
    expect(sent.confirmedAt).toBeNull();
    expect((await me()).sendBack.reason).toBe(reason);
    expect((await t.http().get(`/api/officers/${officerId}`).set(admin)).body.returnedAt).toEqual(expect.any(String));

    const notifications = (await t.http().get('/api/me/notifications').set(officer).expect(200)).body.data;
    expect(notifications[0]).toMatchObject({ kind: 'send_back', title: 'Hồ sơ cần bổ sung', readAt: null });
    expect(notifications[0].body).toContain(reason);
    expect(notifications[0].body).toContain(sent.sendBack.by.fullName);

    // Confirming the record again answers the request.
    await t.http().post('/api/me/profile/confirm').set(officer).expect(200);
    expect((await me()).sendBack).toBeNull();
  });

  it('asks for a reason the officer can act on, field by field', async () => {
    for (const [body, code] of [
      [{}, 'REQUIRED'],
      [{ reason: '   ' }, 'REQUIRED'],
      [{ reason: 'Sai' }, 'TOO_SHORT'],
      [{ reason: 'x'.repeat(501) }, 'TOO_LONG'],
    ] as const) {
      const res = await t.http().post(`/api/officers/${officerId}/send-back`).set(supervisor).send(body).expect(400);
      expect(res.body.errors).toEqual([{ field: 'reason', code, message: expect.stringMatching(/[ýầ]/) }]);
    }
  });

  it('refuses a supervisor who verifies or sends back their own record, and an officer who tries either', async () => {
    for (const path of ['verify', 'unverify']) {
      const res = await t.http().post(`/api/officers/${supervisorId}/${path}`).set(supervisor).expect(403);
      expect(res.body.code).toBe('OWN_RECORD');
    }
    const own = await t
      .http()
      .post(`/api/officers/${supervisorId}/send-back`)
      .set(supervisor)
      .send({ reason: 'Tự yêu cầu bổ sung' })
      .expect(403);
    expect(own.body.code).toBe('OWN_RECORD');
    await t
      .http()
      .post(`/api/officers/${officerId}/send-back`)
      .set(officer)
      .send({ reason: 'Không có quyền' })
      .expect(403);
  });

  it('withdraws it when an import changes the identity, not when it changes the phone', async () => {
    const headers = [
      'Tên đăng nhập',
      'Họ và tên',
      'Giới tính',
      'Ngày sinh',
      'Số CCCD',
      'Số điện thoại',
      'Email',
      'Mã đơn vị',
      'Vai trò',
    ];
    const record = await me();
    const csv = (birthDate: string, phone: string) =>
      Buffer.from(
        `${headers.join(',')}\r\nofficer,${record.fullName},Nữ,${birthDate},${record.citizenId},${phone},,T15-SYT,Cán bộ\r\n`,
        'utf8',
      );
    const commit = (file: Buffer) =>
      t.http().post('/api/officers/import?mode=commit').set(admin).attach('file', file, 'can-bo.csv').expect(200);
    await verify().expect(200);
    const [y, m, d] = String(record.birthDate).split('-');
    await commit(csv(`${d}/${m}/${y}`, '0977111222'));
    expect((await me()).phone).toBe('0977111222');
    expect((await me()).verification).not.toBeNull();
    await commit(csv(`0${Number(d) === 1 ? 2 : 1}/${m}/${y}`, '0977111222'));
    expect((await me()).verification).toBeNull();
  });
});
