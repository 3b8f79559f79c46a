import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ResourceContextProvider, testDataProvider, type GetListParams } from 'react-admin';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';
import UnitList from './UnitList';
import { unitFixture as unit } from './testing';

// As the API sends them with sort=path: '/1/10/' sorts before '/1/4/'.
const units = [
  unit(1, 'Tỉnh Lào Cai', null, '/1/'),
  unit(10, 'Sở Y tế', 1, '/1/10/', 2),
  unit(4, 'Sở Tài chính', 1, '/1/4/', 1),
];
const officerTotals: Record<number, number> = { 1: 312, 4: 25, 10: 41 };

const dataProvider = testDataProvider({
  getList: (async (resource: string, params: GetListParams) =>
    resource === 'units'
      ? { data: units, total: units.length }
      : { data: [], total: officerTotals[params.filter.unitId as number] ?? 0 }) as never,
});

afterEach(cleanup);

const renderList = (...roles: string[]) =>
  render(
    <MemoryRouter initialEntries={['/units']}>
      <TestAdmin dataProvider={dataProvider} authProvider={withRoles(...roles)}>
        <ResourceContextProvider value="units">
          <UnitList />
        </ResourceContextProvider>
      </TestAdmin>
    </MemoryRouter>,
  );

describe('the units list', PAGE_TEST, () => {
  it('reads as the organisation chart, with the number of accounts of each unit', async () => {
    renderList('admin');
    await screen.findByText('Tỉnh Lào Cai');
    const names = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')?.textContent);
    expect(names).toEqual(['Tỉnh Lào Cai', 'Sở Tài chính', 'Sở Y tế']);
    await waitFor(() => expect(screen.getByText('312 tài khoản')).toBeTruthy());
    expect(screen.getByText('41 tài khoản')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: 'Chỉnh sửa' })).toHaveLength(3);
  });

  it('lets only system administrators change units', async () => {
    renderList('officer', 'unit_admin');
    await screen.findByText('Tỉnh Lào Cai');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Tạo mới' })).toBeNull());
    expect(screen.queryByRole('link', { name: 'Chỉnh sửa' })).toBeNull();
  });
});
