import { daysLeft, formatIsoDate, formatVietnamDateTime, vietnamTimeToUtc, vietnamWallClock } from './vietnam-time';

describe('Vietnamese deadlines', () => {
  it('reads a wall-clock time in Asia/Ho_Chi_Minh', () => {
    expect(vietnamTimeToUtc('2023-11-10T23:59').toISOString()).toBe('2023-11-10T16:59:00.000Z');
  });

  it('counts calendar days in Vietnam, not in UTC', () => {
    const deadline = vietnamTimeToUtc('2023-11-10T23:59');
    expect(daysLeft(deadline, new Date('2023-11-09T17:30:00Z'))).toBe(0); // already 10/11 00:30 in Hà Nội
    expect(daysLeft(deadline, new Date('2023-11-09T16:30:00Z'))).toBe(1);
    expect(daysLeft(deadline, new Date('2023-11-12T01:00:00Z'))).toBe(-2);
  });

  it('writes a moment date first, as dd/MM/yyyy HH:mm in Vietnam time', () => {
    expect(formatVietnamDateTime(new Date('2026-11-30T10:00:00Z'))).toBe('30/11/2026 17:00');
    expect(formatVietnamDateTime(new Date('2026-12-04T17:30:00Z'))).toBe('05/12/2026 00:30');
  });
});

describe('Vietnamese dates in exports', () => {
  it('writes date first, four-digit year, 24-hour time in Vietnam', () => {
    expect(formatVietnamDateTime(new Date('2026-12-04T17:30:00Z'))).toBe('05/12/2026 00:30');
    expect(formatIsoDate('1990-04-15')).toBe('15/04/1990');
    expect(vietnamWallClock(new Date('2026-11-30T10:00:00Z')).toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });
});
