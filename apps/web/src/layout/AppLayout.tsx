import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, TitlePortal, ToggleThemeButton } from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { SessionGuard } from '../auth/SessionGuard';
import { AccessibleDefaults } from './AccessibleDefaults';
import { AppMenu } from './AppMenu';
import { AppUserMenu } from './AppUserMenu';

/** react-admin's app bar keeps its language switch and light/dark toggle; the account menu adds the security pages. */
const AppBarToolbar = () => (
  <>
    <NotificationBell />
    <LocalesMenuButton />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);
// The page's title (each page's <Title>) is its one level-one heading.
const AppAppBar = () => (
  <AppBar userMenu={<AppUserMenu />} toolbar={<AppBarToolbar />}>
    <TitlePortal component="h1" />
  </AppBar>
);

/** react-admin's layout, with the menu following canAccess and a user who owes a password change kept on that page. */
export const AppLayout = ({ children }: { children: ReactNode }) => (
  <AccessibleDefaults>
    <Layout appBar={AppAppBar} menu={AppMenu}>
      <SessionGuard />
      {children}
    </Layout>
  </AccessibleDefaults>
);
