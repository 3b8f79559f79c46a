import { CreateUnits1763900000000 } from './1763900000000-create-units';
import { CreateAccounts1763900001000 } from './1763900001000-create-accounts';
import { OfficerProfileAndAudit1763900002000 } from './1763900002000-officer-profile-and-audit';
import { ImportBatches1763900003000 } from './1763900003000-import-batches';
import { Campaigns1763900004000 } from './1763900004000-campaigns';
import { Notifications1763900005000 } from './1763900005000-notifications';
import { OfficerSearch1763900006000 } from './1763900006000-officer-search';
import { AuditActionIndex1796415017334 } from './1796415017334-audit-action-index';
import { RecordSendBack1796415658205 } from './1796415658205-record-send-back';
import { LoginFailures1796417523000 } from './1796417523000-login-failures';

/** Every migration, oldest first. A new migration is added here and nowhere else. */
export const migrations = [
  CreateUnits1763900000000,
  CreateAccounts1763900001000,
  OfficerProfileAndAudit1763900002000,
  ImportBatches1763900003000,
  Campaigns1763900004000,
  Notifications1763900005000,
  OfficerSearch1763900006000,
  AuditActionIndex1796415017334,
  RecordSendBack1796415658205,
  LoginFailures1796417523000,
];
