import { parseIsoDate } from '@motcua/domain';
import { ApiError, FieldError } from '../errors/api-error';
// Ids above it are refused here rather than by PostgreSQL ("out of range for type integer").
import { MAX_INT32 } from '../validation/positive-int';

export type SortOrder = 'ASC' | 'DESC';

/** How one resource may be listed: which fields sort, which filters exist and how their values parse. */
export interface ListSpec<F extends string = string> {
  sortable: readonly string[];
  defaultSort: { field: string; order: SortOrder };
  filters: Record<F, FilterParser>;
  maxPerPage?: number;
}

export type FilterParser = ((raw: string) => { ok: true; value: unknown } | { ok: false; message: string }) & {
  /** What the parser accepts, as a JSON Schema for the API description. */
  schema?: FilterSchema;
};

export interface FilterSchema {
  type: 'string' | 'integer' | 'boolean';
  enum?: readonly unknown[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

/** A parser together with the schema of what it accepts. */
export const describedParser = <P extends (raw: string) => ReturnType<FilterParser>>(schema: FilterSchema, parse: P) =>
  Object.assign(parse, { schema });

export interface ListQuery<F extends string = string> {
  page: number;
  perPage: number;
  offset: number;
  sort: string;
  order: SortOrder;
  q?: string;
  filters: Partial<Record<F, unknown>>;
}

export interface Page<T> {
  data: T[];
  total: number;
  /** There are more than `total` records (see cappedTotal). */
  moreThanTotal?: true;
}

const RESERVED = new Set(['page', 'perPage', 'sort', 'order', 'q']);

const positiveInt = (raw: unknown, fallback: number) => {
  if (raw === undefined) return fallback;
  return typeof raw === 'string' && /^\d{1,6}$/.test(raw) && Number(raw) > 0 ? Number(raw) : NaN;
};

/** Parses the REST list conventions; anything not whitelisted is a 400, so no client text reaches SQL as a name. */
export function parseListQuery<F extends string>(query: Record<string, unknown>, spec: ListSpec<F>): ListQuery<F> {
  const errors: FieldError[] = [];
  const maxPerPage = spec.maxPerPage ?? 100;
  const page = positiveInt(query.page, 1);
  const perPage = positiveInt(query.perPage, 25);
  if (Number.isNaN(page))
    errors.push({ field: 'page', code: 'INVALID_PAGE', message: 'Số trang phải là số nguyên dương.' });
  if (Number.isNaN(perPage) || perPage > maxPerPage) {
    errors.push({
      field: 'perPage',
      code: 'INVALID_PER_PAGE',
      message: `Số bản ghi mỗi trang phải từ 1 đến ${maxPerPage}.`,
    });
  }
  const sort = query.sort ?? spec.defaultSort.field;
  if (typeof sort !== 'string' || !spec.sortable.includes(sort)) {
    errors.push({ field: 'sort', code: 'SORT_FIELD_NOT_ALLOWED', message: 'Không thể sắp xếp theo trường này.' });
  }
  const orderRaw = query.order ?? spec.defaultSort.order;
  const order = typeof orderRaw === 'string' ? orderRaw.toUpperCase() : '';
  if (order !== 'ASC' && order !== 'DESC') {
    errors.push({ field: 'order', code: 'INVALID_SORT_ORDER', message: 'Thứ tự sắp xếp phải là ASC hoặc DESC.' });
  }
  let q: string | undefined;
  if (query.q !== undefined) {
    if (typeof query.q !== 'string' || query.q.length > 200) {
      errors.push({ field: 'q', code: 'INVALID_SEARCH', message: 'Từ khóa tìm kiếm không hợp lệ (tối đa 200 ký tự).' });
    } else if (query.q.trim()) q = query.q.trim();
  }
  const filters: Partial<Record<F, unknown>> = {};
  for (const [key, raw] of Object.entries(query)) {
    if (RESERVED.has(key)) continue;
    if (!Object.prototype.hasOwnProperty.call(spec.filters, key)) {
      errors.push({ field: key, code: 'FILTER_NOT_ALLOWED', message: 'Không thể lọc theo trường này.' });
      continue;
    }
    if (typeof raw !== 'string') {
      errors.push({ field: key, code: 'INVALID_FILTER', message: 'Giá trị lọc không hợp lệ.' });
      continue;
    }
    const parsed = spec.filters[key as F](raw);
    if (parsed.ok) filters[key as F] = parsed.value;
    else errors.push({ field: key, code: 'INVALID_FILTER', message: parsed.message });
  }
  if (errors.length) throw ApiError.badRequest(errors, 'Tham số danh sách không hợp lệ.');
  return { page, perPage, offset: (page - 1) * perPage, sort: sort as string, order: order as SortOrder, q, filters };
}

/** Reusable filter parsers. */
export const filterParsers = {
  id: describedParser({ type: 'integer', minimum: 1, maximum: MAX_INT32 }, (raw: string) =>
    /^\d{1,10}$/.test(raw) && Number(raw) <= MAX_INT32
      ? { ok: true as const, value: Number(raw) }
      : { ok: false as const, message: 'Mã định danh phải là số nguyên dương.' },
  ),
  oneOf: (values: readonly string[]): FilterParser =>
    describedParser({ type: 'string', enum: values }, (raw) =>
      values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: `Giá trị phải là một trong: ${values.join(', ')}.` },
    ),
  /** `id=1,2,3`: what react-admin's getMany sends. */
  idList: describedParser({ type: 'string', pattern: '^\\d{1,10}(,\\d{1,10}){0,499}$' }, (raw: string) =>
    /^\d{1,10}(,\d{1,10}){0,499}$/.test(raw) && raw.split(',').every((id) => Number(id) <= MAX_INT32)
      ? { ok: true as const, value: raw.split(',').map(Number) }
      : { ok: false as const, message: 'Danh sách mã định danh không hợp lệ.' },
  ),
  boolean: describedParser({ type: 'boolean' }, (raw: string) =>
    raw === 'true' || raw === 'false'
      ? { ok: true as const, value: raw === 'true' }
      : { ok: false as const, message: 'Giá trị phải là true hoặc false.' },
  ),
  // Date.parse rolls 2026-02-30 over to 02/03: the calendar date is checked on its own.
  isoDate: describedParser({ type: 'string', format: 'date-time' }, (raw: string) =>
    /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(raw) &&
    parseIsoDate(raw.slice(0, 10)) &&
    !Number.isNaN(Date.parse(raw))
      ? { ok: true as const, value: new Date(raw) }
      : { ok: false as const, message: 'Ngày giờ phải theo định dạng ISO, ví dụ 2026-11-23.' },
  ),
  text: describedParser({ type: 'string', maxLength: 200 }, (raw: string) =>
    raw.length <= 200
      ? { ok: true as const, value: raw }
      : { ok: false as const, message: 'Giá trị lọc quá dài (tối đa 200 ký tự).' },
  ),
};
