import type { Browser } from 'playwright-core';
import { launchBrowser, RunningConsole, screenshot, startConsole, watchPageErrors } from './harness';

describe('the console in a browser', () => {
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

  it('shows the login page in Vietnamese, under the CSP, without errors', async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await screenshot(page, 'login-desktop');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByLabel(/Tên đăng nhập/).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('fits a 390-px-wide phone without horizontal scrolling', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await screenshot(page, 'login-phone');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
