import { generate } from 'otplib';
import type { Locator, Page } from 'playwright-core';
import { RunningConsole, screenshot, startConsole } from './harness';
import { consoleAndBrowser as sharedConsoleAndBrowser, DEMO_PASSWORD, submitSignIn as signIn } from './session';

/** Seeded with mustChangePassword = true. */
const FORCED_CHANGE = { username: 'newofficer', password: 'DoiMatKhau@2026' };
const NEW_PASSWORD = 'Moi-An-Toan-2026';
const SIZES = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
];
const sizeName = ({ width, height }: { width: number; height: number }) => `${width}x${height}`;

function consoleAndBrowser() {
  const app = sharedConsoleAndBrowser();
  return {
    get baseUrl() {
      return app.baseUrl;
    },
    get server() {
      return app.server;
    },
    newPage: async (viewport: { width: number; height: number }) => {
      const browserContext = await app.browser.newContext({ viewport, hasTouch: viewport.width < 600 });
      return browserContext.newPage();
    },
  };
}

/** The API as a script sees it: a bearer token from a password sign-in. */
async function apiAs(baseUrl: string, username: string, password = DEMO_PASSWORD) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as T;
  };
}

/**
 * What a person with a mouse wheel or a finger does: scroll down over the form until the button shows, then
 * click it. The button must end inside the screen and be the element under the pointer (nothing clips it).
 */
async function scrollToAndClick(page: Page, button: Locator, name: string): Promise<void> {
  const viewport = page.viewportSize() as { width: number; height: number };
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe('hidden');
  expect(await page.evaluate(() => getComputedStyle(document.body).overflowY)).not.toBe('hidden');
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (let step = 0; step < 12; step += 1) {
    const box = await button.boundingBox();
    if (box && box.y >= 0 && box.y + box.height <= viewport.height) break;
    await page.mouse.wheel(0, viewport.height / 2);
    await page.waitForTimeout(100);
  }
  const box = await button.boundingBox();
  expect(box).not.toBeNull();
  const { x, y, width, height } = box as { x: number; y: number; width: number; height: number };
  expect(y).toBeGreaterThanOrEqual(0);
  expect(y + height).toBeLessThanOrEqual(viewport.height);
  const hit = await button.evaluate((element, point) => element.contains(document.elementFromPoint(point.x, point.y)), {
    x: x + width / 2,
    y: y + height / 2,
  });
  expect(hit).toBe(true);
  await screenshot(page, `shell-${name}-${sizeName(viewport)}`);
  await page.mouse.click(x + width / 2, y + height / 2);
}

describe('every full-page form can be scrolled to its button on a small phone, a phone and a laptop', () => {
  const app = consoleAndBrowser();
  // An account with a second factor, to reach the OTP step.
  beforeAll(async () => {
    const asUnitAdmin = await apiAs(app.baseUrl, 'unitadmin');
    const { secret } = await asUnitAdmin<{ secret: string }>('/api/me/2fa/setup', {});
    await asUnitAdmin('/api/me/2fa/enable', { code: await generate({ secret }) });
  });

  it.each(SIZES)('login, activation, OTP step, forced password change and 2FA setup at %p', async (size) => {
    const login = await app.newPage(size);
    await login.goto(`${app.baseUrl}/login`);
    const signInButton = login.getByRole('button', { name: 'Đăng nhập' });
    await signInButton.waitFor({ timeout: 20000 });
    await scrollToAndClick(login, signInButton, 'login');
    await login.getByText('Bắt buộc').first().waitFor();

    await login.locator('input[name="username"]').fill('unitadmin');
    await login.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await login.keyboard.press('Enter');
    const otpButton = login.getByRole('button', { name: 'Xác nhận' });
    await otpButton.waitFor({ timeout: 20000 });
    await scrollToAndClick(login, otpButton, 'otp');
    await login.getByText('Bắt buộc').first().waitFor();
    await login.context().close();

    const activate = await app.newPage(size);
    await activate.goto(`${app.baseUrl}/activate`);
    const activateButton = activate.getByRole('button', { name: 'Kích hoạt và đăng nhập' });
    await activateButton.waitFor({ timeout: 20000 });
    await scrollToAndClick(activate, activateButton, 'activate');
    await activate.getByText('Bắt buộc').first().waitFor();
    await activate.context().close();

    const forced = await app.newPage(size);
    await forced.goto(`${app.baseUrl}/login`);
    await forced.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(forced, FORCED_CHANGE.username, FORCED_CHANGE.password);
    await forced.waitForURL('**/change-password', { timeout: 20000 });
    const changeButton = forced.getByRole('button', { name: 'Đổi mật khẩu' });
    await changeButton.waitFor();
    await scrollToAndClick(forced, changeButton, 'forced-change');
    await forced.getByText('Bắt buộc').first().waitFor();
    await forced.context().close();

    const twoFactor = await app.newPage(size);
    await twoFactor.goto(`${app.baseUrl}/login`);
    await twoFactor.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(twoFactor, 'supervisor', DEMO_PASSWORD);
    await twoFactor.waitForURL((url) => url.pathname !== '/login', { timeout: 20000 });
    await twoFactor.goto(`${app.baseUrl}/2fa`);
    await twoFactor.getByRole('button', { name: 'Thiết lập xác thực hai lớp' }).click({ timeout: 20000 });
    const enableButton = twoFactor.getByRole('button', { name: 'Bật xác thực hai lớp' });
    await enableButton.waitFor();
    await scrollToAndClick(twoFactor, enableButton, '2fa-setup');
    await twoFactor.getByText('Bắt buộc').first().waitFor();
    await twoFactor.context().close();
  });
});

