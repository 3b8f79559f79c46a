import { describe, expect, it } from 'vitest';
import { formatDateTime, formatTimeDate } from './vietnamTime';

describe('moments on the Vietnamese clock', () => {
  it('shows an instant in Việt Nam time whatever the browser’s zone', () => {
    expect(formatDateTime('2026-11-23T17:05:00.000Z')).toBe('24/11/2026 00:05');
    expect(formatTimeDate('2026-11-23T07:35:00.000Z')).toBe('14:35 23/11/2026');
  });

  it('leaves something that is not a date as it is', () => {
    expect(formatDateTime('không phải ngày')).toBe('không phải ngày');
  });
});
