import { assessProfile, PROFILE_FIELDS, type ProfileField, type ProfileSnapshot, type RuleError } from '@motcua/domain';
import type { CampaignItem } from './campaign.entity';

export const CAMPAIGN_ITEMS: readonly CampaignItem[] = [...PROFILE_FIELDS, 'confirmed', 'verified'];

export interface ItemAssessment {
  missing: CampaignItem[];
  invalid: { field: ProfileField; errors: RuleError[] }[];
}

/** A record against a campaign's required items: profile fields by libs/domain, plus confirmation and verification. */
export function assessCampaignItems(snapshot: ProfileSnapshot & { confirmed: boolean; verified: boolean }, items: readonly CampaignItem[]): ItemAssessment {
  const fields = items.filter((item): item is ProfileField => (PROFILE_FIELDS as readonly string[]).includes(item));
  const { missing, invalid } = assessProfile(snapshot, fields);
  const flags = items.filter((item) => (item === 'confirmed' && !snapshot.confirmed) || (item === 'verified' && !snapshot.verified));
  return { missing: [...missing, ...flags], invalid };
}

/** Incomplete if anything required is missing or invalid. */
export const isComplete = (assessment: ItemAssessment) => assessment.missing.length === 0 && assessment.invalid.length === 0;

/** The stored form: every item that keeps the record incomplete, between commas for LIKE counting. */
export const missingColumn = (assessment: ItemAssessment) => {
  const items = [...assessment.missing, ...assessment.invalid.map((i) => i.field)];
  return items.length ? `,${items.join(',')},` : '';
};
