import { bearer } from '../src/testing/test-app';
import { sharedTestApp } from '../src/testing/shared-test-app';
import { api } from '../src/testing/api-client';

describe('requests of the wrong shape: methods, sanity after authorization, prototype keys', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  let admin: { Authorization: string };
  let officer: { Authorization: string };
  beforeAll(async () => {
    admin = await bearer(t, 'admin');
    officer = await bearer(t, 'officer');
  });

  it('answers an unsupported method on an existing path with 405 and Allow, an unknown path still with 404', async () => {
    const login = await api(t).delete('/api/auth/login').expect(405);
    expect(login.headers.allow).toBe('POST');
    expect(login.body).toMatchObject({ statusCode: 405, code: 'METHOD_NOT_ALLOWED' });
    const campaigns = await api(t, admin).put('/api/campaigns').expect(405);
    expect(campaigns.headers.allow).toBe('GET, HEAD, POST');
    expect((await api(t, admin).delete('/api/campaigns/1/activate').expect(405)).headers.allow).toBe('POST');
    await api(t, admin).delete('/api/no-such-route').expect(404);
  });

  it('refuses an officer before looking at the body: a NUL in a key gets 403, without echoing the key', async () => {
    const res = await api(t, officer)
      .post('/api/campaigns')
      .set('Content-Type', 'application/json')
      .send('{"na\\u0000me": "x"}')
      .expect(403);
    expect(JSON.stringify(res.body)).not.toContain('na');
    const admitted = await api(t, admin)
      .post('/api/campaigns')
      .set('Content-Type', 'application/json')
      .send('{"na\\u0000me": "x"}')
      .expect(400);
    expect(admitted.body.errors[0]).toMatchObject({ code: 'INVALID_CHARACTER' });
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a %s key like every other unknown field, per field',
    async (key) => {
      const body = `{"name": "Phòng Thử", "code": "PT-${key.length}", "kind": "team", "parentId": 1, "${key}": {"isAdmin": true}}`;
      const res = await api(t, admin).post('/api/units').set('Content-Type', 'application/json').send(body).expect(400);
      expect(res.body.errors).toEqual([
        { field: key, code: 'FIELD_NOT_ALLOWED', message: 'Trường này không được phép gửi lên.' },
      ]);
      const nested = await api(t, admin)
        .post('/api/units')
        .set('Content-Type', 'application/json')
        .send(`{"name": {"${key}": 1}}`)
        .expect(400);
      expect(nested.body.errors).toContainEqual({
        field: `name.${key}`,
        code: 'FIELD_NOT_ALLOWED',
        message: 'Trường này không được phép gửi lên.',
      });
    },
  );
});
