import { csvValue, exportFileName, xlsxValue } from './excel';

describe('export cells', () => {
  it('names a download after the day in Vietnam, already the 5th at 01:00 there', () => {
    expect(exportFileName('danh-sach-can-bo', 'csv', new Date('2026-12-04T18:00:00Z'))).toBe(
      'danh-sach-can-bo-2026-12-05.csv',
    );
  });

  it('writes dates as real dates in xlsx, on Vietnam’s wall clock where a time matters', () => {
    expect(xlsxValue('date', '1990-04-15')).toEqual(new Date('1990-04-15T00:00:00Z'));
    expect(xlsxValue('dateTime', new Date('2026-11-30T10:00:00Z'))).toEqual(new Date('2026-11-30T17:00:00Z'));
    expect(xlsxValue('text', '012345678901')).toBe('012345678901');
    expect(xlsxValue('dateTime', null)).toBeNull();
  });

  it('writes dates date-first with a four-digit year in CSV', () => {
    expect(csvValue('dateTime', new Date('2026-11-30T10:00:00Z'))).toBe('30/11/2026 17:00');
    expect(csvValue('date', '1990-04-15')).toBe('15/04/1990');
    expect(csvValue('text', null)).toBe('');
  });
});
