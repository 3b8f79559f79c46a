import type { Page } from 'playwright-core';
import { WAIT } from './session';

/** Steps the dashboard journeys share on top of ./session. */
export const summaryCard = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
export const unitBreadcrumb = (page: Page) => page.getByRole('navigation', { name: 'Đơn vị đang xem' });

/** Lets the page finish loading and scrolls back to the top, for a full-page screenshot. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', WAIT).catch(() => undefined);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Failed requests the SPA handles itself (a 403 it turns into a message) are logged by Chromium; they are not page errors. */
export const pageErrors = (errors: string[]) => errors.filter((error) => !error.startsWith('Failed to load resource'));
