import { screenshot, watchPageErrors } from './harness';
import { consoleAndBrowser, DEMO_PASSWORD, submitSignIn as signIn } from './session';

const LOCKOUT_THRESHOLD = 5;

describe('an admin lifting the temporary lock of an officer who mistyped the password', () => {
  const app = consoleAndBrowser();

  const login = (username: string, password: string) =>
    fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });

  it('sees when the lock ends, opens the account at once, and the officer signs in', async () => {
    for (let attempt = 1; attempt <= LOCKOUT_THRESHOLD; attempt += 1)
      expect((await login('officer', `Sai-Mat-Khau-${attempt}`)).status).toBe(401);
    expect((await login('officer', DEMO_PASSWORD)).status).toBe(423);
    const admin = (await (await login('admin', DEMO_PASSWORD)).json()) as { accessToken: string };
    const found = (await (
      await fetch(`${app.baseUrl}/api/officers?q=officer`, {
        headers: { Authorization: `Bearer ${admin.accessToken}` },
      })
    ).json()) as { data: { id: number; username: string }[] };
    const officerId = found.data.find((o) => o.username === 'officer')?.id;
    expect(officerId).toBeDefined();

    const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchPageErrors(page);
    await page.goto(`${app.baseUrl}/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(page, 'admin', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Tài khoản' }).waitFor({ timeout: 20000 });
    await page.goto(`${app.baseUrl}/officers/${officerId}/show`);
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
