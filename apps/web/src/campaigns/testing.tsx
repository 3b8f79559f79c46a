import { QueryClient } from '@tanstack/react-query';
import { configure } from '@testing-library/react';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { ReactNode } from 'react';
import { AdminContext, memoryStore, Notification, type TranslationMessages } from 'react-admin';
import { vi as vitest } from 'vitest';
import { authProviderForRoles } from '../auth/testing';
import { en as enMessages } from '../i18n/en';
import { vi as viMessages } from '../i18n/vi';
import { dataProvider } from '../providers/dataProvider';
import { complianceMessagesEn, complianceMessagesVi } from './i18n';

// Whole react-admin screens render slowly in jsdom, the more so on a busy machine: wait up to 5 s, not 1 s.
configure({ asyncUtilTimeout: 5000 });

type Messages = Record<string, unknown>;
const isObject = (value: unknown): value is Messages =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The lead merges these texts into the catalogs key by key; a deep merge gives the same result. */
export function mergeMessages(base: Messages, extra: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(extra))
    merged[key] = isObject(value) && isObject(base[key]) ? mergeMessages(base[key] as Messages, value) : value;
  return merged;
}

export const testI18nProvider = (locale: 'vi' | 'en' = 'vi') =>
  polyglotI18nProvider(
    (lang) =>
      (lang === 'en'
        ? mergeMessages(enMessages, complianceMessagesEn)
        : mergeMessages(viMessages, complianceMessagesVi)) as TranslationMessages,
    locale,
    [
      { locale: 'vi', name: 'Tiếng Việt' },
      { locale: 'en', name: 'English' },
    ],
    { allowMissing: true },
  );

/** A screen inside react-admin's contexts: the real data provider over the mocked fetch, a fresh store and cache. */
export const InConsole = ({ children, roles = ['supervisor'] }: { children: ReactNode; roles?: string[] }) => (
  <AdminContext
    dataProvider={dataProvider}
    authProvider={authProviderForRoles(roles)}
    i18nProvider={testI18nProvider()}
    store={memoryStore()}
    queryClient={new QueryClient({ defaultOptions: { queries: { retry: false } } })}
  >
    {children}
    <Notification />
  </AdminContext>
);

export interface ApiCall {
  method: string;
  url: string;
  body: unknown;
}

type Reply = { status: number; body?: unknown };
type Route = (call: ApiCall) => Reply | undefined;

const json = ({ status, body }: Reply) =>
  new Response(body === undefined || status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** The network edge: each fetch goes to the first route that answers; anything else is a 404. */
export function mockApi(...routes: Route[]) {
  const calls: ApiCall[] = [];
  vitest.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const call: ApiCall = {
      method: init?.method ?? 'GET',
      url: String(input),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
    };
    calls.push(call);
    for (const route of routes) {
      const reply = route(call);
      if (reply) return json(reply);
    }
    return json({ status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: `${call.method} ${call.url}` } });
  });
  return {
    calls,
    requests: (method: string, path: string) =>
      calls.filter((call) => call.method === method && call.url.split('?')[0] === path),
  };
}

/** A route for one method and path (query string ignored); the reply may depend on the call. */
export const on =
  (method: string, path: string, reply: Reply | ((call: ApiCall) => Reply)): Route =>
  (call) =>
    call.method === method && call.url.split('?')[0] === path
      ? typeof reply === 'function'
        ? reply(call)
        : reply
      : undefined;

export const queryOf = (call: ApiCall) => new URLSearchParams(call.url.split('?')[1] ?? '');
