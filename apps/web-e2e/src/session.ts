import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, RunningConsole, startConsole, watchPageErrors } from './harness';

/** What the journeys share to reach the console: the demo accounts (README), the API as a script calls it, signing in. */

/** Seeded by the API's demo province (README). */
export const DEMO_PASSWORD = 'MotCua@2026';
export const WAIT = { timeout: 20000 };

export async function api<T>(
  baseUrl: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
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
  const { accessToken } = await api<{ accessToken: string }>(baseUrl, '/api/auth/login', {
    method: 'POST',
    body: { username, password: DEMO_PASSWORD },
  });
  return accessToken;
}

/** Fills the sign-in form already on screen and submits it, waiting for the API's answer (whatever it is). */
export async function submitSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/auth/login')),
    page.getByRole('button', { name: 'Đăng nhập' }).click(),
  ]);
}

/** Opens the sign-in page and signs in with the demo password. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('button', { name: 'Đăng nhập' }).waitFor(WAIT);
  await submitSignIn(page, username, DEMO_PASSWORD);
}

/** A fresh browser context and page, its errors watched, signed in as `username` and landed on the dashboard. */
export async function openDashboard(
  browser: Browser,
  baseUrl: string,
  username: string,
  options: BrowserContextOptions,
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  await signIn(page, baseUrl, username);
  await page.waitForURL((url) => url.pathname === '/', WAIT);
  return { context, page, errors };
}

/** Its own server (fresh database) and browser for the enclosing describe block, started before its tests and stopped after. */
export function consoleAndBrowser(env: Record<string, string> = {}) {
  const running: { server?: RunningConsole; browser?: Browser } = {};
  beforeAll(async () => {
    [running.server, running.browser] = await Promise.all([startConsole(env), launchBrowser()]);
  }, 60000);
  afterAll(async () => {
    await running.browser?.close();
    await running.server?.stop();
  });
  return {
    get server() {
      return running.server as RunningConsole;
    },
    get browser() {
      return running.browser as Browser;
    },
    get baseUrl() {
      return running.server?.baseUrl ?? '';
    },
  };
}
