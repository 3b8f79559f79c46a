import { formatRuleError, PASSWORD_RULES, type Locale } from '@motcua/domain';
import { useCallback } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { wordFieldError } from './submitErrors';

/** The language libs/domain words its messages in, following the language picked in the app bar. */
export function useDomainLocale(): Locale {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en' : 'vi';
}

/**
 * Words the API's field errors on the password pages: a failed password rule as the checklist words it
 * (formatRuleError with the rule's parameters, in the current language), anything else as submitErrors does.
 * Only the password pages import this module: it brings in the password policy and its dictionary.
 */
export function usePasswordErrorWording() {
  const locale = useDomainLocale();
  const translate = useTranslate();
  return useCallback(
    (error: { code: string; message: string }) => {
      const rule = PASSWORD_RULES.find((candidate) => candidate.code === error.code);
      return rule ? formatRuleError(rule, locale) : wordFieldError(error, translate);
    },
    [locale, translate],
  );
}
