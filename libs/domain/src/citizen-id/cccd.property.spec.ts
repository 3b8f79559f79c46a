import fc from 'fast-check';
import { daysInMonth } from '../date/iso-date';
import { GENDERS, type Gender } from '../gender/gender';
import { buildCitizenId, decodeCitizenId, validateCitizenId } from './cccd';
import { CCCD_PROVINCE_CODES } from './cccd-province-codes';

const provinceCode = fc.constantFrom(...Object.keys(CCCD_PROVINCE_CODES));
const gender = fc.constantFrom(...GENDERS);
const serial = fc.stringMatching(/^[0-9]{6}$/);
const birthDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2399 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) => ({ year, iso: isoDate(year, month, Math.min(day, daysInMonth(year, month))) }));

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function replaceDigit(id: string, position: number, digit: string): string {
  return id.slice(0, position) + digit + id.slice(position + 1);
}

/** What the rules must report for a corruption, derived from the digit layout, not from the code under test. */
function expectedErrorCodes(position: number, corrupted: string, original: { gender: Gender; year: number }): string[] {
  if (position < 3) return corrupted.slice(0, 3) in CCCD_PROVINCE_CODES ? [] : ['CCCD_PROVINCE_UNKNOWN'];
  if (position === 3) {
    const digit = Number(corrupted[3]);
    const codes: string[] = [];
    if ((digit % 2 === 1 ? 'female' : 'male') !== original.gender) codes.push('CCCD_GENDER_MISMATCH');
    if (19 + Math.floor(digit / 2) !== Math.floor(original.year / 100)) codes.push('CCCD_CENTURY_MISMATCH');
    return codes;
  }
  return ['CCCD_YEAR_MISMATCH'];
}

describe('CCCD properties', () => {
  it('every CCCD built from a valid province, gender and birth year (1900–2399) passes with matching context', () => {
    fc.assert(
      fc.property(provinceCode, gender, birthDate, serial, (code, g, birth, s) => {
        const id = buildCitizenId(code, g, birth.year, s);
        expect(validateCitizenId(id, { gender: g, birthDate: birth.iso })).toEqual({ ok: true, value: id, errors: [] });
        expect(decodeCitizenId(id)).toEqual({ provinceCode: code, gender: g, birthYear: birth.year, serial: s });
      }),
      { numRuns: 500 },
    );
  });

  it('every single-digit corruption of the first six digits is caught, or is the CCCD of a different valid (province, gender, year)', () => {
    fc.assert(
      fc.property(
        provinceCode,
        gender,
        birthDate,
        serial,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        (code, g, birth, s, position, shift) => {
          const id = buildCitizenId(code, g, birth.year, s);
          const corrupted = replaceDigit(id, position, String((Number(id[position]) + shift) % 10));
          const result = validateCitizenId(corrupted, { gender: g, birthDate: birth.iso });

          const expected = expectedErrorCodes(position, corrupted, { gender: g, year: birth.year });
          expect(result.errors.map((e) => e.code)).toEqual(expected);

          const decoded = decodeCitizenId(corrupted);
          expect(decoded).toBeDefined();
          if (decoded === undefined || !(decoded.provinceCode in CCCD_PROVINCE_CODES)) return;
          // Not caught by the province table: the corruption reads as another person's valid CCCD.
          expect([decoded.provinceCode, decoded.gender, decoded.birthYear]).not.toEqual([code, g, birth.year]);
          expect(buildCitizenId(decoded.provinceCode, decoded.gender, decoded.birthYear, decoded.serial)).toBe(
            corrupted,
          );
          expect(
            validateCitizenId(corrupted, { gender: decoded.gender, birthDate: `${decoded.birthYear}-01-01` }).ok,
          ).toBe(true);
          // ...and it passes the original context only if the province (which no context can check) changed.
          expect(result.ok).toBe(position < 3);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('every one of the 54 corruptions of a fixed CCCD behaves as described', () => {
    const id = buildCitizenId('001', 'male', 1990, '123456');
    for (let position = 0; position < 6; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        if (String(digit) === id[position]) continue;
        const corrupted = replaceDigit(id, position, String(digit));
        const result = validateCitizenId(corrupted, { gender: 'male', birthDate: '1990-06-15' });
        expect(result.errors.map((e) => e.code)).toEqual(
          expectedErrorCodes(position, corrupted, { gender: 'male', year: 1990 }),
        );
      }
    }
  });
});
