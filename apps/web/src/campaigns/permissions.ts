import { usePermissions } from 'react-admin';

/** The auth provider's permissions are the user's roles; the API checks the same rules again. */
export interface CampaignAbilities {
  /** Create, edit, start and close campaigns (POST/PATCH /api/campaigns: admins and unit admins). */
  manageCampaigns: boolean;
  /** Read the outbox (GET /api/outbox: system administrators). */
  isAdmin: boolean;
}

export function campaignAbilitiesOf(permissions: unknown): CampaignAbilities {
  const roles: readonly unknown[] = Array.isArray(permissions) ? permissions : [];
  return { manageCampaigns: roles.includes('admin') || roles.includes('unit_admin'), isAdmin: roles.includes('admin') };
}

export function useCampaignAbilities(): CampaignAbilities & { isPending: boolean } {
  const { permissions, isPending } = usePermissions();
  return { ...campaignAbilitiesOf(permissions), isPending };
}
