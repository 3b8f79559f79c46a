import { Officer } from '../accounts/officer.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { RecoveryCode } from '../auth/session-records.entity';
import { placeholders } from '../database/sql-values';
import { staleDerivedColumns } from '../testing/derived-columns';
import { bearer, createTestApp, DEMO_PASSWORD, TestApp } from '../testing/test-app';

describe('administering staff accounts', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let unitAdmin: { Authorization: string };
  let supervisor: { Authorization: string };
  const unitId = async (code: string) =>
    (await t.http().get('/api/units?perPage=1000').set(admin)).body.data.find((u: { code: string }) => u.code === code)
      .id as number;

  beforeAll(async () => {
    t = await createTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
    admin = await bearer(t, 'admin');
    unitAdmin = await bearer(t, 'unitadmin');
    supervisor = await bearer(t, 'supervisor');
  });
  afterAll(() => t.close());

  it('lets a unit admin create an account in their subtree, shown once with its activation code, that the officer activates', async () => {
    const res = await t
      .http()
      .post('/api/officers')
      .set(unitAdmin)
      .send({
        username: 'Duc.PM',
        fullName: 'Phạm  Minh   Đức',
        unitId: await unitId('T15-X02647-KT'),
        roles: ['officer'],
        phone: '+84 912 000 111',
      })
      .expect(201);
    expect(res.body.officer).toMatchObject({
      username: 'duc.pm',
      fullName: 'Phạm Minh Đức',
      status: 'pending_activation',
      phone: '0912000111',
      roles: ['officer'],
    });
    expect(res.body.activationCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(
      JSON.stringify((await t.http().get(`/api/officers/${res.body.officer.id}`).set(unitAdmin)).body),
    ).not.toContain(res.body.activationCode);
    await t
      .http()
      .post('/api/auth/activate')
      .send({ username: 'duc.pm', code: res.body.activationCode, newPassword: 'Phuong-LaoCai-2026' })
      .expect(200);
  });

  it('keeps a unit admin inside their subtree and away from the admin role', async () => {
    const outside = await t
      .http()
      .post('/api/officers')
      .set(unitAdmin)
      .send({
        username: 'ngoai.pham.vi',
        fullName: 'Ngoài Phạm Vi',
        unitId: await unitId('T15-SYT'),
        roles: ['officer'],
      })
      .expect(403);
    expect(outside.body.code).toBe('OUT_OF_SCOPE');
    const grant = await t
      .http()
      .post('/api/officers')
      .set(unitAdmin)
      .send({
        username: 'muon.lam.admin',
        fullName: 'Muốn Làm Quản Trị',
        unitId: await unitId('T15-X02647'),
        roles: ['admin'],
      })
      .expect(403);
    expect(grant.body.code).toBe('CANNOT_GRANT_ADMIN');
    const list = await t.http().get('/api/officers?perPage=100').set(unitAdmin).expect(200);
    expect(list.body.data.map((o: { username: string }) => o.username).sort()).toEqual([
      'duc.pm',
      'newofficer',
      'unitadmin',
    ]);
  });

  it('lets a supervisor read their unit’s officers but change nothing', async () => {
    const list = await t.http().get('/api/officers').set(supervisor).expect(200);
    expect(list.body.data.map((o: { username: string }) => o.username).sort()).toEqual(['officer', 'supervisor']);
    const officer = list.body.data.find((o: { username: string }) => o.username === 'officer');
    expect((await t.http().post(`/api/officers/${officer.id}/lock`).set(supervisor).expect(403)).body.code).toBe(
      'ROLE_REQUIRED',
    );
    expect(
      (
        await t
          .http()
          .post('/api/officers')
          .set(supervisor)
          .send({ username: 'x.y.z', fullName: 'Không Được', unitId: officer.unitId, roles: ['officer'] })
          .expect(403)
      ).body.code,
    ).toBe('ROLE_REQUIRED');
  });

  it('finds the same people with or without diacritics, and a phone however it is typed', async () => {
    const accented = await t
      .http()
      .get(`/api/officers?q=${encodeURIComponent('Phạm Minh Đức')}`)
      .set(admin)
      .expect(200);
    const plain = await t.http().get('/api/officers?q=pham minh duc').set(admin).expect(200);
    expect(plain.body.data.map((o: { id: number }) => o.id)).toEqual(
      accented.body.data.map((o: { id: number }) => o.id),
    );
    expect(plain.body.data.map((o: { username: string }) => o.username)).toContain('duc.pm');
    const phone = await t
      .http()
      .get(`/api/officers?q=${encodeURIComponent('+84 912 000 111')}`)
      .set(admin)
      .expect(200);
    expect(phone.body.data.map((o: { username: string }) => o.username)).toEqual(['duc.pm']);
  });

  it('filters by unit subtree, role and status, and refuses fields outside the whitelist', async () => {
    const ward = await t
      .http()
      .get(`/api/officers?unitId=${await unitId('T15-X02647')}&role=officer&status=active`)
      .set(admin)
      .expect(200);
    expect(ward.body.data.map((o: { username: string }) => o.username).sort()).toEqual([
      'duc.pm',
      'newofficer',
      'unitadmin',
    ]);
    await t.http().get('/api/officers?sort=passwordHash').set(admin).expect(400);
    await t.http().get('/api/officers?passwordHash=x').set(admin).expect(400);
  });

  it('locks an account, ending its sessions at once, and unlocks it', async () => {
    const officerToken = await bearer(t, 'officer');
    const id = (await t.http().get('/api/officers?q=officer').set(admin)).body.data.find(
      (o: { username: string }) => o.username === 'officer',
    ).id;
    await t.http().post(`/api/officers/${id}/lock`).set(admin).expect(200);
    await t.http().get('/api/auth/me').set(officerToken).expect(401);
    expect(
      (await t.http().post('/api/auth/login').send({ username: 'officer', password: DEMO_PASSWORD }).expect(423)).body
        .code,
    ).toBe('ACCOUNT_LOCKED_BY_ADMIN');
    await t.http().post(`/api/officers/${id}/unlock`).set(admin).expect(200);
    await bearer(t, 'officer');
    const trail = await t.http().get(`/api/audit?targetId=${id}&targetType=officer`).set(admin).expect(200);
    expect(trail.body.data.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['officer.lock', 'officer.unlock']),
    );
  });

  it('resets an account: new activation code, sessions revoked, old password gone', async () => {
    const token = await bearer(t, 'newofficer', 'DoiMatKhau@2026');
    const id = (await t.http().get('/api/officers?q=newofficer').set(admin)).body.data[0].id;
    const res = await t
      .http()
      .post(`/api/officers/${id}/reset`)
      .set(unitAdmin)
      .send({ resetTwoFactor: true })
      .expect(200);
    expect(res.body.officer.status).toBe('pending_activation');
    await t.http().get('/api/auth/me').set(token).expect(401);
    await t.http().post('/api/auth/login').send({ username: 'newofficer', password: 'DoiMatKhau@2026' }).expect(401);
    await t
      .http()
      .post('/api/auth/activate')
      .send({ username: 'newofficer', code: res.body.activationCode, newPassword: 'Moi-Lai-Tu-Dau-1' })
      .expect(200);
  });

  it('resets the second factor on request: secret, recovery codes and the last used step all gone', async () => {
    const created = await t
      .http()
      .post('/api/officers')
      .set(admin)
      .send({ username: 'hai.lop', fullName: 'Lý Văn Hai', unitId: await unitId('T15-SYT'), roles: ['officer'] })
      .expect(201);
    const id = created.body.officer.id;
    await t.dataSource.manager.update(Officer, id, {
      totpEnabled: true,
      totpSecretEncrypted: 'secret',
      totpLastStep: 7,
    });
    await t.dataSource.manager.insert(RecoveryCode, { officerId: id, codeHash: 'hash' });
    await t.http().post(`/api/officers/${id}/reset`).set(admin).send({ resetTwoFactor: true }).expect(200);
    const [row] = await t.dataSource.query(
      placeholders(
        t.dataSource,
        'SELECT totp_enabled, totp_secret_encrypted, totp_last_step FROM officers WHERE id = ?',
      ),
      [id],
    );
    expect({ ...row, totp_enabled: Boolean(row.totp_enabled) }).toEqual({
      totp_enabled: false,
      totp_secret_encrypted: null,
      totp_last_step: null,
    });
    expect(await t.dataSource.manager.countBy(RecoveryCode, { officerId: id })).toBe(0);
  });

  it('moves a selection to another unit in one go, within scope', async () => {
    const ids = (await t.http().get('/api/officers?q=duc.pm').set(admin)).body.data.map((o: { id: number }) => o.id);
    const target = await unitId('T15-X02647-VHXH');
    await t.http().post('/api/officers/bulk').set(unitAdmin).send({ action: 'move', ids, unitId: target }).expect(200);
    expect((await t.http().get(`/api/officers/${ids[0]}`).set(admin)).body.unitId).toBe(target);
    const out = await t
      .http()
      .post('/api/officers/bulk')
      .set(unitAdmin)
      .send({ action: 'move', ids, unitId: await unitId('T15-SYT') })
      .expect(403);
    expect(out.body.code).toBe('OUT_OF_SCOPE');
  });

  it('never lets a unit admin touch an admin account', async () => {
    const adminId = (await t.http().get('/api/officers?q=admin&role=admin').set(admin)).body.data[0].id;
    await t.http().post(`/api/officers/${adminId}/lock`).set(unitAdmin).expect(403);
  });

  it('lets an admin correct an officer’s e-mail and phone after creation, by the profile’s rules, audited, asking the officer to confirm again', async () => {
    const row = () =>
      t
        .http()
        .get('/api/officers?q=officer')
        .set(admin)
        .then((res) => res.body.data.find((o: { username: string }) => o.username === 'officer'));
    const officer = await bearer(t, 'officer');
    await t.http().post('/api/me/profile/confirm').set(officer).expect(200);
    const before = await row();

    const bad = await t
      .http()
      .patch(`/api/officers/${before.id}`)
      .set(admin)
      .send({ version: before.version, email: 'hoà.nt@syt.gov.vn', phone: '0241 3825 123' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'email:EMAIL_DIACRITICS',
      'phone:PHONE_LANDLINE',
    ]);

    const saved = await t
      .http()
      .patch(`/api/officers/${before.id}`)
      .set(admin)
      .send({ version: before.version, email: 'hoa.nt@syt.laocai.gov.vn', phone: '+84 988 123 456' })
      .expect(200);
    expect(saved.body).toMatchObject({ email: 'hoa.nt@syt.laocai.gov.vn', phone: '0988123456' });
    expect((await t.http().get('/api/me/profile').set(officer).expect(200)).body).toMatchObject({
      phone: '0988123456',
      confirmedAt: null,
    });
    const entry = await t.dataSource
      .getRepository(AuditEntry)
      .findOne({ where: { targetId: before.id, action: 'officer.update' }, order: { id: 'DESC' } });
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { field: 'email', before: before.email, after: 'hoa.nt@syt.laocai.gov.vn' },
        { field: 'phone', before: before.phone, after: '0988123456' },
        expect.objectContaining({ field: 'confirmedAt', after: null }),
      ]),
    );

    const cleared = await t
      .http()
      .patch(`/api/officers/${before.id}`)
      .set(admin)
      .send({ version: saved.body.version, email: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ email: null, phone: '0988123456' });
    await t
      .http()
      .patch(`/api/officers/${before.id}`)
      .set(supervisor)
      .send({ version: cleared.body.version, phone: '0912345678' })
      .expect(403);
  });

  it('files an account an admin creates or renames under its name, in the name order and the search', async () => {
    const created = await t
      .http()
      .post('/api/officers')
      .set(admin)
      .send({ username: 'ten.moi', fullName: 'Vũ Thị Ánh', unitId: await unitId('T15-SYT'), roles: ['officer'] })
      .expect(201);
    expect(await staleDerivedColumns(t.dataSource, ['ten.moi'])).toEqual([]);
    await t
      .http()
      .patch(`/api/officers/${created.body.officer.id}`)
      .set(admin)
      .send({
        version: created.body.officer.version,
        fullName: 'Vũ Thị Ánh Tuyết',
        email: 'tuyet.vt@syt.laocai.gov.vn',
      })
      .expect(200);
    expect(await staleDerivedColumns(t.dataSource)).toEqual([]);
    const found = await t
      .http()
      .get(`/api/officers?q=${encodeURIComponent('anh tuyet')}`)
      .set(admin)
      .expect(200);
    expect(found.body.data.map((o: { username: string }) => o.username)).toEqual(['ten.moi']);
    const byMail = await t.http().get('/api/officers?q=tuyet.vt@syt').set(admin).expect(200);
    expect(byMail.body.data.map((o: { username: string }) => o.username)).toEqual(['ten.moi']);
  });
});

