import { foldVietnamese, officerNameSortKey, officerSearchText } from '@motcua/domain';
import { generateOfficers } from '@motcua/seed';
import { EXACT_COUNT_LIMIT } from '../database/capped-total';
import { bearer, createTestApp, TestApp } from '../testing/test-app';
import { Unit } from '../units/unit.entity';
import { Officer } from '../accounts/officer.entity';
import { searchTermOf } from './officer-search';

interface Stored {
  id: number;
  search_text: string;
  name_sort_key: string;
  path: string;
}

// Enough officers that a term can be "common" (over 2,000 candidates) and the province "large" (over 5,000 people),
// so every plan officerSearch can choose runs here, each checked against a brute-force answer.
describe('searching the officer list of a province', () => {
  let t: TestApp;
  let admin: { Authorization: string };
  let supervisor: { Authorization: string };
  let stored: Stored[];
  const units = new Map<string, Unit>();

  beforeAll(async () => {
    t = await createTestApp({ seed: true });
    admin = await bearer(t, 'admin');
    supervisor = await bearer(t, 'supervisor');
    for (const unit of await t.dataSource.manager.find(Unit)) units.set(unit.code, unit);
    const generated = generateOfficers({
      seed: 11,
      count: 6000,
      unitCodes: [...units.keys()].filter((code) => code !== 'T15'),
      usernamePrefix: 's',
    });
    for (let i = 0; i < generated.length; i += 400) {
      const rows = generated.slice(i, i + 400).map((o) => ({
        username: o.username,
        fullName: o.fullName,
        nameSortKey: officerNameSortKey(o.fullName),
        unitId: units.get(o.unitCode)!.id,
        status: 'active' as const,
        email: o.email,
        phone: o.phone,
        citizenId: null,
        searchText: officerSearchText({ ...o, citizenId: null }),
      }));
      await t.dataSource.createQueryBuilder().insert().into(Officer).values(rows).updateEntity(false).execute();
    }
    stored = await t.dataSource.query(
      'SELECT o.id AS id, o.search_text AS search_text, o.name_sort_key AS name_sort_key, u.path AS path FROM officers o JOIN units u ON u.id = o.unit_id',
    );
  });
  afterAll(() => t.close());

  /** What the list must answer, computed the slow way. */
  const expected = (q: string, subtreePath: string, page: number, perPage = 25) => {
    const term = searchTermOf(q);
    const matches = stored
      .filter((o) => o.path.startsWith(subtreePath) && o.search_text.includes(term))
      .sort((a, b) => (a.name_sort_key < b.name_sort_key ? -1 : a.name_sort_key > b.name_sort_key ? 1 : a.id - b.id));
    const cap = Math.max(EXACT_COUNT_LIMIT, page * perPage);
    return {
      ids: matches.slice((page - 1) * perPage, page * perPage).map((o) => Number(o.id)),
      total: Math.min(matches.length, cap),
      moreThanTotal: matches.length > cap ? true : undefined,
    };
  };

  const list = async (auth: { Authorization: string }, q: string, unitCode: string, page = 1) => {
    const res = await t
      .http()
      .get('/api/officers')
      .query({ q, unitId: units.get(unitCode)!.id, page, perPage: 25, sort: 'fullName', order: 'ASC' })
      .set(auth)
      .expect(200);
    return {
      ids: res.body.data.map((o: { id: number }) => o.id),
      total: res.body.total,
      moreThanTotal: res.body.moreThanTotal,
    };
  };

  it('pages through a term thousands of people match, province-wide, and says "more than" past the exact count', async () => {
    const province = units.get('T15')!.path;
    const first = await list(admin, 'laocai.gov', 'T15');
    expect(first).toEqual(expected('laocai.gov', province, 1));
    expect(first).toMatchObject({ total: EXACT_COUNT_LIMIT, moreThanTotal: true });
    expect(await list(admin, 'laocai.gov', 'T15', 41)).toEqual(expected('laocai.gov', province, 41));
  });

  it("counts a common term's candidates once, then reuses that plan with the same answer (SQLite)", async () => {
    if (t.dataSource.options.type !== 'better-sqlite3') return;
    const probes = jest.spyOn(t.dataSource, 'query');
    const ftsCounts = () => probes.mock.calls.filter(([sql]) => String(sql).includes('officers_search MATCH')).length;
    const province = units.get('T15')!.path;
    try {
      expect(await list(admin, 'gov.vn', 'T15')).toEqual(expected('gov.vn', province, 1));
      expect(ftsCounts()).toBe(1);
      expect(await list(admin, 'GOV.VN', 'T15', 3)).toEqual(expected('gov.vn', province, 3));
      expect(ftsCounts()).toBe(1);
    } finally {
      probes.mockRestore();
    }
  });

  it('finds the same common term inside one department, counted exactly', async () => {
    const result = await list(admin, 'LAOCAI.gov', 'T15-SYT');
    expect(result).toEqual(expected('laocai.gov', units.get('T15-SYT')!.path, 1));
    expect(result.moreThanTotal).toBeUndefined();
    expect(result.total).toBeGreaterThan(25);
  });

  it('finds one person by their full name typed with diacritics, and a supervisor only inside their unit', async () => {
    const someone = stored.find(
      (o) => o.path.startsWith(units.get('T15-SYT')!.path) && o.search_text.startsWith('nguyen'),
    )!;
    const name = someone.search_text.split(' ').slice(0, 3).join(' ');
    const typed = name.replace('nguyen', 'Nguyễn');
    expect(foldVietnamese(typed)).toBe(name);
    const everywhere = await list(admin, typed, 'T15');
    expect(everywhere).toEqual(expected(name, units.get('T15')!.path, 1));
    expect(everywhere.ids).toContain(Number(someone.id));
    expect(await list(supervisor, typed, 'T15-SYT')).toEqual(expected(name, units.get('T15-SYT')!.path, 1));
  });

  it('finds short terms and phone numbers however they are typed', async () => {
    expect(await list(admin, 'an', 'T15')).toEqual(expected('an', units.get('T15')!.path, 1));
    const withPhone = stored.find((o) => / 09\d{8}/.test(o.search_text))!;
    const phone = / (09\d{8})/.exec(withPhone.search_text)![1];
    const typed = `+84 ${phone.slice(1, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}`;
    const found = await list(admin, typed, 'T15');
    expect(found).toEqual(expected(phone, units.get('T15')!.path, 1));
    expect(found.ids).toContain(Number(withPhone.id));
  });

  it('keeps the search index in step when a name changes', async () => {
    const someone = stored.find((o) => o.path.startsWith(units.get('T15-SYT')!.path))!;
    const before = await t.http().get(`/api/officers/${someone.id}`).set(admin).expect(200);
    await t
      .http()
      .patch(`/api/officers/${someone.id}`)
      .set(admin)
      .send({ version: before.body.version, fullName: 'Hầu Thị Quỳnh Như' })
      .expect(200);
    expect((await list(admin, 'hau thi quynh', 'T15')).ids).toEqual([Number(someone.id)]);
    expect((await list(admin, someone.search_text.split(' ').slice(0, 3).join(' '), 'T15')).ids).not.toContain(
      Number(someone.id),
    );
  });
});
