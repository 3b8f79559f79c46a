import { Box, Button, Typography } from '@mui/material';
import { Form, useLogin, useTranslate } from 'react-admin';
import { OneTimeCodeInput } from './AuthInputs';
import { AuthFailureAlert } from './AuthFailureAlert';
import type { AuthFailure } from './authErrors';
import { BusyButton } from './BusyButton';
import { useAuthSubmit } from './useAuthSubmit';

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
  const { submit, failure, submitting } = useAuthSubmit(
    async (values) => {
      await login({ method: 'otp', otpToken, code: String(values.code ?? '').trim(), nextPathname });
    },
    {
      // The challenge lives five minutes; after that (or after a lockout) the password is asked again.
      leaves: (reason) => {
        const restart = reason.code === 'SESSION_EXPIRED' || reason.code === 'ACCOUNT_LOCKED';
        if (restart) onRestart(reason);
        return restart;
      },
    },
  );

  return (
    <Form onSubmit={submit} noValidate>
      <Typography variant="body2" color="text.secondary" gutterBottom>
        {translate('app.auth.otp.intro')}
      </Typography>
      <OneTimeCodeInput label="app.auth.otp.code" autoFocus />
      {failure && <AuthFailureAlert failure={failure} />}
      <BusyButton type="submit" fullWidth busy={submitting} sx={{ mt: 2 }}>
        {translate('app.auth.otp.submit')}
      </BusyButton>
      <Box sx={{ mt: 1, textAlign: 'center' }}>
        <Button size="small" onClick={() => onRestart(null)}>
          {translate('app.auth.otp.back')}
        </Button>
      </Box>
    </Form>
  );
};
