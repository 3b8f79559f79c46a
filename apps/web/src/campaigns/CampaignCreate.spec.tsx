import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CampaignCreate from './CampaignCreate';
import { mockApi, on } from '../test/api';
import { TestAdmin } from '../test/TestAdmin';

// A whole react-admin form in jsdom is slow, the more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

// "Now" is fixed before the sample periods: the form refuses a deadline already past.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-10-20T03:00:00Z') });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const unit = (id: number, name: string, parentId: number | null, path: string, sortOrder = 0) => ({
  id,
  code: `U${id}`,
  name,
  kind: 'office',
  parentId,
  path,
  depth: path.split('/').filter(Boolean).length - 1,
  sortOrder,
  version: 1,
});

const units = [
  unit(1, 'Tỉnh Lào Cai', null, '/1/'),
  unit(4, 'Sở Y tế', 1, '/1/4/', 1),
  unit(7, 'Văn phòng Sở', 4, '/1/4/7/'),
  unit(12, 'UBND huyện Bắc Hà', 1, '/1/12/', 2),
  unit(20, 'UBND xã Bảo Nhai', 12, '/1/12/20/'),
];

const campaignApi = () =>
  mockApi(
    on('GET', '/api/units', { status: 200, body: { data: units, total: units.length } }),
    on('POST', '/api/campaigns/preview', (call) => {
      const targets = (call.body as { targets: { unitId: number; includeSubtree: boolean }[] }).targets;
      return { status: 200, body: { officers: targets.length * 25 + (targets.some((t) => t.includeSubtree) ? 7 : 0) } };
    }),
    on('POST', '/api/campaigns', (call) => ({
      status: 201,
      body: { id: 9, status: 'draft', version: 1, ownerUnitId: 1, ...(call.body as object) },
    })),
    on('GET', '/api/campaigns/9', {
      status: 200,
      body: {
        id: 9,
        name: 'x',
        status: 'draft',
        version: 1,
        targets: [],
        requiredItems: [],
        startsAt: '2026-11-01T01:00:00.000Z',
        deadlineAt: '2026-12-10T10:00:00.000Z',
      },
    }),
  );

const renderCreate = async () => {
  render(
    <TestAdmin roles={['admin']}>
      <ResourceContextProvider value="campaigns">
        <CampaignCreate />
      </ResourceContextProvider>
    </TestAdmin>,
  );
  await screen.findByLabelText(/^Tên đợt/);
};

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
/** The picker's hidden input takes a whole "dd/MM/yyyy HH:mm", as autofill or a paste would. */
const typeDateTime = (label: RegExp, value: string) => {
  const group = screen.getAllByLabelText(label).find((element) => element.getAttribute('role') === 'group');
  const hidden = group?.closest('.MuiPickersInputBase-root')?.querySelector('input') ?? screen.getByLabelText(label);
  fireEvent.change(hidden, { target: { value } });
};

