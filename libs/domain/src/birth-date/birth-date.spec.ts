import { todayInVietnam } from '../date/vietnam-time';
import { validateBirthDate } from './birth-date';

const today = '2026-11-23';

describe('validateBirthDate', () => {
  it('accepts a real date of someone aged 18 to 75, returning it trimmed', () => {
    expect(validateBirthDate(' 1990-07-15 ', { today })).toEqual({ ok: true, value: '1990-07-15', errors: [] });
  });

  it('a missing date is REQUIRED', () => {
    expect(validateBirthDate('', { today }).errors).toEqual([{ code: 'REQUIRED' }]);
    expect(validateBirthDate(null, { today }).errors).toEqual([{ code: 'REQUIRED' }]);
  });

  it.each(['23/11/1990', '1990-11-31', '2023-02-29', 'yesterday', '19901123'])(
    'refuses %p as BIRTHDATE_FORMAT',
    (input) => {
      expect(validateBirthDate(input, { today }).errors).toEqual([{ code: 'BIRTHDATE_FORMAT' }]);
    },
  );

  it('refuses a non-string (e.g. a Date object or a number) as BIRTHDATE_FORMAT instead of throwing', () => {
    expect(validateBirthDate(new Date(), { today }).errors).toEqual([{ code: 'BIRTHDATE_FORMAT' }]);
    expect(validateBirthDate(19900715, { today }).errors).toEqual([{ code: 'BIRTHDATE_FORMAT' }]);
  });

  it('a 29 February in a leap year is a real date', () => {
    expect(validateBirthDate('2000-02-29', { today }).ok).toBe(true);
  });

  it('a date after today is in the future', () => {
    expect(validateBirthDate('2026-11-24', { today }).errors).toEqual([{ code: 'BIRTHDATE_FUTURE' }]);
  });

  it('someone born today is too young, not from the future', () => {
    expect(validateBirthDate(today, { today }).errors).toEqual([
      { code: 'BIRTHDATE_TOO_YOUNG', params: { min: 18, max: 75 } },
    ]);
  });

  it('turns 18 on the 18th birthday, not the day before', () => {
    expect(validateBirthDate('2008-11-24', { today }).errors).toEqual([
      { code: 'BIRTHDATE_TOO_YOUNG', params: { min: 18, max: 75 } },
    ]);
    expect(validateBirthDate('2008-11-23', { today }).ok).toBe(true);
  });

  it('is still 75 until the day before the 76th birthday', () => {
    expect(validateBirthDate('1950-11-24', { today }).ok).toBe(true);
    expect(validateBirthDate('1950-11-23', { today }).errors).toEqual([
      { code: 'BIRTHDATE_TOO_OLD', params: { min: 18, max: 75 } },
    ]);
  });

  it('takes the age limits from the options', () => {
    expect(validateBirthDate('2006-01-01', { today, minAge: 21, maxAge: 60 }).errors).toEqual([
      { code: 'BIRTHDATE_TOO_YOUNG', params: { min: 21, max: 60 } },
    ]);
    expect(validateBirthDate('1960-01-01', { today, minAge: 21, maxAge: 60 }).errors).toEqual([
      { code: 'BIRTHDATE_TOO_OLD', params: { min: 21, max: 60 } },
    ]);
  });

  it('defaults "today" to the current date in Việt Nam', () => {
    expect(validateBirthDate(todayInVietnam()).errors).toEqual([
      { code: 'BIRTHDATE_TOO_YOUNG', params: { min: 18, max: 75 } },
    ]);
  });

  it('treats a malformed "today" option as a programming error', () => {
    expect(() => validateBirthDate('1990-01-01', { today: '23/11/2026' })).toThrow(RangeError);
  });
});
