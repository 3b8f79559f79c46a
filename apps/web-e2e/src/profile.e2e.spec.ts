import { buildCitizenId, formatRuleError } from '@motcua/domain';
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, RunningConsole, screenshot, startConsole, watchPageErrors } from './harness';

/** Seeded by the API's demo province (README). */
const DEMO_PASSWORD = 'MotCua@2026';
/** The default rule set (PROFILE_REQUIRED_FIELDS), by its Vietnamese checklist labels. */
const REQUIRED_ITEMS = ['Họ tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Số điện thoại'];
const PHONE = { width: 390, height: 844 };
/** A CCCD for a woman born in 1990, registered in Hà Giang (010). */
const VALID_CCCD = buildCitizenId('010', 'female', 1990, '123456');
/** A 9-digit CMND, no longer accepted. */
const OLD_CMND = '123456789';
const CMND_MESSAGE = formatRuleError({ code: 'CCCD_OLD_CMND' }, 'vi');

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/auth/login')),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

/** A full-page shot from the top, so the fixed app bar sits where the officer sees it. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** What the API itself answers for the old CMND number, so the inline message can be compared with it. */
async function serverCitizenIdMessage(baseUrl: string, citizenId: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'officer', password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
  const { version } = (await (await fetch(`${baseUrl}/api/me/profile`, { headers })).json()) as { version: number };
  const refused = await fetch(`${baseUrl}/api/me/profile`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ version, citizenId }),
  });
  expect(refused.status).toBe(400);
  const body = (await refused.json()) as { errors: { field: string; code: string; message: string }[] };
  const error = body.errors.find((e) => e.field === 'citizenId');
  expect(error?.code).toBe('CCCD_OLD_CMND');
  return error?.message ?? '';
}

