import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';

/** Spread into <Resource name="officers" />. The import wizard is a custom route: see OFFICER_IMPORT_PATH. */
export default {
  list: lazy(() => import('./OfficerList')),
  show: lazy(() => import('./OfficerShow')),
  edit: lazy(() => import('./OfficerEdit')),
  create: lazy(() => import('./OfficerCreate')),
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
};
