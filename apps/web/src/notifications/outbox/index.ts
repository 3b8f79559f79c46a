import { lazy } from 'react';
import OutboxIcon from '@mui/icons-material/Outbox';

/** The e-mail outbox (GET /api/outbox): system administrators only. */
export default {
  list: lazy(() => import('./OutboxList')),
  icon: OutboxIcon,
};
