import type { ListDescription } from './decorators';
import type { ParameterObject, SchemaObject } from './openapi-types';

/** What parseListQuery answers for a page (common/list-query). */
export const PAGE_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['data', 'total'],
  properties: {
    data: { type: 'array', items: { type: 'object' } },
    total: { type: 'integer', minimum: 0 },
    moreThanTotal: { type: 'boolean', enum: [true], description: 'Có nhiều hơn `total` bản ghi' },
  },
};

const query = (name: string, schema: SchemaObject, description?: string): ParameterObject => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
});

/** The query parameters parseListQuery accepts for this spec; anything else is a 400 FILTER_NOT_ALLOWED. */
export function listParameters({ spec, paged, required = [] }: ListDescription): ParameterObject[] {
  const paging = paged
    ? [
        query('page', { type: 'integer', minimum: 1, maximum: 999_999, default: 1 }),
        query('perPage', { type: 'integer', minimum: 1, maximum: spec.maxPerPage ?? 100, default: 25 }),
      ]
    : [query('page', { type: 'integer', minimum: 1, maximum: 999_999 }, 'Được kiểm tra nhưng không dùng khi xuất')];
  return [
    ...paging,
    query('sort', { type: 'string', enum: [...spec.sortable], default: spec.defaultSort.field }),
    query(
      'order',
      { type: 'string', enum: ['ASC', 'DESC'], default: spec.defaultSort.order },
      'Không phân biệt hoa thường',
    ),
    query('q', { type: 'string', maxLength: 200 }, 'Tìm kiếm không dấu'),
    ...Object.entries(spec.filters).map(([name, parser]) => ({
      ...query(name, (parser.schema ?? { type: 'string' }) as SchemaObject, 'Bộ lọc'),
      required: required.includes(name),
    })),
  ];
}
