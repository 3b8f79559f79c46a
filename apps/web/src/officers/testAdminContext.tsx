import type { ReactNode } from 'react';
import { configure } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { AdminContext, mergeTranslations, testDataProvider, type AuthProvider, type DataProvider } from 'react-admin';
import { authProviderForRoles } from '../auth/testing';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { adminMessagesEn, adminMessagesVi } from './i18n';

/**
 * Whole react-admin pages render slowly in jsdom on a busy two-core machine: page-level tests get more time
 * (pass `PAGE_TEST` as the options of their describe) and so do findBy/waitFor.
 */
export const PAGE_TEST = { timeout: 30_000 };
configure({ asyncUtilTimeout: 5_000 });

/** Test-only: the console's catalogs with this folder's texts merged in, as the lead wires them in App.tsx. */
export const testI18nProvider = (locale: 'vi' | 'en' = 'vi') =>
  polyglotI18nProvider(
    (l) => (l === 'en' ? mergeTranslations(en, adminMessagesEn) : mergeTranslations(vi, adminMessagesVi)),
    locale,
    [
      { locale: 'vi', name: 'Tiếng Việt' },
      { locale: 'en', name: 'English' },
    ],
  );

/** An auth provider for an account holding the given roles, as the real one answers. */
export const withRoles = (...roles: string[]): AuthProvider => authProviderForRoles(roles);

export const TestAdmin = ({
  children,
  dataProvider = testDataProvider(),
  authProvider,
  locale = 'vi',
}: {
  children: ReactNode;
  dataProvider?: DataProvider;
  authProvider?: AuthProvider;
  locale?: 'vi' | 'en';
}) => (
  <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={testI18nProvider(locale)}>
    {children}
  </AdminContext>
);
