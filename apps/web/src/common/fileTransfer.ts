import { HttpError } from 'react-admin';
import { apiFetch, toHttpError, type ApiErrorBody } from '../providers/http';

/**
 * Files that travel with the user's access token: the import template, the export and the one-time sheet of
 * activation codes. apiFetch reads every answer as JSON text, which would corrupt a spreadsheet, so the bytes
 * are fetched here — with exactly the headers apiFetch builds, captured by `authorizationOf` below.
 */

/** The name the server gives the file (RFC 6266: `filename*=UTF-8''…` wins over `filename="…"`). */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(contentDisposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]*)"|filename\s*=\s*([^;]+)/i.exec(contentDisposition);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || fallback;
}

const PROBE_PREFIX = '/__motcua_authorization_probe__/';
let probes: Promise<unknown> = Promise.resolve();

/**
 * The Authorization header apiFetch would send. http.ts keeps its token source private, so apiFetch is run
 * against a probe URL whose requests never leave the page. With `renew`, the probe first answers 401 so that
 * apiFetch refreshes the session exactly as it does for its own calls; null then means the session is over.
 * Probes run one at a time so they never undo each other's fetch wrapper.
 * Replace with an export of http.ts (e.g. a blob-returning apiFetch) when one exists.
 */
export function authorizationOf({ renew = false } = {}): Promise<string | null> {
  const run = probes.then(async () => {
    const realFetch = globalThis.fetch;
    const probeUrl = `${PROBE_PREFIX}${Date.now()}-${Math.random().toString(36).slice(2)}`;
    let refuseNext = renew;
    let authorization: string | null = null;
    const probingFetch: typeof fetch = (input, init) => {
      if (input !== probeUrl) return realFetch(input, init);
      if (refuseNext) {
        refuseNext = false;
        return Promise.resolve(new Response(null, { status: 401 }));
      }
      authorization = new Headers(init?.headers).get('Authorization');
      return Promise.resolve(new Response(null, { status: 204 }));
    };
    globalThis.fetch = probingFetch;
    try {
      await apiFetch(probeUrl);
    } catch (error) {
      // The refresh failed: there is no token to send.
      if (renew && error instanceof HttpError && error.status === 401) return null;
      throw error;
    } finally {
      if (globalThis.fetch === probingFetch) globalThis.fetch = realFetch;
    }
    return authorization;
  });
  probes = run.catch(() => undefined);
  return run;
}

export interface FetchedFile {
  blob: Blob;
  fileName: string;
}

async function send(url: string, init: RequestInit, authorization: string | null): Promise<Response> {
  const headers = new Headers(init.headers);
  if (authorization) headers.set('Authorization', authorization);
  try {
    return await fetch(url, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw toHttpError(0, null, 'app.errors.network');
  }
}

/** GET a file with the user's token (refreshed once on 401, like apiFetch); an API error arrives as apiFetch's HttpError. */
export async function fetchFile(url: string, fallbackName: string, init: RequestInit = {}): Promise<FetchedFile> {
  let response = await send(url, init, await authorizationOf());
  if (response.status === 401) {
    const renewed = await authorizationOf({ renew: true });
    if (renewed) response = await send(url, init, renewed);
  }
  if (!response.ok) {
    const text = await response.text();
    let body: ApiErrorBody | null = null;
    try {
      body = text ? (JSON.parse(text) as ApiErrorBody) : null;
    } catch {
      body = null;
    }
    throw toHttpError(response.status, body, response.statusText || 'admin.download.failed', response.headers);
  }
  return {
    blob: await response.blob(),
    fileName: fileNameOf(response.headers.get('Content-Disposition'), fallbackName),
  };
}

/** Hands a blob to the browser's download manager under the given name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  const { blob, fileName } = await fetchFile(url, fallbackName);
  saveBlob(blob, fileName);
  return fileName;
}
