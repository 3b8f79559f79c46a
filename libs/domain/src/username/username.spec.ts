import { formatRuleError } from '../i18n/messages';
import { validateUsername } from './username';

describe('validateUsername', () => {
  it('accepts unaccented letters, digits, dot, underscore and hyphen, stored lowercase', () => {
    expect(validateUsername(' Hoa.NT_2-b ')).toEqual({ ok: true, value: 'hoa.nt_2-b', errors: [] });
  });

  it.each(['hoà.nt', 'hoa nt', 'ab', 'a'.repeat(65), 'hoa@nt'])(
    'refuses %p with the one message the API and the form show',
    (typed) => {
      const result = validateUsername(typed);
      expect(result.errors).toEqual([{ code: 'USERNAME_FORMAT', params: { min: 3, max: 64 } }]);
      expect(formatRuleError(result.errors[0])).toBe(
        'Tên đăng nhập gồm 3–64 ký tự: chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang.',
      );
    },
  );

  it('a missing username is REQUIRED', () => {
    expect(validateUsername('  ').errors).toEqual([{ code: 'REQUIRED' }]);
  });
});
