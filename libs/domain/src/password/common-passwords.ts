import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The common-password list is zxcvbn's "passwords-common" (about 49,000 passwords ranked by how often
 * they appear in public breach corpora). Chosen because NIST SP 800-63B §5.1.1.2 asks verifiers to
 * refuse passwords found in breach and commonly-used lists, because this list is exactly that, already
 * a dependency, maintained, and shipped with `sideEffects: false`, and because a frequency-ranked list
 * catches what composition rules miss ("Password@123" has every character class).
 *
 * This is the only module importing the dictionary, so forms that never check passwords do not bundle
 * it. The Set is built on first use, not at import time.
 */
let commonPasswords: ReadonlySet<string> | undefined;

function commonPasswordSet(): ReadonlySet<string> {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  return commonPasswords;
}

/** Decorations people append to a common word to satisfy composition rules: "password@123". */
const TRAILING_DIGITS_AND_SYMBOLS = /[^\p{L}]+$/u;
/** A stem shorter than this ("abc", "pass1" → "pass" is kept) is too short to call a common word. */
export const COMMON_STEM_MIN_LENGTH = 4;

/**
 * True if the password (case-insensitive) is on the list, or becomes a listed word of 4+ letters
 * once trailing digits and symbols are removed.
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const set = commonPasswordSet();
  if (set.has(lower)) return true;
  const stem = lower.replace(TRAILING_DIGITS_AND_SYMBOLS, '');
  return stem.length >= COMMON_STEM_MIN_LENGTH && set.has(stem);
}
