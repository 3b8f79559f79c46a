import { bearer } from '../src/testing/test-app';
import { sharedTestApp } from '../src/testing/shared-test-app';
import { api } from '../src/testing/api-client';

describe('health when the database is gone', () => {
  const t = sharedTestApp({ seed: true });

  it('turns health red with 503 and answers data requests with 503 in the standard shape', async () => {
    await api(t).get('/api/health').expect(200);
    const auth = await bearer(t, 'officer');
    await t.dataSource.destroy();
    const health = await api(t).get('/api/health').expect(503);
    expect(health.body).toMatchObject({ statusCode: 503, code: expect.any(String), message: expect.any(String) });
    const list = await api(t, auth).get('/api/units');
    expect(list.status).toBe(503);
    expect(list.body.code).toBe('DATABASE_UNAVAILABLE');
    await t.dataSource.initialize();
    await api(t).get('/api/health').expect(200);
  });
});
