import type { AuditEntry } from './auditApi';

/** Entries as the API answers them: an admin's correction (with a move between units) and the officer's own. */
export const AUDIT_ENTRIES: AuditEntry[] = [
  {
    id: 21,
    // 00:30 on 5 December in Việt Nam.
    createdAt: '2026-12-04T17:30:00.000Z',
    action: 'officer.update',
    targetType: 'officer',
    targetId: 7,
    target: { name: 'Nguyễn Thị Hoa', username: 'hoa.nt' },
    actor: { id: 1, username: 'admin', fullName: 'Lê Thị Quản Trị' },
    changes: [
      { field: 'phone', before: '0912345678', after: '0987654321' },
      { field: 'unitId', before: 4, after: 9, beforeName: 'Sở Y tế', afterName: 'Sở Tài chính' },
    ],
    ip: '10.0.0.8',
  },
  {
    id: 20,
    createdAt: '2026-12-01T02:00:00.000Z',
    action: 'profile.update',
    targetType: 'officer',
    targetId: 7,
    target: { name: 'Nguyễn Thị Hoa', username: 'hoa.nt' },
    actor: { id: 7, username: 'hoa.nt', fullName: 'Nguyễn Thị Hoa' },
    changes: [{ field: 'receiptPassword', before: null, after: 'đã thay đổi' }],
    ip: '10.0.0.9',
  },
];
