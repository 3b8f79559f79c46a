import { formatRuleError, type Locale, type RuleError } from '@motcua/domain';
import type { Validator } from 'react-admin';

type Rule<C> = (value: unknown, context?: C) => { ok: boolean; errors: RuleError[] };

/**
 * Turns a libs/domain rule into a react-admin input validator, so the browser shows exactly the message the
 * API would answer with. Empty values pass: `required()` decides whether a field may be left blank.
 */
export function domainValidator<C>(
  rule: Rule<C>,
  contextOf?: (values: Record<string, unknown>) => C,
  locale: () => Locale = currentLocale,
): Validator {
  return (value: unknown, values: Record<string, unknown>) => {
    if (value === undefined || value === null || value === '') return undefined;
    const result = rule(value, contextOf?.(values));
    return result.ok ? undefined : result.errors.map((error) => formatRuleError(error, locale())).join(' ');
  };
}

/** react-admin keeps the chosen locale in its store (localStorage key "RaStore.locale"). */
export function currentLocale(): Locale {
  try {
    return JSON.parse(localStorage.getItem('RaStore.locale') ?? '"vi"') === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}
