import { describe, expect, it } from 'vitest';
import type { Unit } from '@motcua/contracts';
import { orderAsTree } from '../units/unitTree';
import { newCampaignBody } from './campaignApi';
import { coveredUnits, initiallyExpanded, setIncludeSubtree, toggleTarget, visibleUnits } from './targetTree';
import { fromWallClock, toWallClock } from './pickerClock';

const unit = (id: number, name: string, parentId: number | null, path: string): Unit => ({
  id,
  code: `U${id}`,
  name,
  kind: 'office',
  parentId,
  path,
  depth: path.split('/').filter(Boolean).length - 1,
  sortOrder: 0,
  version: 1,
});

const province = unit(1, 'Tỉnh Lào Cai', null, '/1/');
const health = unit(4, 'Sở Y tế', 1, '/1/4/');
const healthOffice = unit(7, 'Văn phòng Sở', 4, '/1/4/7/');
const bacHa = unit(12, 'UBND huyện Bắc Hà', 1, '/1/12/');
const units = [province, health, healthOffice, bacHa];

// The Vietnam-time conversions themselves are tested with the one module (libs/domain/src/date/vietnam-time.spec.ts).
describe('campaign periods on a Vietnamese clock', () => {
  it('gives the picker Việt Nam’s wall clock and reads it back to the same instant', () => {
    const wall = toWallClock('2026-12-10T10:00:00.000Z');
    expect([wall?.getDate(), wall?.getMonth(), wall?.getHours(), wall?.getMinutes()]).toEqual([10, 11, 17, 0]);
    expect(fromWallClock(wall!)).toBe('2026-12-10T10:00:00.000Z');
    expect(toWallClock(null)).toBeNull();
  });
});

describe('the new campaign’s body', () => {
  it('keeps the form’s item order, drops an empty description and the targets’ campaignId', () => {
    expect(
      newCampaignBody({
        name: '  Đợt 2026 ',
        description: '   ',
        startsAt: '2026-11-01T01:00:00.000Z',
        deadlineAt: '2026-12-10T10:00:00.000Z',
        requiredItems: ['verified', 'phone', 'fullName'],
        targets: [{ unitId: 4, includeSubtree: true, campaignId: 3 }],
      }),
    ).toEqual({
      name: 'Đợt 2026',
      startsAt: '2026-11-01T01:00:00.000Z',
      deadlineAt: '2026-12-10T10:00:00.000Z',
      requiredItems: ['fullName', 'phone', 'verified'],
      targets: [{ unitId: 4, includeSubtree: true }],
    });
  });
});

describe('picking target units', () => {
  it('covers every unit under one chosen with its sub-units', () => {
    const covered = coveredUnits(units, [{ unitId: 4, includeSubtree: true }]);
    expect([...covered.entries()]).toEqual([[7, 4]]);
    expect(coveredUnits(units, [{ unitId: 4, includeSubtree: false }]).size).toBe(0);
  });

  it('adds a unit with its sub-units by default and drops a chosen child it now covers', () => {
    const withOffice = toggleTarget([], 7, units);
    expect(withOffice).toEqual([{ unitId: 7, includeSubtree: true }]);
    expect(toggleTarget(withOffice, 4, units)).toEqual([{ unitId: 4, includeSubtree: true }]);
    expect(toggleTarget([{ unitId: 4, includeSubtree: true, campaignId: 9 }], 4, units)).toEqual([]);
  });

  it('switches "gồm đơn vị trực thuộc" for one unit only', () => {
    expect(
      setIncludeSubtree(
        [
          { unitId: 4, includeSubtree: true },
          { unitId: 12, includeSubtree: true },
        ],
        12,
        false,
        units,
      ),
    ).toEqual([
      { unitId: 4, includeSubtree: true },
      { unitId: 12, includeSubtree: false },
    ]);
  });

  it('opens the roots and the way to chosen units; a search shows matches with their parents', () => {
    const ordered = orderAsTree(units);
    const expanded = initiallyExpanded(ordered, [{ unitId: 7, includeSubtree: false }]);
    expect([...expanded].sort((a, b) => a - b)).toEqual([1, 4]);
    expect(visibleUnits(ordered, '', new Set([1])).map((u) => u.id)).toEqual([1, 4, 12]);
    expect(visibleUnits(ordered, 'van phong', new Set()).map((u) => u.id)).toEqual([1, 4, 7]);
  });
});
