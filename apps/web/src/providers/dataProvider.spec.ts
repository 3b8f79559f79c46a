import { describe, expect, it } from 'vitest';
import { mockApi, on } from '../test/api';
import { changedFields, dataProvider, listQueryString } from './dataProvider';

/** The API answers this list's GET with the given status and body. */
const respond = (resource: string, status: number, body: unknown) =>
  mockApi(on('GET', `/api/${resource}`, { status, body }));

describe('the REST conventions the SPA speaks', () => {
  it('puts paging, sorting, search and filters in the query string', () => {
    expect(
      listQueryString({
        pagination: { page: 2, perPage: 25 },
        sort: { field: 'name', order: 'desc' },
        filter: { q: 'Đức', unitId: 4, empty: '' },
      }),
    ).toBe('page=2&perPage=25&sort=name&order=DESC&q=%C4%90%E1%BB%A9c&unitId=4');
  });

  it('sends only the changed fields with the version read before', () => {
    expect(
      changedFields({ id: 1, name: 'Mới', code: 'A', version: 3 }, { id: 1, name: 'Cũ', code: 'A', version: 3 }),
    ).toEqual({ name: 'Mới', version: 3 });
  });

  it('turns the API’s field errors into messages under each input', async () => {
    respond('units', 400, {
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu không hợp lệ.',
      errors: [{ field: 'citizenId', code: 'CCCD_FORMAT', message: 'Số CCCD phải gồm đúng 12 chữ số.' }],
    });
    await expect(
      dataProvider.getList('units', {
        pagination: { page: 1, perPage: 10 },
        sort: { field: 'name', order: 'ASC' },
        filter: {},
      }),
    ).rejects.toMatchObject({
      status: 400,
      message: 'Dữ liệu không hợp lệ.',
      body: { errors: { citizenId: 'Số CCCD phải gồm đúng 12 chữ số.' }, api: { code: 'VALIDATION_FAILED' } },
    });
  });

  it('reads a page and its total', async () => {
    const api = respond('units', 200, { data: [{ id: 1, name: 'Sở Y tế' }], total: 31 });
    const page = await dataProvider.getList('units', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(page).toEqual({ data: [{ id: 1, name: 'Sở Y tế' }], total: 31 });
    expect(api.calls[0].url).toBe('/api/units?page=1&perPage=1&sort=name&order=ASC');
  });

  it('passes on that a large list has more than the counted total', async () => {
    respond('officers', 200, { data: [{ id: 7, fullName: 'Nguyễn Văn An' }], total: 1000, moreThanTotal: true });
    const page = await dataProvider.getList('officers', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'fullName', order: 'ASC' },
      filter: { q: 'nguyen' },
    });
    expect(page).toEqual({ data: [{ id: 7, fullName: 'Nguyễn Văn An' }], total: 1000, meta: { moreThanTotal: true } });
  });
});
