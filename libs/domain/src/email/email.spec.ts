import fc from 'fast-check';
import { validateEmail } from './email';

describe('validateEmail', () => {
  it('accepts an address and lower-cases only the domain', () => {
    expect(validateEmail('  Nguyen.Van.An@LaoCai.GOV.vn ')).toEqual({
      ok: true,
      value: 'Nguyen.Van.An@laocai.gov.vn',
      errors: [],
    });
  });

  it.each([
    "o'brien@example.com",
    'a+tag@example.com',
    'first.last@sub-domain.example.vn',
    "!#$%&'*+/=?^_`{|}~-@example.io",
  ])('accepts the RFC 5322 dot-atom local part in %p', (input) => {
    expect(validateEmail(input).ok).toBe(true);
  });

  it('a missing address is REQUIRED', () => {
    expect(validateEmail('').errors).toEqual([{ code: 'REQUIRED' }]);
  });

  it.each([
    ['no @', 'nguyenvanan.example.com'],
    ['two @', 'an@b@example.com'],
    ['no TLD', 'an@localhost'],
    ['one-letter TLD', 'an@example.c'],
    ['numeric TLD', 'an@example.123'],
    ['a space', 'nguyen van@example.com'],
    ['a leading dot', '.an@example.com'],
    ['two dots in a row', 'an..nguyen@example.com'],
    ['a quoted local part', '"an nguyen"@example.com'],
    ['a display name', 'An <an@example.com>'],
    ['an IP domain', 'an@[192.168.1.1]'],
    ['an underscore in the domain', 'an@my_host.example.com'],
    ['a label starting with a hyphen', 'an@-example.com'],
    ['an internationalised domain', 'an@bộ.vn'],
    ['a non-Vietnamese non-ASCII local part', '用户@example.com'],
    ['an empty local part', '@example.com'],
  ])('refuses %s as EMAIL_FORMAT', (_label, input) => {
    expect(validateEmail(input).errors).toEqual([{ code: 'EMAIL_FORMAT' }]);
  });

  it('refuses a local part over 64 characters', () => {
    expect(validateEmail(`${'a'.repeat(65)}@example.com`).errors).toEqual([{ code: 'EMAIL_FORMAT' }]);
    expect(validateEmail(`${'a'.repeat(64)}@example.com`).ok).toBe(true);
  });

  it('refuses a non-string as EMAIL_FORMAT instead of throwing', () => {
    expect(validateEmail(['an@example.com']).errors).toEqual([{ code: 'EMAIL_FORMAT' }]);
  });

  it('a local part with Vietnamese diacritics gets its own message', () => {
    expect(validateEmail('nguyễn.văn.an@example.com').errors).toEqual([{ code: 'EMAIL_DIACRITICS' }]);
    expect(validateEmail('đức@example.com'.normalize('NFD')).errors).toEqual([{ code: 'EMAIL_DIACRITICS' }]);
  });

  it('says when an address with diacritics would still be invalid without them', () => {
    expect(validateEmail('nguyễn văn an@example.com').errors).toEqual([
      { code: 'EMAIL_DIACRITICS' },
      { code: 'EMAIL_FORMAT' },
    ]);
  });

  it('normalisation is idempotent', () => {
    const atom = fc.stringMatching(/^[A-Za-z0-9+_-]{1,10}$/);
    const label = fc.stringMatching(/^[A-Za-z0-9]{1,10}$/);
    const address = fc
      .tuple(
        fc.array(atom, { minLength: 1, maxLength: 3 }),
        fc.array(label, { minLength: 1, maxLength: 3 }),
        fc.stringMatching(/^[A-Za-z]{2,6}$/),
      )
      .map(([atoms, labels, tld]) => `${atoms.join('.')}@${labels.join('.')}.${tld}`);
    fc.assert(fc.property(address, (input) => expect(validateEmail(input).ok).toBe(true)));
    fc.assert(
      fc.property(fc.oneof(address, fc.string()), fc.constantFrom('', ' ', '\t'), (input, pad) => {
        const once = validateEmail(pad + input + pad);
        if (!once.ok) return;
        expect(validateEmail(once.value)).toEqual(once);
      }),
    );
  });
});
