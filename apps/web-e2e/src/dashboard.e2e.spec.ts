import type { Locator, Page } from 'playwright-core';
import { pageErrors, settle, summaryCard, unitBreadcrumb } from './dashboard-steps';
import { screenshot, watchPageErrors } from './harness';
import { api, apiToken, consoleAndBrowser, openDashboard, signIn, WAIT } from './session';

const CAMPAIGN = 'Chuẩn hóa thông tin cán bộ 2026';
const OFFICER_NAME = 'Nguyễn Thị Hoa';
const DESKTOP = { width: 1440, height: 900 };
const DAY = 24 * 60 * 60 * 1000;

/** The admin opens a campaign over the whole province, running since two days, due in five. */
async function activeCampaign(baseUrl: string): Promise<number> {
  const token = await apiToken(baseUrl, 'admin');
  const units = await api<{ data: { id: number; parentId: number | null }[] }>(baseUrl, '/api/units?perPage=1000', {
    token,
  });
  const root = units.data.find((unit) => unit.parentId === null);
  expect(root).toBeDefined();
  const now = Date.now();
  const campaign = await api<{ id: number }>(baseUrl, '/api/campaigns', {
    method: 'POST',
    token,
    body: {
      name: CAMPAIGN,
      startsAt: new Date(now - 2 * DAY).toISOString(),
      deadlineAt: new Date(now + 5 * DAY).toISOString(),
      requiredItems: ['gender', 'birthDate', 'citizenId', 'phone'],
      targets: [{ unitId: root?.id, includeSubtree: true }],
    },
  });
  await api(baseUrl, `/api/campaigns/${campaign.id}/activate`, { method: 'POST', token });
  return campaign.id;
}

const card = summaryCard;
const breadcrumb = unitBreadcrumb;

/** The big number on a summary card, e.g. "12" (vi-VN grouping "1.234" is read back as 1234). */
async function cardNumber(page: Page, name: string): Promise<number> {
  const value = card(page, name).locator('p').first();
  await value.waitFor(WAIT);
  return Number((await value.innerText()).replace(/\D/g, ''));
}

async function officerRow(page: Page): Promise<Locator> {
  const search = page.getByRole('textbox', { name: 'Tìm theo tên' });
  await search.waitFor(WAIT);
  await search.fill(OFFICER_NAME);
  const remind = page.getByRole('button', { name: `Nhắc nhở ${OFFICER_NAME}` });
  await remind.waitFor(WAIT);
  return remind;
}

