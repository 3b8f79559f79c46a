import { useSyncExternalStore } from 'react';
import { useAuthProvider } from 'react-admin';
import type { SessionAuthProvider } from './authProvider';
import type { SessionUser } from './authApi';

const noSubscription = () => () => undefined;
const noUser = () => null;

/** The signed-in user held by the auth provider, re-rendering when it changes (null while signed out). */
export function useSessionUser(): SessionUser | null {
  const provider = useAuthProvider<SessionAuthProvider>();
  return useSyncExternalStore(provider?.subscribe ?? noSubscription, provider?.getSessionUser ?? noUser);
}

/** The provider's own session methods (reloadUser), for pages that change the account on the server. */
export const useSessionAuthProvider = () => useAuthProvider<SessionAuthProvider>();
