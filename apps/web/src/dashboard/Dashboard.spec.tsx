import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, on, queryOf } from '../test/api';
import { TestAdmin } from '../test/TestAdmin';
import type { ComplianceSummary } from '@motcua/contracts';
import Dashboard from './Dashboard';
import { MemoryRouter, useLocation } from 'react-router-dom';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const campaign = {
  id: 1,
  name: 'Chuẩn hóa thông tin cán bộ năm 2026',
  description: '',
  startsAt: '2026-01-05T01:00:00.000Z',
  deadlineAt: '2026-02-10T10:00:00.000Z',
  requiredItems: ['phone', 'citizenId', 'confirmed'],
  status: 'active',
  ownerUnitId: 1,
  targets: [{ campaignId: 1, unitId: 1, includeSubtree: true }],
  version: 2,
};

const counts = (total: number, complete: number, completeLate: number, overdue: number) => ({
  total,
  complete,
  completeLate,
  incomplete: 0,
  overdue,
  percentComplete: Math.round(((complete + completeLate) / total) * 1000) / 10,
});

/** Past the deadline: the not-done are overdue. */
const provinceSummary: ComplianceSummary = {
  campaign: {
    id: 1,
    name: campaign.name,
    startsAt: campaign.startsAt,
    deadline: campaign.deadlineAt,
    daysLeft: -3,
    status: 'active',
  },
  unit: { id: 1, name: 'Tỉnh Lào Cai', path: '/1/' },
  trail: [{ id: 1, name: 'Tỉnh Lào Cai', path: '/1/' }],
  totals: counts(120, 80, 10, 30),
  children: [
    { unitId: 4, code: 'SYT', name: 'Sở Y tế', hasChildren: true, ...counts(70, 50, 5, 15) },
    { unitId: 12, code: 'BH', name: 'UBND huyện Bắc Hà', hasChildren: true, ...counts(50, 30, 5, 15) },
  ],
  direct: { total: 0, complete: 0, completeLate: 0, incomplete: 0, overdue: 0, percentComplete: 0 },
  missingItems: [
    { item: 'citizenId', count: 22 },
    { item: 'verified', count: 12 },
    { item: 'phone', count: 0 },
  ],
  series: [
    { date: '2026-01-05', completed: 0, ideal: 0 },
    { date: '2026-01-06', completed: 20, ideal: 40 },
    { date: '2026-01-07', completed: 90, ideal: 120 },
  ],
};

const healthSummary: ComplianceSummary = {
  ...provinceSummary,
  unit: { id: 4, name: 'Sở Y tế', path: '/1/4/' },
  trail: [provinceSummary.trail[0], { id: 4, name: 'Sở Y tế', path: '/1/4/' }],
  totals: counts(70, 50, 5, 15),
  children: [{ unitId: 7, code: 'SYT-VP', name: 'Văn phòng Sở', hasChildren: false, ...counts(20, 10, 0, 10) }],
};

/** A unit with no sub-units of its own. */
const officeSummary: ComplianceSummary = {
  ...healthSummary,
  unit: { id: 7, name: 'Văn phòng Sở', path: '/1/4/7/' },
  trail: [...healthSummary.trail, { id: 7, name: 'Văn phòng Sở', path: '/1/4/7/' }],
  totals: counts(20, 10, 0, 10),
  children: [],
  direct: counts(20, 10, 0, 10),
};

const overdueOfficers = {
  data: [
    {
      id: 42,
      username: 'an.nv',
      fullName: 'Nguyễn Văn An',
      email: 'an@laocai.gov.vn',
      phone: '0912345678',
      unitId: 7,
      unitName: 'Văn phòng Sở',
      completedAt: null,
      status: 'overdue',
      missing: ['citizenId', 'verified'],
      remindedAt: null,
      remindable: true,
    },
    {
      id: 43,
      username: 'binh.tv',
      fullName: 'Trần Văn Bình',
      email: null,
      phone: null,
      unitId: 7,
      unitName: 'Văn phòng Sở',
      completedAt: null,
      status: 'overdue',
      missing: ['phone'],
      remindedAt: '2026-02-12T02:05:00.000Z',
      remindable: false,
    },
  ],
  total: 2,
};

const standardApi = (reminderReply = { sent: 1, skipped: 0 }) =>
  mockApi(
    on('GET', '/api/campaigns', { status: 200, body: { data: [campaign], total: 1 } }),
    on('GET', '/api/compliance/summary', (call) => ({
      status: 200,
      body: { '4': healthSummary, '7': officeSummary }[queryOf(call).get('unitId') ?? ''] ?? provinceSummary,
    })),
    on('GET', '/api/compliance/officers', { status: 200, body: overdueOfficers }),
    on('POST', '/api/reminders', { status: 200, body: reminderReply }),
  );

/** Where the dashboard has put itself in the URL. */
const LocationSpy = () => <output data-testid="location">{useLocation().search}</output>;
const search = () => new URLSearchParams(screen.getByTestId('location').textContent ?? '');

