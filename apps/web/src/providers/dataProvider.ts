import type { DataProvider } from 'react-admin';
import { apiFetch } from './http';

const API = '/api';

/** Builds the query string of the API's list conventions: page, perPage, sort, order, q and whitelisted filters. */
export function listQueryString(params: {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: string };
  filter?: Record<string, unknown>;
}): string {
  const search = new URLSearchParams();
  if (params.pagination) {
    search.set('page', String(params.pagination.page));
    search.set('perPage', String(params.pagination.perPage));
  }
  if (params.sort?.field) {
    search.set('sort', params.sort.field);
    search.set('order', params.sort.order.toUpperCase() === 'DESC' ? 'DESC' : 'ASC');
  }
  for (const [key, value] of Object.entries(params.filter ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return search.toString();
}

/** Only what the user changed travels, with the version read before for optimistic locking. */
export function changedFields(
  data: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const diff = Object.fromEntries(
    Object.entries(data).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(previous?.[key])),
  );
  delete diff.id;
  const version = previous?.version ?? data.version;
  return version === undefined ? diff : { ...diff, version };
}

// react-admin lets each caller pick the record type; the API's JSON is untyped at this edge.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
type Page = { data: Json[]; total: number; moreThanTotal?: boolean };

/** A list page for react-admin; "more than total" travels in meta for ListPagination. */
const toListResult = ({ data, total, moreThanTotal }: Page) => ({
  data,
  total,
  ...(moreThanTotal ? { meta: { moreThanTotal } } : {}),
});

export const dataProvider: DataProvider = {
  getList: async (resource, params) => {
    const { json } = await apiFetch<Page>(`${API}/${resource}?${listQueryString(params)}`, { signal: params.signal });
    return toListResult(json);
  },
  getOne: async (resource, params) => {
    const { json } = await apiFetch<Json>(`${API}/${resource}/${encodeURIComponent(String(params.id))}`, {
      signal: params.signal,
    });
    return { data: json };
  },
  getMany: async (resource, params) => {
    const query = listQueryString({
      pagination: { page: 1, perPage: Math.max(params.ids.length, 1) },
      filter: { id: params.ids },
    });
    const { json } = await apiFetch<Page>(`${API}/${resource}?${query}`, { signal: params.signal });
    return { data: json.data };
  },
  getManyReference: async (resource, params) => {
    const query = listQueryString({ ...params, filter: { ...params.filter, [params.target]: params.id } });
    const { json } = await apiFetch<Page>(`${API}/${resource}?${query}`, { signal: params.signal });
    return toListResult(json);
  },
  create: async (resource, params) => {
    const { json } = await apiFetch<Json>(`${API}/${resource}`, { method: 'POST', body: JSON.stringify(params.data) });
    return { data: json };
  },
  update: async (resource, params) => {
    const body = changedFields(params.data as Record<string, unknown>, params.previousData as Record<string, unknown>);
    const { json } = await apiFetch<Json>(`${API}/${resource}/${encodeURIComponent(String(params.id))}`, {
      method: 'PATCH',
      body: JSON.stringify(body),
    });
    return { data: json };
  },
  updateMany: async (resource, params) => {
    const results = await Promise.all(
      params.ids.map(async (id) => {
        const { data: previous } = await dataProvider.getOne(resource, { id });
        return dataProvider.update(resource, { id, data: params.data, previousData: previous });
      }),
    );
    return { data: results.map((r) => r.data.id) };
  },
  delete: async (resource, params) => {
    await apiFetch(`${API}/${resource}/${encodeURIComponent(String(params.id))}`, { method: 'DELETE' });
    return { data: params.previousData ?? ({ id: params.id } as never) };
  },
  deleteMany: async (resource, params) => {
    await Promise.all(
      params.ids.map((id) => apiFetch(`${API}/${resource}/${encodeURIComponent(String(id))}`, { method: 'DELETE' })),
    );
    return { data: params.ids };
  },
};
