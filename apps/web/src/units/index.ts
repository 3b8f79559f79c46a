import { lazy } from 'react';
import AccountTreeIcon from '@mui/icons-material/AccountTree';

export default {
  list: lazy(() => import('./UnitList')),
  icon: AccountTreeIcon,
};
