import { bearer } from '../testing/test-app';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

describe('one auth rate limit per IP, shared by every auth route', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '3' } });

  it('counts sign-in, activation and the OTP step in one bucket of the shared store, and refresh in its own', async () => {
    await api(t).post('/api/auth/login', { username: 'x', password: 'y' }).expect(401);
    await api(t).post('/api/auth/activate', {});
    await api(t).post('/api/auth/otp', {});
    for (const path of ['login', 'activate', 'otp']) {
      const res = await api(t).post(`/api/auth/${path}`, {});
      expect({ path, status: res.status }).toEqual({ path, status: 429 });
    }
    await api(t).post('/api/auth/refresh').expect(401);
    const buckets: { key: string; hits: number | string }[] = await t.dataSource.query(
      'SELECT key, hits FROM rate_limits',
    );
    expect(buckets.filter((b) => b.key.startsWith('default:')).map((b) => Number(b.hits))).toEqual([6]);
    expect(buckets.filter((b) => b.key.startsWith('refresh:')).map((b) => Number(b.hits))).toEqual([1]);
  });
});

describe('the routes behind a session count in the same auth bucket as sign-in', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '3', LOCKOUT_THRESHOLD: '100' } });

  it('a sign-in, a password change and a 2FA check use up the limit for activation and sign-in too', async () => {
    const auth = await bearer(t, 'officer');
    await api(t, auth)
      .post('/api/auth/change-password', { currentPassword: 'Sai@12345', newPassword: 'Moi@123456789' })
      .expect(400);
    await api(t, auth).post('/api/me/2fa/disable', { password: 'Sai@12345' }).expect(400);
    await api(t).post('/api/auth/activate', {}).expect(429);
    await api(t).post('/api/auth/login', { username: 'officer', password: 'x' }).expect(429);
    await api(t, auth).get('/api/auth/me').expect(200);
  });
});
