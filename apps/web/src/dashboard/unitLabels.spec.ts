import { describe, expect, it } from 'vitest';
import { axisLabels, shortUnitName } from './unitLabels';

describe('unit labels on the chart axis', () => {
  it('abbreviates the long forms officials abbreviate, so ward names can be told apart', () => {
    expect(shortUnitName('Ủy ban nhân dân phường Lào Cai')).toBe('UBND phường Lào Cai');
    expect(shortUnitName('Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Lào Cai')).toBe(
      'VP HĐND và UBND phường Lào Cai',
    );
    const labels = axisLabels([
      { code: 'T15-X02647', name: 'Ủy ban nhân dân phường Lào Cai' },
      { code: 'T15-X04252', name: 'Ủy ban nhân dân phường Yên Bái' },
      { code: 'T15-X04456', name: 'Ủy ban nhân dân xã Mù Cang Chải' },
    ]);
    expect(labels).toEqual(['UBND phường Lào Cai', 'UBND phường Yên Bái', 'UBND xã Mù Cang Chải']);
    expect(new Set(labels).size).toBe(3);
  });

  it('drops the ending all sub-units of a ward share', () => {
    expect(
      axisLabels([
        { code: 'VP', name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Lào Cai' },
        { code: 'KT', name: 'Phòng Kinh tế, Hạ tầng và Đô thị phường Lào Cai' },
        { code: 'VHXH', name: 'Phòng Văn hóa - Xã hội phường Lào Cai' },
      ]),
    ).toEqual(['VP HĐND và UBND', 'KT', 'Phòng Văn hóa - Xã hội']);
  });

  it('falls back to the unique code when the short name is too long or shared', () => {
    expect(
      axisLabels([
        { code: 'T15-X02647-VP', name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường Lào Cai' },
        { code: 'A', name: 'Phòng Tổng hợp' },
        { code: 'B', name: 'Phòng Tổng hợp' },
      ]),
    ).toEqual(['T15-X02647-VP', 'A', 'B']);
  });
});
