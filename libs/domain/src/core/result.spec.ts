import { fail, ok, okUnlessErrors, ruleError } from './result';

describe('Result helpers', () => {
  it('a success carries the value and an empty error list', () => {
    expect(ok('x')).toEqual({ ok: true, value: 'x', errors: [] });
  });

  it('a failure carries every error and no value', () => {
    const result = fail(ruleError('REQUIRED'), ruleError('NAME_LENGTH', { min: 2, max: 100 }));
    expect(result).toEqual({
      ok: false,
      errors: [{ code: 'REQUIRED' }, { code: 'NAME_LENGTH', params: { min: 2, max: 100 } }],
    });
    expect(result.value).toBeUndefined();
  });

  it('an empty error list means success, a non-empty one means failure', () => {
    expect(okUnlessErrors(1, [])).toEqual({ ok: true, value: 1, errors: [] });
    expect(okUnlessErrors(1, [ruleError('REQUIRED')])).toEqual({ ok: false, errors: [{ code: 'REQUIRED' }] });
  });

  it('a rule error without params has no params key', () => {
    expect(Object.keys(ruleError('REQUIRED'))).toEqual(['code']);
  });
});
