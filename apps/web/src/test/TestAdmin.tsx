import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AdminContext, memoryStore, Notification, type AuthProvider, type DataProvider } from 'react-admin';
import { dataProvider as apiDataProvider } from '../providers/dataProvider';
import { createI18nProvider, type AppLocale } from '../i18n/i18nProvider';
import { authProviderForRoles } from '../auth/testing';

/**
 * Whole react-admin pages render slowly in jsdom on a busy two-core machine: page-level tests get more time
 * (pass `PAGE_TEST` as the options of their describe).
 */
export const PAGE_TEST = { timeout: 30_000 };

/** The console's own catalogue, in Vietnamese unless a test picks English. */
export const testI18nProvider = (locale: AppLocale = 'vi') => createI18nProvider(locale);

/** Signed in with these roles: permissions and canAccess answered as the real auth provider does. */
export const withRoles = (...roles: string[]): AuthProvider => authProviderForRoles(roles);

/**
 * A screen inside react-admin's contexts: by default the real data provider over the mocked network
 * (test/api.ts), a fresh store and query cache, no retries, and the notification toast shown.
 */
export const TestAdmin = ({
  children,
  dataProvider = apiDataProvider,
  authProvider,
  roles,
  locale = 'vi',
}: {
  children: ReactNode;
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  roles?: string[];
  locale?: AppLocale;
}) => (
  <AdminContext
    dataProvider={dataProvider}
    authProvider={authProvider ?? (roles ? withRoles(...roles) : undefined)}
    i18nProvider={testI18nProvider(locale)}
    store={memoryStore()}
    queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
  >
    {children}
    <Notification />
  </AdminContext>
);
