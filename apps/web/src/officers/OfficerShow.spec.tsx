import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { ResourceContextProvider, testDataProvider } from 'react-admin';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Officer } from '@motcua/contracts';
import type { OfficerProfile } from './officerApi';
import { withoutRequiredItems } from '../profile/testing';
import OfficerShow from './OfficerShow';
import { mockApi, on } from '../test/api';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';

const hoa: Officer = {
  id: 7,
  username: 'hoa.nt',
  fullName: 'Nguyễn Thị Hoa',
  unitId: 4,
  unitName: 'Sở Y tế',
  roles: ['officer'],
  status: 'active',
  email: 'hoa.nt@laocai.gov.vn',
  phone: '0912345678',
  citizenId: '001190123456',
  gender: 'female',
  birthDate: '1990-04-15',
  avatarUrl: null,
  confirmedAt: null,
  verifiedAt: null,
  verifiedByName: null,
  returnedAt: null,
  lockedUntil: null,
  twoFactorEnabled: true,
  completeness: { status: 'incomplete', missing: ['address'] },
  version: 3,
  updatedAt: '2026-11-20T03:00:00.000Z',
};

const profile: OfficerProfile = {
  ...hoa,
  verifiedBy: null,
  verification: null,
  sendBack: null,
  address: null,
  receiptAccount: 'hoa.nt',
  receiptPasswordSet: true,
  defaultPage: '/profile',
  completeness: [
    withoutRequiredItems({
      campaignId: null,
      name: 'Chuẩn hóa thông tin cán bộ 2026',
      deadline: '2026-12-31T16:59:59.000Z',
      daysLeft: 38,
      status: 'incomplete',
      completedAt: null,
      missing: ['address', 'verified'],
      invalid: [{ field: 'phone', errors: [{ code: 'PHONE_LANDLINE' }] }],
    }),
  ],
};

const dataProvider = testDataProvider({
  getOne: (async (resource: string) => ({ data: resource === 'officers' ? hoa : { id: 4, name: 'Sở Y tế' } })) as never,
  getMany: (async () => ({ data: [{ id: 4, name: 'Sở Y tế' }] })) as never,
});

let api: ReturnType<typeof mockApi>;

beforeEach(() => {
  api = mockApi(
    on('GET', '/api/officers/7/profile', { status: 200, body: profile }),
    on('POST', '/api/officers/7/reset', {
      status: 200,
      body: { officer: { ...hoa, status: 'pending_activation' }, activationCode: 'R3SE-T8QZ' },
    }),
    on('POST', '/api/officers/7/lock', { status: 200, body: { ...hoa, status: 'locked' } }),
    on('POST', '/api/officers/7/send-back', (call) =>
      (call.body as { reason: string }).reason.includes('sai')
        ? {
            status: 400,
            body: {
              statusCode: 400,
              code: 'VALIDATION_FAILED',
              message: 'Dữ liệu không hợp lệ.',
              errors: [{ field: 'reason', code: 'TOO_LONG', message: 'Lý do tối đa 500 ký tự.' }],
            },
          }
        : { status: 200, body: profile },
    ),
  );
});

const renderShow = (...roles: string[]) => renderShowAs(withRoles(...roles));

const renderShowAs = (authProvider: ReturnType<typeof withRoles>) =>
  render(
    <MemoryRouter initialEntries={['/officers/7/show']}>
      <TestAdmin dataProvider={dataProvider} authProvider={authProvider}>
        <ResourceContextProvider value="officers">
          <Routes>
            <Route path="/officers/:id/show" element={<OfficerShow />} />
          </Routes>
        </ResourceContextProvider>
      </TestAdmin>
    </MemoryRouter>,
  );

