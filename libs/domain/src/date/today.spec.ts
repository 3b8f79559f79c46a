import { todayInVietnam } from './today';

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
