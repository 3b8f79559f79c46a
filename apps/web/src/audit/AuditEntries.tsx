import { Card, CardContent, Link as MuiLink, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import { auditActionLabel } from '@motcua/contracts';
import { Datagrid, FunctionField, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatVietnamDateTime } from '@motcua/contracts';
import { AuditChanges } from './AuditChanges';
import type { AuditEntry } from './auditApi';
import { personText, targetText } from './auditText';

interface AuditEntriesProps {
  /** The admins' page names whose record each entry is; one officer's history does not repeat it. */
  showTarget?: boolean;
}

const useActionLabel = () => {
  const [locale] = useLocaleState();
  return (action: string) => auditActionLabel(action, locale === 'en' ? 'en' : 'vi');
};

const Actor = ({ entry }: { entry: AuditEntry }) => {
  const translate = useTranslate();
  return <>{personText(entry.actor) ?? translate('resources.audit.system')}</>;
};

/** An officer's name links to their page; units and campaigns are named only. */
const Target = ({ entry }: { entry: AuditEntry }) =>
  entry.targetType === 'officer' && entry.target ? (
    <MuiLink component={Link} to={`/officers/${entry.targetId}/show`}>
      {targetText(entry)}
    </MuiLink>
  ) : (
    <>{targetText(entry)}</>
  );

/** On a phone: one card per entry, everything stacked, so nothing scrolls sideways. */
const AuditCards = ({ showTarget }: AuditEntriesProps) => {
  const { data } = useListContext<AuditEntry>();
  const actionLabel = useActionLabel();
  const translate = useTranslate();
  return (
    <Stack
      component="ol"
      spacing={1}
      sx={{ listStyle: 'none', m: 0, p: 1 }}
      aria-label={translate('resources.audit.name', { smart_count: 2 })}
    >
      {(data ?? []).map((entry) => (
        <Card component="li" variant="outlined" key={entry.id} data-testid="audit-card">
          <CardContent sx={{ '&:last-child': { pb: 2 } }}>
            <Typography variant="subtitle2" component="p">
              {actionLabel(entry.action)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {formatVietnamDateTime(entry.createdAt)} · <Actor entry={entry} />
            </Typography>
            {showTarget && (
              <Typography variant="body2">
                <Target entry={entry} />
              </Typography>
            )}
            <Stack sx={{ mt: 1 }}>
              <AuditChanges changes={entry.changes} />
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};

/** The entries of a list context: a table on a desk, cards on a phone. */
export const AuditEntries = ({ showTarget = true }: AuditEntriesProps) => {
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const actionLabel = useActionLabel();
  const { data } = useListContext<AuditEntry>();
  const showIp = (data ?? []).some((entry) => entry.ip !== undefined);
  if (isPhone) return <AuditCards showTarget={showTarget} />;
  return (
    <Datagrid bulkActionButtons={false} rowClick={false}>
      <FunctionField<AuditEntry>
        source="createdAt"
        label="resources.audit.fields.createdAt"
        render={(entry) => formatVietnamDateTime(entry.createdAt)}
      />
      <FunctionField<AuditEntry>
        source="actorId"
        label="resources.audit.fields.actorId"
        sortable={false}
        render={(entry) => <Actor entry={entry} />}
      />
      <FunctionField<AuditEntry>
        source="action"
        label="resources.audit.fields.action"
        sortable={false}
        render={(entry) => actionLabel(entry.action)}
      />
      {showTarget && (
        <FunctionField<AuditEntry>
          source="target"
          label="resources.audit.fields.target"
          sortable={false}
          render={(entry) => <Target entry={entry} />}
        />
      )}
      <FunctionField<AuditEntry>
        source="changes"
        label="resources.audit.fields.changes"
        sortable={false}
        render={(entry) => <AuditChanges changes={entry.changes} />}
      />
      {showIp && (
        <FunctionField<AuditEntry>
          source="ip"
          label="resources.audit.fields.ip"
          sortable={false}
          render={(entry) => entry.ip ?? ''}
        />
      )}
    </Datagrid>
  );
};
