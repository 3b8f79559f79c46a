import DownloadIcon from '@mui/icons-material/GetApp';
import { Menu, MenuItem } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../import/fileTransfer';
import { listQueryString } from '../providers/dataProvider';

type ExportFormat = 'xlsx' | 'csv';

/** GET /api/audit/export with the page's filters: the API writes every matching entry, one line per field. */
export const auditExportUrl = (format: ExportFormat, filter: Record<string, unknown>) =>
  `/api/audit/export?${new URLSearchParams([['format', format], ...new URLSearchParams(listQueryString({ filter }))])}`;

export const AuditExportButton = () => {
  const { filterValues, total } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      await downloadFile(auditExportUrl(format, filterValues), `nhat-ky-thay-doi.${format}`);
    } catch {
      notify('resources.audit.export.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button label="resources.audit.export.label" onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)} disabled={busy || total === 0} aria-haspopup="menu">
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => download('xlsx')}>{translate('resources.audit.export.xlsx')}</MenuItem>
        <MenuItem onClick={() => download('csv')}>{translate('resources.audit.export.csv')}</MenuItem>
      </Menu>
    </>
  );
};
