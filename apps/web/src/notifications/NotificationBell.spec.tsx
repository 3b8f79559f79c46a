import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, on } from '../test/api';
import { TestAdmin } from '../test/TestAdmin';
import { NotificationBell } from './NotificationBell';
import NotificationList from './NotificationList';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const reminder = (id: number, readAt: string | null = null) => ({
  id,
  kind: 'reminder',
  title: 'Nhắc nhở cập nhật thông tin cá nhân',
  body: `Còn thiếu: Số CCCD (${id})`,
  campaignId: 1,
  readAt,
  createdAt: '2026-11-23T02:30:00.000Z',
});

/** The server's side: unread ids shrink as they are marked read. */
function notificationsApi(unread: number[], read: number[] = []) {
  const unreadIds = new Set(unread);
  const all = () =>
    [...unread, ...read].map((id) => reminder(id, unreadIds.has(id) ? null : '2026-11-23T03:00:00.000Z'));
  return mockApi(
    on('GET', '/api/me/notifications/unread-count', () => ({ status: 200, body: { count: unreadIds.size } })),
    on('GET', '/api/me/notifications', (call) => {
      const rows = call.url.includes('unread=true') ? all().filter((n) => !n.readAt) : all();
      return { status: 200, body: { data: rows, total: rows.length } };
    }),
    on('POST', '/api/me/notifications/read-all', () => {
      unreadIds.clear();
      return { status: 204 };
    }),
    on('POST', '/api/me/notifications/:id/read', (call) => {
      unreadIds.delete(Number(call.url.split('/')[4]));
      return { status: 204 };
    }),
  );
}

describe('the notification bell', () => {
  it('shows how many notifications are unread', async () => {
    notificationsApi([5, 6, 7]);
    render(
      <TestAdmin roles={['officer']}>
        <NotificationBell />
      </TestAdmin>,
    );
    const bell = await screen.findByRole('button', { name: 'Thông báo (3 chưa đọc)' });
    expect(within(bell).getByText('3')).toBeTruthy();
  });

  it('lists the latest five and marks one as read when opened', async () => {
    const api = notificationsApi([5], [4]);
    render(
      <TestAdmin roles={['officer']}>
        <NotificationBell />
      </TestAdmin>,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Thông báo (1 chưa đọc)' }));
    const popover = await screen.findByRole('dialog', { name: 'Thông báo mới nhất' });
    const unreadItem = await within(popover).findByRole('button', {
      name: 'Nhắc nhở cập nhật thông tin cá nhân (Chưa đọc)',
    });
    expect(within(popover).getAllByRole('button', { name: 'Nhắc nhở cập nhật thông tin cá nhân' })).toHaveLength(1);
    expect(api.requests('GET', '/api/me/notifications')[0].url).toBe('/api/me/notifications?page=1&perPage=5');
    expect(within(popover).getByRole('link', { name: 'Xem tất cả' }).getAttribute('href')).toContain('/notifications');
    fireEvent.click(unreadItem);
    // The count is asked again once the read is recorded; the bell sits behind the open popover.
    await screen.findByRole('button', { name: 'Thông báo', hidden: true });
    expect(api.requests('POST', '/api/me/notifications/5/read')).toHaveLength(1);
    await waitFor(() =>
      expect(
        within(popover).queryByRole('button', { name: 'Nhắc nhở cập nhật thông tin cá nhân (Chưa đọc)' }),
      ).toBeNull(),
    );
  });

  it('shows no badge when everything is read', async () => {
    notificationsApi([], [1]);
    render(
      <TestAdmin roles={['officer']}>
        <NotificationBell />
      </TestAdmin>,
    );
    const bell = await screen.findByRole('button', { name: 'Thông báo' });
    await waitFor(() => expect(within(bell).queryByText('0')).toBeNull());
  });
});

describe('the notifications page', () => {
  it('marks one, then all, as read', async () => {
    const api = notificationsApi([5, 6], [4]);
    render(
      <TestAdmin roles={['officer']}>
        <NotificationList />
      </TestAdmin>,
    );
    const unreadButtons = await screen.findAllByRole('button', { name: /^Đánh dấu đã đọc:/ });
    expect(unreadButtons).toHaveLength(2);
    fireEvent.click(unreadButtons[0]);
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Đánh dấu đã đọc:/ })).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }));
    expect(await screen.findByText('Đã đánh dấu tất cả thông báo là đã đọc.')).toBeTruthy();
    await waitFor(() => expect(screen.queryAllByRole('button', { name: /^Đánh dấu đã đọc:/ })).toHaveLength(0));
    expect(api.requests('POST', '/api/me/notifications/read-all')).toHaveLength(1);
  });
});
