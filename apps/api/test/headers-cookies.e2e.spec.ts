import { Controller, Get } from '@nestjs/common';
import type { Response } from 'supertest';
import { Public } from '../src/common/access/decorators';
import { bearer, createTestApp, DEMO_PASSWORD, TestApp } from '../src/testing/test-app';
import {
  activate,
  authOf,
  createPendingOfficer,
  enrolTotp,
  login,
  loginWithSecondFactor,
  nextTotp,
  refreshCookieOf,
  refreshCookiePair,
} from './support/account-journey';
import { createSpaFixture, SPA_ENTRY, SpaFixture } from './support/spa-fixture';
import { sharedTestApp } from '../src/testing/shared-test-app';
import { api } from '../src/testing/api-client';

@Controller('test-headers-failure')
class FailingController {
  @Get()
  @Public()
  fail(): never {
    throw new Error('boom');
  }
}

const FOREIGN = 'https://evil.example';

/** The directives of a Content-Security-Policy header, by name. */
const directivesOf = (header: string | undefined): Record<string, string[]> =>
  Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values]),
  );

/** What every response of the console must carry, whatever produced it. */
function expectSecurityHeaders(res: Response, what: string): void {
  const csp = directivesOf(res.headers['content-security-policy']);
  expect({
    what,
    defaultSrc: csp['default-src'],
    scriptSrc: csp['script-src'],
    objectSrc: csp['object-src'],
    frameAncestors: csp['frame-ancestors'],
  }).toEqual({
    what,
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
  });
  // X-Frame-Options for browsers without CSP frame-ancestors: DENY, the same answer as frame-ancestors 'none'.
  expect({
    what,
    poweredBy: res.headers['x-powered-by'],
    nosniff: res.headers['x-content-type-options'],
    frameOptions: res.headers['x-frame-options'],
  }).toEqual({
    what,
    poweredBy: undefined,
    nosniff: 'nosniff',
    frameOptions: 'DENY',
  });
}

/** HttpOnly, SameSite=Strict, only sent to /api/auth, expiring with the refresh token; `secure` over HTTPS only. */
function expectRefreshCookie(res: Response, secure: boolean): void {
  const line = refreshCookieOf(res) ?? '';
  expect(line).toMatch(/^motcua_refresh=[\w-]{20,};/);
  const attributes = line
    .split(';')
    .slice(1)
    .map((part) => part.trim());
  const names = attributes.map((attribute) => attribute.split('=')[0].toLowerCase());
  expect(attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/auth']));
  expect(names.includes('secure')).toBe(secure);
  const expires = Date.parse(attributes.find((a) => a.startsWith('Expires='))?.slice('Expires='.length) ?? '');
  expect(expires).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  // The access token lives in memory only: the refresh cookie is the only cookie the API ever sets.
  expect(([] as string[]).concat(res.headers['set-cookie'] ?? [])).toHaveLength(1);
}

describe('security headers on every kind of response (CSP, no X-Powered-By)', () => {
  let t: TestApp;
  let spa: SpaFixture;

  beforeAll(async () => {
    spa = createSpaFixture();
    t = await createTestApp({ env: { WEB_DIST_DIR: spa.dir }, extra: { controllers: [FailingController] } });
  });
  afterAll(async () => {
    await t.close();
    spa.remove();
  });

  it('sends the CSP and no X-Powered-By on the SPA page, a client route, a static file, API JSON, a 404, a 401, a 413 and a 500', async () => {
    const responses: [string, Response][] = [
      ['index.html', await api(t).get('/').expect(200)],
      ['client route', await api(t).get('/officers/12/show').expect(200)],
      ['hashed asset', await api(t).get(SPA_ENTRY).expect(200)],
      ['static file', await api(t).get('/favicon.svg').expect(200)],
      ['API JSON', await api(t).get('/api/health').expect(200)],
      ['API 404', await api(t).get('/api/khong-ton-tai').expect(404)],
      ['missing file', await api(t).get('/assets/khong-co.js').expect(404)],
      ['401', await api(t).get('/api/units').expect(401)],
      [
        '413',
        await api(t)
          .post('/api/auth/login')
          .set('Content-Type', 'application/json')
          .send(JSON.stringify({ username: 'x'.repeat(200_000) }))
          .expect(413),
      ],
      ['500', await api(t).get('/api/test-headers-failure').expect(500)],
    ];
    for (const [what, res] of responses) expectSecurityHeaders(res, what);
  });

  it('keeps API answers out of every cache (personal data) while the SPA stays cacheable', async () => {
    const apiAnswers = [
      await api(t).get('/api/health').expect(200),
      await api(t).get('/api/khong-ton-tai').expect(404),
      await api(t).get('/api/units').expect(401),
      await api(t).get('/api/test-headers-failure').expect(500),
    ];
    for (const res of apiAnswers) {
      expect(res.headers['cache-control']).toContain('no-store');
      expect(res.headers.etag).toBeUndefined();
    }
    expect((await api(t).get('/').expect(200)).headers['cache-control']).toBe('no-cache');
    expect((await api(t).get(SPA_ENTRY).expect(200)).headers['cache-control']).toContain('immutable');
  });

  it('serves a page that runs under that CSP: no inline script or handler, scripts from its own origin only', async () => {
    // The browser journeys (apps/web-e2e, login.e2e.spec.ts) load the real build and find no CSP violation.
    const page = (await api(t).get('/').expect(200)).text;
    expect(page).toBe(spa.indexHtml);
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/[^/]/);
      expect(body.trim()).toBe('');
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/javascript:/i);
  });
});

