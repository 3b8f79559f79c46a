import { lazy, useState } from 'react';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { createBrowserRouter, Route, RouterProvider } from 'react-router-dom';
import { ActivatePage, ChangePasswordPage, LoginHistoryList, LoginPage, loginEvents, TwoFactorPage } from './auth';
import { AppLayout } from './layout/AppLayout';
import { darkTheme, lightTheme } from './layout/theme';
import { authProvider } from './auth/authProvider';
import { dataProvider } from './providers/dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import audit from './audit';
import campaigns from './campaigns';
import notifications from './notifications';
import outbox from './notifications/outbox';
import officers from './officers';
import units from './units';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const ProfilePage = lazy(() => import('./profile/ProfilePage'));
const ImportWizard = lazy(() => import('./import/ImportWizard'));

const Console = () => (
  <Admin
    title="Một Cửa"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={AppLayout}
    dashboard={Dashboard}
    theme={lightTheme}
    darkTheme={darkTheme}
    requireAuth
    disableTelemetry
  >
    <Resource name="officers" {...officers} />
    <Resource name="units" {...units} />
    <Resource name="campaigns" {...campaigns} />
    <Resource name="notifications" {...notifications} />
    <Resource name="outbox" {...outbox} />
    <Resource name="login-events" {...loginEvents} />
    <Resource name="audit" {...audit} />
    <CustomRoutes noLayout>
      <Route path="/activate" element={<ActivatePage />} />
    </CustomRoutes>
    <CustomRoutes>
      <Route path="/profile" element={<ProfilePage />} />
      <Route path="/officers/import" element={<ImportWizard />} />
      <Route path="/change-password" element={<ChangePasswordPage />} />
      <Route path="/2fa" element={<TwoFactorPage />} />
      <Route path="/login-history" element={<LoginHistoryList />} />
    </CustomRoutes>
  </Admin>
);

/**
 * Real paths (/login, /activate, /change-password) rather than react-admin's default hash router: the API
 * serves index.html for any non-API path and prints activation links as <origin>/activate. Navigations are
 * not wrapped in React transitions: react-admin's sign-out redirect (navigate, then reset the store and the
 * query cache) would otherwise keep interrupting the transition to /login and spin for seconds.
 * A data router (createBrowserRouter), because react-admin's warnWhenUnsavedChanges blocks navigation with
 * useBlocker, which only data routers support.
 */
export const App = () => {
  const [router] = useState(() => createBrowserRouter([{ path: '*', element: <Console /> }]));
  return <RouterProvider router={router} useTransitions={false} />;
};
