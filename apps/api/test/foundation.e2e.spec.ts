import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Controller, Get } from '@nestjs/common';
import { Public } from '../src/common/access/decorators';
import { bearer, createTestApp, TestApp } from '../src/testing/test-app';
import { sharedTestApp } from '../src/testing/shared-test-app';
import { api } from '../src/testing/api-client';

@Controller('test-failure')
class FailingController {
  @Get()
  @Public()
  fail(): never {
    throw new Error('secret internal detail: password=hunter2 at /srv/app/db.ts:42');
  }
}

const expectErrorShape = (body: Record<string, unknown>, statusCode: number, code: string) => {
  expect(body).toMatchObject({ statusCode, code });
  expect(typeof body.message).toBe('string');
  expect((body.message as string).length).toBeGreaterThan(0);
};

describe('the API foundation', () => {
  const t = sharedTestApp({ seed: true, extra: { controllers: [FailingController] } });

  it('reports itself healthy with the database reachable', async () => {
    const res = await api(t).get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
  });

  it('answers unknown API routes with a 404 in the standard shape', async () => {
    const res = await api(t).get('/api/khong-ton-tai').expect(404);
    expectErrorShape(res.body, 404, 'NOT_FOUND');
    expect(res.body.message).toMatch(/Không tìm thấy/);
  });

  it('answers an unexpected failure with a 500 that leaks nothing', async () => {
    const res = await api(t).get('/api/test-failure').expect(500);
    expectErrorShape(res.body, 500, 'INTERNAL_ERROR');
    expect(JSON.stringify(res.body)).not.toMatch(/hunter2|secret|db\.ts|stack/);
  });

  it('refuses malformed JSON with a Vietnamese 400', async () => {
    const res = await api(t).post('/api/units').set('Content-Type', 'application/json').send('{"name": ').expect(400);
    expectErrorShape(res.body, 400, 'INVALID_JSON');
  });

  it('refuses a body over the size limit with 413 before reading it whole', async () => {
    const res = await api(t)
      .post('/api/units')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(200_000) }))
      .expect(413);
    expectErrorShape(res.body, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('sends security headers and no X-Powered-By', async () => {
    const res = await api(t).get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
  });

  it('keeps a caller-supplied request id for tracing', async () => {
    const res = await api(t).get('/api/health').set('X-Request-Id', 'trace-12345678');
    expect(res.headers['x-request-id']).toBe('trace-12345678');
  });

  it('publishes an OpenAPI document generated from the controllers', async () => {
    const res = await api(t).get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/units', '/api/units/{id}']),
    );
  });

  describe('list conventions', () => {
    let auth: { Authorization: string };
    beforeAll(async () => {
      auth = await bearer(t, 'officer');
    });

    it('needs a signed-in caller', async () => {
      const res = await api(t).get('/api/units').expect(401);
      expectErrorShape(res.body, 401, 'UNAUTHENTICATED');
    });

    it('pages, sorts and counts', async () => {
      const res = await api(t, auth).get('/api/units?page=2&perPage=10&sort=name&order=DESC').expect(200);
      expect(res.body.total).toBe(25);
      expect(res.body.data).toHaveLength(10);
      const names = res.body.data.map((u: { name: string }) => u.name);
      expect([...names].sort((a: string, b: string) => (a < b ? 1 : -1))).toEqual(names);
    });

    it('refuses a sort field outside the whitelist with a field error', async () => {
      const res = await api(t, auth).get('/api/units?sort=nameFolded;DROP TABLE units').expect(400);
      expectErrorShape(res.body, 400, 'VALIDATION_FAILED');
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'sort', code: 'SORT_FIELD_NOT_ALLOWED' })]);
    });

    it('refuses an unknown filter and a bad page size, listing every problem at once', async () => {
      const res = await api(t, auth).get('/api/units?passwordHash=x&perPage=0&order=sideways').expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'order',
        'passwordHash',
        'perPage',
      ]);
      for (const error of res.body.errors) expect(error.message).toMatch(/[àáảãạăâđêôơư]|Không/i);
    });

    it('filters a subtree and searches without diacritics', async () => {
      const root = (await api(t, auth).get('/api/units?perPage=1&sort=path').expect(200)).body.data[0];
      const all = await api(t, auth).get(`/api/units?subtreeOf=${root.id}&perPage=100`).expect(200);
      expect(all.body.total).toBe(25);
      const ward = await api(t, auth).get('/api/units?q=phuong lao cai&perPage=100').expect(200);
      expect(ward.body.data.map((u: { name: string }) => u.name)).toEqual(
        expect.arrayContaining(['Ủy ban nhân dân phường Lào Cai', 'Phòng Văn hóa - Xã hội phường Lào Cai']),
      );
      const laoCaiWard = ward.body.data.find((u: { code: string }) => u.code === 'T15-X02647');
      const below = await api(t, auth).get(`/api/units?subtreeOf=${laoCaiWard.id}&perPage=100`).expect(200);
      expect(below.body.total).toBe(5);
    });

    it('treats LIKE wildcards in a search as plain text', async () => {
      const res = await api(t, auth).get('/api/units?q=%25').expect(200);
      expect(res.body.total).toBe(0);
    });

    it('answers a missing record with 404 and a malformed id with a field error', async () => {
      expectErrorShape((await api(t, auth).get('/api/units/999999').expect(404)).body, 404, 'NOT_FOUND');
      const bad = await api(t, auth).get('/api/units/abc').expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'id', code: 'INVALID_ID' })]);
    });
  });
});

describe('the built SPA served by the API', () => {
  let t: TestApp;
  let webDir: string;

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Một Cửa</title><div id="root"></div>');
    fs.writeFileSync(path.join(webDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    t = await createTestApp({ env: { WEB_DIST_DIR: webDir } });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('serves index.html at / and for client routes, never cached', async () => {
    for (const url of ['/', '/officers', '/profile/edit']) {
      const res = await api(t).get(url).expect(200);
      expect(res.text).toContain('Một Cửa');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const res = await api(t).get('/assets/index-abc123.js').expect(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('never shadows the API with the SPA fallback', async () => {
    const res = await api(t).get('/api/unknown-route').expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
