import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, on } from '../../test/api';
import { TestAdmin } from '../../test/TestAdmin';
import OutboxList from './OutboxList';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const failed = {
  id: 3,
  toAddress: 'an@laocai.gov.vn',
  subject: 'Nhắc nhở cập nhật thông tin cá nhân',
  body: 'Kính gửi ông Nguyễn Văn An…',
  status: 'failed',
  attempts: 5,
  nextAttemptAt: '2026-11-23T03:00:00.000Z',
  lastError: 'ECONNREFUSED 10.0.0.5:25',
  sentAt: null,
  createdAt: '2026-11-23T02:00:00.000Z',
};

describe('the administrators’ outbox', () => {
  it('warns that no mail server is configured and retries a failed e-mail', async () => {
    const api = mockApi(
      on('GET', '/api/outbox', { status: 200, body: { data: [failed], total: 1, smtpConfigured: false } }),
      on('POST', '/api/outbox/3/retry', { status: 200, body: { ...failed, status: 'pending' } }),
    );
    render(
      <TestAdmin roles={['admin']}>
        <ResourceContextProvider value="outbox">
          <OutboxList />
        </ResourceContextProvider>
      </TestAdmin>,
    );
    expect(
      await screen.findByText('Chưa cấu hình máy chủ thư (SMTP): thư được lưu trong hộp thư đi để quản trị viên xem'),
    ).toBeTruthy();
    expect(await screen.findByText('Gửi lỗi')).toBeTruthy();
    expect(screen.getByText('5 lần')).toBeTruthy();
    expect(screen.getByText('ECONNREFUSED 10.0.0.5:25')).toBeTruthy();
    fireEvent.click(screen.getByText('Gửi lại'));
    expect(await screen.findByText('Thư đã được đưa lại vào hàng chờ gửi.')).toBeTruthy();
    await waitFor(() => expect(api.requests('POST', '/api/outbox/3/retry')).toHaveLength(1));
  });
});
