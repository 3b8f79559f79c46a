/** A field's value as the audit log stores it. */
export type AuditValue = string | number | boolean | null;

/** One entry of GET /api/audit, /api/officers/:id/audit and /api/me/audit. */
export interface AuditChange {
  field: string;
  before: AuditValue;
  after: AuditValue;
  /** The unit's name when the field holds a unit id. */
  beforeName?: string;
  afterName?: string;
}

export interface AuditEntry {
  id: number;
  createdAt: string;
  action: string;
  targetType: 'officer' | 'unit' | 'campaign';
  targetId: number;
  target: { name: string; username?: string } | null;
  actor: { id: number; username: string; fullName: string } | null;
  changes: AuditChange[];
  /** Administrators only. */
  ip?: string | null;
}

/** The react-admin resource of one officer's history. */
export const officerAuditResource = (officerId: number | string) => `officers/${officerId}/audit`;
