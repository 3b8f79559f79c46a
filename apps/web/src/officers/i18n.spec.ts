import { describe, expect, it } from 'vitest';
import { vi as viCatalog } from '../i18n/vi';
import { adminMessagesEn, adminMessagesVi } from './i18n';

const keyPaths = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

const valueAt = (messages: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages);

describe('the officers, units and import texts', () => {
  it('has an English text for every Vietnamese key', () => {
    expect(keyPaths(adminMessagesEn).sort()).toEqual(keyPaths(adminMessagesVi).sort());
  });

  it('keeps every units text the console already had', () => {
    const existing = (viCatalog.resources ?? {}) as object;
    const paths = keyPaths(existing).filter((p) => p.startsWith('units.'));
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(valueAt(adminMessagesVi.resources, path), path).toBe(valueAt(existing, path));
    }
  });

  it('writes Vietnamese in composed (NFC) form', () => {
    for (const path of keyPaths(adminMessagesVi)) {
      const text = String(valueAt(adminMessagesVi, path));
      expect(text, path).toBe(text.normalize('NFC'));
    }
  });
});
