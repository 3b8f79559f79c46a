import { useEffect } from 'react';
import { useBlocker, useTranslate } from 'react-admin';

/**
 * react-admin's warnWhenUnsavedChanges for a form that is not a react-admin form (the profile page): while
 * `dirty`, leaving through the menu or a link asks first (the same "ra.message.unsaved_changes" question), and
 * closing or reloading the tab gets the browser's own warning.
 */
export function useLeaveWarning(dirty: boolean): void {
  const translate = useTranslate();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (!dirty || window.confirm(translate('ra.message.unsaved_changes'))) blocker.proceed?.();
    else blocker.reset?.();
  }, [blocker, dirty, translate]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
