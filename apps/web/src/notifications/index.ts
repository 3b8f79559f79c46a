import { lazy } from 'react';
import NotificationsIcon from '@mui/icons-material/Notifications';

/**
 * The signed-in user's notifications (GET /api/me/notifications — not the data provider's /api/notifications:
 * the page fetches on its own, so the resource only gives it the /notifications route and a menu entry).
 */
export default {
  list: lazy(() => import('./NotificationList')),
  icon: NotificationsIcon,
};
