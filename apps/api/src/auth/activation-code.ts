import { randomInt } from 'node:crypto';
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
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const code = `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  return { code, hash: hashActivationCode(code), expiresAt: new Date(now + ACTIVATION_DAYS * 86_400_000) };
}

/** Case, spaces and dashes do not matter when the officer types the code. */
export const hashActivationCode = (typed: string) => sha256(typed.replace(/[\s-]/g, '').toUpperCase());
