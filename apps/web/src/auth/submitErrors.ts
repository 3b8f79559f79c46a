import type { AuthFailure } from './authErrors';

export type FieldError = { code: string; message: string };

/** Codes the API puts on a form field that the console words itself. */
const FIELD_KEYS: Record<string, string> = {
  WRONG_PASSWORD: 'app.auth.errors.wrong_password',
  OTP_INVALID: 'app.auth.errors.otp_invalid',
};

/** A known code in the user's language, anything else as the server said it. */
export const wordFieldError = (error: FieldError, translate: (key: string) => string): string =>
  FIELD_KEYS[error.code] ? translate(FIELD_KEYS[error.code]) : error.message;

/**
 * The API's field errors in the shape react-admin's <Form> puts under each input (returned from onSubmit), one
 * sentence per failed rule, or undefined when the failure concerns the whole form.
 */
export function submissionErrorsOf(
  failure: AuthFailure,
  word: (error: FieldError) => string,
): Record<string, string> | undefined {
  const entries = Object.entries(failure.fieldErrors).map(
    ([field, errors]) => [field, errors.map(word).join(' ')] as const,
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
