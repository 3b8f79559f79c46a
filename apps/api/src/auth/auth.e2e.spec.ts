import { generate } from 'otplib';
import { DataSource } from 'typeorm';
import { Officer } from '../accounts/officer.entity';
import { staleDerivedColumns } from '../testing/derived-columns';
import { bearer, createTestApp, DEMO_PASSWORD, TestApp } from '../testing/test-app';
import { hashActivationCode } from './activation-code';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

const refreshCookieOf = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).find((c) => c.startsWith('motcua_refresh='));

describe('signing in', () => {
  const t = sharedTestApp({ seed: true, env: { LOCKOUT_THRESHOLD: '5', LOGIN_RATE_LIMIT: '1000' } });

  it('logs a demo officer in with a short access token, the user, and an HttpOnly refresh cookie', async () => {
    const res = await api(t).post('/api/auth/login', { username: 'OFFICER', password: DEMO_PASSWORD }).expect(200);
    expect(res.body).toMatchObject({
      accessToken: expect.any(String),
      expiresIn: 900,
      user: { username: 'officer', fullName: 'Nguyễn Thị Hoa', roles: ['officer'], mustChangePassword: false },
    });
    const cookie = refreshCookieOf(res)!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|\$argon2/);
    const me = await api(t).get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body.username).toBe('officer');
  });

  it('answers a wrong password and an unknown username with the same 401', async () => {
    const wrong = await api(t).post('/api/auth/login', { username: 'admin', password: 'Sai@12345' }).expect(401);
    const unknown = await api(t)
      .post('/api/auth/login', { username: 'khongtontai', password: 'Sai@12345' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('hashes with argon2id at OWASP’s parameters', async () => {
    const officer = await t.dataSource
      .createQueryBuilder(Officer, 'o')
      .addSelect('o.passwordHash')
      .where("o.username = 'officer'")
      .getOneOrFail();
    expect(officer.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('upgrades an old hash at the next successful login', async () => {
    const { hash } = await import('@node-rs/argon2');
    const weak = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await t.dataSource.getRepository(Officer).update({ username: 'unitadmin' }, { passwordHash: weak });
    await api(t).post('/api/auth/login', { username: 'unitadmin', password: DEMO_PASSWORD }).expect(200);
    const officer = await t.dataSource
      .createQueryBuilder(Officer, 'o')
      .addSelect('o.passwordHash')
      .where("o.username = 'unitadmin'")
      .getOneOrFail();
    expect(officer.passwordHash).toMatch(/m=19456,t=2,p=1/);
  });

  it('records every attempt in the officer’s own login history, newest first', async () => {
    const auth = await bearer(t, 'officer');
    await api(t).post('/api/auth/login', { username: 'officer', password: 'nhầm mật khẩu' }).expect(401);
    const res = await api(t, auth).get('/api/me/logins').expect(200);
    expect(res.body.data[0]).toMatchObject({ outcome: 'wrong_password', ip: expect.any(String) });
    expect(res.body.data.map((e: { outcome: string }) => e.outcome)).toContain('success');
    expect(res.body.total).toBeGreaterThanOrEqual(2);
  });

  it('a sign-in forgets earlier failures, and signing in again does not turn an open profile form into an edit conflict', async () => {
    const officers = t.dataSource.getRepository(Officer);
    await api(t).post('/api/auth/login', { username: 'officer', password: 'Sai@12345' }).expect(401);
    expect((await officers.findOneByOrFail({ username: 'officer' })).failedAttempts).toBeGreaterThan(0);
    const auth = await bearer(t, 'officer');
    expect((await officers.findOneByOrFail({ username: 'officer' })).failedAttempts).toBe(0);
    const { version } = (await api(t, auth).get('/api/me/profile').expect(200)).body;
    await api(t).post('/api/auth/login', { username: 'officer', password: DEMO_PASSWORD }).expect(200);
    await api(t, auth).patch('/api/me/profile', { version, address: 'Phường Cốc Lếu, Lào Cai' }).expect(200);
  });

  it('shows IPv4 clients as IPv4, "127.0.0.1" rather than "::ffff:127.0.0.1", also in rows stored before', async () => {
    const auth = await bearer(t, 'officer');
    const officerId = (await t.dataSource.getRepository(Officer).findOneByOrFail({ username: 'officer' })).id;
    await t.dataSource.query(
      `INSERT INTO login_events (username, officer_id, outcome, ip, user_agent) VALUES ('officer', ${officerId}, 'success', '::ffff:203.113.4.25', 'old')`,
    );
    const mine = (await api(t, auth).get('/api/me/logins?perPage=100').expect(200)).body.data as { ip: string }[];
    expect(mine.map((event) => event.ip)).toContain('203.113.4.25');
    expect(mine.every((event) => !event.ip.startsWith('::ffff:'))).toBe(true);
    const everyone = (
      await api(t)
        .get('/api/login-events?username=officer&perPage=100')
        .set(await bearer(t, 'admin'))
        .expect(200)
    ).body.data as { ip: string }[];
    expect(everyone.every((event) => /^\d{1,3}(\.\d{1,3}){3}$/.test(event.ip))).toBe(true);
  });

  it('lets only admins read everyone’s login events', async () => {
    await api(t)
      .get('/api/login-events')
      .set(await bearer(t, 'officer'))
      .expect(403);
    const res = await api(t)
      .get('/api/login-events?username=khongtontai')
      .set(await bearer(t, 'admin'))
      .expect(200);
    expect(res.body.data[0]).toMatchObject({ username: 'khongtontai', outcome: 'unknown_user', officerId: null });
  });
});

describe('lockout shared by two API instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp({
      seed: true,
      env: { LOCKOUT_THRESHOLD: '5', LOCKOUT_MINUTES: '15', LOGIN_RATE_LIMIT: '1000' },
    });
    b = await createTestApp({ database: a.database });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('locks the account after 5 consecutive failures spread over both instances, with the unlock time', async () => {
    const attempt = (t: TestApp, password: string) =>
      api(t).post('/api/auth/login', { username: 'supervisor', password });
    for (const t of [a, b, a, b, a]) expect((await attempt(t, 'Sai@12345')).status).toBe(401);
    const correct = await attempt(b, DEMO_PASSWORD);
    expect(correct.status).toBe(423);
    expect(correct.body.code).toBe('ACCOUNT_LOCKED');
    const unlock = new Date(correct.body.lockedUntil).getTime();
    expect(unlock - Date.now()).toBeGreaterThan(14 * 60_000);
    expect((await attempt(a, DEMO_PASSWORD)).status).toBe(423);
  });
});

describe('sessions', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });

  const login = async (username = 'officer') => {
    const res = await api(t).post('/api/auth/login', { username, password: DEMO_PASSWORD }).expect(200);
    return { token: res.body.accessToken as string, cookie: refreshCookieOf(res)!.split(';')[0] };
  };

  it('rotates the refresh token; reusing a rotated one revokes the whole family', async () => {
    const { cookie } = await login();
    const first = await api(t).post('/api/auth/refresh').set('Cookie', cookie).expect(200);
    const rotated = refreshCookieOf(first)!.split(';')[0];
    expect(rotated).not.toBe(cookie);
    await api(t).post('/api/auth/refresh').set('Cookie', cookie).expect(401);
    const stolen = await api(t).post('/api/auth/refresh').set('Cookie', rotated).expect(401);
    expect(stolen.body.code).toBe('SESSION_EXPIRED');
    const auth = await bearer(t, 'officer');
    const events = await api(t, auth).get('/api/me/logins?outcome=refresh_reuse').expect(200);
    expect(events.body.total).toBe(1);
  });

  it('logout revokes the refresh token', async () => {
    const { cookie } = await login();
    await api(t).post('/api/auth/logout').set('Cookie', cookie).expect(204);
    await api(t).post('/api/auth/refresh').set('Cookie', cookie).expect(401);
  });

  it('changing the password ends the other sessions at once and enforces the policy rule by rule', async () => {
    const other = await login('supervisor');
    const mine = await login('supervisor');
    const weak = await api(t)
      .post('/api/auth/change-password')
      .set('Authorization', `Bearer ${mine.token}`)
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'abc' })
      .expect(400);
    expect(weak.body.errors.map((e: { code: string }) => e.code)).toEqual(
      expect.arrayContaining(['PASSWORD_MIN_LENGTH', 'PASSWORD_UPPERCASE', 'PASSWORD_DIGIT', 'PASSWORD_SPECIAL']),
    );
    expect(weak.body.errors.every((e: { field: string }) => e.field === 'newPassword')).toBe(true);
    await api(t)
      .post('/api/auth/change-password')
      .set('Authorization', `Bearer ${mine.token}`)
      .send({ currentPassword: 'sai', newPassword: 'Kh0ng-Doan-Duoc!' })
      .expect(400);
    const changed = await api(t)
      .post('/api/auth/change-password')
      .set('Authorization', `Bearer ${mine.token}`)
      .send({ currentPassword: DEMO_PASSWORD, newPassword: 'Kh0ng-Doan-Duoc!' })
      .expect(200);
    await api(t).get('/api/auth/me').set('Authorization', `Bearer ${other.token}`).expect(401);
    await api(t).post('/api/auth/refresh').set('Cookie', other.cookie).expect(401);
    await api(t).get('/api/auth/me').set('Authorization', `Bearer ${changed.body.accessToken}`).expect(200);
  });

  it('blocks every other route with PASSWORD_CHANGE_REQUIRED until a forced change is done', async () => {
    const res = await api(t)
      .post('/api/auth/login', { username: 'newofficer', password: 'DoiMatKhau@2026' })
      .expect(200);
    expect(res.body.user.mustChangePassword).toBe(true);
    const auth = { Authorization: `Bearer ${res.body.accessToken}` };
    const blocked = await api(t, auth).get('/api/units').expect(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await api(t, auth).get('/api/auth/me').expect(200);
    const changed = await api(t, auth)
      .post('/api/auth/change-password', { currentPassword: 'DoiMatKhau@2026', newPassword: 'Moi-An-Toan-2026' })
      .expect(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    await api(t).get('/api/units').set('Authorization', `Bearer ${changed.body.accessToken}`).expect(200);
  });

  it('a disabled account cannot sign in and its tokens stop working', async () => {
    const { token } = await login('unitadmin');
    await t.dataSource.getRepository(Officer).update({ username: 'unitadmin' }, { status: 'disabled' });
    await api(t).get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(401);
    const res = await api(t).post('/api/auth/login', { username: 'unitadmin', password: DEMO_PASSWORD }).expect(403);
    expect(res.body.code).toBe('ACCOUNT_DISABLED');
  });
});

