import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { vi } from '../i18n/vi';
import { en } from '../i18n/en';

export type AppLocale = 'vi' | 'en';
const catalogs: Record<AppLocale, typeof vi> = { vi, en };

/** Vietnamese unless the user picked English (react-admin remembers the choice in its store). */
export const i18nProvider = polyglotI18nProvider(
  (locale) => catalogs[locale as AppLocale] ?? vi,
  'vi',
  [
    { locale: 'vi', name: 'Tiếng Việt' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);

export const browserLocale = (): AppLocale => (resolveBrowserLocale('vi') === 'en' ? 'en' : 'vi');
