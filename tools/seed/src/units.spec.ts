import { DEMO_UNITS } from './units';

describe('the demo province', () => {
  it('has unique unit codes and lists every parent before its children', () => {
    const seen = new Set<string>();
    for (const unit of DEMO_UNITS) {
      expect(seen.has(unit.code)).toBe(false);
      if (unit.parentCode) expect(seen.has(unit.parentCode)).toBe(true);
      seen.add(unit.code);
    }
  });

  it('is one province tree three levels deep', () => {
    const roots = DEMO_UNITS.filter((u) => u.parentCode === null);
    expect(roots.map((u) => u.name)).toEqual(['Ủy ban nhân dân tỉnh Lào Cai']);
    const depth = (code: string | null): number =>
      code === null ? 0 : 1 + depth(DEMO_UNITS.find((u) => u.code === code)!.parentCode);
    expect(Math.max(...DEMO_UNITS.map((u) => depth(u.code)))).toBe(3);
  });
});
