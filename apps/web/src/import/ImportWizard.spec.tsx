import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, on, queryOf } from '../test/api';
import { PAGE_TEST, TestAdmin, withRoles } from '../test/TestAdmin';
import type { ImportReport } from './importApi';
import ImportWizard from './ImportWizard';

const dryRun: ImportReport = {
  totals: { rows: 3, create: 1, update: 1, unchanged: 0, errors: 1, flagged: 0 },
  errors: [{ row: 4, field: 'citizenId', code: 'CCCD_FORMAT', message: 'Số CCCD phải gồm đúng 12 chữ số.' }],
  review: [],
  committed: false,
};

/** hieu.hq becomes a system admin with a new phone; thu.nt's CCCD arrives as thu.nguyen in another unit. */
const flaggedDryRun: ImportReport = {
  totals: { rows: 2, create: 0, update: 2, unchanged: 0, errors: 0, flagged: 2 },
  errors: [],
  review: [
    {
      row: 2,
      action: 'update',
      username: 'hieu.hq',
      fullName: 'Hoàng Quốc Hiếu',
      account: { id: 41, username: 'hieu.hq' },
      changes: [
        { field: 'phone', before: '0912000111', after: '0987000111' },
        { field: 'roles', before: ['officer'], after: ['admin', 'officer'] },
      ],
      flags: ['admin_role_grant'],
      grantedRoles: ['admin'],
    },
    {
      row: 3,
      action: 'update',
      username: 'thu.nguyen',
      fullName: 'Nguyễn Thị Thu',
      account: { id: 42, username: 'thu.nt' },
      changes: [
        { field: 'birthDate', before: null, after: '1992-09-03' },
        { field: 'unitCode', before: 'Sở Y tế (T15-SYT)', after: 'Sở Tư pháp (T15-STP)' },
      ],
      flags: ['citizen_id_match'],
      grantedRoles: [],
    },
  ],
  committed: false,
};
const committed: ImportReport = {
  ...dryRun,
  committed: true,
  activationCodesUrl: '/api/officers/import/batches/0b9c/activation-codes',
};

/** Waits for the permissions, then picks the file as the hidden input would. */
const pickFile = async (name = 'can-bo.xlsx') =>
  fireEvent.change(await screen.findByTestId('import-file-input'), {
    target: { files: [new File(['xlsx bytes'], name)] },
  });

