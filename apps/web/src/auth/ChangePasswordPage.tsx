import { Alert, Box, Button, Card, CardContent, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, PasswordInput, required, Title, useLogin, useNotify, useTranslate } from 'react-admin';
import { AuthFailureAlert } from './AuthFailureAlert';
import { authFailureOf, type AuthFailure } from './authErrors';
import { NewPasswordFields } from './NewPasswordFields';
import { usePasswordErrorWording } from './passwordMessages';
import { submissionErrorsOf } from './submitErrors';
import { useSessionUser } from './useSessionUser';
import { FormErrorSummary } from '../common/FormErrorSummary';

/**
 * Changing one's password; forced (the API refuses everything else) after an admin reset or for a seeded
 * account. A success brings fresh tokens, ends the other sessions and lands on the user's first page.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const wordError = usePasswordErrorWording();
  const notify = useNotify();
  const login = useLogin();
  const user = useSessionUser();
  const [failure, setFailure] = useState<AuthFailure | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (values: Record<string, unknown>) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await login({
        method: 'change-password',
        currentPassword: String(values.currentPassword ?? ''),
        newPassword: String(values.newPassword ?? ''),
      });
      notify('app.auth.change_password.done', { type: 'success' });
      return undefined;
    } catch (error) {
      const reason = authFailureOf(error);
      const fieldErrors = submissionErrorsOf(reason, wordError);
      if (!fieldErrors) setFailure(reason);
      return fieldErrors;
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="app.auth.change_password.title" />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('app.auth.change_password.title')}
          </Typography>
          {user?.mustChangePassword && (
            <Alert severity="info" sx={{ mb: 2 }}>
              {translate('app.auth.change_password.forced')}
            </Alert>
          )}
          <Form onSubmit={submit} noValidate disableInvalidFormNotification>
            <FormErrorSummary />
            {/* Lets password managers file the new password under the right account. */}
            <input type="text" name="username" autoComplete="username" value={user?.username ?? ''} readOnly hidden />
            <PasswordInput
              source="currentPassword"
              label="app.auth.password.current"
              autoComplete="current-password"
              validate={required()}
              fullWidth
            />
            <NewPasswordFields username={user?.username ?? ''} />
            {failure && <AuthFailureAlert failure={failure} />}
            <Button
              type="submit"
              variant="contained"
              disabled={submitting}
              startIcon={submitting ? <CircularProgress size={16} color="inherit" /> : undefined}
              sx={{ mt: 1 }}
            >
              {translate('app.auth.change_password.submit')}
            </Button>
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};

export default ChangePasswordPage;
