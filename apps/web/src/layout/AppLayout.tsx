import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, TitlePortal, ToggleThemeButton } from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { SessionGuard } from '../auth/SessionGuard';
import { AccessibleDefaults } from './AccessibleDefaults';
import { AppMenu } from './AppMenu';
import { LanguageMenuButton } from './LanguageMenuButton';
import { AppUserMenu } from './AppUserMenu';

/** The app bar's tools: notifications, language (an icon on phones), light/dark; the account menu adds the security pages. */
const AppBarToolbar = () => (
  <>
    <NotificationBell />
    <LanguageMenuButton />
    <ToggleThemeButton />
    <LoadingIndicator />
  </>
);
/** On phones a long page title wraps onto a second, smaller line rather than being cut to its first letters. */
const phoneTitle = {
  fontSize: { xs: '1rem', sm: undefined },
  lineHeight: { xs: 1.25, sm: undefined },
  whiteSpace: { xs: 'normal', sm: 'nowrap' },
  overflowWrap: 'anywhere',
} as const;
// The page's title (each page's <Title>) is its one level-one heading.
const AppAppBar = () => (
  // Always on: the page title is the h1, and focused fields are kept below the bar (scroll-padding-top), so it never slides away.
  <AppBar userMenu={<AppUserMenu />} toolbar={<AppBarToolbar />} alwaysOn>
    <TitlePortal component="h1" sx={phoneTitle} />
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
