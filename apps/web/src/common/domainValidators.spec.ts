import { describe, expect, it } from 'vitest';
import { formatRuleError, validateCitizenId, validatePhone } from '@motcua/domain';
import { domainValidator } from './domainValidators';

describe('form validators built from libs/domain', () => {
  const phone = domainValidator(validatePhone);
  const citizenId = domainValidator(validateCitizenId, (values) => ({
    birthDate: values.birthDate as string | undefined,
    gender: values.gender as 'male' | 'female' | undefined,
  }));

  it('shows the server’s Vietnamese message for the same input', () => {
    expect(phone('01682345678', {}, {} as never)).toBe(formatRuleError(validatePhone('01682345678').errors[0], 'vi'));
    expect(phone('01682345678', {}, {} as never)).toContain('0382345678');
  });

  it('accepts a valid value and leaves blanks to required()', () => {
    expect(phone('0912 345 678', {}, {} as never)).toBeUndefined();
    expect(phone('', {}, {} as never)).toBeUndefined();
  });

  it('checks a CCCD against the birth date and gender typed in the same form', () => {
    expect(citizenId('001085012345', { birthDate: '1985-03-02', gender: 'male' }, {} as never)).toBeUndefined();
    const message = citizenId('001085012345', { birthDate: '1985-03-02', gender: 'female' }, {} as never);
    expect(message).toBe(
      validateCitizenId('001085012345', { birthDate: '1985-03-02', gender: 'female' })
        .errors.map((e) => formatRuleError(e, 'vi'))
        .join(' '),
    );
  });

  it('speaks English when the user switched language', () => {
    const english = domainValidator(validatePhone, undefined, () => 'en');
    expect(english('123', {}, {} as never)).toBe(formatRuleError(validatePhone('123').errors[0], 'en'));
  });
});
