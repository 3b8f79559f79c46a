import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import SearchIcon from '@mui/icons-material/Search';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  InputAdornment,
  LinearProgress,
  List,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { useFormatListTotal, useRangeLabel } from '../common/listTotal';
import { formatVietnamDateTime } from '@motcua/contracts';
import { ApiPagePicker } from '../common/PagePicker';
import { fetchOfficers, retryUnlessRefused, sendReminders } from './complianceApi';
import type { ComplianceOfficer, ReminderResult } from '@motcua/contracts';

const PER_PAGE = 10;

/** "Đã gửi nhắc nhở cho N cán bộ; M cán bộ đã được nhắc hôm nay" (the second half only when M > 0). */
export const reminderMessage = (result: ReminderResult) =>
  result.skipped > 0
    ? (['compliance.remind.done_with_skipped', { sent: result.sent, skipped: result.skipped }] as const)
    : (['compliance.remind.done', { sent: result.sent }] as const);

/**
 * "Nhắc nhở" while a reminder may still go out today; once today's are used up, when the last one went out.
 * An older reminder is shown beside the button.
 */
const ReminderAction = ({
  officer,
  busy,
  onRemind,
}: {
  officer: ComplianceOfficer;
  busy: boolean;
  onRemind: () => void;
}) => {
  const translate = useTranslate();
  const remindedAt = officer.remindedAt ? (
    <Typography variant="caption" color="text.secondary" component="span" sx={{ whiteSpace: 'nowrap' }}>
      {translate('compliance.lagging.reminded_at', { time: formatVietnamDateTime(officer.remindedAt) })}
    </Typography>
  ) : null;
  if (!officer.remindable) return remindedAt;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', justifyContent: { md: 'flex-end' }, gap: 1, flexWrap: 'wrap' }}>
      {remindedAt}
      <Button
        size="small"
        startIcon={<NotificationsActiveIcon />}
        disabled={busy}
        aria-label={translate('compliance.lagging.remind_name', { name: officer.fullName })}
        onClick={onRemind}
        sx={{ whiteSpace: 'nowrap' }}
      >
        {translate('compliance.lagging.remind')}
      </Button>
    </Stack>
  );
};

interface Props {
  campaignId: number;
  unit: { id: number; name: string };
  /** After the deadline the list is of overdue officers, before it of incomplete ones. */
  past: boolean;
  /** Reminders go out only for an active campaign. */
  canRemind: boolean;
  notDone: number;
}

