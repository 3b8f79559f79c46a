import { bearer } from '../testing/test-app';
import { sharedTestApp } from '../testing/shared-test-app';
import { api } from '../testing/api-client';

describe('administering the unit tree', () => {
  const t = sharedTestApp({ seed: true, env: { LOGIN_RATE_LIMIT: '1000' } });
  let admin: { Authorization: string };
  const unitByCode = async (code: string) =>
    (await api(t, admin).get(`/api/units?perPage=1000`)).body.data.find((u: { code: string }) => u.code === code);

  beforeAll(async () => {
    admin = await bearer(t, 'admin');
  });

  it('creates a unit under a parent with its path and level', async () => {
    const parent = await unitByCode('T15-SYT');
    const res = await api(t, admin)
      .post('/api/units', { code: 'T15-SYT-VP', name: 'Văn phòng Sở Y tế', kind: 'office', parentId: parent.id })
      .expect(201);
    expect(res.body).toMatchObject({
      code: 'T15-SYT-VP',
      depth: parent.depth + 1,
      path: `${parent.path}${res.body.id}/`,
      version: expect.any(Number),
    });
  });

  it('refuses a duplicate code with 409 and a field message', async () => {
    const res = await api(t, admin)
      .post('/api/units', { code: 'T15-SYT', name: 'Trùng mã', kind: 'department', parentId: null })
      .expect(409);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'code', code: 'UNIT_CODE_TAKEN' })]);
  });

  it('lists every invalid field of a new unit at once, in Vietnamese', async () => {
    const res = await api(t, admin)
      .post('/api/units', { code: 'có dấu cách', name: 'x', kind: 'galaxy', extra: 1 })
      .expect(400);
    expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'code',
      'extra',
      'kind',
      'name',
      'parentId',
    ]);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'code').message).toMatch(/Mã đơn vị chỉ gồm/);
  });

  it('applies an edit with the version read and answers a stale version with 409 and the current record', async () => {
    const unit = await unitByCode('T15-STP');
    const ok = await api(t, admin)
      .patch(`/api/units/${unit.id}`, { version: unit.version, name: 'Sở Tư pháp tỉnh Lào Cai' })
      .expect(200);
    expect(ok.body.version).toBe(unit.version + 1);
    const stale = await api(t, admin)
      .patch(`/api/units/${unit.id}`, { version: unit.version, name: 'Ghi đè' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { name: 'Sở Tư pháp tỉnh Lào Cai', version: unit.version + 1 },
    });
  });

  it('moves a unit with its whole subtree and refuses a move into its own subtree', async () => {
    const ward = await unitByCode('T15-X02647');
    const office = await unitByCode('T15-X02647-VP');
    const department = await unitByCode('T15-SNV');
    const cycle = await api(t, admin)
      .patch(`/api/units/${ward.id}`, { version: ward.version, parentId: office.id })
      .expect(400);
    expect(cycle.body.errors[0].code).toBe('UNIT_CYCLE');
    await api(t, admin).patch(`/api/units/${ward.id}`, { version: ward.version, parentId: department.id }).expect(200);
    const movedOffice = await unitByCode('T15-X02647-VP');
    expect(movedOffice.path).toBe(`${department.path}${ward.id}/${office.id}/`);
    expect(movedOffice.depth).toBe(3);
    const subtree = await api(t, admin).get(`/api/units?subtreeOf=${department.id}&perPage=100`).expect(200);
    expect(subtree.body.data.map((u: { code: string }) => u.code)).toEqual(
      expect.arrayContaining(['T15-X02647', 'T15-X02647-VP', 'T15-X02647-TTHCC']),
    );
  });

  it('refuses to delete a unit that still has children or accounts, and deletes an empty one', async () => {
    const withChildren = await unitByCode('T15-X02683');
    expect((await api(t, admin).delete(`/api/units/${withChildren.id}`).expect(400)).body.code).toBe(
      'UNIT_HAS_CHILDREN',
    );
    const withAccounts = await unitByCode('T15-SYT');
    await api(t, admin)
      .delete(`/api/units/${(await unitByCode('T15-SYT-VP')).id}`)
      .expect(204);
    expect((await api(t, admin).delete(`/api/units/${withAccounts.id}`).expect(400)).body.code).toBe(
      'UNIT_HAS_OFFICERS',
    );
  });

  it('lets only admins change the tree', async () => {
    const officer = await bearer(t, 'officer');
    const res = await api(t, officer)
      .post('/api/units', { code: 'X', name: 'Không được', kind: 'office', parentId: null })
      .expect(403);
    expect(res.body.code).toBe('ROLE_REQUIRED');
  });
});
