import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useSessionUser } from './useSessionUser';

/**
 * Keeps a user who owes a step on its page: a forced password change, then (admins) two-factor enrolment.
 * The API refuses everything else meanwhile; this spares them pages that would only show errors.
 */
export const SessionGuard = () => {
  const user = useSessionUser();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const owed = user?.mustChangePassword ? '/change-password' : user?.twoFactorSetupRequired ? '/2fa' : undefined;
  useEffect(() => {
    if (owed && pathname !== owed) navigate(owed, { replace: true });
  }, [owed, pathname, navigate]);
  return null;
};
