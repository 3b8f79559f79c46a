import { CCCD_PROVINCE_CODES } from './cccd-province-codes';

describe('CCCD_PROVINCE_CODES', () => {
  const codes = Object.keys(CCCD_PROVINCE_CODES);

  it('lists the 63 birth-registration provinces by 3-digit code', () => {
    expect(codes).toHaveLength(63);
    expect(codes.every((code) => /^\d{3}$/.test(code))).toBe(true);
    expect(new Set(Object.values(CCCD_PROVINCE_CODES)).size).toBe(63);
  });

  it('has the documented gaps and nothing from 097 up, nor 000', () => {
    const gaps = [
      '000',
      '003',
      '005',
      '007',
      '009',
      '013',
      '016',
      '018',
      '021',
      '023',
      '028',
      '029',
      '032',
      '039',
      '041',
      '043',
      '047',
      '050',
      '053',
      '055',
      '057',
      '059',
      '061',
      '063',
      '065',
      '069',
      '071',
      '073',
      '076',
      '078',
      '081',
      '085',
      '088',
      '090',
      '097',
      '098',
      '099',
      '101',
    ];
    expect(gaps.filter((code) => code in CCCD_PROVINCE_CODES)).toEqual([]);
  });

  it('names provinces in Vietnamese', () => {
    expect(CCCD_PROVINCE_CODES['001']).toBe('Hà Nội');
    expect(CCCD_PROVINCE_CODES['010']).toBe('Lào Cai');
    expect(CCCD_PROVINCE_CODES['079']).toBe('Hồ Chí Minh');
    expect(CCCD_PROVINCE_CODES['096']).toBe('Cà Mau');
  });
});
