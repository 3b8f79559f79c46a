import fc from 'fast-check';
import { carrierForPrefix, validatePhone } from './phone';
import { MOBILE_PREFIXES, PHONE_CONVERSION_2018 } from './vn-mobile-prefixes';

describe('validatePhone', () => {
  it.each([
    '0912345678',
    '0912 345 678',
    '0912.345.678',
    '0912-345-678',
    '+84912345678',
    '+84 912 345 678',
    '84912345678',
    '(+84) 912345678',
    '(+84) 912 345 678',
    '  0912 345 678  ',
  ])('accepts %p and normalises it to 0912345678 (VinaPhone)', (input) => {
    expect(validatePhone(input)).toEqual({
      ok: true,
      value: { number: '0912345678', carrier: 'VinaPhone' },
      errors: [],
    });
  });

  it.each([
    ['0382345678', 'Viettel'],
    ['0901234567', 'MobiFone'],
    ['0522345678', 'Vietnamobile'],
    ['0592345678', 'Gmobile'],
    ['0872345678', 'Itelecom'],
    ['0552345678', 'Reddi'],
  ])('names the carrier of %s: %s', (number, carrier) => {
    expect(validatePhone(number).value).toEqual({ number, carrier });
  });

  it('a missing number is REQUIRED', () => {
    expect(validatePhone('').errors).toEqual([{ code: 'REQUIRED' }]);
    expect(validatePhone(null).errors).toEqual([{ code: 'REQUIRED' }]);
  });

  it.each([
    ['letters', '0912abc678'],
    ['too short', '091234567'],
    ['too long', '09123456789'],
    ['a slash as separator', '0912/345/678'],
    ['parentheses around the area part', '(0912) 345 678'],
    ['no trunk 0 and no country code', '912345678'],
    ['another country code', '+1 912 345 678'],
    ['+84 followed by the trunk 0', '+84 0912 345 678'],
    ['a plus sign in the middle', '0912+345678'],
  ])('refuses %s as PHONE_FORMAT', (_label, input) => {
    expect(validatePhone(input).errors).toEqual([{ code: 'PHONE_FORMAT' }]);
  });

  it('refuses a non-string as PHONE_FORMAT instead of throwing', () => {
    expect(validatePhone(912345678).errors).toEqual([{ code: 'PHONE_FORMAT' }]);
  });

  it.each(['024 3825 1234', '028 3829 1234', '+84 24 3825 1234', '0243825123'])('refuses the landline %p', (input) => {
    expect(validatePhone(input).errors).toEqual([{ code: 'PHONE_LANDLINE' }]);
  });

  it.each(['010', '030', '031', '050', '051', '095', '080', '011'])(
    'refuses a 10-digit number with the unassigned prefix %s',
    (prefix) => {
      expect(validatePhone(`${prefix}1234567`).errors).toEqual([{ code: 'PHONE_PREFIX_UNKNOWN', params: { prefix } }]);
    },
  );

  it('an 11-digit 01xx number is refused with its converted 10-digit number: 01682345678 → 0382345678', () => {
    expect(validatePhone('01682345678').errors).toEqual([
      { code: 'PHONE_OLD_11_DIGIT', params: { suggestion: '0382345678' } },
    ]);
    expect(validatePhone('+84 168 234 5678').errors).toEqual([
      { code: 'PHONE_OLD_11_DIGIT', params: { suggestion: '0382345678' } },
    ]);
  });

  it('suggests an assigned number for every converted prefix', () => {
    for (const [oldPrefix, newPrefix] of Object.entries(PHONE_CONVERSION_2018)) {
      const result = validatePhone(`${oldPrefix}2345678`);
      expect(result.errors).toEqual([{ code: 'PHONE_OLD_11_DIGIT', params: { suggestion: `${newPrefix}2345678` } }]);
      expect(validatePhone(`${newPrefix}2345678`).ok).toBe(true);
    }
  });

  it('an 11-digit 01xx number that was never converted is just the wrong length', () => {
    expect(validatePhone('01602345678').errors).toEqual([{ code: 'PHONE_FORMAT' }]);
  });

  const nationalNumber = fc.tuple(fc.constantFrom(...MOBILE_PREFIXES), fc.stringMatching(/^[0-9]{7}$/));
  const typedForm = fc.constantFrom(
    (p: string, r: string) => `${p}${r}`,
    (p: string, r: string) => `${p}${r.slice(0, 1)} ${r.slice(1, 4)} ${r.slice(4)}`,
    (p: string, r: string) => `${p}.${r.slice(0, 3)}.${r.slice(3)}`,
    (p: string, r: string) => `${p}-${r.slice(0, 3)}-${r.slice(3)}`,
    (p: string, r: string) => `+84 ${p.slice(1)} ${r}`,
    (p: string, r: string) => `84${p.slice(1)}${r}`,
    (p: string, r: string) => `(+84) ${p.slice(1)}${r}`,
  );

  it('accepts every assigned prefix in every typed form, normalising to the same 10 digits', () => {
    fc.assert(
      fc.property(nationalNumber, typedForm, ([prefix, rest], format) => {
        const result = validatePhone(format(prefix, rest));
        expect(result.value).toEqual({ number: `${prefix}${rest}`, carrier: carrierForPrefix(prefix) });
      }),
    );
  });

  it('normalisation is idempotent', () => {
    const anyInput = fc.oneof(
      fc.tuple(nationalNumber, typedForm).map(([[p, r], format]) => format(p, r)),
      fc.stringMatching(/^[+0-9 .()-]{0,16}$/),
    );
    fc.assert(
      fc.property(anyInput, (input) => {
        const once = validatePhone(input);
        if (!once.ok) return;
        expect(validatePhone(once.value.number)).toEqual(once);
      }),
    );
  });
});

describe('carrierForPrefix', () => {
  it('is undefined for an unassigned prefix', () => {
    expect(carrierForPrefix('095')).toBeUndefined();
    expect(carrierForPrefix('098')).toBe('Viettel');
  });
});
