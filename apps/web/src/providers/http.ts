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

/** The auth provider plugs its token source in here, so every request carries the current access token. */
export function setAccessTokenSource(source: TokenSource) {
  accessToken = source;
}

/**
 * Field errors become react-admin's server-side validation shape ({errors: {field: message}}), so forms show
 * each message under its input; the full API body stays available as `body.api`.
 */
export function toHttpError(status: number, body: ApiErrorBody | null, fallback: string): HttpError {
  const fieldErrors = Object.fromEntries((body?.errors ?? []).map((e) => [e.field, e.message]));
  return new HttpError(body?.message ?? fallback, status, { errors: fieldErrors, api: body });
}

export async function apiFetch<T>(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; json: T }> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (init.body && !(init.body instanceof FormData) && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  const token = await accessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new HttpError('app.errors.network', 0);
  }
  const text = await response.text();
  const json = text ? safeParse(text) : null;
  if (!response.ok) throw toHttpError(response.status, json as ApiErrorBody | null, response.statusText);
  return { status: response.status, headers: response.headers, json: json as T };
}

const safeParse = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
