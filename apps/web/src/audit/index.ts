import { lazy } from 'react';
import ManageHistoryIcon from '@mui/icons-material/ManageHistory';

/**
 * The audit log (GET /api/audit): system administrators only (see auth/access.ts). One officer's history is a
 * tab of the officer's page: OfficerAuditHistory.
 */
export default {
  list: lazy(() => import('./AuditList')),
  icon: ManageHistoryIcon,
};