describe('an account as the staff list shows it', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      seed: true,
      env: { LOGIN_RATE_LIMIT: '1000', PROFILE_REQUIRED_FIELDS: 'fullName,receiptAccount,receiptPassword' },
    });
  });
  afterAll(() => t.close());

  it('lists every role, what the record still misses (the receipt password once set) and no secret', async () => {
    const admin = await bearer(t, 'admin');
    const officer = await bearer(t, 'officer');
    const created = await t
      .http()
      .post('/api/officers')
      .set(admin)
      .send({
        username: 'hai.vai.tro',
        fullName: 'Lê Văn Hai',
        unitId: (await t.http().get('/api/me/profile').set(officer)).body.unitId,
        roles: ['supervisor', 'officer'],
      })
      .expect(201);
    const listed = async (q: string) =>
      (
        await t
          .http()
          .get(`/api/officers?q=${encodeURIComponent(q)}&sort=fullName&order=ASC`)
          .set(admin)
          .expect(200)
      ).body.data[0];

    const twoRoles = await listed('hai.vai.tro');
    expect(twoRoles).toMatchObject({
      id: created.body.officer.id,
      fullName: 'Lê Văn Hai',
      roles: ['officer', 'supervisor'],
      status: 'pending_activation',
      twoFactorEnabled: false,
      confirmedAt: null,
    });
    expect(new Date(twoRoles.updatedAt).toISOString()).toBe(twoRoles.updatedAt);

    expect((await listed('Nguyễn Thị Hoa')).completeness).toEqual({
      status: 'incomplete',
      missing: ['receiptAccount', 'receiptPassword'],
    });
    const { version } = (await t.http().get('/api/me/profile').set(officer)).body;
    await t
      .http()
      .patch('/api/me/profile')
      .set(officer)
      .send({ version, receiptAccount: 'hoa.nt@vnpt-invoice', receiptPassword: 'Bien-lai#2026' })
      .expect(200);
    const row = await listed('Nguyễn Thị Hoa');
    expect(row.completeness).toEqual({ status: 'complete', missing: [] });
    expect(JSON.stringify(row)).not.toMatch(/Bien-lai|receiptPassword|passwordHash/);
  });
});