/** Who is not done yet, with what each misses, a "Nhắc nhở" per row and "Nhắc tất cả" for the unit. */
export const LaggingOfficers = ({ campaignId, unit, past, canRemind, notDone }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  const status = past ? 'overdue' : 'incomplete';
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [confirmAll, setConfirmAll] = useState(false);

  useEffect(() => {
    const timer = setTimeout(() => {
      setQ(search.trim());
      setPage(1);
    }, 300);
    return () => clearTimeout(timer);
  }, [search]);

  const officers = useQuery({
    queryKey: ['motcua', 'compliance', 'officers', campaignId, unit.id, status, q, page],
    queryFn: ({ signal }) =>
      fetchOfficers({ campaignId, unitId: unit.id, status, q: q || undefined, page, perPage: PER_PAGE }, signal),
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });

  const remind = useMutation({
    mutationFn: sendReminders,
    onSuccess: (result) => {
      const [message, args] = reminderMessage(result);
      notify(message, { type: 'success', messageArgs: args });
      // The rows read "Đã nhắc lúc …" from the server's record of the reminder, which survives a reload.
      void queryClient.invalidateQueries({ queryKey: ['motcua', 'compliance', 'officers', campaignId] });
    },
    onError: (error) =>
      notify('compliance.remind.failed', {
        type: 'error',
        messageArgs: { message: translate(error.message, { _: error.message }) },
      }),
    onSettled: () => setConfirmAll(false),
  });

  const formatTotal = useFormatListTotal();
  const rangeLabel = useRangeLabel(officers.data?.moreThanTotal);
  const rows = officers.data?.data ?? [];
  const listLabel = translate(past ? 'compliance.lagging.title_overdue' : 'compliance.lagging.title_incomplete');
  const action = (officer: ComplianceOfficer) => (
    <ReminderAction
      officer={officer}
      busy={remind.isPending}
      onRemind={() => remind.mutate({ campaignId, officerIds: [officer.id] })}
    />
  );
  const missing = (officer: ComplianceOfficer) => (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {officer.missing.map((item) => (
        <Chip
          key={item}
          size="small"
          variant="outlined"
          color={past ? 'error' : 'default'}
          label={translate(`compliance.items.${item}`, { _: item })}
        />
      ))}
    </Box>
  );
  const contact = (officer: ComplianceOfficer) => [officer.username, officer.phone].filter(Boolean).join(' · ');
  return (
    <Card variant="outlined" sx={{ minWidth: 0 }}>
      <CardContent>
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' }, gap: 1, mb: 1 }}
        >
          <Typography variant="h6" component="h2">
            {listLabel}
            {officers.data ? ` (${formatTotal(officers.data)})` : ''}
          </Typography>
          {canRemind && (
            <Button
              variant="contained"
              startIcon={<NotificationsActiveIcon />}
              disabled={notDone === 0 || remind.isPending}
              onClick={() => setConfirmAll(true)}
            >
              {translate('compliance.lagging.remind_all')}
            </Button>
          )}
        </Stack>
        <TextField
          size="small"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={translate('compliance.lagging.search')}
          sx={{ mb: 1, width: { xs: '100%', sm: 320 } }}
          slotProps={{
            htmlInput: { 'aria-label': translate('compliance.lagging.search') },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon fontSize="small" />
                </InputAdornment>
              ),
            },
          }}
        />
        {officers.isFetching && <LinearProgress sx={{ mb: 1 }} />}
        {officers.error && (
          <Alert severity="error">
            {translate('compliance.load_failed', {
              message: translate(officers.error.message, { _: officers.error.message }),
            })}
          </Alert>
        )}
        {officers.data && rows.length === 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
            {translate('compliance.lagging.none')}
          </Typography>
        )}
        {rows.length > 0 && isSmall && (
          // On a phone each officer is a card, as the officer list is, so nothing scrolls sideways.
          <List aria-label={listLabel} disablePadding>
            {rows.map((officer) => (
              <ListItem key={officer.id} divider disableGutters sx={{ display: 'block', py: 1.5 }}>
                <Typography variant="body2" component="h3" sx={{ fontWeight: 500 }}>
                  {officer.fullName}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="p" sx={{ overflowWrap: 'anywhere' }}>
                  {contact(officer)}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 0.5, overflowWrap: 'anywhere' }}>
                  {officer.unitName}
                </Typography>
                {missing(officer)}
                {canRemind && <Box sx={{ mt: 1 }}>{action(officer)}</Box>}
              </ListItem>
            ))}
          </List>
        )}
        {rows.length > 0 && !isSmall && (
          <TableContainer sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label={listLabel}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ minWidth: 160 }}>{translate('compliance.lagging.name')}</TableCell>
                  <TableCell sx={{ minWidth: 120 }}>{translate('compliance.lagging.unit')}</TableCell>
                  <TableCell sx={{ minWidth: 180 }}>{translate('compliance.lagging.missing')}</TableCell>
                  {canRemind && <TableCell align="right">{translate('compliance.lagging.actions')}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((officer) => (
                  <TableRow key={officer.id}>
                    <TableCell component="th" scope="row">
                      <Typography variant="body2" sx={{ fontWeight: 500 }}>
                        {officer.fullName}
                      </Typography>
                      <Typography variant="caption" color="text.secondary">
                        {contact(officer)}
                      </Typography>
                    </TableCell>
                    <TableCell>{officer.unitName}</TableCell>
                    <TableCell>{missing(officer)}</TableCell>
                    {canRemind && <TableCell align="right">{action(officer)}</TableCell>}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        <ApiPagePicker
          total={officers.data?.total ?? 0}
          page={page}
          perPage={PER_PAGE}
          onPage={setPage}
          labelDisplayedRows={rangeLabel}
        />
      </CardContent>
      <Confirm
        isOpen={confirmAll}
        loading={remind.isPending}
        title="compliance.lagging.remind_all_title"
        content={translate('compliance.lagging.remind_all_content', { smart_count: notDone, unit: unit.name })}
        confirm="compliance.lagging.remind_all"
        onConfirm={() => remind.mutate({ campaignId, unitId: unit.id })}
        onClose={() => setConfirmAll(false)}
      />
    </Card>
  );
};
