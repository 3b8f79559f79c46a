import { apiFetch } from '../../providers/http';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A row of GET /api/outbox. */
export interface OutboxEmail {
  id: number;
  toAddress: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** Whether the server has a mail server configured (the list's answer carries the flag; react-admin drops it). */
export async function fetchSmtpConfigured(signal?: AbortSignal): Promise<boolean> {
  const { json } = await apiFetch<{ smtpConfigured?: boolean }>('/api/outbox?page=1&perPage=1', { signal });
  return json.smtpConfigured !== false;
}

/** A failed e-mail goes back to the queue. */
export async function retryEmail(id: number): Promise<OutboxEmail> {
  const { json } = await apiFetch<OutboxEmail>(`/api/outbox/${encodeURIComponent(String(id))}/retry`, {
    method: 'POST',
  });
  return json;
}
