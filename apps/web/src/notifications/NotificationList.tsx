import DoneAllIcon from '@mui/icons-material/DoneAll';
import DoneIcon from '@mui/icons-material/Done';
import EditNoteIcon from '@mui/icons-material/EditNote';
import {
  Alert,
  Box,
  Button,
  Card,
  Chip,
  FormControlLabel,
  LinearProgress,
  List,
  ListItem,
  Stack,
  Switch,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useGetResourceLabel, useNotify, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatVietnamDateTime } from '@motcua/contracts';
import { ApiPagePicker } from '../common/PagePicker';
import { fetchNotifications, NOTIFICATIONS_KEY, useMarkRead, type AppNotification } from './notificationApi';

const PER_PAGE = 20;

const NotificationItem = ({ item, onRead, busy }: { item: AppNotification; onRead: () => void; busy: boolean }) => {
  const translate = useTranslate();
  return (
    <ListItem divider sx={{ display: 'block', bgcolor: item.readAt ? undefined : 'action.hover', py: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        {!item.readAt && <Chip size="small" color="primary" label={translate('notifications.unread')} />}
        <Typography component="h2" variant="subtitle1" sx={{ fontWeight: item.readAt ? 400 : 600 }}>
          {item.title}
        </Typography>
      </Stack>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-line', my: 0.5 }}>
        {item.body}
      </Typography>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto' }}>
          {formatVietnamDateTime(item.createdAt)}
        </Typography>
        {item.kind === 'reminder' && (
          <Button size="small" component={RouterLink} to="/profile" startIcon={<EditNoteIcon />}>
            {translate('notifications.open_profile')}
          </Button>
        )}
        {!item.readAt && (
          <Button
            size="small"
            startIcon={<DoneIcon />}
            onClick={onRead}
            disabled={busy}
            aria-label={`${translate('notifications.mark_read')}: ${item.title}`}
          >
            {translate('notifications.mark_read')}
          </Button>
        )}
      </Stack>
    </ListItem>
  );
};

/** Every notification of the signed-in user, newest first, with "mark read" and "mark all read". */
export const NotificationList = () => {
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const notify = useNotify();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'page', page, unreadOnly],
    queryFn: ({ signal }) => fetchNotifications({ page, perPage: PER_PAGE, unread: unreadOnly }, signal),
    placeholderData: keepPreviousData,
  });
  const mark = useMarkRead((error) =>
    notify('notifications.action_failed', {
      type: 'error',
      messageArgs: { message: translate(error.message, { _: error.message }) },
    }),
  );
  const rows = list.data?.data ?? [];

  return (
    <Box sx={{ mt: 2, mb: 2 }}>
      <Title title={getResourceLabel('notifications', 2)} />
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, gap: 1, mb: 1 }}
      >
        <FormControlLabel
          control={
            <Switch
              checked={unreadOnly}
              onChange={(event) => {
                setUnreadOnly(event.target.checked);
                setPage(1);
              }}
            />
          }
          label={translate('notifications.unread_only')}
        />
        <Button
          variant="outlined"
          startIcon={<DoneAllIcon />}
          disabled={mark.isPending || !rows.some((item) => !item.readAt)}
          onClick={() =>
            mark.mutate(undefined, { onSuccess: () => notify('notifications.marked_all', { type: 'success' }) })
          }
        >
          {translate('notifications.mark_all_read')}
        </Button>
      </Stack>
      <Card>
        {list.isFetching && <LinearProgress />}
        {list.error && (
          <Alert severity="error">
            {translate('notifications.load_failed', {
              message: translate(list.error.message, { _: list.error.message }),
            })}
          </Alert>
        )}
        {list.data && rows.length === 0 && (
          <Typography sx={{ p: 2 }} color="text.secondary">
            {translate(unreadOnly ? 'notifications.empty_unread' : 'notifications.empty')}
          </Typography>
        )}
        <List disablePadding>
          {rows.map((item) => (
            <NotificationItem key={item.id} item={item} busy={mark.isPending} onRead={() => mark.mutate(item.id)} />
          ))}
        </List>
        <ApiPagePicker total={list.data?.total ?? 0} page={page} perPage={PER_PAGE} onPage={setPage} />
      </Card>
    </Box>
  );
};

export default NotificationList;
