import { fail, okUnlessErrors, ruleError, type Result, type RuleError } from '../core/result';
import { validatePhone } from '../phone/phone';
import { isCommonPassword } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** A username fragment shorter than this is too short to forbid inside a password. */
const USERNAME_MIN_FRAGMENT = 3;
/** A 9-digit CMND or 12-digit CCCD; a national mobile number without its trunk 0 has 9 digits. */
const IDENTIFIER_MIN_DIGITS = 9;

export interface PasswordContext {
  username?: string;
  citizenId?: string;
  phone?: string;
}

export type PasswordRuleCode =
  | 'PASSWORD_MIN_LENGTH'
  | 'PASSWORD_MAX_LENGTH'
  | 'PASSWORD_LOWERCASE'
  | 'PASSWORD_UPPERCASE'
  | 'PASSWORD_DIGIT'
  | 'PASSWORD_SPECIAL'
  | 'PASSWORD_CONTAINS_USERNAME'
  | 'PASSWORD_CONTAINS_CITIZEN_ID'
  | 'PASSWORD_CONTAINS_PHONE'
  | 'PASSWORD_COMMON';

export interface PasswordRule {
  code: PasswordRuleCode;
  params?: Record<string, number>;
}

/** Every password rule in checklist display order; each entry can be passed to formatRuleError. */
export const PASSWORD_RULES: readonly PasswordRule[] = [
  { code: 'PASSWORD_MIN_LENGTH', params: { min: PASSWORD_MIN_LENGTH } },
  { code: 'PASSWORD_MAX_LENGTH', params: { max: PASSWORD_MAX_LENGTH } },
  { code: 'PASSWORD_LOWERCASE' },
  { code: 'PASSWORD_UPPERCASE' },
  { code: 'PASSWORD_DIGIT' },
  { code: 'PASSWORD_SPECIAL' },
  { code: 'PASSWORD_CONTAINS_USERNAME' },
  { code: 'PASSWORD_CONTAINS_CITIZEN_ID' },
  { code: 'PASSWORD_CONTAINS_PHONE' },
  { code: 'PASSWORD_COMMON' },
];

function digitsOf(text: string): string {
  return text.replace(/[^0-9]/g, '');
}

function containsUsername(password: string, username: string | undefined): boolean {
  if (typeof username !== 'string') return false;
  const lower = password.toLowerCase();
  // For an email-style username, its local part is forbidden too.
  const fragments = [username, username.split('@')[0] ?? ''].map((fragment) => fragment.trim().toLowerCase());
  return fragments.some((fragment) => fragment.length >= USERNAME_MIN_FRAGMENT && lower.includes(fragment));
}

function containsDigits(password: string, identifier: string): boolean {
  return identifier.length >= IDENTIFIER_MIN_DIGITS && digitsOf(password).includes(identifier);
}

/** The 9-digit national number, whichever way the phone was typed (0…, +84…, 84…). */
function nationalPhoneDigits(phone: string): string {
  const parsed = validatePhone(phone);
  return parsed.ok ? parsed.value.number.slice(1) : digitsOf(phone).replace(/^(?:84|0)/, '');
}

const FAILS: Record<PasswordRuleCode, (password: string, ctx: PasswordContext) => boolean> = {
  PASSWORD_MIN_LENGTH: (password) => [...password].length < PASSWORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH: (password) => [...password].length > PASSWORD_MAX_LENGTH,
  PASSWORD_LOWERCASE: (password) => !/\p{Ll}/u.test(password),
  PASSWORD_UPPERCASE: (password) => !/\p{Lu}/u.test(password),
  PASSWORD_DIGIT: (password) => !/[0-9]/.test(password),
  // Anything that is not a letter, a number or whitespace: @ # $ ! . - _ …
  PASSWORD_SPECIAL: (password) => !/[^\p{L}\p{N}\s]/u.test(password),
  PASSWORD_CONTAINS_USERNAME: (password, ctx) => containsUsername(password, ctx.username),
  PASSWORD_CONTAINS_CITIZEN_ID: (password, ctx) =>
    typeof ctx.citizenId === 'string' && containsDigits(password, digitsOf(ctx.citizenId)),
  PASSWORD_CONTAINS_PHONE: (password, ctx) =>
    typeof ctx.phone === 'string' && containsDigits(password, nationalPhoneDigits(ctx.phone)),
  PASSWORD_COMMON: (password) => isCommonPassword(password),
};

/**
 * Checks a new password against every rule and returns every rule it fails (for a live checklist),
 * in PASSWORD_RULES order. An empty or non-string password is also REQUIRED. The value is the
 * password unchanged: passwords are never trimmed or normalised.
 */
export function checkPassword(password: unknown, ctx: PasswordContext = {}): Result<string> {
  const provided = typeof password === 'string' && password !== '';
  const text = typeof password === 'string' ? password : '';
  const errors: RuleError[] = PASSWORD_RULES.filter((rule) => FAILS[rule.code](text, ctx)).map((rule) =>
    ruleError(rule.code, rule.params),
  );
  return provided ? okUnlessErrors(text, errors) : fail(ruleError('REQUIRED'), ...errors);
}
