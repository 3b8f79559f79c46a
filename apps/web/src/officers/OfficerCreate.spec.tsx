import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from 'react-router-dom';
import { ResourceContextProvider, testDataProvider } from 'react-admin';
import { describe, expect, it } from 'vitest';
import type { Unit } from '@motcua/contracts';
import OfficerCreate, { toNewOfficer } from './OfficerCreate';
import { mockApi, on } from '../test/api';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';

const units: Unit[] = [
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
    id: 4,
    code: 'T15-SYT',
    name: 'Sở Y tế',
    kind: 'department',
    parentId: 1,
    path: '/1/4/',
    depth: 1,
    sortOrder: 0,
    version: 1,
  },
];

const dataProvider = testDataProvider({
  getList: (async () => ({ data: units, total: units.length })) as never,
});

const OfficerShown = () => <p>Trang cán bộ {useParams().id}</p>;

const renderCreate = () =>
  render(
    <MemoryRouter initialEntries={['/officers/create']}>
      <TestAdmin dataProvider={dataProvider} authProvider={withRoles('officer', 'unit_admin')}>
        <ResourceContextProvider value="officers">
          <Routes>
            <Route path="/officers/create" element={<OfficerCreate />} />
            <Route path="/officers/:id/show" element={<OfficerShown />} />
          </Routes>
        </ResourceContextProvider>
      </TestAdmin>
    </MemoryRouter>,
  );

/** Required inputs are labelled "Tên đăng nhập *". */
const input = (label: string) => screen.getByLabelText(new RegExp(`^${label}`));
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });

describe('creating an officer account', PAGE_TEST, () => {
  it('shows the activation code once, then opens the new account', async () => {
    const api = mockApi(
      on('POST', '/api/officers', {
        status: 201,
        body: { officer: { id: 42, username: 'hoa.nt', fullName: 'Nguyễn Thị Hoa' }, activationCode: 'K7Q2-9XMA' },
      }),
    );
    renderCreate();
    await screen.findByLabelText(/^Tên đăng nhập/);
    type('Tên đăng nhập', 'hoa.nt');
    type('Họ và tên', 'Nguyễn  Thị Hoa');
    type('Đơn vị', 'so y te');
    fireEvent.click(await screen.findByRole('option', { name: /Sở Y tế/ }));
    expect(screen.queryByLabelText('Quản trị hệ thống')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('K7Q2-9XMA')).toBeTruthy();
    expect(api.calls.map((call) => `${call.method} ${call.url}`)).toEqual(['POST /api/officers']);
    expect(api.calls[0].body).toEqual({
      username: 'hoa.nt',
      fullName: 'Nguyễn Thị Hoa',
      unitId: 4,
      roles: ['officer'],
    });

    fireEvent.click(screen.getByRole('button', { name: 'Tôi đã lưu mã' }));
    expect(await screen.findByText('Trang cán bộ 42')).toBeTruthy();
  });

  it('puts the API’s field messages under their inputs', async () => {
    mockApi(
      on('POST', '/api/officers', {
        status: 409,
        body: {
          statusCode: 409,
          code: 'USERNAME_TAKEN',
          message: 'Tên đăng nhập đã được sử dụng.',
          errors: [{ field: 'username', code: 'USERNAME_TAKEN', message: 'Tên đăng nhập đã được sử dụng.' }],
        },
      }),
    );
    renderCreate();
    await screen.findByLabelText(/^Tên đăng nhập/);
    type('Tên đăng nhập', 'hoa.nt');
    type('Họ và tên', 'Nguyễn Thị Hoa');
    type('Đơn vị', 'Sở Y');
    fireEvent.click(await screen.findByRole('option', { name: /Sở Y tế/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(input('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Tên đăng nhập đã được sử dụng.').length).toBeGreaterThan(0);
    expect(screen.queryByText('Mã kích hoạt chỉ hiển thị một lần')).toBeNull();
  });
});

describe('the account form answering as the admin types', PAGE_TEST, () => {
  it('says the username rule before Save, in the API’s words', async () => {
    const api = mockApi();
    renderCreate();
    await screen.findByLabelText(/^Tên đăng nhập/);
    type('Tên đăng nhập', 'hoà.nt');
    expect(
      await screen.findByText('Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.'),
    ).toBeTruthy();
    await waitFor(() => expect(input('Tên đăng nhập').getAttribute('aria-invalid')).toBe('true'));
    type('Tên đăng nhập', 'hoa.nt');
    await waitFor(() => expect(input('Tên đăng nhập').getAttribute('aria-invalid')).toBe('false'));
    expect(api.calls).toHaveLength(0);
  });

  it('offers a name typed in lower case capitalised, one click away', async () => {
    renderCreate();
    await screen.findByLabelText(/^Họ và tên/);
    type('Họ và tên', 'đỗ thị lan');
    fireEvent.click(await screen.findByRole('button', { name: 'Viết hoa chữ cái đầu: “Đỗ Thị Lan”' }));
    await waitFor(() => expect((input('Họ và tên') as HTMLInputElement).value).toBe('Đỗ Thị Lan'));
    expect(screen.queryByRole('button', { name: /Viết hoa chữ cái đầu/ })).toBeNull();
  });
});

describe('the new account as the API receives it', () => {
  it('trims, normalises the name and leaves blank contacts out', () => {
    expect(
      toNewOfficer({
        username: ' hoa.nt ',
        fullName: ' Nguyễn   Thị Hoa ',
        unitId: '4',
        roles: ['officer'],
        email: '  ',
        phone: ' 0912345678 ',
      }),
    ).toEqual({
      username: 'hoa.nt',
      fullName: 'Nguyễn Thị Hoa',
      unitId: 4,
      roles: ['officer'],
      email: undefined,
      phone: '0912345678',
    });
  });
});
