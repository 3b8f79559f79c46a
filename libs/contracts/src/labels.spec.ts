import { COMPLIANCE_STATUSES, GENDERS, GENDER_LABELS, LOCALES, ROLES, ROLE_LABELS } from '@motcua/domain';
import {
  ACCOUNT_STATUSES,
  ACCOUNT_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  CAMPAIGN_STATUS_LABELS,
  COMPLIANCE_STATUS_LABELS,
  UNIT_KINDS,
  UNIT_KIND_LABELS,
} from './index';

const ENUMS: [string, readonly string[], Record<string, Record<string, string>>][] = [
  ['account status', ACCOUNT_STATUSES, ACCOUNT_STATUS_LABELS],
  ['campaign status', CAMPAIGN_STATUSES, CAMPAIGN_STATUS_LABELS],
  ['compliance status', COMPLIANCE_STATUSES, COMPLIANCE_STATUS_LABELS],
  ['unit kind', UNIT_KINDS, UNIT_KIND_LABELS],
  ['role', ROLES, ROLE_LABELS],
  ['gender', GENDERS, GENDER_LABELS],
];

describe.each(ENUMS)('the %s labels', (_name, values, labels) => {
  it('word every value in Vietnamese and English, and nothing else', () => {
    expect(Object.keys(labels).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      expect(Object.keys(labels[locale]).sort()).toEqual([...values].sort());
      for (const value of values) expect(labels[locale][value].trim()).not.toBe('');
    }
  });

  it('give each value its own words', () => {
    for (const locale of LOCALES) expect(new Set(Object.values(labels[locale])).size).toBe(values.length);
  });
});

describe('one wording per status', () => {
  it('says "Hoàn thành" for a record complete on time, nowhere "Đã hoàn thiện", "Hoàn thành đúng hạn" or "Đầy đủ"', () => {
    expect(COMPLIANCE_STATUS_LABELS.vi.complete).toBe('Hoàn thành');
    const words = ENUMS.flatMap(([, , labels]) => Object.values(labels.vi));
    for (const old of ['Đã hoàn thiện', 'Hoàn thành đúng hạn', 'Đầy đủ', 'Vô hiệu hóa'])
      expect(words).not.toContain(old);
  });
});
