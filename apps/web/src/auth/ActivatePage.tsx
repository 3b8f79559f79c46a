import { Box, Link, Typography } from '@mui/material';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { AuthLayout, Form, useNotify, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router-dom';
import { AuthFailureAlert } from './AuthFailureAlert';
import { OneTimeCodeInput, UsernameInput } from './AuthInputs';
import { BusyButton } from './BusyButton';
import { NewPasswordFields } from './NewPasswordFields';
import { scrollableAuthPage } from './scrollableAuthPage';
import { usePasswordErrorWording } from './passwordMessages';
import { useAuthSubmit } from './useAuthSubmit';
import { useSessionAuthProvider } from './useSessionUser';

/**
 * First sign-in of an account an admin created or imported: the one-time activation code sets the password
 * (checked live against the same rules as a password change) and signs the officer in.
 */
export const ActivatePage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const authProvider = useSessionAuthProvider();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  // Stable across renders: react-admin's form resets when its default values change.
  const [defaultValues] = useState(() => ({ username: searchParams.get('username') ?? '' }));
  const [username, setUsername] = useState(defaultValues.username);
  const { submit, failure, submitting } = useAuthSubmit(
    async (values) => {
      const session = (await authProvider?.login({
        method: 'activate',
        username: String(values.username ?? '').trim(),
        code: String(values.code ?? '').trim(),
        newPassword: String(values.newPassword ?? ''),
      })) as { redirectTo: string } | undefined;
      // This page renders inside react-admin's routes, which read "signed out" when it opened and would sign
      // the new session out on the next page (useLogin refreshes only the permissions): read it again first.
      await queryClient.invalidateQueries({ queryKey: ['auth'] });
      navigate(session?.redirectTo ?? '/');
      notify('app.auth.activate.done', { type: 'success' });
    },
    { wordFieldError: usePasswordErrorWording() },
  );

  return (
    <AuthLayout sx={scrollableAuthPage}>
      <Box sx={{ width: { xs: 'calc(100vw - 48px)', sm: 400 }, maxWidth: 400, p: 2 }}>
        <Typography variant="h6" component="h1" align="center" gutterBottom>
          {translate('app.auth.activate.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate('app.auth.activate.intro')}
        </Typography>
        <Form onSubmit={submit} defaultValues={defaultValues} noValidate>
          <UsernameInput onUsername={setUsername} />
          <OneTimeCodeInput label="app.auth.activate.code" />
          <NewPasswordFields username={username} />
          {failure && <AuthFailureAlert failure={failure} />}
          <BusyButton type="submit" fullWidth busy={submitting} sx={{ mt: 1 }}>
            {translate('app.auth.activate.submit')}
          </BusyButton>
          <Box sx={{ mt: 2, textAlign: 'center' }}>
            <Link component={RouterLink} to="/login" variant="body2">
              {translate('app.auth.activate.back_to_login')}
            </Link>
          </Box>
        </Form>
      </Box>
    </AuthLayout>
  );
};

export default ActivatePage;
