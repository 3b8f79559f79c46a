import { Typography } from '@mui/material';
import { ListBase, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { ListPagination } from '../layout/ListPagination';
import { AuditEntries } from './AuditEntries';
import { officerAuditResource } from './auditApi';

const HistoryPage = () => {
  const { total, isPending } = useListContext();
  const translate = useTranslate();
  if (isPending) return null;
  if (!total) return <Typography sx={{ p: 2 }}>{translate('resources.audit.history_empty')}</Typography>;
  return (
    <>
      <AuditEntries showTarget={false} />
      <ListPagination rowsPerPageOptions={[10, 25, 50]} />
    </>
  );
};

/**
 * "Lịch sử thay đổi" on an officer's page (GET /api/officers/:id/audit), for whoever may open that page:
 * admins, and supervisors and unit admins of the officer's unit (the API checks the scope again). The
 * officer's page has passed react-admin's access check already; this nested list is not a resource of its own.
 */
export const OfficerAuditHistory = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <ListBase
      resource={officerAuditResource(record.id)}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={10}
      disableSyncWithLocation
      storeKey={false}
      disableAuthentication
    >
      <HistoryPage />
    </ListBase>
  );
};
