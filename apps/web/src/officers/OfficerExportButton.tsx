import { useState, type MouseEvent } from 'react';
import DownloadIcon from '@mui/icons-material/GetApp';
import { Menu, MenuItem } from '@mui/material';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { downloadFile } from '../import/fileTransfer';
import { listQueryString } from '../providers/dataProvider';

type ExportFormat = 'xlsx' | 'csv';

/** GET /api/officers/export with the list's current filters and sort: the API writes every matching row. */
export const exportUrl = (format: ExportFormat, filter: Record<string, unknown>, sort?: { field: string; order: string }) =>
  `/api/officers/export?${new URLSearchParams([['format', format], ...new URLSearchParams(listQueryString({ filter, sort }))])}`;

/** Replaces react-admin's exporter, which would page through the API and build the file in the browser. */
export const OfficerExportButton = () => {
  const { filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      await downloadFile(exportUrl(format, filterValues, sort), `danh-sach-can-bo.${format}`);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'admin.download.failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label="admin.officers.export.label"
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        disabled={busy || total === 0}
        aria-haspopup="menu"
      >
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => download('xlsx')}>{translate('admin.officers.export.xlsx')}</MenuItem>
        <MenuItem onClick={() => download('csv')}>{translate('admin.officers.export.csv')}</MenuItem>
      </Menu>
    </>
  );
};
