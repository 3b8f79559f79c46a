import { parseIsoDate } from '../date/iso-date';
import { isGender, type Gender } from '../gender/gender';
import { fail, okUnlessErrors, ruleError, type Result, type RuleError } from '../core/result';
import { readRequiredText } from '../core/text-input';
import { CCCD_PROVINCE_CODES } from './cccd-province-codes';

/**
 * CCCD (căn cước công dân / số định danh cá nhân) structure, Nghị định 137/2015/NĐ-CP Điều 13 and
 * Thông tư 07/2016/TT-BCA Điều 7:
 *   digits 1–3  birth-registration province code (CCCD_PROVINCE_CODES)
 *   digit 4     century and gender: 0/1 male/female 1900–1999, 2/3 2000–2099, … 8/9 2300–2399
 *   digits 5–6  last two digits of the birth year
 *   digits 7–12 random serial. There is no check digit.
 */
export interface DecodedCitizenId {
  provinceCode: string;
  gender: Gender;
  birthYear: number;
  serial: string;
}

export interface CitizenIdContext {
  birthDate?: string;
  gender?: Gender;
}

const FIRST_CENTURY = 19; // digit 4 = 0 or 1 means the 1900s
const LAST_CENTURY = 23; // digit 4 = 8 or 9 means the 2300s
const CCCD_DIGITS = /^[0-9]{12}$/;
const CMND_DIGITS = /^[0-9]{9}$/;
const SERIAL_DIGITS = /^[0-9]{6}$/;

export function isCccdProvinceCode(code: string): boolean {
  return Object.hasOwn(CCCD_PROVINCE_CODES, code);
}

function centuryOf(year: number): number {
  return Math.floor(year / 100);
}

/** Reads the fields of a 12-digit CCCD; undefined unless the text is exactly 12 ASCII digits. */
export function decodeCitizenId(id: string): DecodedCitizenId | undefined {
  if (!CCCD_DIGITS.test(id)) return undefined;
  const centuryGender = Number(id[3]);
  return {
    provinceCode: id.slice(0, 3),
    gender: centuryGender % 2 === 0 ? 'male' : 'female',
    birthYear: (FIRST_CENTURY + Math.floor(centuryGender / 2)) * 100 + Number(id.slice(4, 6)),
    serial: id.slice(6),
  };
}

/** Composes a CCCD (for seed data and tests). Throws RangeError on arguments no CCCD can encode. */
export function buildCitizenId(provinceCode: string, gender: Gender, birthYear: number, serial: string): string {
  if (!isCccdProvinceCode(provinceCode)) throw new RangeError(`Unknown CCCD province code "${provinceCode}"`);
  if (!Number.isInteger(birthYear) || centuryOf(birthYear) < FIRST_CENTURY || centuryOf(birthYear) > LAST_CENTURY) {
    throw new RangeError(`A CCCD encodes birth years 1900–2399 only, got ${birthYear}`);
  }
  if (!SERIAL_DIGITS.test(serial)) throw new RangeError(`The CCCD serial must be 6 digits, got "${serial}"`);
  const centuryGender = (centuryOf(birthYear) - FIRST_CENTURY) * 2 + (gender === 'female' ? 1 : 0);
  const yearDigits = String(birthYear % 100).padStart(2, '0');
  return `${provinceCode}${centuryGender}${yearDigits}${serial}`;
}

/** The checks against what else the officer declared; each runs only when that fact is known. */
function contextErrors(decoded: DecodedCitizenId, ctx: CitizenIdContext): RuleError[] {
  const errors: RuleError[] = [];
  if (isGender(ctx.gender) && ctx.gender !== decoded.gender) errors.push(ruleError('CCCD_GENDER_MISMATCH'));
  const birth = typeof ctx.birthDate === 'string' ? parseIsoDate(ctx.birthDate.trim()) : undefined;
  if (birth !== undefined) {
    if (centuryOf(birth.year) !== centuryOf(decoded.birthYear)) errors.push(ruleError('CCCD_CENTURY_MISMATCH'));
    if (birth.year % 100 !== decoded.birthYear % 100) errors.push(ruleError('CCCD_YEAR_MISMATCH'));
  }
  return errors;
}

/**
 * Validates a CCCD number: spaces are removed, then it must be 12 ASCII digits with a known
 * province code, and must agree with the gender and birth date when those are given.
 * Returns every failing rule; the value is the 12 digits.
 */
export function validateCitizenId(input: unknown, ctx: CitizenIdContext = {}): Result<string> {
  const text = readRequiredText(input, 'CCCD_FORMAT');
  if (!text.ok) return text;
  const id = text.value.replace(/\s+/gu, '');
  if (CMND_DIGITS.test(id)) return fail(ruleError('CCCD_OLD_CMND'));
  const decoded = decodeCitizenId(id);
  if (decoded === undefined) return fail(ruleError('CCCD_FORMAT'));

  const errors: RuleError[] = [];
  if (!isCccdProvinceCode(decoded.provinceCode)) {
    errors.push(ruleError('CCCD_PROVINCE_UNKNOWN', { code: decoded.provinceCode }));
  }
  errors.push(...contextErrors(decoded, ctx));
  return okUnlessErrors(id, errors);
}
