import NotificationsIcon from '@mui/icons-material/Notifications';
import {
  Badge,
  Box,
  Button,
  Divider,
  IconButton,
  LinearProgress,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatVietnamDateTime } from '@motcua/contracts';
import {
  fetchNotifications,
  fetchUnreadCount,
  NOTIFICATIONS_KEY,
  UNREAD_POLL_MS,
  useMarkRead,
} from './notificationApi';

const LATEST = 5;

/**
 * The app bar's bell: the unread count (asked every minute while the tab is visible) and, on click, the latest
 * five notifications; opening one marks it read. "Xem tất cả" leads to /notifications.
 */
export const NotificationBell = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const unread = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'unread-count'],
    queryFn: ({ signal }) => fetchUnreadCount(signal),
    refetchInterval: UNREAD_POLL_MS,
    retry: false,
  });
  const latest = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'latest'],
    queryFn: ({ signal }) => fetchNotifications({ page: 1, perPage: LATEST }, signal),
    enabled: anchor !== null,
  });
  const mark = useMarkRead((error) =>
    notify('notifications.action_failed', {
      type: 'error',
      messageArgs: { message: translate(error.message, { _: error.message }) },
    }),
  );
  const count = unread.data ?? 0;
  const label =
    count > 0 ? translate('notifications.bell_unread', { smart_count: count }) : translate('notifications.bell');
  const close = () => setAnchor(null);

  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          aria-haspopup="dialog"
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <Badge badgeContent={count} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: {
            sx: { width: 360, maxWidth: 'calc(100vw - 16px)' },
            role: 'dialog',
            'aria-label': translate('notifications.latest'),
          },
        }}
      >
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1 }}>
          <Typography variant="subtitle1" component="h2">
            {translate('notifications.latest')}
          </Typography>
          {count > 0 && (
            <Button size="small" onClick={() => mark.mutate(undefined)} disabled={mark.isPending}>
              {translate('notifications.mark_all_read')}
            </Button>
          )}
        </Box>
        <Divider />
        {latest.isPending && <LinearProgress />}
        {latest.data && latest.data.data.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
            {translate('notifications.empty')}
          </Typography>
        )}
        <List dense disablePadding>
          {latest.data?.data.map((item) => (
            <ListItemButton
              key={item.id}
              alignItems="flex-start"
              onClick={() => {
                if (!item.readAt) mark.mutate(item.id);
              }}
              sx={{ bgcolor: item.readAt ? undefined : 'action.hover' }}
              aria-label={item.readAt ? item.title : `${item.title} (${translate('notifications.unread')})`}
            >
              <ListItemText
                primary={item.title}
                secondary={
                  <>
                    <Box
                      component="span"
                      sx={{
                        display: '-webkit-box',
                        WebkitLineClamp: 2,
                        WebkitBoxOrient: 'vertical',
                        overflow: 'hidden',
                      }}
                    >
                      {item.body}
                    </Box>
                    <Box component="span" sx={{ display: 'block', mt: 0.5 }}>
                      {formatVietnamDateTime(item.createdAt)}
                    </Box>
                  </>
                }
                slotProps={{ primary: { sx: { fontWeight: item.readAt ? 400 : 600 } } }}
              />
            </ListItemButton>
          ))}
        </List>
        <Divider />
        <Box sx={{ p: 1, textAlign: 'center' }}>
          <Button component={RouterLink} to="/notifications" onClick={close} size="small">
            {translate('notifications.see_all')}
          </Button>
        </Box>
      </Popover>
    </>
  );
};

export default NotificationBell;
