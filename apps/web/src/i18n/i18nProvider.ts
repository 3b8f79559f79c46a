import polyglotI18nProvider from 'ra-i18n-polyglot';
import { resolveBrowserLocale } from 'react-admin';
import { vi } from './vi';
import { en } from './en';

export type AppLocale = 'vi' | 'en';
const catalogs: Record<AppLocale, typeof vi> = { vi, en };

/** The console's languages, starting in the given one (tests start each render fresh). */
export const createI18nProvider = (initialLocale: AppLocale = 'vi') =>
  polyglotI18nProvider(
    (locale) => catalogs[locale as AppLocale] ?? vi,
    initialLocale,
    [
      { locale: 'vi', name: 'Tiếng Việt' },
      { locale: 'en', name: 'English' },
    ],
    { allowMissing: true },
  );

/** Vietnamese unless the user picked English (react-admin remembers the choice in its store). */
export const i18nProvider = createI18nProvider();

export const browserLocale = (): AppLocale => (resolveBrowserLocale('vi') === 'en' ? 'en' : 'vi');