describe('activation of an account created by an admin', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  let data: DataSource;
  beforeAll(async () => {
    data = t.dataSource;
  });

  const pending = async (expiresInMs: number) => {
    const unit = await data.query(`SELECT id FROM units WHERE code = 'T15-SYT'`);
    const username = `pending${Math.floor(Math.random() * 1e6)}`;
    await data.getRepository(Officer).insert({
      username,
      fullName: 'Đỗ Văn Chờ',
      nameSortKey: 'cho do van',
      unitId: unit[0].id,
      status: 'pending_activation',
      mustChangePassword: false,
      failedAttempts: 0,
      sessionEpoch: 0,
      totpEnabled: false,
      activationCodeHash: hashActivationCode('K7P2-QX9M-Z4AB'),
      activationExpiresAt: new Date(Date.now() + expiresInMs),
    });
    return username;
  };

  it('sets the password with the one-time code and signs in; the code works once', async () => {
    const username = await pending(86_400_000);
    const res = await api(t)
      .post('/api/auth/activate', { username, code: 'k7p2 qx9m z4ab', newPassword: 'Kich-Hoat-2026' })
      .expect(200);
    expect(res.body.user.username).toBe(username);
    await api(t)
      .post('/api/auth/activate', { username, code: 'K7P2-QX9M-Z4AB', newPassword: 'Kich-Hoat-2027' })
      .expect(400);
    await api(t).post('/api/auth/login', { username, password: 'Kich-Hoat-2026' }).expect(200);
    expect(await staleDerivedColumns(data, [username])).toEqual([]);
  });

  it('refuses an expired code with the same message as a wrong one', async () => {
    const username = await pending(-1000);
    const expired = await api(t)
      .post('/api/auth/activate', { username, code: 'K7P2-QX9M-Z4AB', newPassword: 'Kich-Hoat-2026' })
      .expect(400);
    const wrong = await api(t)
      .post('/api/auth/activate', { username, code: 'WRONG-CODE', newPassword: 'Kich-Hoat-2026' })
      .expect(400);
    expect(expired.body).toEqual(wrong.body);
    expect(expired.body.code).toBe('ACTIVATION_INVALID');
  });
});