describe('importing officers from a spreadsheet', PAGE_TEST, () => {
  it('checks the file, shows the errors, and imports the valid rows when told to skip the wrong ones', async () => {
    const api = mockApi(
      on('POST', '/api/officers/import', (call) =>
        queryOf(call).get('mode') === 'dry-run'
          ? { status: 200, body: dryRun }
          : queryOf(call).get('skipInvalid') === 'true'
            ? { status: 200, body: committed }
            : {
                status: 400,
                body: { statusCode: 400, code: 'IMPORT_HAS_ERRORS', message: 'Tệp còn dòng lỗi.', report: dryRun },
              },
      ),
    );
    render(
      <TestAdmin authProvider={withRoles('officer', 'unit_admin')}>
        <ImportWizard />
      </TestAdmin>,
    );
    await pickFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra tệp' }));

    expect(await screen.findByText('Dòng lỗi: 1')).toBeTruthy();
    expect(screen.getByText('Số CCCD phải gồm đúng 12 chữ số.')).toBeTruthy();
    expect(api.calls[0].url).toBe('/api/officers/import?mode=dry-run');
    expect((api.calls[0].body as FormData).get('file')).toMatchObject({ name: 'can-bo.xlsx' });

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    const importButton = screen.getByRole('button', { name: 'Nhập dữ liệu' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Bỏ qua các dòng lỗi'));
    expect(importButton.disabled).toBe(false);
    fireEvent.click(importButton);

    expect(
      await screen.findByRole('button', { name: 'Tải danh sách mã kích hoạt (chỉ tải được một lần)' }),
    ).toBeTruthy();
    expect(api.calls[1].url).toBe('/api/officers/import?mode=commit&skipInvalid=true');
  });

  it('shows each change before → after, and imports the flagged rows only once the admin confirms them', async () => {
    const api = mockApi(
      on('POST', '/api/officers/import', (call) => ({
        status: 200,
        body: queryOf(call).get('mode') === 'dry-run' ? flaggedDryRun : { ...flaggedDryRun, committed: true },
      })),
    );
    render(
      <TestAdmin authProvider={withRoles('admin')}>
        <ImportWizard />
      </TestAdmin>,
    );
    await pickFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra tệp' }));

    const review = await screen.findByRole('region', { name: 'Các thay đổi sẽ áp dụng' });
    expect(screen.getByText('Cần xem lại: 2')).toBeTruthy();
    const hieu = review.querySelector('li[data-sheet-row="2"]') as HTMLElement;
    expect(within(hieu).getByText('Số điện thoại').nextElementSibling?.textContent).toBe('0912000111 → 0987000111');
    expect(within(hieu).getByText('Vai trò').nextElementSibling?.textContent).toBe(
      'Cán bộ → Cán bộ, Quản trị hệ thống',
    );
    expect(
      within(hieu).getByText('Cấp quyền quản trị: Quản trị hệ thống.').closest('.MuiAlert-root')?.className,
    ).toContain('MuiAlert-colorError');
    const thu = review.querySelector('li[data-sheet-row="3"]') as HTMLElement;
    expect(within(thu).getByText('thu.nt (trong tệp: thu.nguyen) — Nguyễn Thị Thu')).toBeTruthy();
    expect(within(thu).getByText('Ngày sinh').nextElementSibling?.textContent).toBe('(trống) → 03/09/1992');
    expect(within(thu).getByText('Đơn vị').nextElementSibling?.textContent).toBe(
      'Sở Y tế (T15-SYT) → Sở Tư pháp (T15-STP)',
    );
    expect(
      within(thu).getByText(
        'Khớp theo số CCCD với tài khoản thu.nt: tên đăng nhập giữ nguyên, không đổi thành thu.nguyen.',
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    expect(
      screen.getByText('Có 2 dòng cấp quyền hoặc khớp tài khoản theo số CCCD. Hãy xem lại trước khi nhập.'),
    ).toBeTruthy();
    const flaggedRows = screen.getByRole('region', { name: 'Các dòng cần xem lại' });
    expect(flaggedRows.querySelectorAll('li[data-flagged="true"]')).toHaveLength(2);
    const importButton = screen.getByRole('button', { name: 'Nhập dữ liệu' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Tôi đã xem lại 2 dòng được đánh dấu và đồng ý áp dụng'));
    expect(importButton.disabled).toBe(false);
    fireEvent.click(importButton);
    await screen.findByText('Đã nhập xong');
    expect(api.calls[1].url).toBe('/api/officers/import?mode=commit&confirmFlagged=true');
  });

  it('downloads the check as an .xlsx by sending the same file again', async () => {
    const saved: string[] = [];
    // jsdom has no object URLs: lend them for this test only.
    const lent = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
    Object.assign(URL, { createObjectURL: () => 'blob:report', revokeObjectURL: () => undefined });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    mockApi(
      on('POST', '/api/officers/import', { status: 200, body: flaggedDryRun }),
      on('POST', '/api/officers/import/report', (call) =>
        (call.body as FormData).get('file') instanceof File
          ? {
              status: 200,
              body: new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
              headers: {
                'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                'Content-Disposition': 'attachment; filename="ket-qua-kiem-tra-nhap-can-bo-2026-12-05.xlsx"',
              },
            }
          : { status: 400, body: { statusCode: 400, code: 'NO_FILE', message: 'no file' } },
      ),
    );
    render(
      <TestAdmin authProvider={withRoles('admin')}>
        <ImportWizard />
      </TestAdmin>,
    );
    await pickFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra tệp' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Tải kết quả kiểm tra (.xlsx)' }));
    await waitFor(() => expect(saved).toEqual(['ket-qua-kiem-tra-nhap-can-bo-2026-12-05.xlsx']));
    click.mockRestore();
    Object.assign(URL, lent);
  });

  it('refuses a file of the wrong kind before uploading anything', async () => {
    const api = mockApi();
    render(
      <TestAdmin authProvider={withRoles('admin')}>
        <ImportWizard />
      </TestAdmin>,
    );
    await pickFile('can-bo.pdf');
    expect(await screen.findByText('Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Kiểm tra tệp' }) as HTMLButtonElement).disabled).toBe(true);
    expect(api.calls).toHaveLength(0);
  });

  it('shows the API’s reason when the file cannot be read', async () => {
    mockApi(
      on('POST', '/api/officers/import', {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'Tệp thiếu cột: Mã đơn vị. Vui lòng dùng tệp mẫu.',
          errors: [
            { field: 'file', code: 'IMPORT_HEADERS', message: 'Tệp thiếu cột: Mã đơn vị. Vui lòng dùng tệp mẫu.' },
          ],
        },
      }),
    );
    render(
      <TestAdmin authProvider={withRoles('admin')}>
        <ImportWizard />
      </TestAdmin>,
    );
    await pickFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra tệp' }));
    expect(await screen.findByText('Tệp thiếu cột: Mã đơn vị. Vui lòng dùng tệp mẫu.')).toBeTruthy();
  });

  it('is closed to supervisors', async () => {
    render(
      <TestAdmin authProvider={withRoles('officer', 'supervisor')}>
        <ImportWizard />
      </TestAdmin>,
    );
    await waitFor(() =>
      expect(
        screen.getByText('Chỉ quản trị viên hệ thống và quản trị đơn vị mới được nhập danh sách cán bộ.'),
      ).toBeTruthy(),
    );
    expect(screen.queryByTestId('import-file-input')).toBeNull();
  });
});
