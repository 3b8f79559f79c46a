import { lazy } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';

/** Spread into <Resource name="units" />; writes are for system administrators (the API enforces it too). */
export default {
  list: lazy(() => import('./UnitList')),
  show: lazy(() => import('./UnitShow')),
  edit: lazy(() => import('./UnitEdit')),
  create: lazy(() => import('./UnitCreate')),
  icon: AccountTreeIcon,
  recordRepresentation: 'name',
};
