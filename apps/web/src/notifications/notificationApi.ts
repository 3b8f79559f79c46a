import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../providers/http';

/** A row of GET /api/me/notifications. */
export interface AppNotification {
  id: number;
  kind: string;
  title: string;
  body: string;
  campaignId: number | null;
  readAt: string | null;
  createdAt: string;
}

/** Every notification query lives under this key, so one invalidation refreshes the bell and the page. */
export const NOTIFICATIONS_KEY = ['motcua', 'notifications'] as const;

/** How often the bell asks for the unread count. */
export const UNREAD_POLL_MS = 60_000;

export async function fetchUnreadCount(signal?: AbortSignal): Promise<number> {
  const { json } = await apiFetch<{ count: number }>('/api/me/notifications/unread-count', { signal });
  return json.count;
}

export async function fetchNotifications(
  params: { page: number; perPage: number; unread?: boolean },
  signal?: AbortSignal,
) {
  const search = new URLSearchParams({ page: String(params.page), perPage: String(params.perPage) });
  if (params.unread) search.set('unread', 'true');
  const { json } = await apiFetch<{ data: AppNotification[]; total: number }>(`/api/me/notifications?${search}`, {
    signal,
  });
  return json;
}

export async function markRead(id: number): Promise<void> {
  await apiFetch(`/api/me/notifications/${encodeURIComponent(String(id))}/read`, { method: 'POST' });
}

export async function markAllRead(): Promise<void> {
  await apiFetch('/api/me/notifications/read-all', { method: 'POST' });
}

/** Mark one (id) or all (undefined) as read, then refresh every notification query. */
export function useMarkRead(onError: (error: Error) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number | undefined) => (id === undefined ? markAllRead() : markRead(id)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
    onError,
  });
}
