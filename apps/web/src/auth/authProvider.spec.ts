import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionBody, SessionUser } from './authApi';
import { createAuthProvider, landingPath } from './authProvider';
import { dataProvider } from '../providers/dataProvider';
import { mockApi, on, type ApiCall, type Reply } from '../test/api';

type Route = Reply | ((call: ApiCall) => Reply);

/** A fake API: "METHOD /path" → reply; every request is recorded with the token it carried. */
function fakeApi(routes: Record<string, Route>): ApiCall[] {
  const handlers = Object.entries(routes).map(([route, reply]) => {
    const [method, path] = route.split(' ');
    return on(method as Parameters<typeof on>[0], path, reply);
  });
  return mockApi(...handlers).calls;
}

const officer: SessionUser = {
  id: 7,
  username: 'officer',
  fullName: 'Nguyễn Văn An',
  roles: ['officer'],
  unitId: 3,
  mustChangePassword: false,
  defaultPage: null,
};
const session = (
  accessToken: string,
  user: Partial<SessionUser> = {},
  expiresIn = 900,
): { status: number; body: SessionBody } => ({
  status: 200,
  body: { accessToken, expiresIn, user: { ...officer, ...user } },
});
const refused = (status: number, code: string, extra: object = {}) => ({
  status,
  body: { statusCode: status, code, message: code, ...extra },
});
const calls = (requests: ApiCall[], route: string) =>
  requests.filter((r) => `${r.method} ${r.url.split('?')[0]}` === route);

/** What a reload of a page finds: no token in memory, only the flag left by an earlier sign-in. */
const signedInEarlierInThisBrowser = () => localStorage.setItem('motcua.signedIn', '1');

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the session the console keeps', () => {
  it('keeps the access token in memory only and sends it with every API call', async () => {
    const requests = fakeApi({
      'POST /api/auth/login': session('token-A'),
      'GET /api/units': { status: 200, body: { data: [], total: 0 } },
    });
    const auth = createAuthProvider();
    await auth.login({ username: 'officer', password: 'MotCua@2026' });
    await dataProvider.getList('units', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });

    expect(calls(requests, 'GET /api/units')[0].headers.get('Authorization')).toBe('Bearer token-A');
    const stored =
      Object.keys(localStorage)
        .map((key) => `${key}=${localStorage.getItem(key)}`)
        .join('\n') + document.cookie;
    expect(stored).not.toContain('token-A');
  });

  it('restores the session from the refresh cookie after a reload, with a single refresh however many ask', async () => {
    signedInEarlierInThisBrowser();
    const requests = fakeApi({ 'POST /api/auth/refresh': session('token-B') });
    const auth = createAuthProvider();
    // React's StrictMode and react-admin ask for the auth state several times at once on the first render.
    await Promise.all([auth.checkAuth({}), auth.checkAuth({}), auth.getPermissions({})]);
    expect(calls(requests, 'POST /api/auth/refresh')).toHaveLength(1);
    expect(calls(requests, 'POST /api/auth/refresh')[0].headers.get('Authorization')).toBeNull();
    await expect(auth.getIdentity()).resolves.toMatchObject({ id: 7, fullName: 'Nguyễn Văn An' });
  });

  it('sends a visitor who never signed in to the login page without calling the API', async () => {
    const requests = fakeApi({});
    const auth = createAuthProvider();
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(requests).toEqual([]);
  });

  it('tries the cookie once: an expired session goes to the login page and is not retried', async () => {
    signedInEarlierInThisBrowser();
    const requests = fakeApi({ 'POST /api/auth/refresh': refused(401, 'SESSION_EXPIRED') });
    const auth = createAuthProvider();
    await expect(auth.checkAuth({})).rejects.toEqual({ message: 'app.auth.errors.session_expired' });
    await expect(auth.checkAuth({})).rejects.toBeDefined();
    expect(calls(requests, 'POST /api/auth/refresh')).toHaveLength(1);
  });

  it('renews the access token silently a minute before it expires', async () => {
    vi.useFakeTimers();
    const requests = fakeApi({
      'POST /api/auth/login': session('token-A', {}, 900),
      'POST /api/auth/refresh': session('token-B', {}, 900),
      'GET /api/units': { status: 200, body: { data: [], total: 0 } },
    });
    const auth = createAuthProvider();
    await auth.login({ username: 'officer', password: 'MotCua@2026' });

    await vi.advanceTimersByTimeAsync(839_000);
    expect(calls(requests, 'POST /api/auth/refresh')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls(requests, 'POST /api/auth/refresh')).toHaveLength(1);

    await dataProvider.getList('units', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(calls(requests, 'GET /api/units')[0].headers.get('Authorization')).toBe('Bearer token-B');
  });

  it('replays a request refused with 401 once, after refreshing the session', async () => {
    const requests = fakeApi({
      'POST /api/auth/login': session('token-A'),
      'POST /api/auth/refresh': session('token-B'),
      'GET /api/units': (request) =>
        request.headers.get('Authorization') === 'Bearer token-B'
          ? { status: 200, body: { data: [{ id: 1 }], total: 1 } }
          : refused(401, 'UNAUTHENTICATED'),
    });
    const auth = createAuthProvider();
    await auth.login({ username: 'officer', password: 'MotCua@2026' });
    const page = await dataProvider.getList('units', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(page.total).toBe(1);
    expect(calls(requests, 'GET /api/units').map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer token-A',
      'Bearer token-B',
    ]);
  });

  it('signs out on the server and forgets the session', async () => {
    const requests = fakeApi({ 'POST /api/auth/login': session('token-A'), 'POST /api/auth/logout': { status: 204 } });
    const auth = createAuthProvider();
    await auth.login({ username: 'officer', password: 'MotCua@2026' });
    await auth.logout({});
    expect(calls(requests, 'POST /api/auth/logout')).toHaveLength(1);
    expect(localStorage.getItem('motcua.signedIn')).toBeNull();
    await expect(auth.checkAuth({})).rejects.toEqual({ message: false });
    expect(calls(requests, 'POST /api/auth/refresh')).toHaveLength(0);
  });
});

