import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ResourceContextProvider } from 'react-admin';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CampaignEdit from './CampaignEdit';
import { mockApi, on } from '../test/api';
import { TestAdmin } from '../test/TestAdmin';

vi.setConfig({ testTimeout: 30_000 });

// "Now" sits inside the sample period, before its deadline.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-20T03:00:00Z') });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** What the picker shows, as its hidden input holds it (the visible sections add direction marks). */
const pickerText = (label: RegExp) =>
  (
    screen
      .getAllByLabelText(label)
      .find((element) => element.getAttribute('role') === 'group')
      ?.closest('.MuiPickersInputBase-root')
      ?.querySelector('input') as HTMLInputElement | null
  )?.value;

const units = [
  {
    id: 1,
    code: 'U1',
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
    code: 'U4',
    name: 'Sở Y tế',
    kind: 'department',
    parentId: 1,
    path: '/1/4/',
    depth: 1,
    sortOrder: 1,
    version: 1,
  },
  {
    id: 7,
    code: 'U7',
    name: 'Văn phòng Sở',
    kind: 'office',
    parentId: 4,
    path: '/1/4/7/',
    depth: 2,
    sortOrder: 0,
    version: 1,
  },
];

const draft = {
  id: 9,
  name: 'Đợt thử nghiệm',
  description: '',
  startsAt: '2026-11-01T01:00:00.000Z',
  deadlineAt: '2026-12-10T10:00:00.000Z',
  requiredItems: ['phone', 'confirmed'],
  status: 'draft',
  ownerUnitId: 1,
  targets: [{ campaignId: 9, unitId: 4, includeSubtree: true }],
  version: 3,
};

const editApi = (campaign = draft) =>
  mockApi(
    on('GET', '/api/units', { status: 200, body: { data: units, total: units.length } }),
    on('GET', '/api/campaigns/9', { status: 200, body: campaign }),
    on('POST', '/api/campaigns/preview', { status: 200, body: { officers: 40 } }),
    on('PATCH', '/api/campaigns/9', (call) => ({
      status: 200,
      body: { ...campaign, ...(call.body as object), version: campaign.version + 1 },
    })),
    on('POST', '/api/campaigns/9/activate', {
      status: 200,
      body: { ...campaign, status: 'active', version: campaign.version + 1 },
    }),
  );

describe('editing a campaign', () => {
  it('shows the period in Vietnam time and sends only the changed targets, without the row’s campaignId', async () => {
    const api = editApi();
    await renderEditAt9();
    expect(pickerText(/^Hạn chót/)).toBe('10/12/2026 17:00');
    fireEvent.click(await screen.findByLabelText('Sở Y tế: gồm đơn vị trực thuộc'));
    fireEvent.click(screen.getByText('Lưu'));
    await waitFor(() => expect(api.requests('PATCH', '/api/campaigns/9')).toHaveLength(1));
    expect(api.requests('PATCH', '/api/campaigns/9')[0].body).toEqual({
      targets: [{ unitId: 4, includeSubtree: false }],
      version: 3,
    });
  });

  it('starts a draft after a confirmation', async () => {
    const api = editApi();
    await renderEditAt9();
    fireEvent.click(screen.getByText('Bắt đầu đợt'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Bắt đầu đợt cập nhật "Đợt thử nghiệm"?')).toBeTruthy();
    fireEvent.click(within(dialog).getByText('Bắt đầu đợt'));
    expect(await screen.findByText('Đã bắt đầu đợt cập nhật.')).toBeTruthy();
    expect(api.requests('POST', '/api/campaigns/9/activate')).toHaveLength(1);
  });

  it('does not offer to start a draft whose deadline has passed, and says why', async () => {
    vi.setSystemTime(new Date('2026-12-12T03:00:00Z'));
    editApi();
    await renderEditAt9();
    expect((screen.getByRole('button', { name: 'Bắt đầu đợt' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Hạn chót đã qua: hãy dời hạn chót và lưu trước khi bắt đầu đợt.')).toBeTruthy();
  });
});

async function renderEditAt9() {
  render(
    <TestAdmin roles={['admin']}>
      <ResourceContextProvider value="campaigns">
        <CampaignEdit id={9} />
      </ResourceContextProvider>
    </TestAdmin>,
  );
  return screen.findByDisplayValue('Đợt thử nghiệm');
}
