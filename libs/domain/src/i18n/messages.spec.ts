import { ERROR_CODES } from '../core/error-codes';
import { LOCALES } from '../core/locale';
import { formatRuleError, MESSAGES } from './messages';

describe('MESSAGES', () => {
  it.each(LOCALES)('has a %s message for every error code and nothing else', (locale) => {
    expect(Object.keys(MESSAGES[locale]).sort()).toEqual([...ERROR_CODES].sort());
  });

  it('Vietnamese messages are NFC-composed and differ from the English ones', () => {
    for (const code of ERROR_CODES) {
      const vi = MESSAGES['vi'][code] as string;
      expect(vi).toBe(vi.normalize('NFC'));
      expect(vi).not.toBe(MESSAGES['en'][code]);
    }
  });

  it('every message names each placeholder the same way in both locales', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const code of ERROR_CODES) {
      expect(placeholders(MESSAGES['vi'][code] as string)).toEqual(placeholders(MESSAGES['en'][code] as string));
    }
  });
});

describe('formatRuleError', () => {
  it('defaults to Vietnamese', () => {
    expect(formatRuleError({ code: 'CCCD_FORMAT' })).toBe('Số CCCD phải gồm đúng 12 chữ số.');
  });

  it('interpolates params into the message', () => {
    expect(formatRuleError({ code: 'PHONE_OLD_11_DIGIT', params: { suggestion: '0382345678' } })).toBe(
      'Số điện thoại 11 số đã chuyển sang 10 số, vui lòng nhập 0382345678.',
    );
    expect(formatRuleError({ code: 'NAME_LENGTH', params: { min: 2, max: 100 } }, 'en')).toBe(
      'The full name must be between 2 and 100 characters long.',
    );
  });

  it('leaves a placeholder whose param is missing untouched', () => {
    expect(formatRuleError({ code: 'PASSWORD_MIN_LENGTH' }, 'en')).toBe(
      'The password must be at least {min} characters long.',
    );
  });

  it('an unknown code falls back to the code itself', () => {
    expect(formatRuleError({ code: 'SOMETHING_ELSE' })).toBe('SOMETHING_ELSE');
    expect(formatRuleError({ code: 'SOMETHING_ELSE' }, 'en')).toBe('SOMETHING_ELSE');
  });

  it('does not treat inherited object keys as messages or params', () => {
    expect(formatRuleError({ code: 'toString' })).toBe('toString');
  });
});
