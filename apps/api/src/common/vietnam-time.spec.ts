import { daysLeft, formatVietnamDateTime, vietnamTimeToUtc } from './vietnam-time';

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

  it('writes an instant as dd/MM/yyyy HH:mm on a Vietnamese wall clock, date first', () => {
    expect(formatVietnamDateTime(new Date('2026-12-04T17:05:00Z'))).toBe('05/12/2026 00:05');
    expect(formatVietnamDateTime(new Date('2026-01-09T03:30:59Z'))).toBe('09/01/2026 10:30');
  });
});
