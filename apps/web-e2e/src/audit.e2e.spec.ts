import { todayInVietnam } from '@motcua/contracts';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, RunningConsole, screenshot, startConsole, watchPageErrors } from './harness';
import { api, DEMO_PASSWORD, signIn as signInWithDemoPassword, WAIT } from './session';

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const PHONE_CHANGE = 'Số điện thoại: 0912345678 → 0987654321';

/** The admin corrects the demo officer's phone twice, so the trail holds a before → after; returns her id. */
async function adminCorrectsPhone(baseUrl: string): Promise<number> {
  const { accessToken: token } = await api<{ accessToken: string }>(baseUrl, '/api/auth/login', {
    method: 'POST',
    body: { username: 'admin', password: DEMO_PASSWORD },
  });
  const officers = await api<{ data: { id: number; username: string }[] }>(
    baseUrl,
    '/api/officers?q=officer&perPage=100',
    { token },
  );
  const id = officers.data.find((o) => o.username === 'officer')?.id;
  expect(id).toBeDefined();
  for (const phone of ['0912345678', '0987654321']) {
    const { version } = await api<{ version: number }>(baseUrl, `/api/officers/${id}/profile`, { token });
    await api(baseUrl, `/api/officers/${id}/profile`, { method: 'PATCH', token, body: { version, phone } });
  }
  return id as number;
}

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await signInWithDemoPassword(page, baseUrl, username);
  await page.getByRole('button', { name: 'Tài khoản' }).waitFor(WAIT);
}

const isAuditList = (path: string, param?: string) => (response: { url(): string; status(): number }) => {
  const url = new URL(response.url());
  return url.pathname === path && (param === undefined || url.searchParams.has(param)) && response.status() === 200;
};

