import type { Browser, Page } from 'playwright-core';
import { launchBrowser, RunningConsole, screenshot, startConsole, watchPageErrors } from './harness';

/** Seeded by the API's demo province (README). */
const DEMO_PASSWORD = 'MotCua@2026';
const LOCKOUT_THRESHOLD = 5;

describe('an admin lifting the temporary lock of an officer who mistyped the password', () => {
  let server: RunningConsole;
  let browser: Browser;
  beforeAll(async () => {
    server = await startConsole();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const login = (username: string, password: string) =>
    fetch(`${server.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });

  async function signIn(page: Page, username: string, password: string): Promise<void> {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(password);
    await Promise.all([page.waitForResponse((response) => response.url().endsWith('/api/auth/login')), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
  }

  it('sees when the lock ends, opens the account at once, and the officer signs in', async () => {
    for (let attempt = 1; attempt <= LOCKOUT_THRESHOLD; attempt += 1) expect((await login('officer', `Sai-Mat-Khau-${attempt}`)).status).toBe(401);
    expect((await login('officer', DEMO_PASSWORD)).status).toBe(423);
    const admin = (await (await login('admin', DEMO_PASSWORD)).json()) as { accessToken: string };
    const found = (await (await fetch(`${server.baseUrl}/api/officers?q=officer`, { headers: { Authorization: `Bearer ${admin.accessToken}` } })).json()) as { data: { id: number; username: string }[] };
    const officerId = found.data.find((o) => o.username === 'officer')?.id;
    expect(officerId).toBeDefined();

    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchPageErrors(page);
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
    await page.goto(`${server.baseUrl}/officers/${officerId}/show`);
    await page.getByText('Khóa tạm thời đến').first().waitFor({ timeout: 20000 });
    await screenshot(page, 'lockout-admin-sees-temporary-lock');

    await page.getByRole('button', { name: 'Mở khóa' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Mở khóa' }).click();
    await page.getByText('Đã mở khóa tài khoản.').waitFor();
    await page.getByText('Khóa tạm thời đến').waitFor({ state: 'detached' });
    await screenshot(page, 'lockout-admin-lifted');

    expect((await login('officer', DEMO_PASSWORD)).status).toBe(200);
    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
  });
});
