import { Box, Link, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, Login, useLogin, useTranslate } from 'react-admin';
import { Link as RouterLink, useLocation } from 'react-router-dom';
import type { OtpRequired } from './authApi';
import { AuthFailureAlert } from './AuthFailureAlert';
import type { AuthFailure } from './authErrors';
import { CurrentPasswordInput, UsernameInput } from './AuthInputs';
import { BusyButton } from './BusyButton';
import { OtpStep } from './OtpStep';
import { scrollableAuthPage } from './scrollableAuthPage';
import { useAuthSubmit } from './useAuthSubmit';

/** The page react-admin sent the user away from (session expired), to return to after signing in. */
function useNextPathname(): string | undefined {
  const state = useLocation().state as { nextPathname?: string; nextSearch?: string } | null;
  return state?.nextPathname ? `${state.nextPathname}${state.nextSearch ?? ''}` : undefined;
}

/**
 * Username and password, then the second factor for accounts that have one. Lockouts and rate limits say
 * until when; an account that is not activated yet is pointed to the activation page.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const nextPathname = useNextPathname();
  const [otpToken, setOtpToken] = useState<string | null>(null);
  const [failure, setFailure] = useState<AuthFailure | null>(null);

  return (
    <Login sx={scrollableAuthPage}>
      <Box sx={{ width: { xs: 'calc(100vw - 48px)', sm: 360 }, maxWidth: 360, px: 2, pb: 2 }}>
        <Typography variant="h6" component="h1" align="center" gutterBottom>
          {translate(otpToken ? 'app.auth.otp.title' : 'app.auth.login.title')}
        </Typography>
        {otpToken ? (
          <OtpStep
            otpToken={otpToken}
            nextPathname={nextPathname}
            onRestart={(reason) => {
              setFailure(reason);
              setOtpToken(null);
            }}
          />
        ) : (
          <PasswordStep nextPathname={nextPathname} initialFailure={failure} onOtpRequired={setOtpToken} />
        )}
      </Box>
    </Login>
  );
};

interface PasswordStepProps {
  nextPathname?: string;
  initialFailure: AuthFailure | null;
  onOtpRequired(otpToken: string): void;
}

const PasswordStep = ({ nextPathname, initialFailure, onOtpRequired }: PasswordStepProps) => {
  const translate = useTranslate();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const { submit, failure, submitting } = useAuthSubmit(
    async (values) => {
      const result = (await login({
        username: String(values.username ?? '').trim(),
        password: String(values.password ?? ''),
        nextPathname,
      })) as OtpRequired | undefined;
      if (result?.otpRequired) onOtpRequired(result.otpToken);
    },
    { initialFailure },
  );

  return (
    <Form onSubmit={submit} noValidate>
      <UsernameInput onUsername={setUsername} autoFocus />
      <CurrentPasswordInput source="password" label="ra.auth.password" />
      {failure && <AuthFailureAlert failure={failure} username={username} />}
      <BusyButton type="submit" fullWidth busy={submitting} sx={{ mt: 2 }}>
        {translate('ra.auth.sign_in')}
      </BusyButton>
      <Box sx={{ mt: 2, textAlign: 'center' }}>
        <Typography variant="body2" component="span" color="text.secondary">
          {translate('app.auth.login.first_time')}{' '}
        </Typography>
        <Link component={RouterLink} to="/activate" variant="body2">
          {translate('app.auth.login.activate_link')}
        </Link>
      </Box>
    </Form>
  );
};

export default LoginPage;