describe('a new officer activating the account on a phone', () => {
  const app = consoleAndBrowser();

  it('is signed in by "Kích hoạt và đăng nhập" and lands on the profile, with no sign-out on the way', async () => {
    const asAdmin = await apiAs(app.baseUrl, 'admin');
    const officers = await asAdmin<{ data: { id: number; username: string; roles: string[] }[] }>(
      '/api/officers?perPage=20',
    );
    const officer = officers.data.find((candidate) => candidate.roles.length === 1 && candidate.roles[0] === 'officer');
    expect(officer).toBeDefined();
    const { id, username } = officer as { id: number; username: string };
    const { activationCode } = await asAdmin<{ activationCode: string }>(`/api/officers/${id}/reset`, {});

    const page = await app.newPage({ width: 390, height: 844 });
    const authCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/auth/')) authCalls.push(new URL(request.url()).pathname);
    });
    await page.goto(`${app.baseUrl}/activate?username=${encodeURIComponent(username)}`);
    await page.locator('input[name="code"]').fill(activationCode);
    await page.locator('input[name="newPassword"]').fill(NEW_PASSWORD);
    await page.locator('input[name="confirmPassword"]').fill(NEW_PASSWORD);
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/auth/activate') && response.status() === 200),
      page.getByRole('button', { name: 'Kích hoạt và đăng nhập' }).click(),
    ]);
    await page.waitForURL('**/profile', { timeout: 20000 });
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname).toBe('/profile');
    expect(authCalls).not.toContain('/api/auth/logout');
    await screenshot(page, 'shell-activated-profile-390x844');

    // The session is real: a reload restores it from the refresh cookie.
    await page.reload();
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
    expect(new URL(page.url()).pathname).toBe('/profile');
  });
});

/** The app bar's title as a person reads it, and whether any of it is cut off. */
async function appBarTitle(page: Page): Promise<{ text: string; clipped: boolean }> {
  const title = page.locator('#react-admin-title');
  await title.waitFor();
  return title.evaluate((element) => ({
    text: (element as HTMLElement).innerText.trim(),
    clipped: element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
  }));
}

