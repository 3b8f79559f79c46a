import sharp from 'sharp';
import { buildCitizenId, officerNameSortKey } from '@motcua/domain';
import { Officer } from '../accounts/officer.entity';
import { staleDerivedColumns } from '../testing/derived-columns';
import { bearer, binaryBody, createTestApp, TestApp } from '../testing/test-app';

describe('the officer’s own profile', () => {
  let t: TestApp;
  let officer: { Authorization: string };
  let supervisor: { Authorization: string };
  let admin: { Authorization: string };
  const me = async () => (await t.http().get('/api/me/profile').set(officer).expect(200)).body;
  const patch = async (body: object, status: number) => {
    const { version } = await me();
    return t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version, ...body })
      .expect(status);
  };

  beforeAll(async () => {
    t = await createTestApp({
      seed: true,
      env: {
        LOGIN_RATE_LIMIT: '1000',
        PROFILE_REQUIRED_FIELDS: 'fullName,gender,birthDate,citizenId,phone',
        PROFILE_DEADLINE: '2099-12-31',
      },
    });
    officer = await bearer(t, 'officer');
    supervisor = await bearer(t, 'supervisor');
    admin = await bearer(t, 'admin');
  });
  afterAll(() => t.close());

  it('shows the record with what is still missing and the days left', async () => {
    const profile = await me();
    expect(profile).toMatchObject({
      username: 'officer',
      fullName: 'Nguyễn Thị Hoa',
      citizenId: null,
      receiptPasswordSet: false,
      confirmedAt: null,
      verifiedAt: null,
    });
    expect(profile.completeness).toEqual([
      expect.objectContaining({
        campaignId: null,
        status: 'incomplete',
        missing: ['gender', 'birthDate', 'citizenId', 'phone'],
        daysLeft: expect.any(Number),
      }),
    ]);
    expect(profile.completeness[0].daysLeft).toBeGreaterThan(1000);
  });

  it('lists every failing field at once, with Vietnamese messages and stable codes', async () => {
    const res = await patch(
      {
        fullName: 'X',
        gender: 'other',
        birthDate: '2023-02-29',
        email: 'an@',
        citizenId: '123456789',
        phone: '02438251234',
        defaultPage: '/units',
      },
      400,
    );
    const codes = Object.fromEntries(res.body.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
    expect(codes).toEqual({
      fullName: 'NAME_LENGTH',
      gender: 'GENDER_INVALID',
      birthDate: 'BIRTHDATE_FORMAT',
      email: 'EMAIL_FORMAT',
      citizenId: 'CCCD_OLD_CMND',
      phone: 'PHONE_LANDLINE',
      defaultPage: 'DEFAULT_PAGE_NOT_ALLOWED',
    });
    expect(res.body.errors.find((e: { field: string }) => e.field === 'citizenId').message).toMatch(/CMND 9 chữ số/);
    expect((await me()).fullName).toBe('Nguyễn Thị Hoa');
  });

  it('saves a valid record: phone normalised, CCCD checked against the stored birth date and gender', async () => {
    await patch({ gender: 'female', birthDate: '1990-04-15' }, 200);
    const mismatch = await patch({ citizenId: buildCitizenId('001', 'female', 1991, '123456') }, 400);
    expect(mismatch.body.errors).toEqual([expect.objectContaining({ field: 'citizenId', code: 'CCCD_YEAR_MISMATCH' })]);
    const ok = await patch(
      {
        citizenId: buildCitizenId('001', 'female', 1990, '123456'),
        phone: '+84 912 345 678',
        email: 'Hoa.Nguyen@SYT.LaoCai.GOV.VN',
        defaultPage: '/profile',
      },
      200,
    );
    expect(ok.body).toMatchObject({
      phone: '0912345678',
      email: 'Hoa.Nguyen@syt.laocai.gov.vn',
      citizenId: '001190123456',
      defaultPage: '/profile',
    });
    expect(ok.body.completeness[0]).toMatchObject({ status: 'complete', missing: [] });
  });

  it('answers a stale version with 409 and the current record', async () => {
    const current = await me();
    await t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version: current.version, address: 'Phường Lào Cai' })
      .expect(200);
    const stale = await t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version: current.version, address: 'Khác' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { address: 'Phường Lào Cai', version: current.version + 1 },
    });
  });

  it('lets exactly one of two concurrent edits with the same version win', async () => {
    const { version } = await me();
    const results = await Promise.all(
      ['Địa chỉ A', 'Địa chỉ B'].map((address) =>
        t.http().patch('/api/me/profile').set(officer).send({ version, address }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await me()).version).toBe(version + 1);
  });

  it('refuses a CCCD another account already uses without saying whose', async () => {
    const supervisorCccd = buildCitizenId('010', 'male', 1980, '654321');
    const sv = (await t.http().get('/api/me/profile').set(supervisor)).body;
    await t
      .http()
      .patch('/api/me/profile')
      .set(supervisor)
      .send({ version: sv.version, gender: 'male', birthDate: '1980-01-01', citizenId: supervisorCccd })
      .expect(200);
    const taken = await patch({ gender: 'male', birthDate: '1980-01-01', citizenId: supervisorCccd }, 409);
    expect(taken.body.code).toBe('CCCD_TAKEN');
    expect(JSON.stringify(taken.body)).not.toMatch(/supervisor|Giám/);
  });

  it('keeps the receipt password write-only, encrypted, and out of every response and audit entry', async () => {
    const secret = 'BienLai#Bi-Mat-2026';
    const res = await patch({ receiptAccount: 'hoa.nt@vnpt-invoice', receiptPassword: secret }, 200);
    expect(res.body.receiptPasswordSet).toBe(true);
    expect(JSON.stringify(res.body)).not.toContain(secret);
    const stored = await t.dataSource
      .createQueryBuilder(Officer, 'o')
      .addSelect('o.receiptPasswordEncrypted')
      .where("o.username = 'officer'")
      .getOneOrFail();
    expect(stored.receiptPasswordEncrypted).toMatch(/^v1:/);
    expect(stored.receiptPasswordEncrypted).not.toContain(secret);
    const history = await t.http().get('/api/me/audit?field=receiptPassword').set(officer).expect(200);
    expect(history.body.data[0].changes).toContainEqual({
      field: 'receiptPassword',
      before: null,
      after: 'đã thay đổi',
    });
    const everything = [
      JSON.stringify(await me()),
      JSON.stringify((await t.http().get('/api/audit?perPage=100').set(admin)).body),
      JSON.stringify(await t.dataSource.query('SELECT * FROM audit_entries')),
    ];
    for (const text of everything) expect(text).not.toContain(secret);
    const cleared = await patch({ receiptPassword: '' }, 200);
    expect(cleared.body.receiptPasswordSet).toBe(false);
  });

  it('records confirmation and clears it when a required field changes later', async () => {
    const confirmed = await t.http().post('/api/me/profile/confirm').set(officer).expect(200);
    expect(confirmed.body.confirmedAt).toEqual(expect.any(String));
    const unrelated = await patch({ address: 'Số 1 Hoàng Liên' }, 200);
    expect(unrelated.body.confirmedAt).not.toBeNull();
    const changed = await patch({ phone: '0987654321' }, 200);
    expect(changed.body.confirmedAt).toBeNull();
  });

  it('lets an in-scope supervisor verify, and a later CCCD change clears the badge', async () => {
    const target = await me();
    const verified = await t.http().post(`/api/officers/${target.id}/verify`).set(supervisor).expect(200);
    expect(verified.body).toMatchObject({ verifiedAt: expect.any(String), verifiedBy: expect.any(Number) });
    await patch({ address: 'Không liên quan' }, 200);
    expect((await me()).verifiedAt).not.toBeNull();
    await patch(
      { gender: 'female', birthDate: '1990-04-15', citizenId: buildCitizenId('001', 'female', 1990, '222222') },
      200,
    );
    const after = await me();
    expect(after.verifiedAt).toBeNull();
    const trail = await t.http().get(`/api/audit?targetId=${target.id}&field=verifiedAt`).set(admin).expect(200);
    expect(trail.body.data[0].changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'verifiedAt', after: null })]),
    );
  });

  it('keeps supervisors inside their subtree and officers out of other records', async () => {
    const outside = await t.dataSource.getRepository(Officer).findOneByOrFail({ username: 'unitadmin' });
    const verify = await t.http().post(`/api/officers/${outside.id}/verify`).set(supervisor).expect(403);
    expect(verify.body.code).toBe('OUT_OF_SCOPE');
    const missing = await t.http().get('/api/officers/999999/profile').set(supervisor).expect(403);
    expect(missing.body).toEqual(
      verify.body.code === 'OUT_OF_SCOPE' ? expect.objectContaining({ code: 'OUT_OF_SCOPE' }) : expect.anything(),
    );
    const inside = (await me()).id;
    await t.http().get(`/api/officers/${inside}/profile`).set(supervisor).expect(200);
    await t.http().get(`/api/officers/${outside.id}/profile`).set(officer).expect(403);
    await t
      .http()
      .patch(`/api/officers/${inside}/profile`)
      .set(supervisor)
      .send({ version: 1, address: 'x' })
      .expect(403);
  });

  it('has no way to change or delete audit entries', async () => {
    await t.http().patch('/api/audit/1').set(admin).send({}).expect(404);
    await t.http().delete('/api/audit/1').set(admin).expect(404);
    await t.http().get('/api/audit').set(officer).expect(403);
  });

  it('sorts the officer under their new name in the staff list once they change it, and finds them by it', async () => {
    await patch({ fullName: 'Nguyễn Thị Yến' }, 200);
    const list = await t.http().get('/api/officers?sort=fullName&order=ASC&perPage=100').set(admin).expect(200);
    const names = list.body.data.map((o: { fullName: string }) => o.fullName);
    expect(names).toContain('Nguyễn Thị Yến');
    expect(names).toEqual(
      [...names].sort((a: string, b: string) => (officerNameSortKey(a) < officerNameSortKey(b) ? -1 : 1)),
    );
    const found = await t
      .http()
      .get(`/api/officers?q=${encodeURIComponent('yen')}`)
      .set(admin)
      .expect(200);
    expect(found.body.data.map((o: { username: string }) => o.username)).toContain('officer');
    expect(await staleDerivedColumns(t.dataSource)).toEqual([]);
  });
});