describe('who the user is and what they may do', () => {
  it('takes the roles from the server, and reads them again from /api/auth/me after a refusal', async () => {
    const requests = fakeApi({
      'POST /api/auth/login': session('token-A'),
      'GET /api/officers': refused(403, 'ROLE_REQUIRED'),
      'GET /api/auth/me': { status: 200, body: { ...officer, roles: ['officer', 'supervisor'] } },
    });
    const auth = createAuthProvider();
    localStorage.setItem('roles', JSON.stringify(['admin'])); // nothing in storage is believed
    await auth.login({ username: 'officer', password: 'MotCua@2026' });
    await expect(auth.getPermissions({})).resolves.toEqual(['officer']);
    expect(calls(requests, 'GET /api/auth/me')).toHaveLength(0);

    const refusal = await dataProvider
      .getList('officers', { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: {} })
      .catch((e) => e);
    await expect(auth.checkError(refusal)).resolves.toBeUndefined();
    await expect(auth.getPermissions({})).resolves.toEqual(['officer', 'supervisor']);
    expect(calls(requests, 'GET /api/auth/me')[0].headers.get('Authorization')).toBe('Bearer token-A');
  });

  it('decides access by role', async () => {
    fakeApi({ 'POST /api/auth/login': session('token-A', { roles: ['supervisor'] }) });
    const auth = createAuthProvider();
    await auth.login({ username: 'supervisor', password: 'MotCua@2026' });
    await expect(auth.canAccess({ action: 'list', resource: 'officers' })).resolves.toBe(true);
    await expect(auth.canAccess({ action: 'edit', resource: 'officers' })).resolves.toBe(false);
    await expect(auth.canAccess({ action: 'list', resource: 'login-events' })).resolves.toBe(false);
  });

  it('sends a user who must change their password to /change-password, without signing them out', async () => {
    const requests = fakeApi({
      'POST /api/auth/login': session('token-A', { username: 'newofficer', mustChangePassword: true }),
      'GET /api/me/logins': refused(403, 'PASSWORD_CHANGE_REQUIRED'),
    });
    const auth = createAuthProvider();
    await expect(auth.login({ username: 'newofficer', password: 'DoiMatKhau@2026' })).resolves.toEqual({
      redirectTo: '/change-password',
    });

    const refusal = await dataProvider
      .getList('me/logins', {
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'createdAt', order: 'DESC' },
        filter: {},
      })
      .catch((e) => e);
    await expect(auth.checkError(refusal)).rejects.toMatchObject({ redirectTo: '/change-password', logoutUser: false });
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    expect(calls(requests, 'POST /api/auth/logout')).toHaveLength(0);
  });

  it('signs out on a 401 that a refresh could not cure', async () => {
    fakeApi({ 'POST /api/auth/login': session('token-A') });
    const auth = createAuthProvider();
    await auth.login({ username: 'officer', password: 'MotCua@2026' });
    await expect(auth.checkError({ status: 401, body: { api: { code: 'UNAUTHENTICATED' } } })).rejects.toMatchObject({
      message: 'app.auth.errors.session_expired',
    });
  });

  it('asks for the second factor, then signs in with the code', async () => {
    const requests = fakeApi({
      'POST /api/auth/login': { status: 200, body: { otpRequired: true, otpToken: 'otp-1' } },
      'POST /api/auth/otp': session('token-A', { roles: ['admin'] }),
    });
    const auth = createAuthProvider();
    await expect(auth.login({ username: 'admin', password: 'MotCua@2026' })).resolves.toEqual({
      redirectTo: false,
      otpRequired: true,
      otpToken: 'otp-1',
    });
    await expect(auth.checkAuth({})).rejects.toBeDefined();
    await expect(auth.login({ method: 'otp', otpToken: 'otp-1', code: '123456' })).resolves.toEqual({
      redirectTo: '/',
    });
    expect(calls(requests, 'POST /api/auth/otp')[0].body).toEqual({ otpToken: 'otp-1', code: '123456' });
  });
});

describe('where a user lands after signing in', () => {
  it('goes through the forced steps first', () => {
    expect(landingPath({ ...officer, mustChangePassword: true, defaultPage: '/profile' })).toBe('/change-password');
    expect(landingPath({ ...officer, roles: ['admin'], twoFactorSetupRequired: true })).toBe('/2fa');
  });

  it('returns to the page the session expired on, else the chosen default page, else the dashboard or, for officers, their profile', () => {
    expect(landingPath({ ...officer, defaultPage: '/profile' }, '/login-history?page=2')).toBe('/login-history?page=2');
    expect(landingPath({ ...officer, defaultPage: '/profile' })).toBe('/profile');
    expect(landingPath({ ...officer, defaultPage: '/profile' }, '/login')).toBe('/profile');
    expect(landingPath({ ...officer, defaultPage: '/profile' }, '/')).toBe('/profile');
    expect(landingPath(officer)).toBe('/profile');
    expect(landingPath({ ...officer, roles: ['officer', 'supervisor'] })).toBe('/');
  });

  it('never leaves the console for another site', () => {
    expect(landingPath({ ...officer, defaultPage: '//evil.example' }, 'https://evil.example')).toBe('/profile');
  });
});
