import {
  dayMonth,
  daysLeft,
  formatIsoDate,
  formatVietnamDateTime,
  fromVietnamInput,
  todayInVietnam,
  toVietnamInput,
  vietnamClock,
  vietnamTimeToUtc,
  vietnamWallClock,
} from './vietnam-time';

describe('todayInVietnam', () => {
  it('is already the next day in Việt Nam from 17:00 UTC', () => {
    expect(todayInVietnam(new Date('2026-11-23T16:59:59Z'))).toBe('2026-11-23');
    expect(todayInVietnam(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
  });

  it('agrees with the Asia/Ho_Chi_Minh time zone', () => {
    const now = new Date('2026-12-31T20:30:00Z');
    const viaIntl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
    expect(todayInVietnam(now)).toBe(viaIntl);
  });

  it('defaults to the current time', () => {
    expect(todayInVietnam()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

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
});

describe('moments on the Vietnamese clock', () => {
  it('writes an instant date first, across midnight and the year end', () => {
    expect(formatVietnamDateTime('2026-12-04T17:30:00.000Z')).toBe('05/12/2026 00:30');
    expect(formatVietnamDateTime(new Date('2026-12-31T17:05:00Z'))).toBe('01/01/2027 00:05');
    expect(formatVietnamDateTime(new Date('2026-11-30T10:00:00Z'))).toBe('30/11/2026 17:00');
    expect(formatVietnamDateTime('2026-11-23T07:35:00.000Z')).toBe('23/11/2026 14:35');
    expect(vietnamClock(Date.parse('2026-11-23T17:05:00Z'))).toEqual({ date: '24/11/2026', time: '00:05' });
  });

  it('leaves something that is not a date as it is', () => {
    expect(formatVietnamDateTime('không phải ngày')).toBe('không phải ngày');
    expect(vietnamClock('không phải ngày')).toBeUndefined();
  });

  it('gives a spreadsheet the wall clock as UTC fields', () => {
    expect(vietnamWallClock(new Date('2026-11-30T10:00:00Z')).toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });
});

describe('calendar dates', () => {
  it('writes an ISO date as dd/MM/yyyy, and nothing for a missing one', () => {
    expect(formatIsoDate('1990-04-15')).toBe('15/04/1990');
    expect(formatIsoDate(null)).toBe('');
    expect(formatIsoDate('15/04/1990')).toBe('15/04/1990');
    expect(dayMonth('2026-12-10')).toBe('10/12');
  });
});

describe('datetime inputs on a Vietnamese clock', () => {
  it('reads 17:00 in Việt Nam as 10:00 UTC', () => {
    expect(fromVietnamInput('2026-12-10T17:00')).toBe('2026-12-10T10:00:00.000Z');
    expect(fromVietnamInput('2026-11-01T05:30')).toBe('2026-10-31T22:30:00.000Z');
  });

  it('shows a stored instant back as the Vietnamese wall clock', () => {
    expect(toVietnamInput('2026-12-10T10:00:00.000Z')).toBe('2026-12-10T17:00');
    expect(toVietnamInput('2026-12-31T16:59:00.000Z')).toBe('2026-12-31T23:59');
  });

  it('refuses what is not a time', () => {
    expect(fromVietnamInput('')).toBeNull();
    expect(fromVietnamInput('2026-02-30T08:00')).toBeNull();
    expect(toVietnamInput('khong-phai-ngay')).toBe('');
  });
});
