import { lazy } from 'react';
import { Admin, Resource } from 'react-admin';
import { AppLayout } from './layout/AppLayout';
import { darkTheme, lightTheme } from './layout/theme';
import { authProvider } from './providers/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import units from './units';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));

export const App = () => (
  <Admin
    title="Một Cửa"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    dashboard={Dashboard}
    theme={lightTheme}
    darkTheme={darkTheme}
    requireAuth
    disableTelemetry
  >
    <Resource name="units" {...units} />
  </Admin>
);
