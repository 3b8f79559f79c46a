import { generate } from 'otplib';
import { bearer, DEMO_PASSWORD } from '../testing/test-app';
import { PasswordHasher } from './password-hasher';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

const WRONG = 'Sai@12345';

describe('a second factor in force cannot be removed with a bearer token alone', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });

  it('refuses a new setup while TOTP is on, and the next sign-in still asks for the code', async () => {
    const auth = await bearer(t, 'supervisor');
    const { secret } = (await api(t, auth).post('/api/me/2fa/setup').expect(200)).body;
    await api(t, auth)
      .post('/api/me/2fa/enable', { code: await generate({ secret }) })
      .expect(200);

    const again = await api(t, auth).post('/api/me/2fa/setup').expect(409);
    expect(again.body).toMatchObject({ code: 'TWO_FACTOR_ALREADY_ENABLED' });
    expect(JSON.stringify(again.body)).not.toMatch(/otpauth|secret/i);
    expect((await api(t, auth).get('/api/auth/me').expect(200)).body.twoFactorEnabled).toBe(true);
    const login = await api(t).post('/api/auth/login', { username: 'supervisor', password: DEMO_PASSWORD }).expect(200);
    expect(login.body).toEqual({ otpRequired: true, otpToken: expect.any(String) });
  });
});

describe('every check of the current password counts with sign-in failures', () => {
  const t = sharedTestApp({ seed: true, env: { LOCKOUT_THRESHOLD: '3', LOGIN_RATE_LIMIT: '1000' } });

  it('wrong passwords to turn off the second factor lock the account, and then even the right one is refused', async () => {
    const auth = await bearer(t, 'officer');
    for (let i = 0; i < 3; i++) {
      const wrong = await api(t, auth).post('/api/me/2fa/disable', { password: WRONG }).expect(400);
      expect(wrong.body.errors[0]).toMatchObject({ field: 'password', code: 'WRONG_PASSWORD' });
    }
    const locked = await api(t, auth).post('/api/me/2fa/disable', { password: DEMO_PASSWORD }).expect(423);
    expect(locked.body).toMatchObject({ code: 'ACCOUNT_LOCKED', lockedUntil: expect.any(String) });
    await api(t).post('/api/auth/login', { username: 'officer', password: DEMO_PASSWORD }).expect(423);
  });

  it('wrong current passwords when changing the password count toward the same lock', async () => {
    const auth = await bearer(t, 'unitadmin');
    for (let i = 0; i < 3; i++) {
      await api(t, auth)
        .post('/api/auth/change-password', { currentPassword: WRONG, newPassword: 'Kh0ng-Doan-Duoc!' })
        .expect(400);
    }
    await api(t).post('/api/auth/login', { username: 'unitadmin', password: DEMO_PASSWORD }).expect(423);
    await api(t, auth)
      .post('/api/auth/change-password', { currentPassword: DEMO_PASSWORD, newPassword: 'Kh0ng-Doan-Duoc!' })
      .expect(423);
  });
});

describe('password checks behind a session are rate-limited like sign-in', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '3', LOCKOUT_THRESHOLD: '100' } });

  it('answers 429 once the per-IP limit for turning off the second factor is used up', async () => {
    const auth = await bearer(t, 'officer');
    // The sign-in itself is the first of the three: one bucket for every auth route.
    for (let i = 0; i < 2; i++) await api(t, auth).post('/api/me/2fa/disable', { password: WRONG }).expect(400);
    const limited = await api(t, auth).post('/api/me/2fa/disable', { password: WRONG }).expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
  });
});

