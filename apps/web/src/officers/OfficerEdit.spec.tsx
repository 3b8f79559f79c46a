import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ResourceContextProvider, testDataProvider, type UpdateParams } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import OfficerEdit from './OfficerEdit';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';

const admin = {
  id: 3,
  username: 'an.nv',
  fullName: 'Nguyễn Văn An',
  unitId: 1,
  unitName: 'Tỉnh Lào Cai',
  roles: ['officer', 'admin'],
  status: 'active',
  email: null,
  phone: '0912345678',
  version: 5,
  completeness: { status: 'complete', missing: [] },
};
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
];

afterEach(cleanup);

const renderEdit = (updates: UpdateParams[], ...roles: string[]) => {
  const dataProvider = testDataProvider({
    getOne: (async () => ({ data: admin })) as never,
    getList: (async () => ({ data: units, total: 1 })) as never,
    getMany: (async () => ({ data: units })) as never,
    update: (async (_resource: string, params: UpdateParams) => {
      updates.push(params);
      return { data: { ...admin, ...params.data } };
    }) as never,
  });
  return render(
    <MemoryRouter initialEntries={['/officers/3']}>
      <TestAdmin dataProvider={dataProvider} authProvider={withRoles(...roles)}>
        <ResourceContextProvider value="officers">
          <Routes>
            <Route path="/officers/:id" element={<OfficerEdit />} />
            <Route path="/officers/:id/show" element={<p>đã lưu</p>} />
          </Routes>
        </ResourceContextProvider>
      </TestAdmin>
    </MemoryRouter>,
  );
};

describe('editing an officer account', PAGE_TEST, () => {
  it('sends the name, unit, roles and contact, keeping a role the unit admin may not grant', async () => {
    const updates: UpdateParams[] = [];
    renderEdit(updates, 'officer', 'unit_admin');
    const name = await screen.findByDisplayValue('Nguyễn Văn An');
    expect(screen.queryByLabelText('Quản trị hệ thống')).toBeNull();
    expect(screen.getByText('Chỉ quản trị viên hệ thống mới cấp được vai trò Quản trị hệ thống.')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'Nguyễn Văn Ân' } });
    fireEvent.click(screen.getByLabelText('Lãnh đạo đơn vị'));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(updates).toHaveLength(1));
    expect(updates[0].data).toEqual({
      fullName: 'Nguyễn Văn Ân',
      unitId: 1,
      roles: ['officer', 'admin', 'supervisor'],
      email: null,
      phone: '0912345678',
    });
    expect(updates[0].previousData.version).toBe(5);
  });

  it('lets an admin correct the e-mail and clear the phone', async () => {
    const updates: UpdateParams[] = [];
    renderEdit(updates, 'admin');
    await screen.findByDisplayValue('Nguyễn Văn An');
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'an.nv@syt.laocai.gov.vn' } });
    fireEvent.change(screen.getByDisplayValue('0912345678'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(updates).toHaveLength(1), { timeout: 5000 });
    expect(updates[0].data).toMatchObject({ email: 'an.nv@syt.laocai.gov.vn', phone: null });
  });

  it('checks the e-mail by the profile’s rule, in Vietnamese, before anything is sent', async () => {
    const updates: UpdateParams[] = [];
    renderEdit(updates, 'admin');
    await screen.findByDisplayValue('Nguyễn Văn An');
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'hoà@syt.gov.vn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    expect((await screen.findAllByText(/Địa chỉ email không được chứa chữ có dấu/)).length).toBeGreaterThan(0);
    expect(updates).toHaveLength(0);
  });

  it('offers the Administrator role to a system administrator', async () => {
    renderEdit([], 'admin');
    await screen.findByDisplayValue('Nguyễn Văn An');
    await waitFor(() => expect((screen.getByLabelText('Quản trị hệ thống') as HTMLInputElement).checked).toBe(true));
  });
});
