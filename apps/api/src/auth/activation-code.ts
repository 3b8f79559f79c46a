import { randomBytes } from 'node:crypto';
import { sha256 } from './sessions.service';

// No 0/O, 1/I/L: the code is read from paper or a spreadsheet and typed by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ACTIVATION_DAYS = 7;

export interface ActivationCode {
  /** Shown once to whoever creates the account, never stored. */
  code: string;
  hash: string;
  expiresAt: Date;
}

/** A one-time activation code: 12 random characters (≈ 59 bits), stored only as its SHA-256. */
export function newActivationCode(now = Date.now()): ActivationCode {
  let chars = '';
  // One draw of random bytes per code (an import makes thousands); bytes past the last whole multiple of the
  // alphabet's size are skipped, so every character stays equally likely.
  const usable = 256 - (256 % ALPHABET.length);
  while (chars.length < 12) {
    for (const byte of randomBytes(16))
      if (byte < usable && chars.length < 12) chars += ALPHABET[byte % ALPHABET.length];
  }
  const code = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  return { code, hash: hashActivationCode(code), expiresAt: new Date(now + ACTIVATION_DAYS * 86_400_000) };
}

/** Case, spaces and dashes do not matter when the officer types the code. */
export const hashActivationCode = (typed: string) => sha256(typed.replace(/[\s-]/g, '').toUpperCase());