describe('HTTPS behind a proxy (TRUST_PROXY=true): HSTS, and the refresh cookie becomes Secure', () => {
  const t = sharedTestApp({ seed: true, env: { TRUST_PROXY: 'true', LOGIN_RATE_LIMIT: '1000' } });

  it('sends HSTS for a request that arrived over HTTPS and sets a Secure cookie', async () => {
    const health = await api(t).get('/api/health').set('X-Forwarded-Proto', 'https').expect(200);
    const hsts = health.headers['strict-transport-security'] as string;
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(180 * 86_400);
    expect(hsts).toMatch(/includeSubDomains/);
    const res = await api(t)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: 'officer', password: DEMO_PASSWORD })
      .expect(200);
    expectRefreshCookie(res, true);
  });

  it('keeps the cookie usable over plain HTTP inside a provincial network (not Secure)', async () => {
    const res = await api(t).post('/api/auth/login', { username: 'officer', password: DEMO_PASSWORD }).expect(200);
    expectRefreshCookie(res, false);
  });
});

describe('without TRUST_PROXY a client cannot claim HTTPS', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });

  it('ignores X-Forwarded-Proto for the cookie', async () => {
    const res = await api(t)
      .post('/api/auth/login')
      .set('X-Forwarded-Proto', 'https')
      .send({ username: 'officer', password: DEMO_PASSWORD })
      .expect(200);
    expectRefreshCookie(res, false);
  });
});

describe('the refresh cookie wherever a session starts, and CORS', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  const http = () => t.http();

  it('is HttpOnly, SameSite=Strict and scoped to /api/auth on activation, refresh, login with a second factor and password change; logout clears it there', async () => {
    const admin = await bearer(t, 'admin');
    const created = await createPendingOfficer(http, admin, {
      username: 'cookie.kt',
      fullName: 'Lý Thị Cúc',
      unitCode: 'T15-SYT',
    });
    const activated = await activate(http, 'cookie.kt', created.body.activationCode, 'Banh-Quy#2026');
    expectRefreshCookie(activated, false);

    const refreshed = await http().post('/api/auth/refresh').set('Cookie', refreshCookiePair(activated)).expect(200);
    expectRefreshCookie(refreshed, false);

    const { secret } = await enrolTotp(http, authOf(refreshed));
    const { first, completed } = await loginWithSecondFactor(
      http,
      'cookie.kt',
      'Banh-Quy#2026',
      await nextTotp(secret),
    );
    expect(refreshCookieOf(first)).toBeUndefined();
    expectRefreshCookie(completed, false);

    const changed = await http()
      .post('/api/auth/change-password')
      .set(authOf(completed))
      .send({ currentPassword: 'Banh-Quy#2026', newPassword: 'Banh-Quy#2027' })
      .expect(200);
    expectRefreshCookie(changed, false);

    const out = await http().post('/api/auth/logout').set('Cookie', refreshCookiePair(changed)).expect(204);
    const cleared = refreshCookieOf(out) ?? '';
    expect(cleared).toMatch(/^motcua_refresh=;/);
    expect(cleared).toMatch(/Path=\/api\/auth/);
    expect(Date.parse(/Expires=([^;]+)/.exec(cleared)?.[1] ?? '')).toBeLessThan(Date.now());
    await http().post('/api/auth/refresh').set('Cookie', refreshCookiePair(changed)).expect(401);
  });

  it('answers a foreign origin’s preflight and requests with no CORS permission at all', async () => {
    const preflight = await http()
      .options('/api/auth/login')
      .set('Origin', FOREIGN)
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type, authorization');
    const session = await login(http, 'officer', DEMO_PASSWORD);
    const answers: [string, Response][] = [
      ['preflight', preflight],
      ['GET /api/health', await http().get('/api/health').set('Origin', FOREIGN).expect(200)],
      ['GET /api/auth/me', await http().get('/api/auth/me').set('Origin', FOREIGN).set(authOf(session)).expect(200)],
      [
        'POST /api/auth/refresh',
        await http().post('/api/auth/refresh').set('Origin', FOREIGN).set('Cookie', refreshCookiePair(session)),
      ],
    ];
    for (const [what, res] of answers) {
      const cors = Object.keys(res.headers).filter((name) => name.startsWith('access-control-'));
      expect({ what, cors }).toEqual({ what, cors: [] });
    }
    expect(preflight.status).toBeGreaterThanOrEqual(400);
  });
});
