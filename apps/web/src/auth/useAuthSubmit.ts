import { useState } from 'react';
import { authFailureOf, type AuthFailure } from './authErrors';
import { submissionErrorsOf, type FieldError } from './submitErrors';

export interface AuthSubmitOptions {
  /** Puts the API's field errors under their inputs, worded so; without it every failure shows in the alert. */
  wordFieldError?: (error: FieldError) => string;
  /** A failure that takes the user off this form (true) rather than being shown on it. */
  leaves?: (failure: AuthFailure) => boolean;
  initialFailure?: AuthFailure | null;
}

/**
 * The submit of an auth form: busy while the request runs, and its failure either under the fields (returned to
 * react-admin's <Form>) or kept for the <AuthFailureAlert> above the button.
 */
export function useAuthSubmit(
  action: (values: Record<string, unknown>) => Promise<void>,
  { wordFieldError, leaves, initialFailure = null }: AuthSubmitOptions = {},
) {
  const [failure, setFailure] = useState<AuthFailure | null>(initialFailure);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await action(values);
      return undefined;
    } catch (error) {
      const reason = authFailureOf(error);
      if (leaves?.(reason)) return undefined;
      const fieldErrors = wordFieldError ? submissionErrorsOf(reason, wordFieldError) : undefined;
      if (!fieldErrors) setFailure(reason);
      return fieldErrors;
    } finally {
      setSubmitting(false);
    }
  };

  return { submit, failure, submitting };
}
