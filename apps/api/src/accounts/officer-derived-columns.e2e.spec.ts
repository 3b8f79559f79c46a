import { officerNameSortKey } from '@motcua/domain';
import { staleDerivedColumns } from '../testing/derived-columns';
import { createTestApp, TestApp } from '../testing/test-app';
import { Officer } from './officer.entity';
import { updateOfficer } from './officer-derived-columns';

describe('the search text and name sort key of an officer, whoever writes the row', () => {
  let t: TestApp;
  const officerId = async (username: string) => (await t.dataSource.manager.findOneByOrFail(Officer, { username })).id;

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
  });
  afterAll(() => t.close());

  it('are computed on insert, even over a key the caller typed itself', async () => {
    const unitId = (await t.dataSource.manager.findOneByOrFail(Officer, { username: 'officer' })).unitId;
    await t.dataSource.getRepository(Officer).insert({
      username: 'tu.dv',
      fullName: 'Đặng Văn Tú',
      nameSortKey: 'dang van tu',
      searchText: '',
      email: 'tu.dv@laocai.gov.vn',
      unitId,
    });
    expect(await staleDerivedColumns(t.dataSource, ['tu.dv'])).toEqual([]);
  });

  it('follow a name or contact changed with updateOfficer, which reads the rest of the row itself', async () => {
    await updateOfficer(t.dataSource.manager, await officerId('tu.dv'), { phone: '0912345678' });
    await updateOfficer(t.dataSource.manager, await officerId('tu.dv'), { fullName: 'Đặng Văn Tuấn' });
    const [stale] = await staleDerivedColumns(t.dataSource, ['tu.dv']);
    expect(stale).toBeUndefined();
    const [row] = await t.dataSource.query(`SELECT search_text, name_sort_key FROM officers WHERE username = 'tu.dv'`);
    expect(row).toEqual({
      search_text: 'dang van tuan tu.dv tu.dv@laocai.gov.vn 0912345678',
      name_sort_key: officerNameSortKey('Đặng Văn Tuấn'),
    });
  });

  it('follow a save of a loaded officer', async () => {
    const officer = await t.dataSource.manager.findOneByOrFail(Officer, { username: 'tu.dv' });
    officer.fullName = 'Đặng Văn Toàn';
    await t.dataSource.manager.save(officer);
    expect(await staleDerivedColumns(t.dataSource, ['tu.dv'])).toEqual([]);
  });

  it('refuse a partial update of a name or contact that went around updateOfficer', async () => {
    const id = await officerId('tu.dv');
    await expect(t.dataSource.manager.update(Officer, id, { email: 'khac@laocai.gov.vn' })).rejects.toThrow(
      /updateOfficer/,
    );
    await expect(
      t.dataSource.createQueryBuilder().update(Officer).set({ fullName: 'Ai Đó' }).where('id = :id', { id }).execute(),
    ).rejects.toThrow(/updateOfficer/);
    // Columns nothing derives from are written as before.
    await t.dataSource.manager.update(Officer, id, { status: 'locked' });
    expect(await staleDerivedColumns(t.dataSource, ['tu.dv'])).toEqual([]);
  });
});
