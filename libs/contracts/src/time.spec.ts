import { daysLeft, formatVietnamDateTime, fromVietnamInput, todayInVietnam, toVietnamInput } from './index';

// jest.config.js runs this project on New York's clock (TZ=America/New_York): the answers must stay Vietnam's.
describe('Vietnam time whatever the process zone', () => {
  it('runs in a zone far from Việt Nam', () => {
    expect(new Date('2026-12-04T12:00:00Z').getTimezoneOffset()).toBe(300);
  });

  it('dates "today" on the Vietnamese calendar', () => {
    // 20:30 on 4 December in New York is already 5 December in Hà Nội.
    expect(todayInVietnam(new Date('2026-12-05T01:30:00Z'))).toBe('2026-12-05');
  });

  it('writes moments on the Vietnamese wall clock', () => {
    expect(formatVietnamDateTime('2026-12-04T17:30:00.000Z')).toBe('05/12/2026 00:30');
    expect(toVietnamInput('2026-12-10T10:00:00.000Z')).toBe('2026-12-10T17:00');
    expect(fromVietnamInput('2026-12-10T17:00')).toBe('2026-12-10T10:00:00.000Z');
  });

  it('counts days to a deadline on the Vietnamese calendar', () => {
    const deadline = new Date('2026-12-10T16:59:00Z'); // 23:59 on 10/12 in Việt Nam
    expect(daysLeft(deadline, new Date('2026-12-09T17:30:00Z'))).toBe(0);
  });
});