describe('avatars', () => {
  let t: TestApp;
  let officer: { Authorization: string };
  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    officer = await bearer(t, 'officer');
  });
  afterAll(() => t.close());

  const photoWithGps = () =>
    sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .withExif({
        IFD0: { Copyright: 'Nguyen Thi Hoa' },
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '21/1 30/1 0/1',
          GPSLongitudeRef: 'E',
          GPSLongitude: '105/1 50/1 0/1',
        },
      })
      .jpeg()
      .toBuffer();

  it('accepts a real photo whatever its name, re-encodes it to a 256×256 WebP and strips EXIF and GPS', async () => {
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif?.toString('latin1')).toMatch(/GPS|Nguyen/);
    const res = await t
      .http()
      .put('/api/me/avatar')
      .set(officer)
      .attach('file', original, { filename: 'anh-the.txt', contentType: 'text/plain' })
      .expect(200);
    expect(res.body.avatarUrl).toMatch(/^\/api\/avatars\/[0-9a-f]{32}$/);
    const served = await t
      .http()
      .get(res.body.avatarUrl)
      .buffer(true)
      .parse(binaryBody as never)
      .expect(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['cache-control']).toContain('max-age=31536000');
    const meta = await sharp(served.body as Buffer).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 256, height: 256 });
    expect(meta.exif).toBeUndefined();
    expect((await t.http().get('/api/me/profile').set(officer)).body.avatarUrl).toBe(res.body.avatarUrl);
  });

  it('refuses a text file renamed .jpg with a clear message', async () => {
    const res = await t
      .http()
      .put('/api/me/avatar')
      .set(officer)
      .attach('file', Buffer.from('đây không phải ảnh'), { filename: 'anh.jpg', contentType: 'image/jpeg' })
      .expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'file', code: 'AVATAR_NOT_IMAGE' });
    expect(res.body.message).toMatch(/JPEG, PNG hoặc WebP/);
  });

  it('refuses an image over 2 MB with 413', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 10, 1);
    const res = await t.http().put('/api/me/avatar').set(officer).attach('file', big, 'to.png').expect(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('deletes the avatar and its URL stops working', async () => {
    const { avatarUrl } = (await t.http().get('/api/me/profile').set(officer)).body;
    await t.http().delete('/api/me/avatar').set(officer).expect(204);
    expect((await t.http().get('/api/me/profile').set(officer)).body.avatarUrl).toBeNull();
    await t.http().get(avatarUrl).expect(404);
  });
});

describe('the default page', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  });
  afterAll(() => t.close());

  it('is returned at login so the SPA lands there', async () => {
    const officer = await bearer(t, 'supervisor');
    const me = (await t.http().get('/api/me/profile').set(officer)).body;
    await t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version: me.version, defaultPage: '/officers' })
      .expect(200);
    const login = await t
      .http()
      .post('/api/auth/login')
      .send({ username: 'supervisor', password: 'MotCua@2026' })
      .expect(200);
    expect(login.body.user.defaultPage).toBe('/officers');
  });
});
