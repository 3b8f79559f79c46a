import { Box, Button, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, required, TextInput, useLogin, useTranslate } from 'react-admin';
import { AuthFailureAlert } from './AuthFailureAlert';
import { authFailureOf, type AuthFailure } from './authErrors';

export interface OtpStepProps {
  otpToken: string;
  nextPathname?: string;
  /** Back to the password step, with the reason when the challenge expired. */
  onRestart(reason: AuthFailure | null): void;
}

/** The second factor: a 6-digit code from the authenticator app, or one of the recovery codes. */
export const OtpStep = ({ otpToken, nextPathname, onRestart }: OtpStepProps) => {
  const translate = useTranslate();
  const login = useLogin();
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await login({ method: 'otp', otpToken, code: String(values.code ?? '').trim(), nextPathname });
    } catch (error) {
      const reason = authFailureOf(error);
      // The challenge lives five minutes; after that (or after a lockout) the password is asked again.
      if (reason.code === 'SESSION_EXPIRED' || reason.code === 'ACCOUNT_LOCKED') onRestart(reason);
      else setFailure(reason);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Form onSubmit={submit} noValidate>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('app.auth.otp.intro')}
      </Typography>
      <TextInput
        source="code"
        label="app.auth.otp.code"
        autoComplete="one-time-code"
        validate={required()}
        autoFocus
        fullWidth
      />
      {failure && <AuthFailureAlert failure={failure} />}
      <Button
        type="submit"
        variant="contained"
        fullWidth
        disabled={submitting}
        startIcon={submitting ? <CircularProgress size={16} color="inherit" /> : undefined}
        sx={{ mt: 2 }}
      >
        {translate('app.auth.otp.submit')}
      </Button>
      <Box sx={{ mt: 1, textAlign: 'center' }}>
        <Button size="small" onClick={() => onRestart(null)}>
          {translate('app.auth.otp.back')}
        </Button>
      </Box>
    </Form>
  );
};
