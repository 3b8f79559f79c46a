import { vietnamWallClock } from '@motcua/contracts';
import Database from 'better-sqlite3';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, RunningConsole, screenshot, startConsole, watchPageErrors } from './harness';
import { api, DEMO_PASSWORD, signIn as signInWithDemoPassword, WAIT } from './session';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const DAY = 24 * 60 * 60 * 1000;

type Token = { token: string };

const login = async (baseUrl: string, username: string): Promise<Token> => ({
  token: (
    await api<{ accessToken: string }>(baseUrl, '/api/auth/login', {
      method: 'POST',
      body: { username, password: DEMO_PASSWORD },
    })
  ).accessToken,
});

const unitByCode = async (baseUrl: string, { token }: Token, code: string) =>
  (
    await api<{ data: { id: number; code: string; name: string }[] }>(baseUrl, '/api/units?perPage=1000', { token })
  ).data.find((unit) => unit.code === code)!;

async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await signInWithDemoPassword(page, baseUrl, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'), WAIT);
}

/** A day `days` from now on Vietnam's calendar, as the picker is typed: "ddMMyyyy". */
function vietnamDay(days: number): { typed: string; shown: string; at17: string } {
  const wall = vietnamWallClock(new Date(Date.now() + days * DAY));
  const [d, m, y] = [wall.getUTCDate(), wall.getUTCMonth() + 1, wall.getUTCFullYear()].map((n) =>
    String(n).padStart(2, '0'),
  );
  return {
    typed: `${d}${m}${y}`,
    shown: `${d}/${m}/${y}`,
    at17: new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 17 - 7)).toISOString(),
  };
}

/** Types into the MUI X date-time field section by section (day, month, year, hour, minute), as a keyboard user does. */
async function typeDateTime(page: Page, label: string, digits: string): Promise<void> {
  const group = page.getByRole('group', { name: new RegExp(`^${label}`) });
  await group.getByRole('spinbutton').first().click();
  await page.keyboard.type(digits, { delay: 20 });
}

