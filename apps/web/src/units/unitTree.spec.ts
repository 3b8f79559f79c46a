import { describe, expect, it } from 'vitest';
import type { Unit } from '@motcua/contracts';
import { isWithin, orderAsTree, possibleParents } from './unitTree';

const unit = (id: number, name: string, parentId: number | null, path: string, sortOrder = 0): Unit => ({
  id,
  code: `U${id}`,
  name,
  kind: 'office',
  parentId,
  path,
  depth: path.split('/').filter(Boolean).length - 1,
  sortOrder,
  version: 1,
});

const province = unit(1, 'Tỉnh Lào Cai', null, '/1/');
const health = unit(4, 'Sở Y tế', 1, '/1/4/', 2);
const finance = unit(10, 'Sở Tài chính', 1, '/1/10/', 1);
const healthOffice = unit(7, 'Văn phòng Sở', 4, '/1/4/7/');
const bacHa = unit(12, 'UBND huyện Bắc Hà', 1, '/1/12/', 2);

describe('the unit tree as the organisation chart reads', () => {
  it('puts each unit right under its parent, siblings by sort order then name', () => {
    const ordered = orderAsTree([healthOffice, bacHa, health, province, finance]);
    expect(ordered.map((u) => [u.name, u.level])).toEqual([
      ['Tỉnh Lào Cai', 0],
      ['Sở Tài chính', 1],
      ['Sở Y tế', 1],
      ['Văn phòng Sở', 2],
      ['UBND huyện Bắc Hà', 1],
    ]);
  });

  it('does not trust the text order of paths (/1/10/ before /1/4/)', () => {
    const a = unit(4, 'A', 1, '/1/4/');
    const b = unit(10, 'B', 1, '/1/10/');
    expect(orderAsTree([province, b, a]).map((u) => u.name)).toEqual(['Tỉnh Lào Cai', 'A', 'B']);
  });

  it('shows a unit whose parent is not listed as a root (a unit admin sees only their subtree)', () => {
    expect(orderAsTree([healthOffice, health]).map((u) => [u.name, u.level])).toEqual([
      ['Sở Y tế', 0],
      ['Văn phòng Sở', 1],
    ]);
  });

  it('never offers a unit, or one of its own sub-units, as its new parent', () => {
    expect(isWithin(healthOffice, health)).toBe(true);
    expect(isWithin(finance, health)).toBe(false);
    expect(possibleParents([province, health, healthOffice, finance], health).map((u) => u.id)).toEqual([1, 10]);
    expect(possibleParents([province, health], undefined)).toHaveLength(2);
  });
});
