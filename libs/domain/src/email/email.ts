import isEmail from 'validator/lib/isEmail';
import { fail, okUnlessErrors, ruleError, type Result, type RuleError } from '../core/result';
import { readRequiredText } from '../core/text-input';
import { removeDiacritics } from '../text/fold-vietnamese';

/**
 * Policy (see the shared data README): ASCII only. The local part is RFC 5322 dot-atom (`atext` runs
 * joined by single dots, no quoted strings); the domain is letter-digit-hyphen labels ending in a TLD
 * of 2+ letters. validator.js would accept "nguyễn.văn.an@…" and IDN domains by default, so it runs
 * with allow_utf8_local_part: false and is backed by these two patterns.
 */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LDH_DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
/** Any code unit above U+007F (astral characters are surrogate pairs, also in this range). */
const NON_ASCII = /[\u0080-\uffff]/;

function isAcceptedAddress(local: string, domain: string): boolean {
  return (
    DOT_ATOM.test(local) &&
    LDH_DOMAIN.test(domain) &&
    isEmail(`${local}@${domain}`, { allow_utf8_local_part: false, require_tld: true, allow_display_name: false })
  );
}

/** A local part whose only non-ASCII characters are Vietnamese letters with diacritics (ễ, ư, đ…). */
function hasVietnameseDiacritics(local: string): boolean {
  return NON_ASCII.test(local) && !NON_ASCII.test(removeDiacritics(local.normalize('NFC')));
}

/** Validates an email address, returning it with the domain lower-cased (the local part is kept as typed). */
export function validateEmail(input: unknown): Result<string> {
  const text = readRequiredText(input, 'EMAIL_FORMAT');
  if (!text.ok) return text;
  const at = text.value.lastIndexOf('@');
  if (at < 0) return fail(ruleError('EMAIL_FORMAT'));
  const local = text.value.slice(0, at);
  const domain = text.value.slice(at + 1).toLowerCase();

  const errors: RuleError[] = [];
  const diacritics = hasVietnameseDiacritics(local);
  if (diacritics) errors.push(ruleError('EMAIL_DIACRITICS'));
  // With diacritics, also say whether the address would be valid once typed without them.
  if (!isAcceptedAddress(diacritics ? removeDiacritics(local.normalize('NFC')) : local, domain)) {
    errors.push(ruleError('EMAIL_FORMAT'));
  }
  return okUnlessErrors(`${local}@${domain}`, errors);
}
