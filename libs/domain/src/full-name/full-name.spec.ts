import fc from 'fast-check';
import { capitalizeFullName, normalizeFullName, validateFullName } from './full-name';

const LENGTH_ERROR = { code: 'NAME_LENGTH', params: { min: 2, max: 100 } };

describe('validateFullName', () => {
  it('accepts a Vietnamese name with diacritics', () => {
    expect(validateFullName('Nguyễn Văn An')).toEqual({ ok: true, value: 'Nguyễn Văn An', errors: [] });
  });

  it('composes decomposed (NFD) input to NFC', () => {
    const value = validateFullName('Trần Thị Thuỷ'.normalize('NFD')).value;
    expect(value).toBe('Trần Thị Thuỷ'.normalize('NFC'));
    expect(value?.length).toBe(13);
  });

  it('collapses inner whitespace and trims', () => {
    expect(validateFullName('  Lê \t Thị\u00a0 Hoa ').value).toBe('Lê Thị Hoa');
  });

  it('allows apostrophes and hyphens, as in ethnic-minority and foreign names', () => {
    expect(validateFullName("H'Hen Niê").ok).toBe(true);
    expect(validateFullName('Y-Moan Êban').ok).toBe(true);
    expect(validateFullName('O’Brien Nguyễn').ok).toBe(true);
  });

  it('a missing name is REQUIRED', () => {
    expect(validateFullName(' ').errors).toEqual([{ code: 'REQUIRED' }]);
    expect(validateFullName(undefined).errors).toEqual([{ code: 'REQUIRED' }]);
  });

  it.each(['Nguyễn Văn An 2', 'Nguyễn.Văn.An', 'Lê_Hoa', 'Trần <b>', 'An\u200bNa', "'-"])(
    'refuses %p as NAME_CHARACTERS',
    (input) => {
      expect(validateFullName(input).errors).toEqual([{ code: 'NAME_CHARACTERS' }]);
    },
  );

  it('refuses a non-string as NAME_CHARACTERS instead of throwing', () => {
    expect(validateFullName(42).errors).toEqual([{ code: 'NAME_CHARACTERS' }]);
  });

  it('needs 2 to 100 characters, counting an NFC Vietnamese letter as one', () => {
    expect(validateFullName('A').errors).toEqual([LENGTH_ERROR]);
    expect(validateFullName('Ư'.normalize('NFD')).errors).toEqual([LENGTH_ERROR]);
    expect(validateFullName('Ơn').ok).toBe(true);
    expect(validateFullName('ễ'.repeat(100)).ok).toBe(true);
    expect(validateFullName('ễ'.repeat(101)).errors).toEqual([LENGTH_ERROR]);
  });

  it('reports both wrong characters and wrong length together', () => {
    expect(validateFullName('1').errors).toEqual([{ code: 'NAME_CHARACTERS' }, LENGTH_ERROR]);
  });

  it('normalisation is idempotent', () => {
    const nameLike = fc.array(
      fc.constantFrom(
        'a',
        'Đ',
        'ễ',
        'ư',
        'Ư'.normalize('NFD'),
        'ệ'.normalize('NFD'),
        ' ',
        '\t',
        '\u00a0',
        "'",
        '-',
        'x',
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          nameLike.map((parts) => parts.join('')),
          fc.string({ unit: 'grapheme' }),
        ),
        (input) => {
          expect(normalizeFullName(normalizeFullName(input))).toBe(normalizeFullName(input));
          const once = validateFullName(input);
          if (once.ok) expect(validateFullName(once.value)).toEqual(once);
        },
      ),
    );
  });
});

describe('capitalizeFullName', () => {
  it.each([
    ['đỗ thị lan', 'Đỗ Thị Lan'],
    ['ĐỖ THỊ LAN', 'Đỗ Thị Lan'],
    ['  nguyễn   văn  an ', 'Nguyễn Văn An'],
    ["h'hen niê", "H'Hen Niê"],
    ['y-moan êban', 'Y-Moan Êban'],
    ['Ưng Hoàng Phúc', 'Ưng Hoàng Phúc'],
  ])('writes %p as %p', (typed, written) => {
    expect(capitalizeFullName(typed)).toBe(written);
  });

  it('capitalises a decomposed (NFD) first letter as one letter', () => {
    expect(capitalizeFullName('ước mơ'.normalize('NFD'))).toBe('Ước Mơ');
  });
});