const renderDashboard = async ({
  url = '/',
  roles = ['supervisor'],
  wait = true,
}: { url?: string; roles?: string[]; wait?: boolean } = {}) => {
  render(
    <MemoryRouter initialEntries={[url]}>
      <TestAdmin roles={roles}>
        <Dashboard />
        <LocationSpy />
      </TestAdmin>
    </MemoryRouter>,
  );
  if (wait) await screen.findByRole('group', { name: 'Tổng số' });
};

const card = (name: string) => screen.getByRole('group', { name });
const breadcrumb = () => screen.getByRole('navigation', { name: 'Đơn vị đang xem' });

describe('the supervisor’s dashboard', () => {
  it('shows the totals on cards, the overdue and the days past the deadline in red', async () => {
    standardApi();
    await renderDashboard();
    expect(within(card('Tổng số')).getByText('120')).toBeTruthy();
    expect(within(card('Tổng số')).getByText('Đã hoàn thành 75%')).toBeTruthy();
    expect(within(card('Hoàn thành')).getByText('80')).toBeTruthy();
    expect(within(card('Hoàn thành muộn')).getByText('10')).toBeTruthy();
    expect(within(card('Quá hạn')).getByText('30')).toBeTruthy();
    expect(card('Quá hạn').dataset.tone).toBe('error');
    // Three days past the deadline: "Số ngày quá hạn 3", never "Số ngày còn lại -3".
    expect(card('Số ngày quá hạn').dataset.tone).toBe('error');
    expect(within(card('Số ngày quá hạn')).getByText('3')).toBeTruthy();
    expect(within(card('Số ngày quá hạn')).getByText('Quá hạn 3 ngày')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Số ngày còn lại' })).toBeNull();
    expect(card('Hoàn thành').dataset.tone).toBe('success');
  });

  it('draws the progress and the per-unit charts once their lazily loaded module arrives', async () => {
    standardApi();
    await renderDashboard();
    expect(await screen.findByText('Tiến độ lý tưởng', {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Đã hoàn thành (lũy kế)')).toBeTruthy();
    await waitFor(() => expect(document.querySelectorAll('[class*="MuiChartsWrapper-root"]')).toHaveLength(2));
  });

  it('lists the most missing items with their Vietnamese labels', async () => {
    standardApi();
    await renderDashboard();
    expect(screen.getByText('Số CCCD')).toBeTruthy();
    expect(screen.getByText('Xác thực của lãnh đạo')).toBeTruthy();
    expect(screen.getByText('22 cán bộ')).toBeTruthy();
  });

  it('opens a sub-unit from the table, asks for its figures and walks back up with the breadcrumb', async () => {
    const api = standardApi();
    await renderDashboard();
    expect(within(breadcrumb()).getByText('Toàn tỉnh')).toBeTruthy();
    expect(queryOf(api.requests('GET', '/api/compliance/summary')[0]).get('unitId')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Sở Y tế' }));
    await screen.findByRole('button', { name: 'Văn phòng Sở' });
    expect(search().get('unit')).toBe('4');
    expect(search().get('campaign')).toBe('1');
    const summaries = api.requests('GET', '/api/compliance/summary');
    expect(queryOf(summaries[summaries.length - 1]).get('unitId')).toBe('4');
    expect(queryOf(summaries[summaries.length - 1]).get('campaignId')).toBe('1');
    expect(within(breadcrumb()).getByRole('button', { name: 'Toàn tỉnh' })).toBeTruthy();
    expect(within(breadcrumb()).getByText('Sở Y tế').getAttribute('aria-current')).toBe('page');
    expect(within(card('Tổng số')).getByText('70')).toBeTruthy();
    await waitFor(() =>
      expect(api.requests('GET', '/api/compliance/officers').some((call) => queryOf(call).get('unitId') === '4')).toBe(
        true,
      ),
    );

    fireEvent.click(within(breadcrumb()).getByRole('button', { name: 'Toàn tỉnh' }));
    await screen.findByRole('button', { name: 'UBND huyện Bắc Hà' });
    expect(within(breadcrumb()).queryByRole('button')).toBeNull();
    expect(within(breadcrumb()).getByText('Toàn tỉnh')).toBeTruthy();
    expect(search().get('unit')).toBeNull();
  });

  it('opens the unit a shared link names, with the whole breadcrumb, and says in one line that it has no sub-units', async () => {
    const api = standardApi();
    await renderDashboard({ url: '/?campaign=1&unit=7' });
    expect(queryOf(api.requests('GET', '/api/compliance/summary')[0]).get('unitId')).toBe('7');
    expect(within(breadcrumb()).getByRole('button', { name: 'Toàn tỉnh' })).toBeTruthy();
    expect(within(breadcrumb()).getByRole('button', { name: 'Sở Y tế' })).toBeTruthy();
    expect(within(breadcrumb()).getByText('Văn phòng Sở').getAttribute('aria-current')).toBe('page');
    expect(screen.getByText('Văn phòng Sở không có đơn vị trực thuộc.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Theo đơn vị trực thuộc' })).toBeNull();
    fireEvent.click(within(breadcrumb()).getByRole('button', { name: 'Sở Y tế' }));
    await screen.findByRole('button', { name: 'Văn phòng Sở' });
    expect(search().get('unit')).toBe('4');
  });

  it('reminds one overdue officer and says who was already reminded today', async () => {
    const api = standardApi({ sent: 0, skipped: 1 });
    await renderDashboard();
    const row = (await screen.findByText('Nguyễn Văn An')).closest('tr') as HTMLElement;
    // Already reminded today (the server's record): the time, and no button to remind again.
    const reminded = screen.getByText('Trần Văn Bình').closest('tr') as HTMLElement;
    expect(within(reminded).getByText('Đã nhắc lúc 12/02/2026 09:05')).toBeTruthy();
    expect(within(reminded).queryByRole('button')).toBeNull();
    expect(within(row).getByText('Văn phòng Sở')).toBeTruthy();
    expect(within(row).getByText('Số CCCD')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: 'Nhắc nhở Nguyễn Văn An' }));
    expect(await screen.findByText('Đã gửi nhắc nhở cho 0 cán bộ; 1 cán bộ đã được nhắc hôm nay')).toBeTruthy();
    expect(api.requests('POST', '/api/reminders').map((call) => call.body)).toEqual([
      { campaignId: 1, officerIds: [42] },
    ]);
    // The rows are read again, so each shows the reminder the server recorded.
    await waitFor(() => expect(api.requests('GET', '/api/compliance/officers')).toHaveLength(2));
    const officersQuery = queryOf(api.requests('GET', '/api/compliance/officers')[0]);
    expect(officersQuery.get('status')).toBe('overdue');
    expect(officersQuery.get('unitId')).toBe('1');
  });

  it('reminds everyone not done in the unit after a confirmation', async () => {
    const api = standardApi({ sent: 28, skipped: 2 });
    await renderDashboard();
    fireEvent.click(await screen.findByRole('button', { name: 'Nhắc tất cả' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/30 cán bộ chưa hoàn thành của Tỉnh Lào Cai/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Nhắc tất cả' }));
    expect(await screen.findByText('Đã gửi nhắc nhở cho 28 cán bộ; 2 cán bộ đã được nhắc hôm nay')).toBeTruthy();
    expect(api.requests('POST', '/api/reminders').map((call) => call.body)).toEqual([{ campaignId: 1, unitId: 1 }]);
  });

  it('says so when a shared link names a unit outside the supervisor’s scope, and goes back to their own unit', async () => {
    mockApi(
      on('GET', '/api/campaigns', { status: 200, body: { data: [campaign], total: 1 } }),
      on('GET', '/api/compliance/summary', (call) =>
        queryOf(call).get('unitId') === '12'
          ? {
              status: 403,
              body: {
                statusCode: 403,
                code: 'OUT_OF_SCOPE',
                message: 'Bạn không có quyền truy cập dữ liệu ngoài đơn vị của mình.',
              },
            }
          : { status: 200, body: healthSummary },
      ),
      on('GET', '/api/compliance/officers', { status: 200, body: overdueOfficers }),
    );
    await renderDashboard({ url: '/?campaign=1&unit=12', wait: false });
    expect(await screen.findByText('Đơn vị trong đường dẫn không thuộc phạm vi bạn theo dõi.')).toBeTruthy();
    expect(screen.queryByText(/dành cho lãnh đạo đơn vị và quản trị viên/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Xem đơn vị của tôi' }));
    await screen.findByRole('group', { name: 'Tổng số' });
    expect(search().get('unit')).toBeNull();
  });

  it('tells a supervisor what having no campaign means for them', async () => {
    mockApi(on('GET', '/api/campaigns', { status: 200, body: { data: [], total: 0 } }));
    await renderDashboard({ wait: false });
    expect(await screen.findByText('Chưa có đợt cập nhật nào đang diễn ra.')).toBeTruthy();
    expect(screen.getByText(/Khi quản trị viên bắt đầu một đợt cập nhật cho đơn vị của bạn/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Tạo đợt cập nhật' })).toBeNull();
  });

  it('shows an admin how to start a campaign when none runs', async () => {
    mockApi(on('GET', '/api/campaigns', { status: 200, body: { data: [], total: 0 } }));
    await renderDashboard({ wait: false, roles: ['admin'] });
    expect(await screen.findByText(/Để bắt đầu: tạo một đợt cập nhật/)).toBeTruthy();
    expect((await screen.findByRole('link', { name: 'Tạo đợt cập nhật' })).getAttribute('href')).toBe(
      '/campaigns/create',
    );
  });

  it('greets an officer kindly when the API says the figures are not for them', async () => {
    mockApi(
      on('GET', '/api/campaigns', {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' },
      }),
    );
    render(
      <TestAdmin roles={['officer']}>
        <Dashboard />
      </TestAdmin>,
    );
    expect(await screen.findByText(/dành cho lãnh đạo đơn vị và quản trị viên/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cập nhật thông tin cá nhân' }).getAttribute('href')).toContain('/profile');
  });
});
