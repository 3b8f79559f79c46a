import { officerNameSortKey } from './officer-name-sort-key';

describe('the staff list order', () => {
  it('puts the given name first, folded, as Vietnamese rosters are ordered', () => {
    expect(officerNameSortKey('Nguyễn Thị Hoa')).toBe('hoa nguyen thi');
    expect(officerNameSortKey('  Đặng   Hữu An ')).toBe('an dang huu');
    expect(officerNameSortKey('Lan')).toBe('lan');
  });

  it('orders An before Bình whatever the family names', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Văn An', 'Âu Thị Bình', 'Lê An'];
    expect([...names].sort((a, b) => (officerNameSortKey(a) < officerNameSortKey(b) ? -1 : 1))).toEqual([
      'Lê An',
      'Nguyễn Văn An',
      'Âu Thị Bình',
      'Trần Văn Bình',
    ]);
  });
});
