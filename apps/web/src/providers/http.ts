import { HttpError } from 'react-admin';

/** The API's error shape (apps/api common/errors). */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; code: string; message: string }[];
  [extra: string]: unknown;
}

type TokenSource = () => string | null | Promise<string | null>;
let accessToken: TokenSource = () => null;

/** Resolves true when a fresh access token is in place (the auth provider refreshed the session). */
type SessionRenewer = () => Promise<boolean>;
let renewSession: SessionRenewer = async () => false;

/** The auth provider plugs its token source in here, so every request carries the current access token. */
export function setAccessTokenSource(source: TokenSource) {
  accessToken = source;
}

/** The auth provider plugs its refresh in here, so a request refused with 401 is retried once after a refresh. */
export function setSessionRenewer(renewer: SessionRenewer) {
  renewSession = renewer;
}

export interface ApiFetchOptions {
  /**
   * false for the calls that establish the session themselves (login, refresh, logout, activation): they carry
   * no access token and a 401 from them is an answer, not an expired token.
   */
  authenticated?: boolean;
}

/**
 * Field errors become react-admin's server-side validation shape ({errors: {field: message}}), so forms show
 * each message under its input; the full API body stays available as `body.api`.
 */
export function toHttpError(status: number, body: ApiErrorBody | null, fallback: string, headers?: Headers): HttpError {
  const fieldErrors = Object.fromEntries((body?.errors ?? []).map((e) => [e.field, e.message]));
  // A 429 says when to come back in Retry-After (seconds), which the login page turns into a time of day.
  const retryAfter = Number(headers?.get('Retry-After') ?? Number.NaN);
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined;
  return new HttpError(body?.message ?? fallback, status, {
    errors: fieldErrors,
    api: body,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  });
}

export async function apiFetch<T>(
  url: string,
  init: RequestInit = {},
  options: ApiFetchOptions = {},
): Promise<{ status: number; headers: Headers; json: T }> {
  const authenticated = options.authenticated ?? true;
  let response = await send(url, init, authenticated);
  // An access token expires while the page sits open: refresh once and replay the request with the new token.
  if (response.status === 401 && authenticated && (await renewSession())) response = await send(url, init, true);
  const text = await response.text();
  const json = text ? safeParse(text) : null;
  if (!response.ok)
    throw toHttpError(response.status, json as ApiErrorBody | null, response.statusText, response.headers);
  return { status: response.status, headers: response.headers, json: json as T };
}

async function send(url: string, init: RequestInit, authenticated: boolean): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (init.body && !(init.body instanceof FormData) && !headers.has('Content-Type'))
    headers.set('Content-Type', 'application/json');
  const token = authenticated ? await accessToken() : null;
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(url, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new HttpError('app.errors.network', 0);
  }
}

const safeParse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