/** Nothing wider than the screen: the page never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

describe('the audit trail in the browser', () => {
  let server: RunningConsole;
  let browser: Browser;
  let officerId: number;

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchBrowser();
    officerId = await adminCorrectsPhone(server.baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('an admin opens "Nhật ký thay đổi" from the menu at 1366×768, filters by an officer, sees before → after, then her "Lịch sử thay đổi" tab', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, acceptDownloads: true });
    const errors = watchPageErrors(page);
    await signIn(page, server.baseUrl, 'admin');

    await Promise.all([
      page.waitForResponse(isAuditList('/api/audit')),
      page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).click(),
    ]);
    await page.waitForURL((url) => url.pathname === '/audit');
    await page.locator('table tbody tr').first().waitFor(WAIT);
    expect(await page.getByText('Không tìm thấy', { exact: false }).count()).toBe(0);

    // Whose record: the officer picked by username in the autocomplete.
    const whose = page.getByRole('combobox', { name: 'Cán bộ được thay đổi' });
    await whose.fill('officer');
    await Promise.all([
      page.waitForResponse(isAuditList('/api/audit', 'officerId')),
      page.getByRole('option', { name: 'Nguyễn Thị Hoa (officer)' }).click(),
    ]);
    const rows = page.locator('table tbody tr');
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('table tbody tr')).every((tr) =>
        tr.textContent?.includes('Nguyễn Thị Hoa (officer)'),
      ),
    );
    const change = rows.filter({ hasText: PHONE_CHANGE }).first();
    await change.waitFor(WAIT);
    expect(await change.innerText()).toContain('Lê Thị Quản Trị (admin)');
    expect(await change.innerText()).toContain('Cập nhật hồ sơ');
    expect(await change.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    // When: from today (a Vietnamese calendar day, typed as dd/MM/yyyy); her changes were made today.
    const today = todayInVietnam();
    await page.getByRole('button', { name: 'Thêm bộ lọc' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Từ ngày' }).click();
    const from = page.getByRole('group', { name: 'Từ ngày' });
    await from.waitFor(WAIT);
    await from.getByRole('spinbutton').first().click();
    const [filtered] = await Promise.all([
      page.waitForResponse(
        (response) =>
          isAuditList('/api/audit', 'from')(response) && new URL(response.url()).searchParams.get('from') === today,
      ),
      page.keyboard.type(today.split('-').reverse().join('')),
    ]);
    expect(new URL(filtered.url()).searchParams.get('officerId')).toBe(String(officerId));
    expect(await page.locator('input[name="from"]').inputValue()).toBe(today.split('-').reverse().join('/'));
    await rows.filter({ hasText: PHONE_CHANGE }).first().waitFor(WAIT);
    await screenshot(page, 'audit-admin-desktop');

    // The export carries the same filter: only her entries, one line per field, in Vietnam time.
    await page.getByRole('button', { name: 'Xuất nhật ký' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Tệp CSV (.csv)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^nhat-ky-thay-doi-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs
      .readFileSync((await download.path()) as string, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe(
      '"Thời gian","Người thực hiện","Hành động","Đối tượng","Trường","Giá trị trước","Giá trị sau","Địa chỉ IP"',
    );
    expect(csv.slice(1).every((line) => line.includes('"Nguyễn Thị Hoa (officer)"'))).toBe(true);
    expect(csv).toContainEqual(
      expect.stringMatching(
        /^"\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}","Lê Thị Quản Trị \(admin\)","Cập nhật hồ sơ","Nguyễn Thị Hoa \(officer\)","Số điện thoại","0912345678","0987654321"/,
      ),
    );

    // The officer's page, from the entry: her history tab has its own address.
    await change.getByRole('link', { name: 'Nguyễn Thị Hoa (officer)' }).click();
    await page.waitForURL((url) => url.pathname === `/officers/${officerId}/show`);
    await Promise.all([
      page.waitForResponse(isAuditList(`/api/officers/${officerId}/audit`)),
      page.getByRole('tab', { name: 'Lịch sử thay đổi' }).click(),
    ]);
    await page.waitForURL((url) => url.pathname === `/officers/${officerId}/show/history`);
    await page.getByText(PHONE_CHANGE).first().waitFor(WAIT);
    await screenshot(page, 'audit-officer-history-desktop');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a 390×844 phone the audit page and the history tab are cards, with nothing scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await signIn(page, server.baseUrl, 'admin');

    const filter = encodeURIComponent(JSON.stringify({ officerId: officerId }));
    await Promise.all([
      page.waitForResponse(isAuditList('/api/audit', 'officerId')),
      page.goto(`${server.baseUrl}/audit?filter=${filter}`),
    ]);
    const card = page.getByTestId('audit-card').filter({ hasText: PHONE_CHANGE }).first();
    await card.waitFor(WAIT);
    expect(await card.innerText()).toContain('Lê Thị Quản Trị (admin)');
    expect(await page.locator('table').count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'audit-admin-phone');

    await Promise.all([
      page.waitForResponse(isAuditList(`/api/officers/${officerId}/audit`)),
      page.goto(`${server.baseUrl}/officers/${officerId}/show/history`),
    ]);
    await page.getByTestId('audit-card').filter({ hasText: PHONE_CHANGE }).first().waitFor(WAIT);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'audit-officer-history-phone');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a supervisor sees the history of an officer of her unit but has no audit page; a wrong address reads without a double period', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    await signIn(page, server.baseUrl, 'supervisor');
    expect(await page.getByRole('menuitem', { name: 'Nhật ký thay đổi' }).count()).toBe(0);
    await Promise.all([
      page.waitForResponse(isAuditList(`/api/officers/${officerId}/audit`)),
      page.goto(`${server.baseUrl}/officers/${officerId}/show/history`),
    ]);
    const change = page.locator('table tbody tr').filter({ hasText: PHONE_CHANGE }).first();
    await change.waitFor(WAIT);
    // The IP address of whoever made a change is for system administrators only.
    expect(await page.getByRole('columnheader', { name: 'Địa chỉ IP' }).count()).toBe(0);

    await page.goto(`${server.baseUrl}/khong-co-trang-nay`);
    const message = page.getByText('Địa chỉ URL không đúng hoặc bạn đã truy cập vào một liên kết không hợp lệ', {
      exact: false,
    });
    await message.waitFor(WAIT);
    expect(await message.innerText()).toBe(
      'Địa chỉ URL không đúng hoặc bạn đã truy cập vào một liên kết không hợp lệ.',
    );
    await page.close();
  });
});