const fieldText = (page: Page, label: string) =>
  page
    .getByRole('group', { name: new RegExp(`^${label}`) })
    .locator('.MuiPickersSectionList-root')
    .innerText()
    .then((text) =>
      text
        .replace(/[\u2066-\u2069\u200e]/g, '')
        .replace(/\s*([/:])\s*/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    );

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('forms as admins, supervisors and officers fill them in', () => {
  let server: RunningConsole;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  /** A fresh browser profile in Vietnamese; `timezoneId` proves the form keeps Vietnam time whatever the browser's zone. */
  const open = async (viewport: { width: number; height: number }, timezoneId = 'Asia/Ho_Chi_Minh') => {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([startConsole(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
    await server?.stop();
  });

  it('an admin in a browser set to New York sets a campaign on Vietnam’s clock in dd/MM/yyyy HH:mm, is refused a past deadline, and is warned before leaving unsaved edits', async () => {
    const page = await open(LAPTOP, 'America/New_York');
    const errors = watchPageErrors(page);
    await signIn(page, server.baseUrl, 'admin');
    await page.goto(`${server.baseUrl}/campaigns/create`);
    await page.getByText('Tạo đợt cập nhật mới').first().waitFor(WAIT);
    expect(await page.getByText(/Tạo Đợt cập nhật/).count()).toBe(0);

    const posts: number[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/campaigns')
        posts.push(response.status());
    });
    await page.getByRole('textbox', { name: /^Tên đợt/ }).fill('Đợt kiểm tra biểu mẫu');
    const start = vietnamDay(-3);
    const past = vietnamDay(-1);
    await typeDateTime(page, 'Bắt đầu', `${start.typed}0800`);
    await typeDateTime(page, 'Hạn chót', `${past.typed}1700`);
    expect(await fieldText(page, 'Bắt đầu')).toBe(`${start.shown} 08:00`);
    expect(await fieldText(page, 'Hạn chót')).toBe(`${past.shown} 17:00`);
    await page.getByRole('checkbox', { name: 'Sở Y tế', exact: true }).check();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Hạn chót đã qua. Hãy chọn hạn chót sau thời điểm hiện tại.').first().waitFor(WAIT);
    expect(posts).toEqual([]);
    await screenshot(page, 'forms-campaign-past-deadline-1366');

    // A fresh form (a full page load, which the in-app unsaved-changes question does not cover).
    await page.goto(`${server.baseUrl}/campaigns/create`);
    await page.getByRole('textbox', { name: /^Tên đợt/ }).fill('Đợt kiểm tra biểu mẫu');
    const deadline = vietnamDay(10);
    await typeDateTime(page, 'Bắt đầu', `${start.typed}0800`);
    await typeDateTime(page, 'Hạn chót', `${deadline.typed}1700`);
    expect(await fieldText(page, 'Hạn chót')).toBe(`${deadline.shown} 17:00`);
    await page.getByRole('checkbox', { name: 'Sở Y tế', exact: true }).check();
    const [created] = await Promise.all([
      page.waitForResponse(
        (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/campaigns',
      ),
      page.getByRole('button', { name: 'Lưu' }).click(),
    ]);
    expect(created.status()).toBe(201);
    const campaign = (await created.json()) as { id: number; deadlineAt: string };
    // 17:00 on a Vietnamese clock is 10:00 UTC, though the browser runs on New York time.
    expect(new Date(campaign.deadlineAt).toISOString()).toBe(deadline.at17);
    await page.getByText('Đã tạo đợt cập nhật (bản nháp)').first().waitFor(WAIT);
    await page.getByText('Sửa đợt cập nhật: Đợt kiểm tra biểu mẫu').first().waitFor(WAIT);
    expect(await fieldText(page, 'Hạn chót')).toBe(`${deadline.shown} 17:00`);
    expect(await page.locator('body').innerText()).not.toMatch(/mm\/dd\/yyyy|\bPM\b|\bAM\b/i);
    await screenshot(page, 'forms-campaign-edit-1366');

    // Leaving through the side menu with an unsaved edit asks first; staying keeps the edit.
    await page.getByRole('textbox', { name: /^Tên đợt/ }).fill('Đợt kiểm tra biểu mẫu (đang sửa)');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => void dialog.dismiss().then(() => resolve(dialog.message()))),
    );
    await page.getByRole('menuitem', { name: 'Đơn vị' }).click();
    expect(await asked).toMatch(/chưa (được )?lưu/i);
    expect(new URL(page.url()).pathname).toBe(`/campaigns/${campaign.id}`);
    expect(await page.getByRole('textbox', { name: /^Tên đợt/ }).inputValue()).toBe('Đợt kiểm tra biểu mẫu (đang sửa)');
    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
  });

  it('a supervisor, who cannot create campaigns, is never invited to create one', async () => {
    const page = await open(PHONE);
    await signIn(page, server.baseUrl, 'supervisor');
    await page.goto(`${server.baseUrl}/campaigns`);
    await page.getByText('Đợt cập nhật').first().waitFor(WAIT);
    await page.waitForLoadState('networkidle', WAIT).catch(() => undefined);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Bạn có muốn thêm mới không?');
    expect(text).not.toContain('Tạo đợt cập nhật để yêu cầu');
    expect(await page.getByRole('link', { name: /Tạo mới/ }).count()).toBe(0);
  });

  it('units: on a phone the account count sits under the name, on a laptop "Chỉnh sửa" stays on one line, and deleting a unit with accounts is refused up front', async () => {
    const admin = await login(server.baseUrl, 'admin');
    const health = await unitByCode(server.baseUrl, admin, 'T15-SYT');

    const phone = await open(PHONE);
    await signIn(phone, server.baseUrl, 'admin');
    await phone.goto(`${server.baseUrl}/units`);
    const name = phone.getByText(health.name, { exact: true }).first();
    await name.waitFor(WAIT);
    const row = phone.locator('li', { has: name }).first();
    // Counts are asked for the rows scrolled to.
    await row.scrollIntoViewIfNeeded();
    const count = row.getByText(/\d+ tài khoản$/).first();
    await count.waitFor(WAIT);
    const [nameBox, countBox] = [await name.boundingBox(), await count.boundingBox()];
    expect(countBox!.y).toBeGreaterThanOrEqual(nameBox!.y + nameBox!.height - 1);
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
    await screenshot(phone, 'forms-units-390');

    const laptop = await open(LAPTOP);
    await signIn(laptop, server.baseUrl, 'admin');
    await laptop.goto(`${server.baseUrl}/units`);
    const edit = laptop.getByRole('link', { name: 'Chỉnh sửa' }).first();
    await edit.waitFor(WAIT);
    const label = edit.getByText('Chỉnh sửa');
    const lineHeight = await label.evaluate(
      (element) => parseFloat(getComputedStyle(element.parentElement ?? element).lineHeight) || 24,
    );
    expect((await label.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);

    await laptop.goto(`${server.baseUrl}/units/${health.id}`);
    await laptop.getByText(`Sửa đơn vị: ${health.name}`).first().waitFor(WAIT);
    expect(await laptop.getByText('Đơn vị gốc (không có đơn vị cấp trên)').count()).toBe(0);
    await laptop.getByRole('button', { name: 'Xóa' }).click();
    const dialog = laptop.getByRole('dialog');
    await dialog.waitFor(WAIT);
    await dialog.getByText(/^Không thể xóa “Sở Y tế”: đơn vị còn .*tài khoản cán bộ/).waitFor(WAIT);
    expect(await dialog.getByRole('button', { name: 'Xóa' }).isDisabled()).toBe(true);
    await screenshot(laptop, 'forms-unit-delete-1366');
  });

  it('officers: the username rule answers while the admin types, a lowercase name is offered capitalised, and the admin corrects e-mail and phone later', async () => {
    const page = await open(LAPTOP);
    await signIn(page, server.baseUrl, 'admin');
    await page.goto(`${server.baseUrl}/officers/create`);
    await page.getByText('Tạo tài khoản cán bộ').first().waitFor(WAIT);
    const username = page.getByRole('textbox', { name: /^Tên đăng nhập/ });
    await username.fill('hoà.nt');
    const rule = page.getByText('Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.');
    await rule.first().waitFor(WAIT);
    await username.fill('hoa.nt2');
    await rule.first().waitFor({ state: 'hidden', ...WAIT });

    const fullName = page.getByRole('textbox', { name: /^Họ và tên/ });
    await fullName.fill('đỗ thị lan');
    await page.getByRole('button', { name: 'Viết hoa chữ cái đầu: “Đỗ Thị Lan”' }).click();
    expect(await fullName.inputValue()).toBe('Đỗ Thị Lan');
    await screenshot(page, 'forms-officer-create-1366');

    const admin = await login(server.baseUrl, 'admin');
    const officer = (
      await api<{ data: { id: number; username: string; fullName: string }[] }>(
        server.baseUrl,
        '/api/officers?q=officer',
        admin,
      )
    ).data.find((o) => o.username === 'officer')!;
    // Leave the create form without saving: the unsaved-changes question is accepted.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.goto(`${server.baseUrl}/officers/${officer.id}`);
    await page.getByText(`Sửa tài khoản: ${officer.fullName}`).first().waitFor(WAIT);
    await page.getByRole('textbox', { name: 'Email' }).fill('hoa.nt@syt.laocai.gov.vn');
    await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0988 123 456');
    await Promise.all([
      page.waitForResponse(
        (response) =>
          response.request().method() === 'PATCH' &&
          response.url().endsWith(`/api/officers/${officer.id}`) &&
          response.status() === 200,
      ),
      page.getByRole('button', { name: 'Lưu' }).click(),
    ]);
    await page.getByText('Đã lưu tài khoản cán bộ').first().waitFor(WAIT);
    const saved = await api<{ email: string; phone: string }>(server.baseUrl, `/api/officers/${officer.id}`, admin);
    expect(saved).toMatchObject({ email: 'hoa.nt@syt.laocai.gov.vn', phone: '0988123456' });
  });

  it('an officer on a phone sees "Quá hạn N ngày" (never negative days) once a deadline has passed, and "Xóa ảnh" asks first', async () => {
    const admin = await login(server.baseUrl, 'admin');
    const health = await unitByCode(server.baseUrl, admin, 'T15-SYT');
    const created = await api<{ id: number }>(server.baseUrl, '/api/campaigns', {
      method: 'POST',
      token: admin.token,
      body: {
        name: 'Đợt đã quá hạn',
        startsAt: new Date(Date.now() - 20 * DAY).toISOString(),
        deadlineAt: new Date(Date.now() + DAY).toISOString(),
        requiredItems: ['verified'],
        targets: [{ unitId: health.id }],
      },
    });
    await api(server.baseUrl, `/api/campaigns/${created.id}/activate`, { method: 'POST', token: admin.token });
    // Time passes: the API refuses to set a past deadline, so it is moved in the database as five days would.
    const db = new Database(path.join(server.dataDir, 'motcua.sqlite'));
    try {
      const stored = (
        db.prepare('SELECT deadline_at AS at FROM campaigns WHERE id = ?').get(created.id) as { at: string }
      ).at;
      const passed = new Date(Date.now() - 5 * DAY).toISOString();
      const asStored = /T/.test(stored) ? passed : passed.replace('T', ' ').replace('Z', '');
      db.prepare('UPDATE campaigns SET deadline_at = ? WHERE id = ?').run(asStored, created.id);
    } finally {
      db.close();
    }

    const officer = await login(server.baseUrl, 'officer');
    const photo = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/png' }), 'anh.png');
    const upload = await fetch(`${server.baseUrl}/api/me/avatar`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${officer.token}` },
      body: form,
    });
    expect(upload.ok).toBe(true);

    const page = await open(PHONE);
    const errors = watchPageErrors(page);
    await signIn(page, server.baseUrl, 'officer');
    await page.waitForURL('**/profile', WAIT);
    const completeness = page.getByRole('region', { name: 'Mức độ hoàn thiện' });
    await completeness.waitFor(WAIT);
    await completeness
      .getByText(/^Quá hạn \d+ ngày$/)
      .first()
      .waitFor(WAIT);
    expect(await completeness.innerText()).not.toMatch(/-\s?\d+ ngày|Còn -/);
    await screenshot(page, 'forms-profile-overdue-390');

    await page.getByRole('button', { name: 'Xóa ảnh' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Xóa ảnh đại diện?').waitFor(WAIT);
    await screenshot(page, 'forms-avatar-confirm-390');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden', ...WAIT });
    const profile = await api<{ avatarUrl: string | null }>(server.baseUrl, '/api/me/profile', officer);
    expect(profile.avatarUrl).not.toBeNull();
    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
  });
});