describe('the app bar on a phone', () => {
  const app = consoleAndBrowser();

  it('shows whole page titles, never a raw plural, with the language switch as a named icon', async () => {
    const page = await app.newPage({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(page, 'officer', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });

    const pages = [
      { path: '/profile', title: 'Thông tin cá nhân' },
      { path: '/notifications', title: 'Thông báo' },
      { path: '/login-history', title: 'Nhật ký đăng nhập' },
      { path: '/change-password', title: 'Đổi mật khẩu' },
    ];
    for (const { path, title } of pages) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
      await page.waitForLoadState('networkidle');
      const shown = await appBarTitle(page);
      expect(shown.text).not.toContain('||||');
      expect(shown).toEqual({ text: title, clipped: false });
      await screenshot(page, `shell-appbar${path.replace(/\//g, '-')}-390x844`);
    }

    // The language switch is an icon with a name that says what it does and what is chosen.
    const language = page.getByRole('button', { name: 'Ngôn ngữ: Tiếng Việt' });
    expect(await language.innerText()).toBe('');
    await language.click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Language: English' }).waitFor();
    await page.goto(`${app.baseUrl}/notifications`);
    await page.getByRole('button', { name: 'Language: English' }).waitFor({ timeout: 20000 });
    expect(await appBarTitle(page)).toEqual({ text: 'Notifications', clipped: false });
  });

  it('keeps the admin’s page titles whole at 390 px too', async () => {
    const page = await app.newPage({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
    for (const path of ['/', '/officers', '/units', '/campaigns', '/login-events', '/outbox', '/2fa']) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
      await page.waitForLoadState('networkidle');
      const shown = await appBarTitle(page);
      expect({ path, ...shown, text: shown.text.includes('||||') ? shown.text : 'no raw plural' }).toEqual({
        path,
        text: 'no raw plural',
        clipped: false,
      });
      expect(shown.text.length).toBeGreaterThan(3);
    }
    await screenshot(page, 'shell-appbar-admin-2fa-390x844');
  });

  it('lists sign-ins from this machine as 127.0.0.1, not ::ffff:127.0.0.1', async () => {
    const page = await app.newPage({ width: 1366, height: 768 });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(page, 'officer', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
    await page.goto(`${app.baseUrl}/login-history`);
    await page.getByRole('cell', { name: '127.0.0.1', exact: true }).first().waitFor({ timeout: 20000 });
    expect(await page.getByText('::ffff:').count()).toBe(0);
    await screenshot(page, 'shell-login-history-1366x768');
  });
});

describe('moments on every page', () => {
  const app = consoleAndBrowser();

  it('are written date first, dd/MM/yyyy HH:mm, on the officer page, the lists and the notifications', async () => {
    const asAdmin = await apiAs(app.baseUrl, 'admin');
    const officers = await asAdmin<{ data: { id: number }[] }>('/api/officers?perPage=1');
    const page = await app.newPage({ width: 1366, height: 768 });
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });

    const timeFirst = /\b\d{1,2}:\d{2}(:\d{2})? \d{1,2}\/\d{1,2}\/\d{2,4}\b/;
    const dateFirst = /\b\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\b/g;
    let moments = 0;
    for (const path of [
      `/officers/${officers.data[0].id}/show`,
      '/login-history',
      '/login-events',
      '/notifications',
      '/outbox',
      '/campaigns',
    ]) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
      await page.waitForLoadState('networkidle');
      const text = await page.locator('body').innerText();
      expect({ path, timeFirst: timeFirst.exec(text)?.[0] ?? null }).toEqual({ path, timeFirst: null });
      moments += (text.match(dateFirst) ?? []).length;
    }
    expect(moments).toBeGreaterThan(2);
  });
});

describe('starting the console', () => {
  let server: RunningConsole | undefined;
  afterAll(() => server?.stop());

  it('prints no route warning, and the banner with the demo accounts comes last, after the startup logs', async () => {
    server = await startConsole();
    const running = server;
    const deadline = Date.now() + 10_000;
    const bothArrived = () =>
      ['Tài khoản mẫu', 'Nest application successfully started'].every((text) => running.logs.join('').includes(text));
    while (!bothArrived() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    // Let anything written after the banner arrive too.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const output = running.logs.join('');
    expect(output).not.toContain('Unsupported route path');
    expect(output).not.toMatch(/"level":40/);
    const banner = output.lastIndexOf('Một Cửa Officer Console đang chạy tại');
    const started = output.indexOf('Nest application successfully started');
    expect(started).toBeGreaterThan(0);
    expect(banner).toBeGreaterThan(started);
    const after = output.slice(banner);
    expect(after).toMatch(/unitadmin +Quản trị đơn vị/);
    expect(after).not.toContain('{"level"');
  });
});
