import fc from 'fast-check';
import { collapseWhitespace, foldVietnamese, removeDiacritics } from './fold-vietnamese';

describe('foldVietnamese', () => {
  it('folds a Vietnamese name to lower-case ASCII: "Nguyễn Văn Đức" → "nguyen van duc"', () => {
    expect(foldVietnamese('Nguyễn Văn Đức')).toBe('nguyen van duc');
  });

  it('maps every Vietnamese vowel with tone marks to its base letter', () => {
    expect(foldVietnamese('ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ ÌÍỈĨỊ')).toBe('aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii');
    expect(foldVietnamese('ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ đĐ')).toBe(
      'ooooo oooooo oooooo uuuuu uuuuuu yyyyy dd',
    );
  });

  it('gives the same key for composed (NFC) and decomposed (NFD) input', () => {
    const name = 'Trần Thị Thuỷ';
    expect(foldVietnamese(name.normalize('NFD'))).toBe(foldVietnamese(name.normalize('NFC')));
  });

  it('collapses whitespace and trims', () => {
    expect(foldVietnamese('  Lê \t  Thị\n\nHoa  ')).toBe('le thi hoa');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = foldVietnamese(text);
        expect(foldVietnamese(once)).toBe(once);
      }),
    );
  });

  it('leaves lower-case ASCII text with single spaces unchanged', () => {
    const word = fc.stringMatching(/^[a-z0-9.,@'-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
        const text = words.join(' ');
        expect(foldVietnamese(text)).toBe(text);
      }),
    );
  });
});

describe('removeDiacritics', () => {
  it('keeps case and spacing', () => {
    expect(removeDiacritics('Đặng  Thị Ánh')).toBe('Dang  Thi Anh');
  });
});

describe('collapseWhitespace', () => {
  it('turns runs of any whitespace, including no-break spaces, into one space', () => {
    expect(collapseWhitespace('\u00a0a \u2003 b\t')).toBe('a b');
  });
});
