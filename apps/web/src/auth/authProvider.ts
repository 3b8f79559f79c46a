import type { AuthProvider, UserIdentity } from 'react-admin';
import { canRolesAccess } from './access';
import type { Credentials, OtpChallenge, OtpRequired, SessionBody, SessionUser } from './authApi';
import { apiFetch, setAccessTokenSource, setSessionRenewer } from '../providers/http';

/** The access token is renewed this long before it expires. */
const REFRESH_MARGIN_SECONDS = 60;
/** While the network is down, the timer tries again this often. */
const RETRY_SECONDS = 30;
/**
 * Whether this browser holds a refresh cookie, which is HttpOnly and so cannot be read. Only this flag is stored,
 * never a token: it spares a visitor who never signed in a refresh call that can only answer 401.
 */
const SIGNED_IN_HINT = 'motcua.signedIn';
/** Serialises refreshes across tabs: two tabs presenting the same refresh cookie would revoke the session. */
const REFRESH_LOCK = 'motcua-auth-refresh';

/** Pages a user reaches without being signed in, or that decide for themselves; never a landing page. */
const NOT_A_LANDING = new Set(['/login', '/activate', '/change-password']);

export interface SessionAuthProvider extends AuthProvider {
  getIdentity: NonNullable<AuthProvider['getIdentity']>;
  getPermissions: NonNullable<AuthProvider['getPermissions']>;
  canAccess: NonNullable<AuthProvider['canAccess']>;
  /** The signed-in user as last read from the server, or null. */
  getSessionUser(): SessionUser | null;
  /** Calls the listener whenever the session or its user changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Reads the user again from GET /api/auth/me, after the server changed something about it (2FA enrolled). */
  reloadUser(): Promise<SessionUser | null>;
}

/** A thrown value react-admin reads: where to go, whether to sign out, what to notify (false: nothing). */
interface AuthRejection {
  message: string | false;
  redirectTo?: string;
  logoutUser?: boolean;
}

/** The 403s that hold the user at one page until a duty is done, and what the session then knows of the user. */
const DUTIES_FIRST = new Map<string, { mark: Partial<SessionUser>; redirectTo: string; message: string }>([
  [
    'PASSWORD_CHANGE_REQUIRED',
    {
      mark: { mustChangePassword: true },
      redirectTo: '/change-password',
      message: 'app.auth.errors.password_change_required',
    },
  ],
  [
    'TWO_FACTOR_SETUP_REQUIRED',
    {
      mark: { twoFactorSetupRequired: true },
      redirectTo: '/2fa',
      message: 'app.auth.errors.two_factor_setup_required',
    },
  ],
]);

/**
 * Where a fresh session lands: the forced steps first, then the page the user was sent away from, then the
 * page they chose as their default, then the dashboard.
 */
export function landingPath(user: SessionUser, nextPathname?: string): string {
  if (user.mustChangePassword) return '/change-password';
  if (user.twoFactorSetupRequired) return '/2fa';
  // react-admin remembers '/' for a visitor who simply opened the site: that is no page in particular.
  if (isInAppPath(nextPathname) && !NOT_A_LANDING.has(nextPathname.split('?')[0]) && nextPathname !== '/')
    return nextPathname;
  if (isInAppPath(user.defaultPage)) return user.defaultPage;
  // Officers follow no dashboard: their own record, with its checklist and deadline, is their home.
  return canRolesAccess(user.roles, 'list', 'dashboard') ? '/' : '/profile';
}

/** A path inside the SPA ("//host" would leave it). */
const isInAppPath = (path: string | null | undefined): path is string =>
  typeof path === 'string' && path.startsWith('/') && !path.startsWith('//');

function requestOf(credentials: Credentials): { url: string; body: object; authenticated: boolean } {
  switch (credentials.method) {
    case 'otp':
      return {
        url: '/api/auth/otp',
        body: { otpToken: credentials.otpToken, code: credentials.code },
        authenticated: false,
      };
    case 'activate':
      return {
        url: '/api/auth/activate',
        body: { username: credentials.username, code: credentials.code, newPassword: credentials.newPassword },
        authenticated: false,
      };
    case 'change-password':
      return {
        url: '/api/auth/change-password',
        body: { currentPassword: credentials.currentPassword, newPassword: credentials.newPassword },
        authenticated: true,
      };
    default:
      return {
        url: '/api/auth/login',
        body: { username: credentials.username, password: credentials.password },
        authenticated: false,
      };
  }
}

const hint = {
  read: (): boolean => {
    try {
      return localStorage.getItem(SIGNED_IN_HINT) === '1';
    } catch {
      return false;
    }
  },
  write: (signedIn: boolean) => {
    try {
      if (signedIn) localStorage.setItem(SIGNED_IN_HINT, '1');
      else localStorage.removeItem(SIGNED_IN_HINT);
    } catch {
      // storage disabled: the session simply is not restored after a reload
    }
  },
};

const withRefreshLock = (task: () => Promise<boolean>): Promise<boolean> =>
  // lib.dom types request() as resolving to the callback's return value, here itself a promise: flatten it.
  typeof navigator !== 'undefined' && navigator.locks
    ? navigator.locks.request(REFRESH_LOCK, task).then((result) => result)
    : task();

const statusOf = (error: unknown): number | undefined => (error as { status?: number } | null)?.status;
const apiCodeOf = (error: unknown): string | undefined =>
  (error as { body?: { api?: { code?: string } | null } } | null)?.body?.api?.code;

