import { describe, expect, it } from 'vitest';
import { en } from './en';
import { vi } from './vi';
import { i18nProvider } from './i18nProvider';

const keyPaths = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('the console’s languages', () => {
  it('speaks Vietnamese by default', () => {
    expect(i18nProvider.getLocale()).toBe('vi');
    expect(i18nProvider.translate('ra.action.save')).toBe('Lưu');
    expect(i18nProvider.translate('resources.units.fields.name')).toBe('Tên đơn vị');
  });

  it('offers English as the second language', () => {
    expect(i18nProvider.getLocales?.()).toEqual([
      { locale: 'vi', name: 'Tiếng Việt' },
      { locale: 'en', name: 'English' },
    ]);
  });

  // react-admin's NotFound page writes `{translate('ra.message.not_found')}.`: a period of ours would print "..".
  it('ends the not-found message without a period in both languages, as react-admin adds its own', () => {
    for (const messages of [vi, en])
      expect((messages.ra as { message: { not_found: string } }).message.not_found).toMatch(/[^.…]$/);
  });

  it('has an English text for every Vietnamese key of the console', () => {
    const consoleKeys = (messages: object) => keyPaths(messages).filter((k) => !k.startsWith('ra.'));
    expect(consoleKeys(en).sort()).toEqual(consoleKeys(vi).sort());
  });

  it('writes Vietnamese in composed (NFC) form', () => {
    for (const path of keyPaths(vi)) {
      const text = String(path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], vi));
      expect(text, path).toBe(text.normalize('NFC'));
    }
  });
});
