import { mergeTranslations, type TranslationMessages } from 'react-admin';
import { auditMessagesEn, auditMessagesVi } from '../audit/i18n';
import { authMessagesEn, authMessagesVi } from '../auth/i18n';
import { campaignMessagesEn, campaignMessagesVi } from '../campaigns/i18n';
import { dashboardMessagesEn, dashboardMessagesVi } from '../dashboard/i18n';
import { importMessagesEn, importMessagesVi } from '../import/i18n';
import { notificationMessagesEn, notificationMessagesVi } from '../notifications/i18n';
import { officerMessagesEn, officerMessagesVi } from '../officers/i18n';
import { profileMessagesEn, profileMessagesVi } from '../profile/i18n';
import { unitMessagesEn, unitMessagesVi } from '../units/i18n';

export type Locale = 'vi' | 'en';

/** Each feature keeps its texts in its own folder; only this module gathers them (features never import i18n/). */
const features: Record<Locale, object>[] = [
  { vi: authMessagesVi, en: authMessagesEn },
  { vi: dashboardMessagesVi, en: dashboardMessagesEn },
  { vi: profileMessagesVi, en: profileMessagesEn },
  { vi: officerMessagesVi, en: officerMessagesEn },
  { vi: unitMessagesVi, en: unitMessagesEn },
  { vi: importMessagesVi, en: importMessagesEn },
  { vi: campaignMessagesVi, en: campaignMessagesEn },
  { vi: notificationMessagesVi, en: notificationMessagesEn },
  { vi: auditMessagesVi, en: auditMessagesEn },
];

/** The catalogue of one language: react-admin's and the shell's texts, then every feature's. */
export const withFeatureTexts = (locale: Locale, shell: TranslationMessages): TranslationMessages =>
  features.reduce<TranslationMessages>(
    (all, feature) => mergeTranslations(all, feature[locale] as TranslationMessages),
    shell,
  );
