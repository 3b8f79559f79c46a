import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_TEST, TestAdmin, withRoles } from '../officers/testAdminContext';
import type { ImportReport } from './importApi';
import ImportWizard from './ImportWizard';

const dryRun: ImportReport = {
  totals: { rows: 3, create: 1, update: 1, unchanged: 0, errors: 1 },
  errors: [{ row: 4, field: 'citizenId', code: 'CCCD_FORMAT', message: 'Số CCCD phải gồm đúng 12 chữ số.' }],
  committed: false,
};
const committed: ImportReport = { ...dryRun, committed: true, activationCodesUrl: '/api/officers/import/batches/0b9c/activation-codes' };

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Waits for the permissions, then picks the file as the hidden input would. */
const pickFile = async (name = 'can-bo.xlsx') =>
  fireEvent.change(await screen.findByTestId('import-file-input'), { target: { files: [new File(['xlsx bytes'], name)] } });

describe('importing officers from a spreadsheet', PAGE_TEST, () => {
  it('checks the file, shows the errors, and imports the valid rows when told to skip the wrong ones', async () => {
    fetchMock.mockImplementation(async (input) => {
      const url = String(input);
      if (url.includes('mode=dry-run')) return json(dryRun);
      if (url.includes('mode=commit')) return url.includes('skipInvalid=true') ? json(committed) : json({ statusCode: 400, code: 'IMPORT_HAS_ERRORS', message: 'Tệp còn dòng lỗi.', report: dryRun }, 400);
      throw new Error(`unexpected ${url}`);
    });
    render(
      <TestAdmin authProvider={withRoles('officer', 'unit_admin')}>
        <ImportWizard />
      </TestAdmin>,
    );
    await pickFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Kiểm tra tệp' }));

    expect(await screen.findByText('Dòng lỗi: 1')).toBeTruthy();
    expect(screen.getByText('Số CCCD phải gồm đúng 12 chữ số.')).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0];
    expect(String(url)).toBe('/api/officers/import?mode=dry-run');
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File);

    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục' }));
    const importButton = screen.getByRole('button', { name: 'Nhập dữ liệu' }) as HTMLButtonElement;
    expect(importButton.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Bỏ qua các dòng lỗi'));
    expect(importButton.disabled).toBe(false);
    fireEvent.click(importButton);

    expect(await screen.findByRole('button', { name: 'Tải danh sách mã kích hoạt (chỉ tải được một lần)' })).toBeTruthy();
    expect(String(fetchMock.mock.calls[1][0])).toBe('/api/officers/import?mode=commit&skipInvalid=true');
  });

  it('refuses a file of the wrong kind before uploading anything', async () => {
    render(
      <TestAdmin authProvider={withRoles('admin')}>
        <ImportWizard />
      </TestAdmin>,
    );
    await pickFile('can-bo.pdf');
    expect(await screen.findByText('Chỉ nhận tệp Excel (.xlsx) hoặc CSV (.csv).')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Kiểm tra tệp' }) as HTMLButtonElement).disabled).toBe(true);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('shows the API’s reason when the file cannot be read', async () => {
    fetchMock.mockResolvedValue(json({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'Tệp thiếu cột: Mã đơn vị. Vui lòng dùng tệp mẫu.', errors: [{ field: 'file', code: 'IMPORT_HEADERS', message: 'Tệp thiếu cột: Mã đơn vị. Vui lòng dùng tệp mẫu.' }] }, 400));
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
    await waitFor(() => expect(screen.getByText('Chỉ quản trị viên hệ thống và quản trị đơn vị mới được nhập danh sách cán bộ.')).toBeTruthy());
    expect(screen.queryByTestId('import-file-input')).toBeNull();
  });
});
