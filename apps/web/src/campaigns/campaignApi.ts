import {
  CAMPAIGN_ITEMS,
  type Campaign,
  type CampaignItem,
  type CampaignStatus,
  type CampaignTarget,
  type CreateCampaignRequest,
  type PreviewTargetsResponse,
} from '@motcua/contracts';
import { apiFetch } from '../providers/http';

/** The form's values as react-admin holds them (empty inputs are null). */
export interface CampaignFormValues {
  name?: string | null;
  description?: string | null;
  startsAt?: string | null;
  deadlineAt?: string | null;
  requiredItems?: CampaignItem[] | null;
  targets?: CampaignTarget[] | null;
}

/** Targets as the API accepts them: the row's campaignId would be refused as a field not allowed. */
export const targetsBody = (targets: readonly CampaignTarget[] | null | undefined) =>
  (targets ?? []).map(({ unitId, includeSubtree }) => ({ unitId, includeSubtree }));

/** The POST body: items in the form's order, targets stripped to what the API accepts, no empty description. */
export function newCampaignBody(values: CampaignFormValues): CreateCampaignRequest {
  const description = values.description?.trim();
  const chosen = new Set(values.requiredItems ?? []);
  return {
    name: (values.name ?? '').trim(),
    ...(description ? { description } : {}),
    startsAt: values.startsAt ?? '',
    deadlineAt: values.deadlineAt ?? '',
    requiredItems: CAMPAIGN_ITEMS.filter((item) => chosen.has(item)),
    targets: targetsBody(values.targets),
  };
}

const campaignUrl = (id: number | string, action: string) =>
  `/api/campaigns/${encodeURIComponent(String(id))}/${action}`;

/** draft → active (the API computes every targeted officer's status) and active → closed. */
export async function transitionCampaign(id: number | string, action: 'activate' | 'close'): Promise<Campaign> {
  const { json } = await apiFetch<Campaign>(campaignUrl(id, action), { method: 'POST' });
  return json;
}

/** How many officers these targets reach (live preview while picking units). */
export async function previewTargets(targets: readonly CampaignTarget[], signal?: AbortSignal): Promise<number> {
  const { json } = await apiFetch<PreviewTargetsResponse>('/api/campaigns/preview', {
    method: 'POST',
    body: JSON.stringify({ targets: targetsBody(targets) }),
    signal,
  });
  return json.officers;
}

/** Campaigns with figures to follow (active first, then closed), newest deadline first; drafts have none. */
export async function fetchReportableCampaigns(signal?: AbortSignal): Promise<Campaign[]> {
  const { json } = await apiFetch<{ data: Campaign[] }>(
    '/api/campaigns?page=1&perPage=100&sort=deadlineAt&order=DESC',
    { signal },
  );
  const rank = (status: CampaignStatus) => (status === 'active' ? 0 : 1);
  return json.data.filter((campaign) => campaign.status !== 'draft').sort((a, b) => rank(a.status) - rank(b.status));
}