describe('an officer’s page', PAGE_TEST, () => {
  it('shows the personal record read-only, dates as dd/MM/yyyy, and what is still missing', async () => {
    renderShow('officer', 'unit_admin');
    expect(await screen.findByText('15/04/1990')).toBeTruthy();
    expect(screen.getByText('Nữ')).toBeTruthy();
    expect(screen.getByText('Đã thiết lập')).toBeTruthy();
    expect(screen.getByText('Chuẩn hóa thông tin cán bộ 2026')).toBeTruthy();
    expect(screen.getByText('Hạn chót: 31/12/2026 23:59 · Còn 38 ngày')).toBeTruthy();
    expect(screen.getByText('Lãnh đạo đơn vị xác thực hồ sơ')).toBeTruthy();
    expect(
      screen.getByText('Chưa hợp lệ: Không chấp nhận số điện thoại cố định, vui lòng nhập số điện thoại di động.'),
    ).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('resets an account after confirmation and shows the new code once', async () => {
    renderShow('officer', 'unit_admin');
    fireEvent.click(await screen.findByRole('button', { name: 'Đặt lại tài khoản' }));
    expect(screen.getByText('Đặt lại tài khoản của Nguyễn Thị Hoa?')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Đồng thời xóa xác thực hai lớp (khi cán bộ mất thiết bị xác thực)'));
    fireEvent.click(screen.getAllByRole('button', { name: 'Đặt lại tài khoản' }).at(-1) as HTMLElement);
    expect(await screen.findByText('R3SE-T8QZ')).toBeTruthy();
    expect(api.requests('POST', '/api/officers/7/reset')[0].body).toEqual({ resetTwoFactor: true });
    fireEvent.click(screen.getByRole('button', { name: 'Tôi đã lưu mã' }));
    await waitFor(() => expect(screen.queryByText('R3SE-T8QZ')).toBeNull());
  });

  it('locks only after the admin confirms', async () => {
    renderShow('admin');
    fireEvent.click(await screen.findByRole('button', { name: 'Khóa' }));
    expect(api.requests('POST', '/api/officers/7/lock')).toHaveLength(0);
    fireEvent.click(screen.getAllByRole('button', { name: 'Khóa' }).at(-1) as HTMLElement);
    await waitFor(() => expect(api.requests('POST', '/api/officers/7/lock')).toHaveLength(1));
  });

  it('lets a supervisor verify the record but not touch the account', async () => {
    renderShow('officer', 'supervisor');
    expect(await screen.findByRole('button', { name: 'Xác thực hồ sơ' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Khóa' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Đặt lại tài khoản' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Chỉnh sửa' })).toBeNull();
  });

  it('says when and by whom the record was verified, and what the verification covers', async () => {
    const verifiedAt = '2026-12-04T18:57:00.000Z'; // 05/12/2026 01:57 in Việt Nam
    const verified = { ...hoa, verifiedAt, verifiedByName: 'Trần Văn Bình' };
    const data = testDataProvider({
      getOne: (async (resource: string) => ({
        data: resource === 'officers' ? verified : { id: 4, name: 'Sở Y tế' },
      })) as never,
      getMany: (async () => ({ data: [] })) as never,
    });
    mockApi(
      on('GET', '/api/officers/7/profile', {
        status: 200,
        body: {
          ...profile,
          verifiedAt,
          verification: {
            at: verifiedAt,
            by: { id: 3, fullName: 'Trần Văn Bình' },
            fields: ['fullName', 'birthDate', 'gender', 'citizenId'],
          },
        },
      }),
    );
    render(
      <MemoryRouter initialEntries={['/officers/7/show']}>
        <TestAdmin dataProvider={data} authProvider={withRoles('supervisor')}>
          <ResourceContextProvider value="officers">
            <Routes>
              <Route path="/officers/:id/show" element={<OfficerShow />} />
            </Routes>
          </ResourceContextProvider>
        </TestAdmin>
      </MemoryRouter>,
    );
    expect(await screen.findByText('Lúc 05/12/2026 01:57, người xác thực: Trần Văn Bình')).toBeTruthy();
    expect(screen.getByText('Xác thực hồ sơ', { selector: 'span' })).toBeTruthy();
    expect(await screen.findByText('Đã xác thực lúc 05/12/2026 01:57, người xác thực: Trần Văn Bình')).toBeTruthy();
    expect(screen.getByText('Nội dung đã xác thực: Họ tên, Ngày sinh, Giới tính, Số CCCD')).toBeTruthy();
    expect(screen.queryByText('Hồ sơ được xác thực lúc')).toBeNull();
  });

  it('sends the record back with a reason, showing the server’s word under the field', async () => {
    renderShow('supervisor');
    fireEvent.click(await screen.findByRole('button', { name: 'Yêu cầu bổ sung' }));
    expect(screen.getByText('Yêu cầu Nguyễn Thị Hoa bổ sung hồ sơ?')).toBeTruthy();
    const reason = screen.getByRole('textbox', { name: /Lý do, nội dung cần bổ sung/ });
    fireEvent.change(reason, { target: { value: 'Ảnh' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Yêu cầu bổ sung' }).at(-1) as HTMLElement);
    expect(api.requests('POST', '/api/officers/7/send-back')).toHaveLength(0);
    fireEvent.change(reason, { target: { value: 'Ngày sinh sai so với CCCD' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Yêu cầu bổ sung' }).at(-1) as HTMLElement);
    expect(await screen.findByText('Lý do tối đa 500 ký tự.')).toBeTruthy();
    fireEvent.change(reason, { target: { value: 'Ảnh đại diện chưa rõ mặt, đề nghị tải ảnh mới.' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Yêu cầu bổ sung' }).at(-1) as HTMLElement);
    await waitFor(() => expect(screen.queryByText('Yêu cầu Nguyễn Thị Hoa bổ sung hồ sơ?')).toBeNull());
    expect(api.requests('POST', '/api/officers/7/send-back').at(-1)?.body).toEqual({
      reason: 'Ảnh đại diện chưa rõ mặt, đề nghị tải ảnh mới.',
    });
  });

  it('offers no verification or send-back on the supervisor’s own record', async () => {
    renderShowAs({
      ...withRoles('officer', 'supervisor'),
      getIdentity: async () => ({ id: 7, fullName: 'Nguyễn Thị Hoa' }),
    });
    expect(await screen.findByText('15/04/1990')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Xác thực hồ sơ' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Yêu cầu bổ sung' })).toBeNull();
  });
});
