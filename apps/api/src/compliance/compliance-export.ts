import { loadExcel } from '../common/excel';
import type { Response } from 'express';
import { itemLabel } from '../notifications/reminder-message';
import type { ComplianceSummary, StatusCounts } from './compliance.service';

const STATUS_LABELS: Record<string, string> = { complete: 'Hoàn thành đúng hạn', complete_late: 'Hoàn thành muộn', incomplete: 'Chưa hoàn thành', overdue: 'Quá hạn' };
const vnDateTime = (iso: string | Date | null) =>
  iso ? new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso)) : '';

const countColumns = [
  { header: 'Tổng số', width: 10, value: (c: StatusCounts) => c.total },
  { header: 'Hoàn thành đúng hạn', width: 14, value: (c: StatusCounts) => c.complete },
  { header: 'Hoàn thành muộn', width: 14, value: (c: StatusCounts) => c.completeLate },
  { header: 'Chưa hoàn thành', width: 14, value: (c: StatusCounts) => c.incomplete },
  { header: 'Quá hạn', width: 10, value: (c: StatusCounts) => c.overdue },
  { header: 'Tỷ lệ hoàn thành (%)', width: 14, value: (c: StatusCounts) => c.percentComplete },
];

export interface ComplianceOfficerRow {
  username: string;
  fullName: string;
  unitName: string;
  status: string;
  completedAt: Date | null;
  missing: string[];
}

/**
 * The compliance report as a streamed .xlsx: "Tổng hợp", "Theo đơn vị", "Danh sách cán bộ" (no secrets:
 * names, units, statuses and missing items only).
 */
export async function writeComplianceWorkbook(res: Response, summary: ComplianceSummary, officerPages: AsyncIterable<ComplianceOfficerRow[]>): Promise<void> {
  const workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const overview = workbook.addWorksheet('Tổng hợp');
  overview.columns = [{ width: 32 }, { width: 50 }];
  [
    ['Đợt cập nhật', summary.campaign.name],
    ['Đơn vị', summary.unit.name],
    ['Hạn chót', vnDateTime(summary.campaign.deadline)],
    ['Số ngày còn lại', summary.campaign.daysLeft],
    ...countColumns.map((c) => [c.header, c.value(summary.totals)]),
    [],
    ['Mục còn thiếu', 'Số cán bộ'],
    ...summary.missingItems.map((m) => [itemLabel(m.item), m.count]),
  ].forEach((row) => overview.addRow(row).commit());
  overview.commit();

  const units = workbook.addWorksheet('Theo đơn vị');
  units.columns = [{ header: 'Đơn vị', width: 50 }, ...countColumns.map((c) => ({ header: c.header, width: c.width }))];
  units.getRow(1).font = { bold: true };
  for (const child of summary.children) units.addRow([child.name, ...countColumns.map((c) => c.value(child))]).commit();
  if (summary.direct.total) units.addRow([`${summary.unit.name} (trực thuộc)`, ...countColumns.map((c) => c.value(summary.direct))]).commit();
  units.commit();

  const officers = workbook.addWorksheet('Danh sách cán bộ', { views: [{ state: 'frozen', ySplit: 1 }] });
  officers.columns = [
    { header: 'Tên đăng nhập', width: 18 },
    { header: 'Họ và tên', width: 26 },
    { header: 'Đơn vị', width: 40 },
    { header: 'Trạng thái', width: 20 },
    { header: 'Hoàn thành lúc', width: 18 },
    { header: 'Mục còn thiếu', width: 60 },
  ];
  officers.getRow(1).font = { bold: true };
  for await (const page of officerPages) {
    for (const o of page) officers.addRow([o.username, o.fullName, o.unitName, STATUS_LABELS[o.status] ?? o.status, vnDateTime(o.completedAt), o.missing.map(itemLabel).join('; ')]).commit();
  }
  officers.commit();
  await workbook.commit();
}