describe('a supervisor following a campaign on the dashboard', () => {
  // This journey opens its own campaign: the demo's running ones stay out of its counts.
  const app = consoleAndBrowser({ DEMO_CAMPAIGNS: 'false' });

  it('sees the figures, reminds an officer, who completes the record, and the “Hoàn thành” count goes up', async () => {
    await activeCampaign(app.baseUrl);

    // 1. The supervisor lands on the dashboard with the campaign chosen.
    const {
      context: supervisorContext,
      page: supervisor,
      errors: supervisorErrors,
    } = await openDashboard(app.browser, app.baseUrl, 'supervisor', { viewport: DESKTOP });
    await card(supervisor, 'Tổng số').waitFor(WAIT);
    await supervisor.getByText(CAMPAIGN, { exact: true }).first().waitFor(WAIT);

    const total = await cardNumber(supervisor, 'Tổng số');
    const completeBefore = await cardNumber(supervisor, 'Hoàn thành');
    const notDoneBefore = await cardNumber(supervisor, 'Chưa hoàn thành');
    expect(total).toBeGreaterThan(0);
    expect(notDoneBefore).toBeGreaterThan(0);
    expect(completeBefore).toBeLessThan(total);

    // The supervisor's own unit is the start of the breadcrumb.
    await breadcrumb(supervisor).getByText('Sở Y tế', { exact: true }).waitFor(WAIT);
    expect(await breadcrumb(supervisor).getByText('Sở Y tế', { exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );
    await settle(supervisor);
    await screenshot(supervisor, 'dashboard-supervisor-landing');

    // 2. Drill into a sub-unit when Sở Y tế has one, then walk back up with the breadcrumb.
    const subUnits = supervisor.getByRole('table', { name: 'Theo đơn vị trực thuộc' }).getByRole('button');
    if ((await subUnits.count()) > 0) {
      const child = subUnits.first();
      const childName = (await child.innerText()).trim();
      await child.click();
      await breadcrumb(supervisor).getByText(childName, { exact: true }).waitFor(WAIT);
      expect(await breadcrumb(supervisor).getByText(childName, { exact: true }).getAttribute('aria-current')).toBe(
        'page',
      );
      await settle(supervisor);
      await screenshot(supervisor, 'dashboard-supervisor-sub-unit');
      await breadcrumb(supervisor).getByRole('button', { name: 'Sở Y tế' }).click();
      await breadcrumb(supervisor).getByRole('button').first().waitFor({ state: 'detached', timeout: 20000 });
      await breadcrumb(supervisor).getByText('Sở Y tế', { exact: true }).waitFor(WAIT);
    }

    // 3. Remind the officer from the "not complete" list.
    await supervisor.getByRole('heading', { name: /^Cán bộ chưa hoàn thành/ }).waitFor(WAIT);
    const remind = await officerRow(supervisor);
    const [reminded] = await Promise.all([
      supervisor.waitForResponse(
        (response) => response.url().endsWith('/api/reminders') && response.request().method() === 'POST',
        WAIT,
      ),
      remind.click(),
    ]);
    expect(reminded.status()).toBeLessThan(300);
    await supervisor.getByText('Đã gửi nhắc nhở cho 1 cán bộ', { exact: true }).waitFor(WAIT);
    const row = supervisor.getByRole('row').filter({ hasText: OFFICER_NAME });
    await row.getByText(/^Đã nhắc lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor(WAIT);
    expect(await row.getByRole('button', { name: `Nhắc nhở ${OFFICER_NAME}` }).count()).toBe(0);
    await screenshot(supervisor, 'dashboard-supervisor-reminded');

    // 4. The officer, in a separate browser context, sees the bell and the reminder, and completes the record.
    const officerContext = await app.browser.newContext({ viewport: DESKTOP });
    const officer = await officerContext.newPage();
    const officerErrors = watchPageErrors(officer);
    await signIn(officer, app.baseUrl, 'officer');
    await officer.waitForURL('**/profile', WAIT);
    const bell = officer.getByRole('button', { name: /^Thông báo \(\d+ chưa đọc\)$/ });
    await bell.waitFor(WAIT);
    const unread = Number(/\((\d+) chưa đọc\)/.exec((await bell.getAttribute('aria-label')) ?? '')?.[1]);
    expect(unread).toBeGreaterThanOrEqual(1);
    await bell.click();
    const latest = officer.getByRole('dialog', { name: 'Thông báo mới nhất' });
    await latest
      .getByText(/^Nhắc nhở: cập nhật thông tin cá nhân trước/)
      .first()
      .waitFor(WAIT);
    await latest
      .getByText(new RegExp(`Theo kế hoạch "${CAMPAIGN}"`))
      .first()
      .waitFor(WAIT);
    await screenshot(officer, 'dashboard-officer-reminder');
    await officer.keyboard.press('Escape');
    await latest.waitFor({ state: 'hidden', timeout: 20000 });

    const fullName = officer.getByRole('textbox', { name: 'Họ tên' });
    await fullName.waitFor(WAIT);
    await officer.getByRole('radiogroup', { name: 'Giới tính' }).getByRole('radio', { name: 'Nữ' }).check();
    const birthDate = officer.getByRole('textbox', { name: 'Ngày sinh' });
    await birthDate.pressSequentially('15041990');
    expect(await birthDate.inputValue()).toBe('15/04/1990');
    await officer.getByRole('textbox', { name: 'Số CCCD' }).fill('010190123456');
    await officer.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912345678');
    const [saved] = await Promise.all([
      officer.waitForResponse(
        (response) => response.url().endsWith('/api/me/profile') && response.request().method() === 'PATCH',
        WAIT,
      ),
      officer.getByRole('button', { name: 'Cập nhật' }).click(),
    ]);
    expect(saved.status()).toBe(200);
    expect(await saved.json()).toMatchObject({
      gender: 'female',
      birthDate: '1990-04-15',
      citizenId: '010190123456',
      phone: '0912345678',
    });
    await officer.getByText('Đã cập nhật thông tin cá nhân').waitFor(WAIT);
    await settle(officer);
    await screenshot(officer, 'dashboard-officer-saved');

    // 5. Back on the dashboard, one more officer is complete and one fewer is left.
    await supervisor.reload();
    await card(supervisor, 'Hoàn thành').waitFor(WAIT);
    await supervisor.waitForFunction(
      (expected) => {
        const group = document.querySelector('[role="group"][aria-label="Hoàn thành"] p');
        return group !== null && Number((group.textContent ?? '').replace(/\D/g, '')) === expected;
      },
      completeBefore + 1,
      { timeout: 20000 },
    );
    expect(await cardNumber(supervisor, 'Hoàn thành')).toBe(completeBefore + 1);
    expect(await cardNumber(supervisor, 'Chưa hoàn thành')).toBe(notDoneBefore - 1);
    expect(await cardNumber(supervisor, 'Tổng số')).toBe(total);
    await settle(supervisor);
    await screenshot(supervisor, 'dashboard-supervisor-after');

    expect(pageErrors(supervisorErrors)).toEqual([]);
    expect(pageErrors(officerErrors)).toEqual([]);
    await officerContext.close();
    await supervisorContext.close();
  }, 180000);
});
