import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGE_TEST, TestAdmin } from '../test/TestAdmin';
import { groupBySheetRow, ImportErrorTable } from './ImportErrorTable';
import type { ImportRowError } from './importApi';
import { ImportTotals } from './ImportTotals';

afterEach(cleanup);

const errors: ImportRowError[] = [
  { row: 7, field: 'unitCode', code: 'UNIT_UNKNOWN', message: 'Không có đơn vị mã T15-XYZ.' },
  {
    row: 3,
    field: 'phone',
    code: 'PHONE_OLD_11_DIGIT',
    message: 'Số điện thoại 11 số đã chuyển sang 10 số, vui lòng nhập 0382345678.',
  },
  { row: 3, field: 'citizenId', code: 'CCCD_FORMAT', message: 'Số CCCD phải gồm đúng 12 chữ số.' },
];

describe('the import report', PAGE_TEST, () => {
  it('lists every error by spreadsheet row, with the template’s column name and the API’s message', () => {
    render(
      <TestAdmin>
        <ImportErrorTable errors={errors} />
      </TestAdmin>,
    );
    const table = screen.getByRole('table', { name: 'Các lỗi cần sửa trong tệp' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      '3Số điện thoạiSố điện thoại 11 số đã chuyển sang 10 số, vui lòng nhập 0382345678.',
      'Số CCCDSố CCCD phải gồm đúng 12 chữ số.',
      '7Mã đơn vịKhông có đơn vị mã T15-XYZ.',
    ]);
    expect(within(rows[0]).getByText('3').getAttribute('rowspan')).toBe('2');
  });

  it('highlights the rows in error', () => {
    render(
      <TestAdmin>
        <ImportErrorTable errors={errors} />
      </TestAdmin>,
    );
    const highlighted = document.querySelectorAll('tr[data-severity="error"]');
    expect([...highlighted].map((row) => row.getAttribute('data-sheet-row'))).toEqual(['3', '3', '7']);
    const background = getComputedStyle(highlighted[0]).backgroundColor;
    expect(background).not.toBe('');
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(screen.getByText('Mã đơn vị').closest('.MuiChip-root')?.className).toContain('MuiChip-colorError');
  });

  it('says the file is clean when there is no error', () => {
    render(
      <TestAdmin>
        <ImportErrorTable errors={[]} />
      </TestAdmin>,
    );
    expect(screen.getByText('Không có lỗi nào, tệp sẵn sàng để nhập.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('pages a long report by sheet row without splitting a row', () => {
    const many = Array.from({ length: 60 }, (_, i) => [
      { row: i + 2, field: 'email', code: 'EMAIL_FORMAT', message: `Email dòng ${i + 2} không hợp lệ` },
      { row: i + 2, field: 'phone', code: 'PHONE_FORMAT', message: `Điện thoại dòng ${i + 2} không hợp lệ` },
    ]).flat();
    render(
      <TestAdmin>
        <ImportErrorTable errors={many} />
      </TestAdmin>,
    );
    expect(document.querySelectorAll('tr[data-severity="error"]')).toHaveLength(100);
    expect(screen.getByText('1–50 / 60')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /next page|trang sau/i }));
    expect(screen.getByText('Email dòng 52 không hợp lệ')).toBeTruthy();
    expect(document.querySelectorAll('tr[data-severity="error"]')).toHaveLength(20);
  });

  it('shows the totals as chips, the error count in red and the rows to review in amber', () => {
    render(
      <TestAdmin>
        <ImportTotals totals={{ rows: 1250, create: 1200, update: 30, unchanged: 18, errors: 2, flagged: 3 }} />
      </TestAdmin>,
    );
    expect(screen.getByText('Tổng số dòng: 1.250')).toBeTruthy();
    expect(screen.getByText('Tạo mới: 1.200')).toBeTruthy();
    expect(screen.getByText('Cập nhật: 30')).toBeTruthy();
    expect(screen.getByText('Không đổi: 18')).toBeTruthy();
    expect(screen.getByText('Dòng lỗi: 2').closest('.MuiChip-root')?.className).toContain('MuiChip-colorError');
    const flagged = screen.getByText('Cần xem lại: 3').closest('.MuiChip-root') as HTMLElement;
    expect(flagged.getAttribute('data-flagged')).toBe('true');
    expect(flagged.querySelector('[data-testid="WarningAmberIcon"]')).toBeTruthy();
  });

  it('groups errors by sheet row in sheet order', () => {
    expect(groupBySheetRow(errors).map((group) => [group.row, group.errors.length])).toEqual([
      [3, 2],
      [7, 1],
    ]);
  });
});
