import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pageErrors, settle, summaryCard, unitBreadcrumb } from './dashboard-steps';
import { launchBrowser, RunningConsole, screenshot, startConsole } from './harness';
import { api, apiToken, consoleAndBrowser, openDashboard, WAIT } from './session';

/** The demo's campaigns (apps/api/src/seed/demo-campaigns.ts). */
const PROVINCE_CAMPAIGN = 'Chuẩn hóa thông tin cán bộ, công chức toàn tỉnh';
const WARD_CAMPAIGN = 'Rà soát số CCCD và số điện thoại phường Lào Cai';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1366, height: 768 } };
const REMINDED_AT = /^Đã nhắc lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/;

const dashboardParams = (page: Page) => new URL(page.url()).searchParams;

describe('the demo province on first start, on the dashboard', () => {
  let server: RunningConsole;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsole(), launchBrowser()]);
  }, 60000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows a supervisor on a phone the running campaign, the officers behind as cards, and the reminder already sent, with nothing wider than the screen', async () => {
    const { context, page, errors } = await openDashboard(browser, server.baseUrl, 'supervisor', PHONE);
    contexts.push(context);
    await summaryCard(page, 'Tổng số').waitFor(WAIT);
    await page.getByText(PROVINCE_CAMPAIGN, { exact: true }).first().waitFor(WAIT);
    await page.getByRole('heading', { name: /^Cán bộ chưa hoàn thành/ }).waitFor(WAIT);

    // Sở Y tế has no sub-units: one line, not an empty card.
    const none = page.getByText('Sở Y tế không có đơn vị trực thuộc.', { exact: true });
    await none.waitFor(WAIT);
    expect((await none.boundingBox())?.height).toBeLessThan(60);
    expect(await page.getByRole('heading', { name: 'Theo đơn vị trực thuộc' }).count()).toBe(0);

    // The officers behind are cards on a phone, not a table; the demo officer was reminded two days ago.
    const list = page.getByRole('list', { name: 'Cán bộ chưa hoàn thành' });
    await list.waitFor(WAIT);
    expect(await page.getByRole('table', { name: 'Cán bộ chưa hoàn thành' }).count()).toBe(0);
    await page.getByRole('textbox', { name: 'Tìm theo tên' }).fill('Nguyễn Thị Hoa');
    const hoa = list
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Nguyễn Thị Hoa', exact: true }) });
    await hoa.getByText(REMINDED_AT).waitFor(WAIT);
    await hoa.getByRole('button', { name: 'Nhắc nhở Nguyễn Thị Hoa' }).waitFor(WAIT);

    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'dashboard-first-use-supervisor-phone');
    expect(pageErrors(errors)).toEqual([]);
  }, 120000);

  it('keeps an admin on a phone inside the screen on the province, a unit and the overdue list of the ward', async () => {
    const { context, page, errors } = await openDashboard(browser, server.baseUrl, 'admin', PHONE);
    contexts.push(context);
    await summaryCard(page, 'Tổng số').waitFor(WAIT);
    await unitBreadcrumb(page).getByText('Toàn tỉnh', { exact: true }).waitFor(WAIT);
    await page.getByRole('table', { name: 'Theo đơn vị trực thuộc' }).waitFor(WAIT);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'dashboard-first-use-admin-phone');

    // The ward's own review is past its deadline: its overdue officers, as cards.
    const token = await apiToken(server.baseUrl, 'admin');
    const campaigns = await api<{ data: { id: number; name: string }[] }>(
      server.baseUrl,
      '/api/campaigns?perPage=100',
      { token },
    );
    const ward = campaigns.data.find((c) => c.name === WARD_CAMPAIGN);
    const units = await api<{ data: { id: number; code: string }[] }>(server.baseUrl, '/api/units?perPage=1000', {
      token,
    });
    const wardUnit = units.data.find((u) => u.code === 'T15-X02647');
    expect(ward && wardUnit).toBeTruthy();
    await page.goto(`${server.baseUrl}/?campaign=${ward?.id}&unit=${wardUnit?.id}`);
    const overdue = page.getByRole('list', { name: 'Cán bộ quá hạn' });
    await overdue.getByRole('listitem').first().waitFor(WAIT);
    expect(
      Number((await summaryCard(page, 'Quá hạn').locator('p').first().innerText()).replace(/\D/g, '')),
    ).toBeGreaterThan(0);
    expect(
      Number((await summaryCard(page, 'Hoàn thành muộn').locator('p').first().innerText()).replace(/\D/g, '')),
    ).toBeGreaterThan(0);
    // Four days past its deadline: the days overdue, not a negative "days left".
    expect(await summaryCard(page, 'Số ngày quá hạn').locator('p').first().innerText()).toBe('4');
    expect(await summaryCard(page, 'Số ngày còn lại').count()).toBe(0);
    await unitBreadcrumb(page).getByText('Ủy ban nhân dân phường Lào Cai', { exact: true }).waitFor(WAIT);
    await settle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'dashboard-first-use-ward-overdue-phone');
    expect(pageErrors(errors)).toEqual([]);
  }, 120000);

  it('lets an admin on a laptop tell the units apart on the chart, drill down with the unit in the URL, go Back up, and see “Đã nhắc lúc” after “Nhắc tất cả”, also after a reload', async () => {
    const { context, page, errors } = await openDashboard(browser, server.baseUrl, 'admin', LAPTOP);
    contexts.push(context);
    await summaryCard(page, 'Tổng số').waitFor(WAIT);
    const table = page.getByRole('table', { name: 'Theo đơn vị trực thuộc' });
    await table.waitFor(WAIT);

    // Axis ticks: distinct and whole (short names or codes), the full name on hover.
    await page.locator('.MuiChartsAxis-directionY .MuiChartsAxis-tickLabel').first().waitFor(WAIT);
    const ticks = (await page.locator('.MuiChartsAxis-directionY .MuiChartsAxis-tickLabel').allTextContents()).map(
      (t) => t.trim(),
    );
    expect(ticks.length).toBeGreaterThan(10);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.filter((t) => t.includes('…'))).toEqual([]);
    expect(ticks).toContain('UBND phường Lào Cai');
    expect(ticks).toContain('UBND phường Yên Bái');
    const tick = page.locator('.MuiChartsAxis-directionY .MuiChartsAxis-tickLabel', { hasText: 'UBND phường Lào Cai' });
    await tick.scrollIntoViewIfNeeded();
    const box = await tick.boundingBox();
    expect(box).not.toBeNull();
    if (box) await page.mouse.move(box.x + box.width + 120, box.y + box.height / 2, { steps: 4 });
    await page
      .locator('.MuiChartsTooltip-root')
      .getByText('Ủy ban nhân dân phường Lào Cai', { exact: true })
      .waitFor(WAIT);
    await settle(page);
    await screenshot(page, 'dashboard-first-use-admin-laptop');
    // The sub-units card ends with its table: no blank space under it.
    const gap = await table.evaluate(
      (element) =>
        (element.closest('.MuiCard-root')?.getBoundingClientRect().bottom ?? Infinity) -
        element.getBoundingClientRect().bottom,
    );
    expect(gap).toBeLessThan(48);

    // Drill into Sở Tư pháp: its id is in the URL; a reload (a shared link) opens it again; Back goes up.
    await table.getByRole('button', { name: 'Sở Tư pháp', exact: true }).click();
    await unitBreadcrumb(page).getByText('Sở Tư pháp', { exact: true }).waitFor(WAIT);
    const unitId = dashboardParams(page).get('unit');
    expect(unitId).toMatch(/^\d+$/);
    await page.reload();
    await unitBreadcrumb(page).getByText('Sở Tư pháp', { exact: true }).waitFor(WAIT);
    expect(await unitBreadcrumb(page).getByText('Sở Tư pháp', { exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('unit'), WAIT);
    await table.getByRole('button', { name: 'Sở Tư pháp', exact: true }).waitFor(WAIT);
    expect(await unitBreadcrumb(page).getByText('Toàn tỉnh', { exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await page.goForward();
    await unitBreadcrumb(page).getByText('Sở Tư pháp', { exact: true }).waitFor(WAIT);

    // "Nhắc tất cả" for Sở Tư pháp: every row then says when, from the server's record, and offers no second reminder today.
    const lagging = page.getByRole('table', { name: 'Cán bộ chưa hoàn thành' });
    await lagging.getByRole('row').nth(1).waitFor(WAIT);
    expect(await lagging.getByRole('button', { name: /^Nhắc nhở / }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Nhắc tất cả' }).click();
    const dialog = page.getByRole('dialog');
    await Promise.all([
      page.waitForResponse(
        (response) => response.url().endsWith('/api/reminders') && response.request().method() === 'POST',
        WAIT,
      ),
      dialog.getByRole('button', { name: 'Nhắc tất cả' }).click(),
    ]);
    await lagging.getByText(REMINDED_AT).first().waitFor(WAIT);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('table[aria-label="Cán bộ chưa hoàn thành"] button[aria-label^="Nhắc nhở "]')
          .length === 0,
      undefined,
      WAIT,
    );
    const rows = await lagging.locator('tbody tr').count();
    expect(await lagging.getByText(REMINDED_AT).count()).toBe(rows);
    await settle(page);
    await screenshot(page, 'dashboard-first-use-reminded-all');
    await page.reload();
    await lagging.getByText(REMINDED_AT).first().waitFor(WAIT);
    expect(await lagging.getByText(REMINDED_AT).count()).toBe(rows);
    expect(await lagging.getByRole('button', { name: /^Nhắc nhở / }).count()).toBe(0);
    expect(pageErrors(errors)).toEqual([]);
  }, 180000);
});

describe('the dashboard when no campaign runs', () => {
  const app = consoleAndBrowser({ DEMO_CAMPAIGNS: 'false' });

  it('tells a supervisor what it means, and shows an admin how to start one', async () => {
    const supervisor = await openDashboard(app.browser, app.baseUrl, 'supervisor', PHONE);
    await supervisor.page.getByText('Chưa có đợt cập nhật nào đang diễn ra.', { exact: true }).waitFor(WAIT);
    await supervisor.page.getByText(/^Khi quản trị viên bắt đầu một đợt cập nhật cho đơn vị của bạn/).waitFor(WAIT);
    expect(await supervisor.page.getByRole('link', { name: 'Tạo đợt cập nhật' }).count()).toBe(0);
    expect(await supervisor.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await settle(supervisor.page);
    await screenshot(supervisor.page, 'dashboard-no-campaign-supervisor-phone');
    expect(pageErrors(supervisor.errors)).toEqual([]);
    await supervisor.context.close();

    const admin = await openDashboard(app.browser, app.baseUrl, 'admin', LAPTOP);
    await admin.page.getByText(/^Để bắt đầu: tạo một đợt cập nhật/).waitFor(WAIT);
    await settle(admin.page);
    await screenshot(admin.page, 'dashboard-no-campaign-admin');
    await admin.page.getByRole('link', { name: 'Tạo đợt cập nhật' }).click();
    await admin.page.waitForURL('**/campaigns/create', WAIT);
    expect(pageErrors(admin.errors)).toEqual([]);
    await admin.context.close();
  }, 120000);
});
