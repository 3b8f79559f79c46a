import { fail, ok, ruleError, type Result } from '../core/result';
import { readRequiredText } from '../core/text-input';
import { LANDLINE_PREFIX, MOBILE_CARRIERS, PHONE_CONVERSION_2018 } from './vn-mobile-prefixes';

export interface MobilePhone {
  /** Canonical form: 0 followed by 9 digits. */
  number: string;
  carrier: string;
}

/** "(+84)" is the only place parentheses are allowed. */
const BRACKETED_COUNTRY_CODE = /^\(\+84\)/;
/** The only separators: whitespace, dots and hyphens. */
const SEPARATORS = /[\s.-]+/gu;
const INTERNATIONAL = /^\+?84([0-9]{9,10})$/;
const DOMESTIC = /^0[0-9]+$/;
const CANONICAL_LENGTH = 10;
const LEGACY_LENGTH = 11;

/** The carrier owning a 3-digit prefix, or undefined if the prefix is not an assigned mobile prefix. */
export function carrierForPrefix(prefix: string): string | undefined {
  return Object.keys(MOBILE_CARRIERS).find((carrier) => MOBILE_CARRIERS[carrier]?.includes(prefix));
}

/** Strips separators and the country code: the digits with a leading 0, or undefined if not a phone-number shape. */
function toDomesticDigits(text: string): string | undefined {
  const compact = text.replace(BRACKETED_COUNTRY_CODE, '+84').replace(SEPARATORS, '');
  const international = INTERNATIONAL.exec(compact);
  if (international !== null) return `0${international[1]}`;
  return DOMESTIC.test(compact) ? compact : undefined;
}

/**
 * Validates a Vietnamese mobile number typed as 0912 345 678, 0912.345.678, 0912-345-678,
 * +84 912 345 678, 84912345678 or (+84) 912345678, and returns it as 0XXXXXXXXX with its carrier.
 */
export function validatePhone(input: unknown): Result<MobilePhone> {
  const text = readRequiredText(input, 'PHONE_FORMAT');
  if (!text.ok) return text;
  const digits = toDomesticDigits(text.value);
  if (digits === undefined) return fail(ruleError('PHONE_FORMAT'));

  if (digits.startsWith(LANDLINE_PREFIX) && (digits.length === CANONICAL_LENGTH || digits.length === LEGACY_LENGTH)) {
    return fail(ruleError('PHONE_LANDLINE'));
  }
  const converted = digits.length === LEGACY_LENGTH ? PHONE_CONVERSION_2018[digits.slice(0, 4)] : undefined;
  if (converted !== undefined) {
    return fail(ruleError('PHONE_OLD_11_DIGIT', { suggestion: converted + digits.slice(4) }));
  }
  if (digits.length !== CANONICAL_LENGTH) return fail(ruleError('PHONE_FORMAT'));

  const prefix = digits.slice(0, 3);
  const carrier = carrierForPrefix(prefix);
  if (carrier === undefined) return fail(ruleError('PHONE_PREFIX_UNKNOWN', { prefix }));
  return ok({ number: digits, carrier });
}