describe('lockout abuse', () => {
  const t = sharedTestApp({
    seed: true,
    env: {
      TRUST_PROXY: 'true',
      LOCKOUT_THRESHOLD: '3',
      LOCKOUT_ACCOUNT_THRESHOLD: '6',
      LOCKOUT_MINUTES: '15',
      LOGIN_RATE_LIMIT: '1000',
    },
  });
  const ATTACKER = '203.0.113.9';
  const OFFICE = '10.15.0.20';
  const from = (ip: string, username: string, password: string) =>
    api(t).post('/api/auth/login').set('X-Forwarded-For', ip).send({ username, password });
  const officerId = async (username: string) => {
    const rows: { id: number }[] = await t.dataSource.query(
      t.dataSource.options.type === 'postgres'
        ? 'SELECT id FROM officers WHERE username = $1'
        : 'SELECT id FROM officers WHERE username = ?',
      [username],
    );
    return rows[0].id;
  };

  it('answers a locked account exactly as a wrong password, and tells only the officer who knows it', async () => {
    const unknown = await from(ATTACKER, 'khongtontai', WRONG).expect(401);
    // Past the per-address threshold (3), below the account's ceiling (6): the admin still signs in elsewhere below.
    for (let i = 0; i < 4; i++) {
      const res = await from(ATTACKER, 'admin', WRONG);
      expect(res.status).toBe(401);
      expect(res.body).toEqual(unknown.body);
      expect(Object.keys(res.headers)).toEqual(expect.not.arrayContaining(['retry-after']));
    }
    // Same work as well: the password is still verified (argon2 is the whole cost of the answer) while locked.
    const verify = jest.spyOn(t.app.get(PasswordHasher), 'verify');
    await from(ATTACKER, 'admin', WRONG).expect(401);
    expect(verify).toHaveBeenCalledTimes(1);
    verify.mockRestore();
    const knows = await from(ATTACKER, 'admin', DEMO_PASSWORD).expect(423);
    expect(knows.body.code).toBe('ACCOUNT_LOCKED');
    expect(new Date(knows.body.lockedUntil).getTime() - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it('does not lock the officer out from the office network', async () => {
    for (let i = 0; i < 3; i++) await from(ATTACKER, 'supervisor', WRONG).expect(401);
    await from(ATTACKER, 'supervisor', DEMO_PASSWORD).expect(423);
    const office = await from(OFFICE, 'supervisor', DEMO_PASSWORD).expect(200);
    expect(office.body.user.username).toBe('supervisor');
  });

  it('stops a guess spread over many addresses at the account’s ceiling and tells the officer in the app and by e-mail', async () => {
    const id = await officerId('officer');
    await t.dataSource.query(
      t.dataSource.options.type === 'postgres'
        ? 'UPDATE officers SET email = $1 WHERE id = $2'
        : 'UPDATE officers SET email = ? WHERE id = ?',
      ['hoa.nt@laocai.gov.vn', id],
    );
    for (let i = 0; i < 6; i++) await from(`198.51.100.${i + 1}`, 'officer', WRONG).expect(401);
    const elsewhere = await from(OFFICE, 'officer', DEMO_PASSWORD).expect(423);
    expect(elsewhere.body.code).toBe('ACCOUNT_LOCKED');

    const admin = await bearer(t, 'admin');
    await api(t, admin).post(`/api/officers/${id}/unlock`).expect(200);
    const auth = {
      Authorization: `Bearer ${(await from(OFFICE, 'officer', DEMO_PASSWORD).expect(200)).body.accessToken}`,
    };
    const notices = (await api(t, auth).get('/api/me/notifications').expect(200)).body.data as {
      kind: string;
      title: string;
    }[];
    expect(notices.filter((n) => n.kind === 'account_locked')).toHaveLength(1);
    expect(notices[0].title).toMatch(
      /^Tài khoản tạm khóa đến \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} do đăng nhập sai nhiều lần$/,
    );
    const mail = await t.dataSource.query(
      t.dataSource.options.type === 'postgres'
        ? 'SELECT subject FROM email_outbox WHERE officer_id = $1'
        : 'SELECT subject FROM email_outbox WHERE officer_id = ?',
      [id],
    );
    expect(mail.map((m: { subject: string }) => m.subject)).toEqual([notices[0].title]);
  });

  it('lets an admin, or a unit admin in scope, lift a temporary lock, audited', async () => {
    const id = await officerId('newofficer');
    for (let i = 0; i < 3; i++) await from(ATTACKER, 'newofficer', WRONG).expect(401);
    await from(ATTACKER, 'newofficer', 'DoiMatKhau@2026').expect(423);

    const unitAdmin = await bearer(t, 'unitadmin');
    await api(t, unitAdmin)
      .post(`/api/officers/${await officerId('supervisor')}/unlock`)
      .expect(403);
    const lifted = await api(t, unitAdmin).post(`/api/officers/${id}/unlock`).expect(200);
    expect(lifted.body.status).toBe('active');
    await from(ATTACKER, 'newofficer', 'DoiMatKhau@2026').expect(200);
    await api(t, unitAdmin).post(`/api/officers/${id}/unlock`).expect(409);

    const trail = await api(t)
      .get(`/api/audit?targetId=${id}&targetType=officer`)
      .set(await bearer(t, 'admin'))
      .expect(200);
    expect(trail.body.data[0]).toMatchObject({
      action: 'officer.unlock',
      changes: [{ field: 'lockedUntil', before: expect.any(String), after: null }],
    });
  });
});

describe('logging out', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });

  const login = async () => {
    const res = await api(t).post('/api/auth/login', { username: 'officer', password: DEMO_PASSWORD }).expect(200);
    const cookie = ((res.headers['set-cookie'] as unknown as string[]) ?? [])
      .find((c) => c.startsWith('motcua_refresh='))!
      .split(';')[0];
    return { auth: { Authorization: `Bearer ${res.body.accessToken}` }, cookie };
  };

  it('ends the session’s access token at once, and only that session’s', async () => {
    const other = await login();
    const mine = await login();
    await api(t, mine.auth).get('/api/auth/me').expect(200);
    await api(t).post('/api/auth/logout').set('Cookie', mine.cookie).expect(204);
    const after = await api(t, mine.auth).get('/api/auth/me').expect(401);
    expect(after.body.code).toBe('UNAUTHENTICATED');
    await api(t, other.auth).get('/api/auth/me').expect(200);
  });

  it('a rotated session keeps working until it is ended', async () => {
    const mine = await login();
    const refreshed = await api(t).post('/api/auth/refresh').set('Cookie', mine.cookie).expect(200);
    const auth = { Authorization: `Bearer ${refreshed.body.accessToken}` };
    await api(t, auth).get('/api/auth/me').expect(200);
    await api(t, mine.auth).get('/api/auth/me').expect(200);
    await api(t).post('/api/auth/logout').set('Cookie', refreshed.headers['set-cookie'][0].split(';')[0]).expect(204);
    await api(t, mine.auth).get('/api/auth/me').expect(401);
    await api(t, auth).get('/api/auth/me').expect(401);
  });
});
