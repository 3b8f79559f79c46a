import { Alert } from '@mui/material';
import { Form, useLogin, useNotify, useTranslate } from 'react-admin';
import { AccountCard } from './AccountCard';
import { CurrentPasswordInput } from './AuthInputs';
import { AuthFailureAlert } from './AuthFailureAlert';
import { BusyButton } from './BusyButton';
import { NewPasswordFields } from './NewPasswordFields';
import { usePasswordErrorWording } from './passwordMessages';
import { useAuthSubmit } from './useAuthSubmit';
import { useSessionUser } from './useSessionUser';
import { FormErrorSummary } from '../common/FormErrorSummary';

/**
 * Changing one's password; forced (the API refuses everything else) after an admin reset or for a seeded
 * account. A success brings fresh tokens, ends the other sessions and lands on the user's first page.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const login = useLogin();
  const user = useSessionUser();
  const { submit, failure, submitting } = useAuthSubmit(
    async (values) => {
      await login({
        method: 'change-password',
        currentPassword: String(values.currentPassword ?? ''),
        newPassword: String(values.newPassword ?? ''),
      });
      notify('app.auth.change_password.done', { type: 'success' });
    },
    { wordFieldError: usePasswordErrorWording() },
  );

  return (
    <AccountCard title="app.auth.change_password.title" maxWidth={560}>
      {user?.mustChangePassword && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('app.auth.change_password.forced')}
        </Alert>
      )}
      <Form onSubmit={submit} noValidate disableInvalidFormNotification>
        <FormErrorSummary />
        {/* Lets password managers file the new password under the right account. */}
        <input type="text" name="username" autoComplete="username" value={user?.username ?? ''} readOnly hidden />
        <CurrentPasswordInput />
        <NewPasswordFields username={user?.username ?? ''} />
        {failure && <AuthFailureAlert failure={failure} />}
        <BusyButton type="submit" busy={submitting} sx={{ mt: 1 }}>
          {translate('app.auth.change_password.submit')}
        </BusyButton>
      </Form>
    </AccountCard>
  );
};

export default ChangePasswordPage;
