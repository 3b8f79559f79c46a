import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CompletenessChip, RoleChips, StatusChip, VerifiedBadge } from './OfficerChips';
import { PAGE_TEST, TestAdmin } from '../test/TestAdmin';

afterEach(cleanup);

describe('officer chips', PAGE_TEST, () => {
  it('names every account status in Vietnamese with its own colour', () => {
    render(
      <TestAdmin>
        <StatusChip status="pending_activation" />
        <StatusChip status="active" />
        <StatusChip status="locked" />
        <StatusChip status="disabled" />
      </TestAdmin>,
    );
    const chip = (label: string) => screen.getByText(label).closest('.MuiChip-root')?.className ?? '';
    expect(chip('Chờ kích hoạt')).toContain('MuiChip-colorInfo');
    expect(chip('Đang hoạt động')).toContain('MuiChip-colorSuccess');
    expect(chip('Đã khóa')).toContain('MuiChip-colorWarning');
    expect(chip('Đã vô hiệu hóa')).toContain('MuiChip-colorDefault');
  });

  it('lists roles with libs/domain’s Vietnamese labels, administrators first', () => {
    render(
      <TestAdmin>
        <RoleChips roles={['officer', 'admin', 'supervisor']} />
      </TestAdmin>,
    );
    const labels = Array.from(document.querySelectorAll('.MuiChip-label')).map((label) => label.textContent);
    expect(labels).toEqual(['Quản trị hệ thống', 'Lãnh đạo đơn vị', 'Cán bộ']);
  });

  it('speaks English when the user switched language', () => {
    render(
      <TestAdmin locale="en">
        <RoleChips roles={['unit_admin']} />
        <StatusChip status="pending_activation" />
      </TestAdmin>,
    );
    expect(screen.getByText('Unit administrator')).toBeTruthy();
    expect(screen.getByText('Awaiting activation')).toBeTruthy();
  });

  it('marks an incomplete record and names what is missing', () => {
    render(
      <TestAdmin>
        <CompletenessChip completeness={{ status: 'incomplete', missing: ['citizenId', 'receiptPassword'] }} />
        <CompletenessChip completeness={{ status: 'complete', missing: [] }} />
      </TestAdmin>,
    );
    expect(screen.getByText('Chưa hoàn thành').closest('.MuiChip-root')?.className).toContain('MuiChip-colorDefault');
    expect(
      screen.getByLabelText('Còn thiếu hoặc chưa hợp lệ: Số CCCD, Mật khẩu liên kết biên lai/hóa đơn'),
    ).toBeTruthy();
    expect(screen.getByText('Hoàn thành').closest('.MuiChip-root')?.className).toContain('MuiChip-colorSuccess');
  });

  it('shows whether a supervisor verified the record', () => {
    render(
      <TestAdmin>
        <VerifiedBadge verifiedAt="2026-11-20T03:00:00.000Z" verifiedByName="Trần Văn Bình" detailed />
        <VerifiedBadge verifiedAt={null} />
      </TestAdmin>,
    );
    expect(screen.getByText('Đã xác thực')).toBeTruthy();
    expect(screen.getByText('Lúc 20/11/2026 10:00, người xác thực: Trần Văn Bình')).toBeTruthy();
    expect(screen.getByText('Chưa xác thực')).toBeTruthy();
  });
});