describe('two-factor authentication', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });

  it('enrols with a TOTP app, then asks for the code at login, rejects replays and accepts a recovery code once', async () => {
    const auth = await bearer(t, 'admin');
    const setup = await api(t, auth).post('/api/me/2fa/setup').expect(200);
    expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    const secret = setup.body.secret as string;
    const enabled = await api(t, auth)
      .post('/api/me/2fa/enable', { code: await generate({ secret }) })
      .expect(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);

    const first = await api(t).post('/api/auth/login', { username: 'admin', password: DEMO_PASSWORD }).expect(200);
    expect(first.body).toEqual({ otpRequired: true, otpToken: expect.any(String) });
    const replay = await api(t)
      .post('/api/auth/otp', { otpToken: first.body.otpToken, code: await generate({ secret }) })
      .expect(401);
    expect(replay.body.code).toBe('OTP_INVALID');

    const recovery = enabled.body.recoveryCodes[0];
    const ok = await api(t).post('/api/auth/otp', { otpToken: first.body.otpToken, code: recovery }).expect(200);
    expect(ok.body.user.username).toBe('admin');
    await api(t).post('/api/auth/otp', { otpToken: first.body.otpToken, code: recovery }).expect(401);
  });
});

describe('rate limit per IP', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '3' } });

  it('answers 429 with Retry-After once the limit is used up', async () => {
    for (let i = 0; i < 3; i++) await api(t).post('/api/auth/login', { username: 'x', password: 'y' }).expect(401);
    const res = await api(t).post('/api/auth/login', { username: 'x', password: 'y' }).expect(429);
    expect(res.body.code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('admins enrol a second factor at their first sign-in', () => {
  const t = sharedTestApp({ seed: true, env: { REQUIRE_ADMIN_2FA: 'true', LOGIN_RATE_LIMIT: '1000' } });

  it('lets the demo admin skip it but holds every other admin at the enrolment page', async () => {
    await api(t)
      .get('/api/units')
      .set(await bearer(t, 'admin'))
      .expect(200);
    const unitAdmin = await t.dataSource.getRepository(Officer).findOneByOrFail({ username: 'unitadmin' });
    await t.dataSource.query(
      t.dataSource.options.type === 'postgres'
        ? `INSERT INTO officer_roles (officer_id, role) VALUES ($1, 'admin')`
        : `INSERT INTO officer_roles (officer_id, role) VALUES (?, 'admin')`,
      [unitAdmin.id],
    );
    const login = await api(t).post('/api/auth/login', { username: 'unitadmin', password: DEMO_PASSWORD }).expect(200);
    expect(login.body.user.twoFactorSetupRequired).toBe(true);
    const auth = { Authorization: `Bearer ${login.body.accessToken}` };
    const held = await api(t, auth).get('/api/units').expect(403);
    expect(held.body.code).toBe('TWO_FACTOR_SETUP_REQUIRED');
    const { secret } = (await api(t, auth).post('/api/me/2fa/setup').expect(200)).body;
    await api(t, auth)
      .post('/api/me/2fa/enable', { code: await generate({ secret }) })
      .expect(200);
    expect((await api(t, auth).get('/api/auth/me').expect(200)).body.twoFactorSetupRequired).toBe(false);
    await api(t, auth).get('/api/units').expect(200);
  });
});

describe('a production start without demo data', () => {
  const t = sharedTestApp({
    env: {
      SEED_DEMO: 'false',
      ADMIN_USERNAME: 'QuanTri',
      LOGIN_RATE_LIMIT: '1000',
      ROOT_UNIT_NAME: 'Ủy ban nhân dân tỉnh Lào Cai',
    },
  });

  it('creates one admin waiting for activation with a code shown once', async () => {
    const { InitialAdminSeeder } = await import('../seed/initial-admin');
    const seeder = t.app.get(InitialAdminSeeder);
    const created = await seeder.createIfEmpty();
    expect(created).toEqual({
      username: 'quantri',
      activationCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/),
    });
    expect(await seeder.createIfEmpty()).toBeNull();
    await api(t).post('/api/auth/login', { username: 'quantri', password: 'anything' }).expect(401);
    const activated = await api(t)
      .post('/api/auth/activate', {
        username: 'quantri',
        code: created!.activationCode,
        newPassword: 'Tinh-LaoCai-2026',
      })
      .expect(200);
    expect(activated.body.user.roles).toEqual(['admin']);
    const units = await api(t)
      .get('/api/units')
      .set('Authorization', `Bearer ${activated.body.accessToken}`)
      .expect(200);
    expect(units.body.data.map((u: { name: string }) => u.name)).toEqual(['Ủy ban nhân dân tỉnh Lào Cai']);
  });

  it('files the first admin under the name sort key and search text every other officer gets', async () => {
    const { InitialAdminSeeder } = await import('../seed/initial-admin');
    await t.app.get(InitialAdminSeeder).createIfEmpty();
    expect(await staleDerivedColumns(t.dataSource, ['quantri'])).toEqual([]);
  });
});
