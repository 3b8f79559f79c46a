import { http, HttpResponse, type HttpHandler } from 'msw';
import { server } from './server';

/** A request as the screen sent it: the URL relative to the page (path and query), the body parsed. */
export interface ApiCall {
  method: string;
  url: string;
  headers: Headers;
  /** JSON parsed, FormData for an upload, the text otherwise; undefined when empty. */
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const METHODS = { GET: http.get, POST: http.post, PATCH: http.patch, PUT: http.put, DELETE: http.delete } as const;
type Method = keyof typeof METHODS;

async function bodyOf(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return undefined;
  const type = request.headers.get('Content-Type') ?? '';
  if (type.startsWith('multipart/form-data')) return request.clone().formData();
  const text = await request.clone().text();
  if (!text) return undefined;
  return type.includes('application/json') ? JSON.parse(text) : text;
}

async function toCall(request: Request): Promise<ApiCall> {
  const url = new URL(request.url);
  return {
    method: request.method,
    url: url.pathname + url.search,
    headers: request.headers,
    body: await bodyOf(request),
  };
}

/** A JSON answer (no body for 204), or the raw body when a Content-Type header is given. */
export const respond = ({ status, body, headers }: Reply): Response =>
  headers?.['Content-Type'] && !headers['Content-Type'].includes('json')
    ? new HttpResponse(body as BodyInit, { status, headers })
    : body === undefined || status === 204
      ? new HttpResponse(null, { status, headers })
      : HttpResponse.json(body, { status, headers });

/** One API route (the query string is not matched); the reply may depend on the request, as the API's would. */
export const on = (method: Method, path: string, reply: Reply | ((call: ApiCall) => Reply)): HttpHandler =>
  METHODS[method](path, async ({ request }) =>
    respond(typeof reply === 'function' ? reply(await toCall(request)) : reply),
  );

/** Answers the given routes for this test and records every request the screen sends. */
export function mockApi(...handlers: HttpHandler[]) {
  const calls: ApiCall[] = [];
  const record = http.all('*', async ({ request }) => {
    calls.push(await toCall(request));
    return undefined;
  });
  server.use(record, ...handlers);
  return {
    calls,
    requests: (method: string, path: string) =>
      calls.filter((call) => call.method === method && call.url.split('?')[0] === path),
  };
}

export const queryOf = (call: ApiCall) => new URLSearchParams(call.url.split('?')[1] ?? '');
