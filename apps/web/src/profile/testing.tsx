import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { ReactNode } from 'react';
import { AdminContext, memoryStore, Notification, type TranslationMessages } from 'react-admin';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { profileMessagesEn, profileMessagesVi } from './i18n';
import type { Completeness, Profile } from './profileApi';

/**
 * An entry without its `requiredItems`, as the first API answered: the checklist then lists what is missing, invalid
 * or filled in (checklistOf's fallback, which these fixtures exercise).
 */
export const withoutRequiredItems = (entry: Omit<Completeness, 'requiredItems'>): Completeness => entry as Completeness;

/** The catalogues' shared texts the page uses (the form's error summary). */
const shared = (catalogue: TranslationMessages) => ({
  app: { form_errors: (catalogue.app as TranslationMessages).form_errors },
});

/** react-admin's English messages with this folder's texts: what the lead's catalogs will hold for these keys. */
export const testI18nProvider = (locale: 'vi' | 'en' = 'vi') =>
  polyglotI18nProvider(
    (lang) => ({
      ...englishMessages,
      ...(lang === 'en' ? { ...profileMessagesEn, ...shared(en) } : { ...profileMessagesVi, ...shared(vi) }),
    }),
    locale,
    [
      { locale: 'vi', name: 'Tiếng Việt' },
      { locale: 'en', name: 'English' },
    ],
    { allowMissing: true },
  );

/** A page inside react-admin's contexts (i18n, notifications, a fresh store), with the notification toast shown. */
export const InAdmin = ({ children, locale = 'vi' }: { children: ReactNode; locale?: 'vi' | 'en' }) => (
  <AdminContext i18nProvider={testI18nProvider(locale)} store={memoryStore()}>
    {children}
    <Notification />
  </AdminContext>
);

/** A complete, valid record of a male officer born 02/03/1985 (CCCD 001 0 85 012345). */
export const sampleProfile = (overrides: Partial<Profile> = {}): Profile => ({
  id: 42,
  username: 'officer',
  unitId: 3,
  fullName: 'Nguyễn Văn An',
  gender: 'male',
  birthDate: '1985-03-02',
  address: 'Số 1 đường Hoàng Liên, phường Lào Cai',
  email: 'nguyenvanan@laocai.gov.vn',
  avatarUrl: null,
  citizenId: '001085012345',
  phone: '0912345678',
  receiptAccount: 'an.nv',
  receiptPasswordSet: true,
  defaultPage: '/profile',
  confirmedAt: null,
  verifiedAt: null,
  verifiedBy: null,
  verification: null,
  sendBack: null,
  version: 7,
  updatedAt: '2026-11-20T03:00:00.000Z',
  completeness: [
    withoutRequiredItems({
      campaignId: null,
      name: 'Chuẩn hóa thông tin cán bộ năm 2026',
      deadline: '2026-12-31T16:59:00.000Z',
      daysLeft: 38,
      status: 'incomplete',
      completedAt: null,
      missing: ['avatar'],
      invalid: [],
    }),
  ],
  ...overrides,
});
