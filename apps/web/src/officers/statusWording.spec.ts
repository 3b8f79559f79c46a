import { describe, expect, it } from 'vitest';
import { COMPLIANCE_STATUS_LABELS, COMPLIANCE_STATUSES } from '@motcua/domain';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';

const at = (messages: object, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], messages);

/** Every place the SPA names an officer's completeness status: the list chip, the profile card, the dashboard. */
const PLACES = ['admin.officers.completeness', 'profile.completeness.status', 'compliance.statuses'];

describe('one wording per completeness status', () => {
  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)('names each status the way libs/domain does, everywhere (%s)', (locale, catalogue) => {
    for (const place of PLACES) {
      for (const status of COMPLIANCE_STATUSES)
        expect(at(catalogue, `${place}.${status}`), `${place}.${status}`).toBe(
          COMPLIANCE_STATUS_LABELS[locale][status],
        );
    }
  });
});
