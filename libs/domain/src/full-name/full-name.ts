import { okUnlessErrors, ruleError, type Result, type RuleError } from '../core/result';
import { readRequiredText } from '../core/text-input';
import { collapseWhitespace } from '../text/fold-vietnamese';

export const FULL_NAME_MIN_LENGTH = 2;
export const FULL_NAME_MAX_LENGTH = 100;

/** Letters (with any combining marks NFC leaves), spaces, apostrophes (' and ’) and hyphens. */
const NAME_CHARACTERS = /^[\p{L}\p{M} '\u2019-]+$/u;
const LETTER = /\p{L}/u;

/** NFC, whitespace runs collapsed to one space, trimmed. Idempotent. */
export function normalizeFullName(text: string): string {
  return collapseWhitespace(text.normalize('NFC'));
}

/**
 * The name written as Vietnamese names are ("đỗ thị lan", "ĐỖ THỊ LAN" → "Đỗ Thị Lan"): each part's first letter
 * capitalised, the rest lower case; a part begins after a space, hyphen or apostrophe ("h'hen niê" → "H'Hen Niê").
 */
export function capitalizeFullName(text: string): string {
  return normalizeFullName(text)
    .toLocaleLowerCase('vi')
    .replace(
      /(^|[ '\u2019-])(\p{L})/gu,
      (_match, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'),
    );
}

/** Validates an officer's full name ("Nguyễn Văn An"), returning it normalised. */
export function validateFullName(input: unknown): Result<string> {
  const text = readRequiredText(input, 'NAME_CHARACTERS');
  if (!text.ok) return text;
  const name = normalizeFullName(text.value);

  const errors: RuleError[] = [];
  if (!NAME_CHARACTERS.test(name) || !LETTER.test(name)) errors.push(ruleError('NAME_CHARACTERS'));
  // Length in code points, so an NFC Vietnamese letter such as "ễ" counts as one character.
  const length = [...name].length;
  if (length < FULL_NAME_MIN_LENGTH || length > FULL_NAME_MAX_LENGTH) {
    errors.push(ruleError('NAME_LENGTH', { min: FULL_NAME_MIN_LENGTH, max: FULL_NAME_MAX_LENGTH }));
  }
  return okUnlessErrors(name, errors);
}
