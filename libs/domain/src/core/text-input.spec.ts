import { isBlank, readRequiredText } from './text-input';

describe('isBlank', () => {
  it.each([undefined, null, '', '   ', '\t\n'])('treats %p as not provided', (input) => {
    expect(isBlank(input)).toBe(true);
  });

  it.each(['a', ' a ', 0, false, {}])('treats %p as provided', (input) => {
    expect(isBlank(input)).toBe(false);
  });
});

describe('readRequiredText', () => {
  it('a blank value is REQUIRED', () => {
    expect(readRequiredText('  ', 'EMAIL_FORMAT').errors).toEqual([{ code: 'REQUIRED' }]);
    expect(readRequiredText(null, 'EMAIL_FORMAT').errors).toEqual([{ code: 'REQUIRED' }]);
  });

  it('a non-string value gets the caller’s format code instead of throwing', () => {
    expect(readRequiredText(42, 'EMAIL_FORMAT').errors).toEqual([{ code: 'EMAIL_FORMAT' }]);
    expect(readRequiredText({}, 'PHONE_FORMAT').errors).toEqual([{ code: 'PHONE_FORMAT' }]);
  });

  it('a string is returned trimmed', () => {
    expect(readRequiredText('  abc ', 'EMAIL_FORMAT')).toEqual({ ok: true, value: 'abc', errors: [] });
  });
});
