import { useStore } from 'react-admin';

/** Where the dashboard remembers the campaign the supervisor follows (react-admin's store, kept per browser). */
const FOLLOWED_CAMPAIGN_KEY = 'motcua.dashboard.campaignId';

/** The campaign the dashboard reports on; "Xem tiến độ" on a campaign sets it before opening the dashboard. */
export const useFollowedCampaign = () => useStore<number | null>(FOLLOWED_CAMPAIGN_KEY, null);
