import { compareDates, completedYears, daysInMonth, isLeapYear, parseIsoDate } from './iso-date';

describe('parseIsoDate', () => {
  it('reads a real YYYY-MM-DD date', () => {
    expect(parseIsoDate('1990-07-15')).toEqual({ year: 1990, month: 7, day: 15 });
  });

  it('applies the Gregorian leap rule: 2000-02-29 and 1964-02-29 exist, 2023-02-29 and 1900-02-29 do not', () => {
    expect(parseIsoDate('2000-02-29')).toBeDefined();
    expect(parseIsoDate('1964-02-29')).toBeDefined();
    expect(parseIsoDate('2023-02-29')).toBeUndefined();
    expect(parseIsoDate('1900-02-29')).toBeUndefined();
  });

  it.each([
    '1990-7-15',
    '15/07/1990',
    '1990-13-01',
    '1990-04-31',
    '1990-00-10',
    '1990-01-00',
    '0000-01-01',
    '1990-01-01T00:00',
    ' 1990-01-01',
  ])('rejects %p', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe('calendar arithmetic', () => {
  it('knows the month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2400)).toBe(true);
  });

  it('orders dates', () => {
    expect(compareDates({ year: 2000, month: 1, day: 2 }, { year: 2000, month: 1, day: 1 })).toBeGreaterThan(0);
    expect(compareDates({ year: 1999, month: 12, day: 31 }, { year: 2000, month: 1, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2000, month: 1, day: 1 }, { year: 2000, month: 1, day: 1 })).toBe(0);
  });

  it('counts completed years, turning one year older on the birthday itself', () => {
    const birth = { year: 2000, month: 6, day: 15 };
    expect(completedYears(birth, { year: 2018, month: 6, day: 14 })).toBe(17);
    expect(completedYears(birth, { year: 2018, month: 6, day: 15 })).toBe(18);
  });

  it('a 29 February birthday is reached on 28 February in a common year', () => {
    const birth = { year: 2000, month: 2, day: 29 };
    expect(completedYears(birth, { year: 2018, month: 2, day: 27 })).toBe(17);
    expect(completedYears(birth, { year: 2018, month: 2, day: 28 })).toBe(18);
    expect(completedYears(birth, { year: 2020, month: 2, day: 28 })).toBe(19);
    expect(completedYears(birth, { year: 2020, month: 2, day: 29 })).toBe(20);
  });
});