describe('an officer completing the personal record', () => {
  let server: RunningConsole;
  let browser: Browser;

  beforeAll(async () => {
    // This journey walks the default rule set (no campaign targets the officer): the demo's running campaigns stay off.
    [server, browser] = await Promise.all([startConsole({ DEMO_CAMPAIGNS: 'false' }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('fills in the record on a phone, is told inline what is wrong with the CCCD, saves, uploads a photo and confirms', async () => {
    const serverMessage = await serverCitizenIdMessage(server.baseUrl, OLD_CMND);
    expect(serverMessage).toBe(CMND_MESSAGE);
    const avatarPng = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();

    const page = await browser.newPage({ viewport: PHONE });
    const errors = watchPageErrors(page);
    await page.goto(`${server.baseUrl}/login`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor({ timeout: 20000 });
    await signIn(page, 'officer', DEMO_PASSWORD);

    // Officers have no dashboard: they land on their own record.
    await page.waitForURL('**/profile', { timeout: 20000 });
    const fullName = page.getByRole('textbox', { name: 'Họ tên' });
    await fullName.waitFor({ timeout: 20000 });
    await page.getByText('Thông tin cá nhân').first().waitFor();
    expect(await fullName.inputValue()).toBe('Nguyễn Thị Hoa');
    const completeness = page.getByRole('region', { name: 'Mức độ hoàn thiện' });
    const confirm = completeness.getByRole('button', { name: 'Tôi xác nhận thông tin trên là chính xác' });
    // Gender, birth date, CCCD and phone are still missing: nothing to confirm yet.
    expect(await completeness.locator('[data-state="missing"]').count()).toBe(4);
    expect(await confirm.isDisabled()).toBe(true);
    await page.waitForLoadState('networkidle');
    await shot(page, 'profile-phone-landing');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('radiogroup', { name: 'Giới tính' }).getByRole('radio', { name: 'Nữ' }).check();
    // Typed digit by digit: the slashes come by themselves.
    const birthDate = page.getByRole('textbox', { name: 'Ngày sinh' });
    await birthDate.pressSequentially('15041990');
    expect(await birthDate.inputValue()).toBe('15/04/1990');
    await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0912 345 678');

    const citizenId = page.getByRole('textbox', { name: 'Số CCCD' });
    await citizenId.fill(OLD_CMND);
    await citizenId.blur();
    // The inline message under the field is the server's own wording (libs/domain), and the field is marked invalid.
    const citizenIdHelper = page.locator('#profile-citizenId-helper-text');
    await expect(citizenIdHelper.innerText()).resolves.toBe(serverMessage);
    expect(await citizenId.getAttribute('aria-invalid')).toBe('true');
    await shot(page, 'profile-phone-cmnd-refused');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await citizenId.fill(VALID_CCCD);
    await page.getByText('Nhập theo số căn cước công dân đã được phân quyền trên hệ thống chứng thực').waitFor();
    expect(await citizenId.getAttribute('aria-invalid')).toBe('false');

    const [saved] = await Promise.all([
      page.waitForResponse(
        (response) => response.url().endsWith('/api/me/profile') && response.request().method() === 'PATCH',
      ),
      page.getByRole('button', { name: 'Cập nhật' }).click(),
    ]);
    expect(saved.status()).toBe(200);
    expect(await saved.json()).toMatchObject({
      gender: 'female',
      birthDate: '1990-04-15',
      citizenId: VALID_CCCD,
      phone: '0912345678',
    });
    const savedNotice = page.getByText('Đã cập nhật thông tin cá nhân');
    await savedNotice.waitFor();
    // The snackbar opens right over the full-width button, under the pointer, and MUI holds it open while hovered:
    // move the pointer off it, as a finger lifts, so it closes and the next notice can show.
    await page.mouse.move(2, 400);
    // Every required item is in now, and the form shows what the server stored.
    await completeness.locator('[data-state="missing"]').first().waitFor({ state: 'detached' });
    expect(await page.getByRole('textbox', { name: 'Số điện thoại' }).inputValue()).toBe('0912345678');
    expect(await birthDate.inputValue()).toBe('15/04/1990');
    await shot(page, 'profile-phone-saved');
    await savedNotice.waitFor({ state: 'detached', timeout: 10000 });

    // The photo is saved at once, on its own.
    const [uploaded] = await Promise.all([
      page.waitForResponse(
        (response) => response.url().endsWith('/api/me/avatar') && response.request().method() === 'PUT',
      ),
      page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'chan-dung.png', mimeType: 'image/png', buffer: avatarPng }),
    ]);
    expect(uploaded.status()).toBe(200);
    await page.getByText('Đã cập nhật ảnh đại diện').waitFor();
    await page.getByRole('img', { name: 'Ảnh đại diện' }).waitFor();
    await page.getByRole('button', { name: 'Xóa ảnh' }).waitFor();
    await shot(page, 'profile-phone-avatar');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Back on a desktop: confirm, and the checklist has every required item done.
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await confirm.isEnabled()).toBe(true);
    const [confirmed] = await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/me/profile/confirm')),
      confirm.click(),
    ]);
    expect(confirmed.status()).toBe(200);
    await page.getByText('Đã ghi nhận xác nhận thông tin của bạn').waitFor();
    await completeness.getByText(/^Đã xác nhận lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/).waitFor();

    const done = completeness.locator('[data-state="done"]');
    const doneItems = (await done.allInnerTexts()).map((text) => text.trim());
    expect(doneItems).toEqual(expect.arrayContaining(REQUIRED_ITEMS));
    // Nothing required is left open, neither missing nor invalid.
    expect(await completeness.locator('[data-state="missing"], [data-state="invalid"]').count()).toBe(0);
    await completeness.getByText('Hoàn thành').waitFor();
    await page.waitForLoadState('networkidle');
    await shot(page, 'profile-desktop-complete');

    // It stuck: a reload reads the same record back.
    await page.reload();
    await fullName.waitFor({ timeout: 20000 });
    expect(await page.getByRole('textbox', { name: 'Số CCCD' }).inputValue()).toBe(VALID_CCCD);
    expect(await page.getByRole('radio', { name: 'Nữ' }).isChecked()).toBe(true);
    await completeness.getByText('Hoàn thành').waitFor();

    expect(errors.filter((error) => !error.startsWith('Failed to load resource'))).toEqual([]);
  });
});
