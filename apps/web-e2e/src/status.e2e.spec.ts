import { buildCitizenId, COMPLIANCE_STATUS_LABELS } from '@motcua/domain';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, RunningConsole, screenshot, startConsole, watchPageErrors } from './harness';

/** Seeded by the API's demo province (README). */
const DEMO_PASSWORD = 'MotCua@2026';
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const REASON = 'Ảnh đại diện chưa có, đề nghị tải ảnh chân dung rõ mặt.';
const STATUS_WORDS = Object.values(COMPLIANCE_STATUS_LABELS.vi);

async function api(baseUrl: string, username: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
  return async <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => {
    const res = await fetch(`${baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
}

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/auth/login')),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

/** The one completeness word (libs/domain's) shown inside `scope`; fails unless exactly one appears. */
async function statusWordIn(scope: Locator): Promise<string> {
  const shown: string[] = [];
  for (const word of STATUS_WORDS) if ((await scope.getByText(word, { exact: true }).count()) > 0) shown.push(word);
  expect(shown).toHaveLength(1);
  return shown[0];
}

describe('one completeness status and a verification that says who and when', () => {
  let server: RunningConsole;
  let browser: Browser;
  let officerId: number;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsole(), launchBrowser()]);
    const asOfficer = await api(server.baseUrl, 'officer');
    const me = await asOfficer<{ id: number; version: number }>('/api/me/profile');
    officerId = me.id;
    // Complete for the default rule set; the campaign below also wants a photo and the officer's confirmation.
    await asOfficer('/api/me/profile', {
      method: 'PATCH',
      body: {
        version: me.version,
        gender: 'female',
        birthDate: '1990-04-15',
        citizenId: buildCitizenId('010', 'female', 1990, '654321'),
        phone: '0912345678',
      },
    });
    const asAdmin = await api(server.baseUrl, 'admin');
    // Whatever the demo seeds, only this journey's campaign runs, so the expected status is known.
    const running = await asAdmin<{ data: { id: number }[] }>('/api/campaigns?status=active&perPage=100');
    for (const { id } of running.data) await asAdmin(`/api/campaigns/${id}/close`, { method: 'POST', body: {} });
    const units = await asAdmin<{ data: { id: number; code: string }[] }>('/api/units?perPage=1000');
    const day = 86_400_000;
    const campaign = await asAdmin<{ id: number }>('/api/campaigns', {
      method: 'POST',
      body: {
        name: 'Bổ sung ảnh và xác nhận hồ sơ',
        startsAt: new Date(Date.now() - 7 * day).toISOString(),
        deadlineAt: new Date(Date.now() + 14 * day).toISOString(),
        requiredItems: ['fullName', 'phone', 'avatar', 'confirmed'],
        targets: [{ unitId: units.data.find((u) => u.code === 'T15-SYT')!.id }],
      },
    });
    await asAdmin(`/api/campaigns/${campaign.id}/activate`, { method: 'POST', body: {} });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the same status in the list and on the officer page, verifies with a time and a name, and sends the record back', async () => {
    const page = await browser.newPage({ viewport: LAPTOP });
    const errors = watchPageErrors(page);
    await signIn(page, server.baseUrl, 'supervisor');
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 20000 });

    await page.goto(`${server.baseUrl}/officers`);
    const row = page.getByRole('row', { name: /Nguyễn Thị Hoa/ });
    await row.waitFor({ timeout: 20000 });
    const inList = await statusWordIn(row);
    expect(inList).toBe(COMPLIANCE_STATUS_LABELS.vi.incomplete);
    await screenshot(page, 'status-list-laptop');

    await page.goto(`${server.baseUrl}/officers/${officerId}/show`);
    const account = page
      .locator('.MuiCard-root.MuiPaper-outlined')
      .filter({ has: page.getByText('Tài khoản', { exact: true }) });
    const checklist = page
      .locator('.MuiCard-root.MuiPaper-outlined')
      .filter({ has: page.getByText('Mức độ hoàn thiện hồ sơ', { exact: true }) });
    await checklist.getByText('Bổ sung ảnh và xác nhận hồ sơ').waitFor({ timeout: 20000 });
    expect(await statusWordIn(account)).toBe(inList);
    expect(await statusWordIn(checklist)).toBe(inList);

    await page.getByRole('button', { name: 'Xác thực hồ sơ' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác thực hồ sơ' }).click();
    const detail = account.getByText(/^Lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}, người xác thực: .+/);
    await detail.waitFor({ timeout: 10000 });
    await checklist.getByText('Nội dung đã xác thực: Họ tên, Ngày sinh, Giới tính, Số CCCD').waitFor();
    expect(await account.getByText('Hồ sơ được xác thực lúc').count()).toBe(0);
    await screenshot(page, 'status-verified-laptop');

    await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Lý do, nội dung cần bổ sung/ }).fill(REASON);
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/officers/${officerId}/send-back`) && r.status() === 200),
      dialog.getByRole('button', { name: 'Yêu cầu bổ sung' }).click(),
    ]);
    await checklist.getByTestId('send-back-notice').getByText(REASON).waitFor({ timeout: 10000 });
    await account.getByText('Chưa xác thực').waitFor();
    await screenshot(page, 'status-sent-back-laptop');
    // The same page on a supervisor's phone: the record actions wrap, nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    await page.locator('button[aria-label="Yêu cầu bổ sung"]').waitFor({ timeout: 10000 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'status-sent-back-supervisor-phone');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('tells the officer on a phone why the record came back, on the profile and in a notification', async () => {
    const page = await browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    const errors = watchPageErrors(page);
    await signIn(page, server.baseUrl, 'officer');
    await page.waitForURL('**/profile', { timeout: 20000 });
    const notice = page.getByTestId('send-back-notice');
    await notice.waitFor({ timeout: 20000 });
    expect(await notice.innerText()).toContain('Hồ sơ cần bổ sung');
    expect(await notice.innerText()).toContain(REASON);
    await screenshot(page, 'status-sent-back-phone');

    await page.getByRole('button', { name: /Thông báo \(\d+ chưa đọc\)/ }).click();
    await page.getByRole('dialog').getByText('Hồ sơ cần bổ sung').first().waitFor({ timeout: 10000 });
    // The popover grows in: shoot it once it is fully shown.
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('[role="dialog"]')).some((d) => getComputedStyle(d).opacity === '1'),
    );
    await screenshot(page, 'status-notification-phone');
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