describe('creating a campaign', () => {
  it('sends the period in UTC from Vietnam time, the chosen items and the targets with their sub-unit switch', async () => {
    const api = campaignApi();
    await renderCreate();
    type(/^Tên đợt/, 'Chuẩn hóa thông tin cán bộ năm 2026');
    type(/^Mô tả/, 'Đồng bộ với VNeID');
    typeDateTime(/^Bắt đầu/, '01/11/2026 08:00');
    typeDateTime(/^Hạn chót/, '10/12/2026 17:00');

    fireEvent.click(screen.getByLabelText('Trang mặc định'));
    fireEvent.click(screen.getByLabelText('Xác thực của lãnh đạo'));

    expect(await screen.findByText('Chọn đơn vị để xem số cán bộ áp dụng.')).toBeTruthy();
    fireEvent.click(await screen.findByLabelText('Sở Y tế'));
    fireEvent.click(screen.getByLabelText('UBND huyện Bắc Hà'));
    fireEvent.click(screen.getByLabelText('UBND huyện Bắc Hà: gồm đơn vị trực thuộc'));
    expect(await screen.findByText('Đợt này áp dụng cho 57 cán bộ', {}, { timeout: 3000 })).toBeTruthy();
    // One count for the burst of clicks, not one per click.
    expect(api.requests('POST', '/api/campaigns/preview').map((call) => call.body)).toEqual([
      {
        targets: [
          { unitId: 4, includeSubtree: true },
          { unitId: 12, includeSubtree: false },
        ],
      },
    ]);

    fireEvent.click(screen.getByText('Lưu'));
    await waitFor(() => expect(api.requests('POST', '/api/campaigns')).toHaveLength(1));
    expect(api.requests('POST', '/api/campaigns')[0].body).toEqual({
      name: 'Chuẩn hóa thông tin cán bộ năm 2026',
      description: 'Đồng bộ với VNeID',
      startsAt: '2026-11-01T01:00:00.000Z',
      deadlineAt: '2026-12-10T10:00:00.000Z',
      requiredItems: [
        'fullName',
        'gender',
        'address',
        'birthDate',
        'email',
        'avatar',
        'citizenId',
        'phone',
        'receiptAccount',
        'receiptPassword',
        'confirmed',
        'verified',
      ],
      targets: [
        { unitId: 4, includeSubtree: true },
        { unitId: 12, includeSubtree: false },
      ],
    });
  });

  it('shows the units under a chosen parent as covered', async () => {
    campaignApi();
    await renderCreate();
    fireEvent.click(await screen.findByLabelText('Sở Y tế'));
    fireEvent.click(screen.getByLabelText('Mở rộng Sở Y tế'));
    const office = screen.getByLabelText(/^Văn phòng Sở/) as HTMLInputElement;
    expect(office.checked).toBe(true);
    expect(office.disabled).toBe(true);
    expect(within(office.closest('li') as HTMLElement).getByText(/đã gồm trong đơn vị cấp trên/)).toBeTruthy();
  });

  it('refuses a deadline before the start', async () => {
    const api = campaignApi();
    await renderCreate();
    type(/^Tên đợt/, 'Đợt thử');
    typeDateTime(/^Bắt đầu/, '10/12/2026 08:00');
    typeDateTime(/^Hạn chót/, '01/12/2026 17:00');
    fireEvent.click(await screen.findByLabelText('Sở Y tế'));
    fireEvent.click(screen.getByText('Lưu'));
    expect(await screen.findByText('Hạn chót phải sau thời điểm bắt đầu.')).toBeTruthy();
    expect(api.requests('POST', '/api/campaigns')).toHaveLength(0);
  });

  it('refuses a deadline already past, as the API would', async () => {
    const api = campaignApi();
    await renderCreate();
    type(/^Tên đợt/, 'Đợt hạn đã qua');
    typeDateTime(/^Bắt đầu/, '01/10/2026 08:00');
    typeDateTime(/^Hạn chót/, '15/10/2026 17:00');
    fireEvent.click(await screen.findByLabelText('Sở Y tế'));
    fireEvent.click(screen.getByText('Lưu'));
    expect(await screen.findByText('Hạn chót đã qua. Hãy chọn hạn chót sau thời điểm hiện tại.')).toBeTruthy();
    expect(api.requests('POST', '/api/campaigns')).toHaveLength(0);
  });

  it('shows the picked period as dd/MM/yyyy HH:mm', async () => {
    campaignApi();
    await renderCreate();
    typeDateTime(/^Hạn chót/, '10/12/2026 17:00');
    const group = screen.getAllByLabelText(/^Hạn chót/).find((element) => element.getAttribute('role') === 'group');
    await waitFor(() =>
      expect(
        group?.querySelector('.MuiPickersSectionList-root')?.textContent?.replace(/[\u2066-\u2069\u200e]/g, ''),
      ).toBe('10/12/2026 17:00'),
    );
  });
});
