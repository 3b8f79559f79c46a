import { Create } from 'react-admin';
import { newCampaignBody, type CampaignFormValues } from './campaignApi';
import { CampaignForm, DEFAULT_REQUIRED_ITEMS } from './CampaignForm';

/** A new campaign starts as a draft; it is started from its edit page. */
export const CampaignCreate = () => (
  <Create redirect="edit" transform={(values: CampaignFormValues) => newCampaignBody(values)}>
    <CampaignForm defaultValues={{ requiredItems: DEFAULT_REQUIRED_ITEMS, targets: [] }} />
  </Create>
);

export default CampaignCreate;
