import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface SummaryEntry {
  /** The form field's name, unique within the form. */
  field: string;
  /** The field's label as the form shows it. */
  label: ReactNode;
  message: ReactNode;
  /** The id of the element the entry's link points at (the field's input). */
  targetId?: string;
  /** Moves the focus to the field; by default the element with targetId. */
  focus?: () => void;
}

interface ErrorSummaryProps {
  entries: readonly SummaryEntry[];
  /** Counts submit attempts: the summary takes the focus once per attempt that ends with errors. */
  attempt: number;
}

/** Focuses an element without scrolling, then scrolls it to the middle of the screen, clear of the sticky app bar. */
export function focusElement(element: HTMLElement | null): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'center' });
}

/**
 * The list of what stops a form from saving, at its top, after a submit: it takes the focus (a screen reader
 * reads it, a keyboard user starts there) and each entry links to its field. It replaces the passing toast.
 */
export const ErrorSummary = ({ entries, attempt }: ErrorSummaryProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const focusedAttempt = useRef(0);
  const visible = attempt > 0 && entries.length > 0;

  useEffect(() => {
    if (!visible || focusedAttempt.current === attempt) return;
    focusedAttempt.current = attempt;
    // After react-hook-form's own focus on the first invalid field, which it repeats in a timeout.
    const timer = setTimeout(() => focusElement(ref.current));
    return () => clearTimeout(timer);
  }, [visible, attempt]);

  if (!visible) return null;
  return (
    <Alert
      ref={ref}
      severity="error"
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      data-testid="form-error-summary"
      sx={{ mb: 2, alignSelf: 'stretch', '&:focus': { outline: 2, outlineColor: 'error.main', outlineOffset: 2 } }}
    >
      <AlertTitle id={titleId}>{translate('app.form_errors.title', { smart_count: entries.length })}</AlertTitle>
      <ul style={{ margin: 0, paddingInlineStart: '1.25em' }}>
        {entries.map((entry) => (
          <li key={entry.field}>
            <Link
              href={entry.targetId ? `#${entry.targetId}` : undefined}
              component={entry.targetId ? 'a' : 'button'}
              type={entry.targetId ? undefined : 'button'}
              color="inherit"
              onClick={(event: React.MouseEvent) => {
                event.preventDefault();
                if (entry.focus) entry.focus();
                else if (entry.targetId) focusElement(document.getElementById(entry.targetId));
              }}
            >
              {entry.label}
            </Link>
            {': '}
            {entry.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
};
