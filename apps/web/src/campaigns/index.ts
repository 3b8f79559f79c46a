import { lazy } from 'react';
import EventNoteIcon from '@mui/icons-material/EventNote';

/** Campaigns ("Đợt cập nhật"): every role but officer lists them; admins and unit admins create and edit. */
export default {
  list: lazy(() => import('./CampaignList')),
  create: lazy(() => import('./CampaignCreate')),
  edit: lazy(() => import('./CampaignEdit')),
  icon: EventNoteIcon,
};
