import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_STATUS_LABELS,
  ACCOUNT_STATUSES,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  COMPLIANCE_STATUS_LABELS,
  COMPLIANCE_STATUSES,
  UNIT_KIND_LABELS,
  UNIT_KINDS,
} from '@motcua/contracts';
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

/** The SPA's catalogues name the contract's enums with the contract's own labels (libs/contracts words them once). */
const ENUM_PLACES = [
  ['admin.officers.statuses', ACCOUNT_STATUSES, ACCOUNT_STATUS_LABELS],
  ['resources.units.kinds', UNIT_KINDS, UNIT_KIND_LABELS],
  ['resources.campaigns.statuses', CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS],
] as const;

describe('one wording per account status, unit kind and campaign status', () => {
  it.each([
    ['vi', vi],
    ['en', en],
  ] as const)('says what the contract says (%s)', (locale, catalogue) => {
    for (const [place, values, labels] of ENUM_PLACES)
      for (const value of values)
        expect(at(catalogue, `${place}.${value}`), `${place}.${value}`).toBe(
          (labels[locale] as Record<string, string>)[value],
        );
  });
});
