import { COMPLIANCE_STATUS_LABELS, type ComplianceStatus } from '@motcua/domain';
import { addTypedRow, loadExcel, type CellKind } from '../common/excel';
import type { Response } from 'express';
import { itemLabel } from '../notifications/reminder-message';
import type { ComplianceSummary, StatusCounts } from './compliance.service';

const STATUS = COMPLIANCE_STATUS_LABELS.vi;

const countColumns = [
  { header: 'Tổng số', width: 10, value: (c: StatusCounts) => c.total },
  { header: STATUS.complete, width: 14, value: (c: StatusCounts) => c.complete },
  { header: STATUS.complete_late, width: 14, value: (c: StatusCounts) => c.completeLate },
  { header: STATUS.incomplete, width: 14, value: (c: StatusCounts) => c.incomplete },
  { header: STATUS.overdue, width: 10, value: (c: StatusCounts) => c.overdue },
  { header: 'Tỷ lệ hoàn thành (%)', width: 14, value: (c: StatusCounts) => c.percentComplete },
];

const OFFICER_KINDS: CellKind[] = ['text', 'text', 'text', 'text', 'dateTime', 'text'];

export interface ComplianceOfficerRow {
  username: string;
  fullName: string;
  unitName: string;
  status: ComplianceStatus;
  completedAt: Date | null;
  missing: string[];
}

/**
 * The compliance report as a streamed .xlsx: "Tổng hợp", "Theo đơn vị", "Danh sách cán bộ" (no secrets:
 * names, units, statuses and missing items only).
 */
export async function writeComplianceWorkbook(
  res: Response,
  summary: ComplianceSummary,
  officerPages: AsyncIterable<ComplianceOfficerRow[]>,
): Promise<void> {
  const workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({
    stream: res,
    useStyles: true,
    useSharedStrings: false,
  });
  const overview = workbook.addWorksheet('Tổng hợp');
  overview.columns = [{ width: 32 }, { width: 50 }];
  [
    ['Đợt cập nhật', summary.campaign.name],
    ['Đơn vị', summary.unit.name],
  ].forEach((row) => overview.addRow(row).commit());
  addTypedRow(overview, ['text', 'dateTime'], ['Hạn chót', new Date(summary.campaign.deadline)]);
  [
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
  if (summary.direct.total)
    units.addRow([`${summary.unit.name} (trực thuộc)`, ...countColumns.map((c) => c.value(summary.direct))]).commit();
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
    for (const o of page)
      addTypedRow(officers, OFFICER_KINDS, [
        o.username,
        o.fullName,
        o.unitName,
        STATUS[o.status],
        o.completedAt,
        o.missing.map(itemLabel).join('; '),
      ]);
  }
  officers.commit();
  await workbook.commit();
}
