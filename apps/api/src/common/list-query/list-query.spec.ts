import { ApiError } from '../errors/api-error';
import { filterParsers, parseListQuery, ListSpec } from './list-query';

const spec: ListSpec<'status' | 'unitId'> = {
  sortable: ['name', 'createdAt'],
  defaultSort: { field: 'name', order: 'ASC' },
  filters: { status: filterParsers.oneOf(['active', 'locked']), unitId: filterParsers.id },
};

const errorsOf = (query: Record<string, unknown>) => {
  try {
    parseListQuery(query, spec);
  } catch (error) {
    return ((error as ApiError).getResponse() as { errors: { field: string; code: string }[] }).errors;
  }
  throw new Error('expected a 400');
};

describe('list query conventions', () => {
  it('defaults to the first page of 25 in the resource’s default order', () => {
    expect(parseListQuery({}, spec)).toEqual({
      page: 1,
      perPage: 25,
      offset: 0,
      sort: 'name',
      order: 'ASC',
      filters: {},
      q: undefined,
    });
  });

  it('parses paging, sorting, search and typed filters', () => {
    expect(
      parseListQuery(
        { page: '3', perPage: '10', sort: 'createdAt', order: 'desc', q: '  Đức ', status: 'locked', unitId: '7' },
        spec,
      ),
    ).toEqual({
      page: 3,
      perPage: 10,
      offset: 20,
      sort: 'createdAt',
      order: 'DESC',
      q: 'Đức',
      filters: { status: 'locked', unitId: 7 },
    });
  });

  it('refuses names outside the whitelist so they never reach SQL', () => {
    expect(errorsOf({ sort: 'password_hash' })).toEqual([
      expect.objectContaining({ field: 'sort', code: 'SORT_FIELD_NOT_ALLOWED' }),
    ]);
    expect(errorsOf({ role: 'admin' })).toEqual([
      expect.objectContaining({ field: 'role', code: 'FILTER_NOT_ALLOWED' }),
    ]);
    expect(errorsOf({ __proto__: 'x', constructor: 'y' }).map((e) => e.field)).toContain('constructor');
  });

  it('reports every bad parameter at once', () => {
    expect(
      errorsOf({ page: '-1', perPage: '5000', order: 'up', status: 'deleted', unitId: '1; DROP', q: ['a', 'b'] }).map(
        (e) => e.field,
      ),
    ).toEqual(['page', 'perPage', 'order', 'q', 'status', 'unitId']);
  });

  it('refuses repeated filter parameters', () => {
    expect(errorsOf({ status: ['active', 'locked'] })).toEqual([
      expect.objectContaining({ field: 'status', code: 'INVALID_FILTER' }),
    ]);
  });
});
