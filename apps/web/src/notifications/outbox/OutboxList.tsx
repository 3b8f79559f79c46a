import ReplayIcon from '@mui/icons-material/Replay';
import { Alert, Box, Button, Chip, Typography, useMediaQuery, type ChipProps, type Theme } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Datagrid,
  FunctionField,
  List,
  SelectInput,
  SimpleList,
  TextField,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { formatVietnamDateTime } from '@motcua/contracts';
import { fetchSmtpConfigured, OUTBOX_STATUSES, retryEmail, type OutboxEmail, type OutboxStatus } from './outboxApi';

const COLORS: Record<OutboxStatus, ChipProps['color']> = {
  pending: 'default',
  sending: 'info',
  sent: 'success',
  failed: 'error',
};

export const OutboxStatusChip = ({ status }: { status: OutboxStatus }) => {
  const translate = useTranslate();
  return (
    <Chip size="small" color={COLORS[status] ?? 'default'} label={translate(`resources.outbox.statuses.${status}`)} />
  );
};

const statusChoices = OUTBOX_STATUSES.map((id) => ({ id, name: `resources.outbox.statuses.${id}` }));
const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

const asEmail = (record: RaRecord) => record as unknown as OutboxEmail;
const when = (instant: string | null | undefined) => (instant ? formatVietnamDateTime(instant) : '');

/** "Gửi lại" for a failed e-mail. */
const RetryButton = () => {
  const record = useRecordContext<OutboxEmail>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'failed') return null;
  return (
    <Button
      size="small"
      startIcon={<ReplayIcon />}
      disabled={busy}
      onClick={async (event) => {
        event.stopPropagation();
        setBusy(true);
        try {
          await retryEmail(record.id);
          notify('resources.outbox.retried', { type: 'success' });
          refresh();
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      {translate('resources.outbox.retry')}
    </Button>
  );
};

/** The e-mail itself, under its row: what the officer receives (or would, once SMTP is configured). */
const EmailBody = () => {
  const record = useRecordContext<OutboxEmail>();
  if (!record) return null;
  return (
    <Box sx={{ p: 1 }}>
      <Typography variant="subtitle2">{record.subject}</Typography>
      <Typography variant="body2" component="pre" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', m: 0 }}>
        {record.body}
      </Typography>
      {record.lastError && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {record.lastError}
        </Alert>
      )}
    </Box>
  );
};

const SmtpBanner = () => {
  const translate = useTranslate();
  const { data: configured } = useQuery({
    queryKey: ['motcua', 'outbox', 'smtp'],
    queryFn: ({ signal }) => fetchSmtpConfigured(signal),
    staleTime: 60_000,
    retry: false,
  });
  if (configured !== false) return null;
  return (
    <Alert severity="warning" sx={{ mt: 2 }}>
      {translate('resources.outbox.smtp_missing')}
    </Alert>
  );
};

/** The administrators' outbox: every e-mail with its status, attempts and last error; failed ones can be retried. */
export const OutboxList = () => {
  const translate = useTranslate();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <>
      <SmtpBanner />
      <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false}>
        {isSmall ? (
          <SimpleList
            primaryText={(record) => record.subject}
            secondaryText={(record) => `${record.toAddress} · ${when(record.createdAt)}`}
            tertiaryText={(record) => <OutboxStatusChip status={asEmail(record).status} />}
            linkType={false}
          />
        ) : (
          <Datagrid rowClick="expand" expand={<EmailBody />} bulkActionButtons={false}>
            <FunctionField source="createdAt" render={(record: RaRecord) => when(asEmail(record).createdAt)} />
            <TextField source="toAddress" sortable={false} />
            <TextField source="subject" sortable={false} />
            <FunctionField
              source="status"
              sortable={false}
              render={(record: RaRecord) => <OutboxStatusChip status={asEmail(record).status} />}
            />
            <FunctionField
              source="attempts"
              sortable={false}
              render={(record: RaRecord) =>
                translate('resources.outbox.attempts_value', { smart_count: asEmail(record).attempts })
              }
            />
            <FunctionField
              source="nextAttemptAt"
              render={(record: RaRecord) =>
                asEmail(record).status === 'sent' ? '' : when(asEmail(record).nextAttemptAt)
              }
            />
            <FunctionField
              source="lastError"
              sortable={false}
              render={(record: RaRecord) => (
                <Typography
                  variant="body2"
                  color="error"
                  sx={{ maxWidth: 280, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  title={asEmail(record).lastError ?? ''}
                >
                  {asEmail(record).lastError}
                </Typography>
              )}
            />
            <FunctionField
              source="sentAt"
              sortable={false}
              render={(record: RaRecord) => when(asEmail(record).sentAt)}
            />
            <RetryButton />
          </Datagrid>
        )}
      </List>
    </>
  );
};

export default OutboxList;
