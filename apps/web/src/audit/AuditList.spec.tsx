import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ResourceContextProvider, testDataProvider, type GetListParams } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';
import { auditExportUrl } from './AuditExportButton';
import AuditList from './AuditList';
import { dateOf, dayOf } from './VietnamDateFilterInput';
import { AUDIT_ENTRIES } from './testing';

const calls: { resource: string; params: GetListParams }[] = [];
const dataProvider = testDataProvider({
  getList: (async (resource: string, params: GetListParams) => {
    calls.push({ resource, params });
    return resource === 'audit' ? { data: AUDIT_ENTRIES, total: AUDIT_ENTRIES.length } : { data: [], total: 0 };
  }) as never,
  getMany: (async () => ({ data: [{ id: 7, fullName: 'Nguyễn Thị Hoa', username: 'hoa.nt' }] })) as never,
});

afterEach(() => {
  cleanup();
  calls.length = 0;
});

const renderList = (url = '/audit') =>
  render(
    <MemoryRouter initialEntries={[url]}>
      <TestAdmin dataProvider={dataProvider} authProvider={withRoles('admin')}>
        <ResourceContextProvider value="audit">
          <AuditList />
        </ResourceContextProvider>
      </TestAdmin>
    </MemoryRouter>,
  );

describe('the audit page', PAGE_TEST, () => {
  it('shows when, who, what, whose and each field before → after, in Vietnam time', async () => {
    renderList();
    const row = (await screen.findByText('Sửa tài khoản')).closest('tr') as HTMLElement;
    expect(within(row).getByText('05/12/2026 00:30')).toBeTruthy();
    expect(within(row).getByText('Lê Thị Quản Trị (admin)')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Nguyễn Thị Hoa (hoa.nt)' }).getAttribute('href')).toBe(
      '/officers/7/show',
    );
    const phone = row.querySelector('[data-field="phone"]') as HTMLElement;
    expect(phone.textContent).toBe('Số điện thoại: 0912345678 → 0987654321');
    expect((row.querySelector('[data-field="unitId"]') as HTMLElement).textContent).toBe(
      'Đơn vị: Sở Y tế → Sở Tài chính',
    );
    expect(within(row).getByText('10.0.0.8')).toBeTruthy();
  });

  it('shows a secret only as "đã thay đổi", and an empty side as "(trống)"', async () => {
    renderList();
    const secret = (await screen.findByText('Cập nhật hồ sơ'))
      .closest('tr')
      ?.querySelector('[data-field="receiptPassword"]') as HTMLElement;
    expect(secret.textContent).toBe('Mật khẩu liên kết biên lai/hóa đơn: (trống) → đã thay đổi');
  });

  it('asks the API for the filters in the address: whose record and what action, newest first', async () => {
    renderList(`/audit?filter=${encodeURIComponent(JSON.stringify({ officerId: 7, action: 'officer.update' }))}`);
    // The row's address, not its action: the action filter shows the same words before the list has loaded.
    await screen.findByText('10.0.0.8');
    const call = calls.filter((c) => c.resource === 'audit').at(-1);
    expect(call?.params.filter).toEqual({ officerId: 7, action: 'officer.update' });
    expect(call?.params.sort).toEqual({ field: 'createdAt', order: 'DESC' });
    expect(await screen.findByDisplayValue('Nguyễn Thị Hoa (hoa.nt)')).toBeTruthy();
  });

  it('says plainly when nothing has been recorded yet, offering nothing to create', async () => {
    const empty = testDataProvider({ getList: (async () => ({ data: [], total: 0 })) as never });
    render(
      <MemoryRouter initialEntries={['/audit']}>
        <TestAdmin dataProvider={empty} authProvider={withRoles('admin')}>
          <ResourceContextProvider value="audit">
            <AuditList />
          </ResourceContextProvider>
        </TestAdmin>
      </MemoryRouter>,
    );
    expect(await screen.findByText('Chưa có thay đổi nào được ghi lại.')).toBeTruthy();
    expect(screen.queryByText(/thêm mới/)).toBeNull();
  });

  it('shows a day filter as dd/MM/yyyy whatever the browser’s locale, and keeps it a calendar day', async () => {
    renderList(`/audit?filter=${encodeURIComponent(JSON.stringify({ from: '2026-12-01' }))}`);
    await screen.findByText('Sửa tài khoản');
    const from = document.querySelector('input[name="from"]') as HTMLInputElement;
    expect(from.value).toBe('01/12/2026');
    expect(dayOf(dateOf('2026-12-01'))).toBe('2026-12-01');
    expect(dayOf(new Date('invalid'))).toBeNull();
  });

  it('exports with the same filters', () => {
    expect(auditExportUrl('csv', { officerId: 7, action: 'officer.lock', from: '2026-12-01' })).toBe(
      '/api/audit/export?format=csv&officerId=7&action=officer.lock&from=2026-12-01',
    );
  });
});
