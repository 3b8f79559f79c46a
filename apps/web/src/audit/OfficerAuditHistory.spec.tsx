import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { RecordContextProvider, testDataProvider, type GetListParams } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';
import { OfficerAuditHistory } from './OfficerAuditHistory';
import type { AuditEntry } from './auditApi';
import { AUDIT_ENTRIES } from './testing';

const calls: { resource: string; params: GetListParams }[] = [];
let entries: AuditEntry[] = AUDIT_ENTRIES;

const renderHistory = () =>
  render(
    <MemoryRouter initialEntries={['/officers/7/show/history']}>
      <TestAdmin
        authProvider={withRoles('officer', 'supervisor')}
        dataProvider={testDataProvider({
          getList: (async (resource: string, params: GetListParams) => {
            calls.push({ resource, params });
            return { data: entries, total: entries.length };
          }) as never,
        })}
      >
        <RecordContextProvider value={{ id: 7, fullName: 'Nguyễn Thị Hoa' }}>
          <OfficerAuditHistory />
        </RecordContextProvider>
      </TestAdmin>
    </MemoryRouter>,
  );

afterEach(() => {
  cleanup();
  calls.length = 0;
  entries = AUDIT_ENTRIES;
});

describe('an officer’s "Lịch sử thay đổi" tab', PAGE_TEST, () => {
  it('lists that officer’s entries, newest first, with who changed what, without repeating whose record it is', async () => {
    renderHistory();
    const row = (await screen.findByText('Sửa tài khoản')).closest('tr') as HTMLElement;
    expect((row.querySelector('[data-field="phone"]') as HTMLElement).textContent).toBe(
      'Số điện thoại: 0912345678 → 0987654321',
    );
    expect(screen.getByText('Lê Thị Quản Trị (admin)')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Nguyễn Thị Hoa (hoa.nt)' })).toBeNull();
    expect(calls.map((c) => [c.resource, c.params.sort])).toContainEqual([
      'officers/7/audit',
      { field: 'createdAt', order: 'DESC' },
    ]);
  });

  it('says so when nothing has been recorded', async () => {
    entries = [];
    renderHistory();
    expect(await screen.findByText('Chưa có thay đổi nào được ghi lại cho cán bộ này.')).toBeTruthy();
  });
});
