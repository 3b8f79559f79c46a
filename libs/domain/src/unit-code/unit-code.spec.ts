import { formatRuleError } from '../i18n/messages';
import { UNIT_CODE_PATTERN, validateUnitCode } from './unit-code';

describe('validateUnitCode', () => {
  it.each(['T15-SYT', 'ROOT', 'a.b_c-1', 'X'.repeat(50)])('accepts %p', (code) => {
    expect(validateUnitCode(code)).toEqual({ ok: true, value: code, errors: [] });
    expect(UNIT_CODE_PATTERN.test(code)).toBe(true);
  });

  it.each(['Sở Y tế', 'T15 SYT', 'a/b', 'X'.repeat(51)])('refuses %p with the one message', (code) => {
    const { errors } = validateUnitCode(code);
    expect(errors).toEqual([{ code: 'UNIT_CODE_FORMAT', params: { max: 50 } }]);
    expect(formatRuleError(errors[0])).toBe(
      'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch dưới, gạch ngang (tối đa 50 ký tự).',
    );
  });

  it('asks for a code when there is none', () => {
    expect(validateUnitCode('  ').errors).toEqual([{ code: 'REQUIRED' }]);
  });
});
