import {
  assessProfile,
  PROFILE_FIELDS,
  type FieldErrors,
  type ProfileField,
  type ProfileSnapshot,
  type RuleError,
} from '@motcua/domain';
import type { CampaignItem } from '@motcua/contracts';

export { CAMPAIGN_ITEMS } from '@motcua/contracts';

export interface ItemAssessment {
  missing: CampaignItem[];
  invalid: { field: ProfileField; errors: RuleError[] }[];
}

export type CampaignSnapshot = ProfileSnapshot & { confirmed: boolean; verified: boolean };

/**
 * A record against a campaign's required items: profile fields by libs/domain, plus confirmation and verification.
 * `invalid` may be passed in when the same record is assessed for several campaigns (the rule checks do not depend
 * on the items).
 */
export function assessCampaignItems(
  snapshot: CampaignSnapshot,
  items: readonly CampaignItem[],
  invalid?: FieldErrors[],
): ItemAssessment {
  const fields = items.filter((item): item is ProfileField => (PROFILE_FIELDS as readonly string[]).includes(item));
  const { missing, invalid: broken } = assessProfile(snapshot, fields, {}, invalid);
  const flags = items.filter(
    (item) => (item === 'confirmed' && !snapshot.confirmed) || (item === 'verified' && !snapshot.verified),
  );
  return { missing: [...missing, ...flags], invalid: broken };
}

/** Incomplete if anything required is missing or invalid. */
export const isComplete = (assessment: ItemAssessment) =>
  assessment.missing.length === 0 && assessment.invalid.length === 0;

/** The stored form: every item that keeps the record incomplete, between commas for LIKE counting. */
export const missingColumn = (assessment: ItemAssessment) => {
  const items = [...assessment.missing, ...assessment.invalid.map((i) => i.field)];
  return items.length ? `,${items.join(',')},` : '';
};
