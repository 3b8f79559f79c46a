import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ResourceContextProvider, testDataProvider, type GetListParams } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';
import UnitEdit from './UnitEdit';
import { unitFixture as unit } from './testing';

const units = [
  unit(1, 'Tỉnh Lào Cai', null, '/1/'),
  unit(4, 'Sở Y tế', 1, '/1/4/'),
  unit(7, 'Văn phòng Sở', 4, '/1/4/7/'),
];

afterEach(cleanup);

const renderEdit = (id: number, accounts: number, deleted: number[] = []) => {
  const dataProvider = testDataProvider({
    getOne: (async (_resource: string, params: { id: number }) => ({
      data: units.find((u) => u.id === Number(params.id)),
    })) as never,
    getMany: (async () => ({ data: units })) as never,
    getList: (async (resource: string, params: GetListParams) => {
      if (resource === 'officers') return { data: [], total: accounts };
      const children =
        params.filter.parentId === undefined ? units : units.filter((u) => u.parentId === params.filter.parentId);
      return { data: children, total: children.length };
    }) as never,
    delete: (async (_resource: string, params: { id: number }) => {
      deleted.push(params.id);
      return { data: units.find((u) => u.id === params.id) };
    }) as never,
  });
  return render(
    <MemoryRouter initialEntries={[`/units/${id}`]}>
      <TestAdmin dataProvider={dataProvider} authProvider={withRoles('admin')}>
        <ResourceContextProvider value="units">
          <Routes>
            <Route path="/units/:id" element={<UnitEdit />} />
            <Route path="/units" element={<p>danh sách đơn vị</p>} />
          </Routes>
        </ResourceContextProvider>
      </TestAdmin>
    </MemoryRouter>,
  );
};

describe('editing and deleting a unit', PAGE_TEST, () => {
  it('says up front that a unit with sub-units and accounts cannot be deleted, its delete button disabled', async () => {
    const deleted: number[] = [];
    renderEdit(4, 12, deleted);
    await screen.findByDisplayValue('Sở Y tế');
    fireEvent.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText(
        'Không thể xóa “Sở Y tế”: đơn vị còn 1 đơn vị trực thuộc và 12 tài khoản cán bộ. Hãy chuyển chúng sang đơn vị khác trước khi xóa.',
      ),
    ).toBeTruthy();
    expect((within(dialog).getByRole('button', { name: 'Xóa' }) as HTMLButtonElement).disabled).toBe(true);
    expect(deleted).toEqual([]);
  });

  it('asks to confirm deleting an empty unit, then deletes it', async () => {
    const deleted: number[] = [];
    renderEdit(7, 0, deleted);
    await screen.findByDisplayValue('Văn phòng Sở');
    fireEvent.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(
      'Đơn vị “Văn phòng Sở” không còn đơn vị trực thuộc hay tài khoản nào. Xóa đơn vị này? Thao tác không thể hoàn tác.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(deleted).toEqual([7]));
    expect(await screen.findByText('danh sách đơn vị')).toBeTruthy();
  });

  it('calls a unit top-level only while no parent is chosen', async () => {
    renderEdit(4, 0);
    await screen.findByDisplayValue('Sở Y tế');
    expect(screen.queryByText('Đơn vị gốc (không có đơn vị cấp trên)')).toBeNull();
    cleanup();
    renderEdit(1, 0);
    await screen.findByDisplayValue('Tỉnh Lào Cai');
    expect(screen.getByText('Đơn vị gốc (không có đơn vị cấp trên)')).toBeTruthy();
  });
});
