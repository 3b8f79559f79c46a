import { describe, it, expect } from 'vitest';
import englishMessages from 'ra-language-english';
import raVietnamese from './ra-vi';

type Messages = { [key: string]: string | Messages };

/** Flattens a nested messages object into `{ 'ra.action.save': 'Save', ... }`. */
function flatten(messages: unknown, prefix = ''): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(messages as Messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      Object.assign(result, flatten(value, path));
    } else {
      result[path] = value;
    }
  }
  return result;
}

/** Sorted, de-duplicated list of `%{x}` placeholders found in a message. */
function placeholders(message: string): string[] {
  return [...new Set(message.match(/%\{[^}]+\}/g) ?? [])].sort();
}

const PLURAL_SEPARATOR = '||||';

/**
 * Leaves that may legitimately be identical to the English message:
 *  - ra.boolean.null: an EM SPACE (U+2003) rendered for "no value".
 *  - ra.page.list / edit / show: pure placeholder patterns, nothing to translate.
 *  - ra.auth.email: "Email" is the standard term in Vietnamese UIs.
 */
const IDENTICAL_ALLOWLIST = new Set<string>([
  'ra.boolean.null',
  'ra.page.list',
  'ra.page.edit',
  'ra.page.show',
  'ra.auth.email',
]);

/** Leaves that may be whitespace-only (but never the empty string). */
const WHITESPACE_ONLY_ALLOWLIST = new Set<string>(['ra.boolean.null']);

const en = flatten(englishMessages);
const vi = flatten(raVietnamese);
const enKeys = Object.keys(en).sort();
const viKeys = Object.keys(vi).sort();

describe('raVietnamese (react-admin UI messages)', () => {
  it('covers a non-trivial number of keys', () => {
    expect(enKeys.length).toBeGreaterThan(100);
  });

  it('has every key path that ra-language-english has', () => {
    const missing = enKeys.filter((key) => !(key in vi));
    expect(missing).toEqual([]);
  });

  it('has no key path that ra-language-english does not have', () => {
    const extra = viKeys.filter((key) => !(key in en));
    expect(extra).toEqual([]);
  });

  it('has the same nesting (no leaf where English has a group, or vice versa)', () => {
    expect(viKeys).toEqual(enKeys);
  });

  it('only contains string leaves', () => {
    const nonStrings = viKeys.filter((key) => typeof vi[key] !== 'string');
    expect(nonStrings).toEqual([]);
  });

  it('has no empty or blank messages', () => {
    const empty = viKeys.filter((key) => {
      const value = vi[key] as string;
      if (value.length === 0) return true;
      return value.trim().length === 0 && !WHITESPACE_ONLY_ALLOWLIST.has(key);
    });
    expect(empty).toEqual([]);
  });

  it('keeps every %{placeholder} of the English message', () => {
    const problems: string[] = [];
    for (const key of enKeys) {
      const expected = placeholders(en[key] as string);
      const actual = placeholders((vi[key] as string) ?? '');
      for (const p of expected) {
        if (!actual.includes(p)) problems.push(`${key}: missing ${p}`);
      }
      for (const p of actual) {
        if (!expected.includes(p)) problems.push(`${key}: unknown ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps the ||||-separated plural variants, each with its placeholders', () => {
    const problems: string[] = [];
    for (const key of enKeys) {
      const enVariants = (en[key] as string).split(PLURAL_SEPARATOR);
      const viVariants = ((vi[key] as string) ?? '').split(PLURAL_SEPARATOR);
      if (enVariants.length !== viVariants.length) {
        problems.push(`${key}: ${enVariants.length} variant(s) in English, ${viVariants.length} in Vietnamese`);
        continue;
      }
      enVariants.forEach((variant, i) => {
        const expected = placeholders(variant);
        const actual = placeholders(viVariants[i]);
        if (expected.join() !== actual.join()) {
          problems.push(`${key} [variant ${i}]: expected ${expected.join(' ')}, got ${actual.join(' ')}`);
        }
        if (viVariants[i].trim().length === 0 && !WHITESPACE_ONLY_ALLOWLIST.has(key)) {
          problems.push(`${key} [variant ${i}]: empty`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('translates every message (except the explicit allowlist)', () => {
    const untranslated = enKeys.filter((key) => vi[key] === en[key] && !IDENTICAL_ALLOWLIST.has(key));
    expect(untranslated).toEqual([]);
  });

  it('has an allowlist that only references existing keys', () => {
    for (const key of [...IDENTICAL_ALLOWLIST, ...WHITESPACE_ONLY_ALLOWLIST]) {
      expect(en).toHaveProperty([key]);
      expect(vi).toHaveProperty([key]);
    }
  });

  it('exports the same object as named and default export', async () => {
    const mod = await import('./ra-vi');
    expect(mod.raVietnamese).toBe(mod.default);
  });
});
