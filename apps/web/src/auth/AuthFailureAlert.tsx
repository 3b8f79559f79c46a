import { Alert, Link } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import type { AuthFailure } from './authErrors';

/** A failed sign-in, activation or password change, said plainly; a not-yet-activated account gets the way out. */
export const AuthFailureAlert = ({ failure, username }: { failure: AuthFailure; username?: string }) => {
  const translate = useTranslate();
  const { key, args } = failure.message;
  const temporary = failure.status === 429 || failure.code === 'ACCOUNT_LOCKED';
  return (
    <Alert severity={temporary ? 'warning' : 'error'} sx={{ mt: 1 }} data-code={failure.code}>
      {translate(key, { _: key, ...args })}
      {failure.code === 'ACCOUNT_NOT_ACTIVATED' && (
        <>
          {' '}
          <Link
            component={RouterLink}
            to={username ? `/activate?username=${encodeURIComponent(username)}` : '/activate'}
          >
            {translate('app.auth.login.activate_link')}
          </Link>
        </>
      )}
    </Alert>
  );
};
