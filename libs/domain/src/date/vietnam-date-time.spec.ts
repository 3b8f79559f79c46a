import { vietnamDateTimeText } from './vietnam-date-time';

describe('vietnamDateTimeText', () => {
  it('writes an instant date first on the Vietnamese clock, across midnight and the year end', () => {
    expect(vietnamDateTimeText('2026-12-04T17:30:00.000Z')).toBe('05/12/2026 00:30');
    expect(vietnamDateTimeText(new Date('2026-12-31T17:05:00Z'))).toBe('01/01/2027 00:05');
    expect(vietnamDateTimeText('not a date')).toBe('not a date');
  });
});