/**
 * Sessions as the API runs them: a short access token kept in memory only, renewed from the HttpOnly refresh
 * cookie shortly before it expires, after a reload, and when a request is refused with 401.
 */
export function createAuthProvider(): SessionAuthProvider {
  let session: { accessToken: string; expiresAt: number } | null = null;
  let user: SessionUser | null = null;
  let userIsStale = false;
  let expired = false;
  /** Bumped whenever a session ends, so a refresh that was in flight cannot bring it back. */
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let refreshing: Promise<boolean> | null = null;
  let loadingUser: Promise<SessionUser | null> | null = null;
  const listeners = new Set<() => void>();

  const emit = () => listeners.forEach((listener) => listener());

  const schedule = (seconds: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), seconds * 1000);
  };

  const start = (body: SessionBody) => {
    session = { accessToken: body.accessToken, expiresAt: Date.now() + body.expiresIn * 1000 };
    user = body.user;
    userIsStale = false;
    expired = false;
    hint.write(true);
    schedule(Math.max(body.expiresIn - REFRESH_MARGIN_SECONDS, body.expiresIn / 2));
    emit();
  };

  const end = (becauseExpired: boolean) => {
    clearTimeout(timer);
    generation += 1;
    expired = becauseExpired && (session !== null || hint.read());
    session = null;
    user = null;
    hint.write(false);
    emit();
  };

  /** One refresh at a time, in this tab and across tabs; resolves whether a session is now in place. */
  const refresh = (): Promise<boolean> => {
    if (refreshing) return refreshing;
    const startedIn = generation;
    refreshing = withRefreshLock(async () => {
      try {
        const { json } = await apiFetch<SessionBody>('/api/auth/refresh', { method: 'POST' }, { authenticated: false });
        if (generation !== startedIn) return false;
        start(json);
        return true;
      } catch (error) {
        if (generation !== startedIn) return false;
        // Offline: keep what we have and try again; any answer from the server (401 SESSION_EXPIRED) ends it.
        if (statusOf(error) === 0) {
          if (session) schedule(RETRY_SECONDS);
          return false;
        }
        end(true);
        return false;
      }
    }).finally(() => {
      refreshing = null;
    });
    return refreshing;
  };

  /** The access token to send, restoring the session from the cookie when this page has none yet. */
  const activeToken = async (): Promise<string | null> => {
    if (refreshing) await refreshing;
    if (session && session.expiresAt > Date.now()) return session.accessToken;
    if (session || hint.read()) await refresh();
    return session?.accessToken ?? null;
  };

  const reloadUser = (): Promise<SessionUser | null> => {
    loadingUser ??= apiFetch<SessionUser>('/api/auth/me')
      .then(({ json }) => {
        user = json;
        userIsStale = false;
        emit();
        return json;
      })
      .finally(() => {
        loadingUser = null;
      });
    return loadingUser;
  };

  /** The user from memory, or from the server when memory has none (roles are never read from storage). */
  const currentUser = async (): Promise<SessionUser | null> => {
    if (!(await activeToken())) return null;
    return user && !userIsStale ? user : reloadUser();
  };

  const markUser = (patch: Partial<SessionUser>) => {
    if (!user) return;
    user = { ...user, ...patch };
    emit();
  };

  setAccessTokenSource(activeToken);
  setSessionRenewer(async () => (session !== null || hint.read() ? refresh() : false));

  return {
    login: async (credentials: Credentials): Promise<{ redirectTo: string } | OtpRequired> => {
      const { url, body, authenticated } = requestOf(credentials);
      const { json } = await apiFetch<SessionBody | OtpChallenge>(
        url,
        { method: 'POST', body: JSON.stringify(body) },
        { authenticated },
      );
      if ('otpRequired' in json) return { redirectTo: false, otpRequired: true, otpToken: json.otpToken };
      start(json);
      return {
        redirectTo: landingPath(json.user, 'nextPathname' in credentials ? credentials.nextPathname : undefined),
      };
    },

    logout: async () => {
      const signedIn = session !== null || hint.read();
      end(false);
      if (signedIn)
        await apiFetch('/api/auth/logout', { method: 'POST' }, { authenticated: false }).catch(() => undefined);
    },

    checkAuth: async () => {
      if (await activeToken()) return;
      const rejection: AuthRejection = { message: expired ? 'app.auth.errors.session_expired' : false };
      throw rejection;
    },

    checkError: async (error: unknown) => {
      const status = statusOf(error);
      const code = apiCodeOf(error);
      if (status === 401) {
        const rejection: AuthRejection = { message: 'app.auth.errors.session_expired' };
        throw rejection;
      }
      if (status !== 403) return;
      const duty = code ? DUTIES_FIRST.get(code) : undefined;
      if (duty) {
        markUser(duty.mark);
        const rejection: AuthRejection = { redirectTo: duty.redirectTo, logoutUser: false, message: duty.message };
        throw rejection;
      }
      // Any other refusal may mean the roles changed on the server: read them again next time.
      userIsStale = true;
    },

    getIdentity: async (): Promise<UserIdentity> => {
      const current = await currentUser();
      if (!current) throw new Error('ra.auth.auth_check_error');
      return { id: current.id, fullName: current.fullName, username: current.username };
    },

    getPermissions: async () => (await currentUser())?.roles ?? [],

    canAccess: async ({ action, resource }) => canRolesAccess((await currentUser())?.roles ?? [], action, resource),

    getSessionUser: () => user,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reloadUser: async () => ((await activeToken()) ? reloadUser() : null),
  };
}

export const authProvider = createAuthProvider();
