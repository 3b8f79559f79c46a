import { useFormContext, useFormState, type FieldErrors } from 'react-hook-form';
import { useResourceContext, useTranslateLabel, ValidationError } from 'react-admin';
import { ErrorSummary, focusElement, type SummaryEntry } from './ErrorSummary';

/** Every field error of react-hook-form's nested error tree, by its dotted path (targets.0.unitId). */
export function fieldErrorPaths(errors: FieldErrors, prefix = ''): { path: string; message: string }[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object' || key === 'ref') return [];
    const path = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message !== '') return [{ path, message }];
    return fieldErrorPaths(value as FieldErrors, path);
  });
}

const inputNamed = (path: string) =>
  document.querySelector<HTMLElement>(`form [name="${path.replace(/["\\]/g, '\\$&')}"]`);

/** The label the form shows for an input, without the required-field asterisk. */
function visibleLabel(input: HTMLElement | null): string | undefined {
  if (!input) return undefined;
  const labelledBy =
    input.getAttribute('aria-labelledby') ??
    input.closest('[role="group"], [role="radiogroup"]')?.getAttribute('aria-labelledby');
  const label =
    (input as HTMLInputElement).labels?.[0] ??
    (labelledBy ? document.getElementById(labelledBy.split(' ')[0]) : null) ??
    input.closest('fieldset')?.querySelector('legend');
  return label?.textContent?.replace(/[\s*\u2009]+$/u, '').trim() || undefined;
}

/**
 * The error summary of a react-admin form (SimpleForm, Form): put it first among the form's children. It lists
 * the fields react-hook-form holds errors for after a submit, each linking to its input, and takes the focus.
 */
export const FormErrorSummary = () => {
  const { errors, submitCount } = useFormState();
  const { setFocus } = useFormContext();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();

  const focusField = (path: string) => {
    const before = document.activeElement;
    setFocus(path);
    if (document.activeElement !== before && document.activeElement instanceof HTMLElement)
      focusElement(document.activeElement);
    else focusElement(inputNamed(path));
  };

  const entries: SummaryEntry[] = fieldErrorPaths(errors).map(({ path, message }) => {
    const input = inputNamed(path);
    return {
      field: path,
      label: visibleLabel(input) ?? translateLabel({ source: path, resource }),
      message: <ValidationError error={message} />,
      targetId: input?.id || undefined,
      focus: () => focusField(path),
    };
  });
  return <ErrorSummary entries={entries} attempt={submitCount} />;
};
