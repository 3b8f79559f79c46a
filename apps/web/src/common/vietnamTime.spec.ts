import { describe, expect, it } from 'vitest';
import { formatDateTime } from './vietnamTime';

describe('moments on the Vietnamese clock', () => {
  it('shows an instant in Việt Nam time whatever the browser’s zone', () => {
    expect(formatDateTime('2026-11-23T17:05:00.000Z')).toBe('24/11/2026 00:05');
    expect(formatDateTime('2026-11-23T07:35:00.000Z')).toBe('23/11/2026 14:35');
    expect(formatDateTime('2026-12-31T17:00:00.000Z')).toBe('01/01/2027 00:00');
  });

  it('leaves something that is not a date as it is', () => {
    expect(formatDateTime('không phải ngày')).toBe('không phải ngày');
  });
});
