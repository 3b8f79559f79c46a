import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ResourceContextProvider, testDataProvider, type GetListParams } from 'react-admin';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Officer } from '@motcua/contracts';
import OfficerList from './OfficerList';
import { mockApi, on } from '../test/api';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';

const officer = (id: number, fullName: string, overrides: Partial<Officer> = {}): Officer => ({
  id,
  username: `user${id}`,
  fullName,
  unitId: 4,
  unitName: 'Sở Y tế',
  roles: ['officer'],
  status: 'active',
  email: null,
  phone: null,
  citizenId: null,
  gender: null,
  birthDate: null,
  avatarUrl: null,
  confirmedAt: null,
  verifiedAt: null,
  verifiedByName: null,
  returnedAt: null,
  lockedUntil: null,
  twoFactorEnabled: false,
  completeness: { status: 'incomplete', missing: ['citizenId'] },
  version: 1,
  updatedAt: '2026-11-20T03:00:00.000Z',
  ...overrides,
});

const rows = [
  officer(1, 'Nguyễn Thị Hoa', {
    roles: ['officer', 'supervisor'],
    verifiedAt: '2026-11-21T03:00:00.000Z',
    completeness: { status: 'complete', missing: [] },
  }),
  officer(2, 'Trần Văn Bình', { status: 'locked' }),
];

const units = [
  {
    id: 1,
    code: 'T15',
    name: 'Tỉnh Lào Cai',
    kind: 'province',
    parentId: null,
    path: '/1/',
    depth: 0,
    sortOrder: 0,
    version: 1,
  },
  {
    id: 9,
    code: 'T15-STC',
    name: 'Sở Tài chính',
    kind: 'department',
    parentId: 1,
    path: '/1/9/',
    depth: 1,
    sortOrder: 0,
    version: 1,
  },
];

const listCalls: GetListParams[] = [];
let officersPage: { total: number; meta?: { moreThanTotal: boolean } } = { total: rows.length };
const dataProvider = testDataProvider({
  getList: (async (resource: string, params: GetListParams) => {
    if (resource === 'officers') listCalls.push(params);
    return resource === 'officers' ? { data: rows, ...officersPage } : { data: units, total: units.length };
  }) as never,
  getMany: (async () => ({ data: [] })) as never,
});

beforeEach(() => {
  listCalls.length = 0;
  officersPage = { total: rows.length };
});

const renderList = (...roles: string[]) =>
  render(
    <MemoryRouter initialEntries={['/officers']}>
      <TestAdmin dataProvider={dataProvider} authProvider={withRoles(...roles)}>
        <ResourceContextProvider value="officers">
          <OfficerList />
        </ResourceContextProvider>
      </TestAdmin>
    </MemoryRouter>,
  );

describe('the officers list', PAGE_TEST, () => {
  it('shows each officer with unit, role, status, completeness and verification in Vietnamese', async () => {
    renderList('officer', 'unit_admin');
    const hoa = (await screen.findByText('Nguyễn Thị Hoa')).closest('tr') as HTMLElement;
    expect(within(hoa).getByText('Sở Y tế')).toBeTruthy();
    expect(within(hoa).getByText('Lãnh đạo đơn vị')).toBeTruthy();
    expect(within(hoa).getByText('Đang hoạt động')).toBeTruthy();
    expect(within(hoa).getByText('Hoàn thành')).toBeTruthy();
    expect(within(hoa).getByText('Đã xác thực')).toBeTruthy();
    const binh = screen.getByText('Trần Văn Bình').closest('tr') as HTMLElement;
    expect(within(binh).getByText('Đã khóa')).toBeTruthy();
    expect(within(binh).getByText('Chưa hoàn thành')).toBeTruthy();
    expect(listCalls[0]).toMatchObject({ sort: { field: 'fullName', order: 'ASC' } });
  });

  it('says "more than 1.000" when the province has more matches than the API counts', async () => {
    officersPage = { total: 1000, meta: { moreThanTotal: true } };
    renderList('officer', 'admin');
    await screen.findByText('Nguyễn Thị Hoa');
    expect(await screen.findByText('1–25 trên hơn 1.000')).toBeTruthy();
  });

  it('offers create, import and bulk actions to a unit admin', async () => {
    renderList('officer', 'unit_admin');
    await screen.findByText('Nguyễn Thị Hoa');
    expect(screen.getByRole('link', { name: 'Nhập từ Excel' }).getAttribute('href')).toBe('/officers/import');
    expect(screen.getByRole('link', { name: 'Tạo mới' })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('checkbox')[1]);
    expect(await screen.findByRole('button', { name: 'Khóa' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Chuyển đơn vị' })).toBeTruthy();
  });

  it('is read-only for a supervisor', async () => {
    renderList('officer', 'supervisor');
    await screen.findByText('Nguyễn Thị Hoa');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Tạo mới' })).toBeNull());
    expect(screen.queryByRole('link', { name: 'Nhập từ Excel' })).toBeNull();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Xuất danh sách' })).toBeTruthy();
  });

  it('exports what the list shows, as a file from the API', async () => {
    const api = mockApi(
      on('GET', '/api/officers/export', {
        status: 200,
        body: 'x',
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="can-bo.csv"' },
      }),
    );
    const lent = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      renderList('officer', 'supervisor');
      await screen.findByText('Nguyễn Thị Hoa');
      fireEvent.click(screen.getByRole('button', { name: 'Xuất danh sách' }));
      fireEvent.click(await screen.findByRole('menuitem', { name: 'Tệp CSV (.csv)' }));
      await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
      expect(api.calls.map((call) => call.url)).toEqual(['/api/officers/export?format=csv&sort=fullName&order=ASC']);
    } finally {
      click.mockRestore();
      Object.assign(URL, lent);
    }
  });

  it('moves the selected officers to the unit picked in the dialog', async () => {
    const api = mockApi(on('POST', '/api/officers/bulk', { status: 200, body: { updated: 2 } }));
    renderList('officer', 'admin');
    await screen.findByText('Nguyễn Thị Hoa');
    fireEvent.click(screen.getAllByRole('checkbox')[0]);
    fireEvent.click(await screen.findByRole('button', { name: 'Chuyển đơn vị' }));
    expect(await screen.findByText('Chuyển 2 cán bộ đã chọn sang đơn vị khác')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Đơn vị mới/), { target: { value: 'tai chinh' } });
    fireEvent.click(await screen.findByRole('option', { name: /Sở Tài chính/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Chuyển' }));
    await waitFor(() => expect(api.calls).toHaveLength(1));
    expect(api.requests('POST', '/api/officers/bulk')[0].body).toEqual({ action: 'move', ids: [1, 2], unitId: 9 });
    await waitFor(() => expect(screen.queryByText('Chuyển 2 cán bộ đã chọn sang đơn vị khác')).toBeNull());
  });
});
