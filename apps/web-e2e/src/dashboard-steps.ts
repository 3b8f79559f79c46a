import type { Page } from 'playwright-core';

/** Steps the dashboard journeys share: the demo accounts (README), the API as a script would call it, signing in. */
export const DEMO_PASSWORD = 'MotCua@2026';
export const WAIT = { timeout: 20000 };

export async function api<T>(baseUrl: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function apiToken(baseUrl: string, username: string): Promise<string> {
  const { accessToken } = await api<{ accessToken: string }>(baseUrl, '/api/auth/login', { method: 'POST', body: { username, password: DEMO_PASSWORD } });
  return accessToken;
}

export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor(WAIT);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await Promise.all([page.waitForResponse((response) => response.url().endsWith('/api/auth/login')), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
}

export const summaryCard = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
export const unitBreadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Đơn vị đang xem' });

/** Lets the page finish loading and scrolls back to the top, for a full-page screenshot. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', WAIT).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Failed requests the SPA handles itself (a 403 it turns into a message) are logged by Chromium; they are not page errors. */
export const pageErrors = (errors: string[]) => errors.filter((error) => !error.startsWith('Failed to load resource'));
