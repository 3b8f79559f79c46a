import DownloadIcon from '@mui/icons-material/GetApp';
import { Menu, MenuItem } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { Button, useListContext, useNotify, useTranslate } from 'react-admin';
import { downloadFile } from './fileTransfer';
import { listQueryString } from '../providers/dataProvider';

export type ExportFormat = 'xlsx' | 'csv';

/** `path?format=…&<the list's query>`: the API writes every matching row itself. */
export const listExportUrl = (
  path: string,
  format: ExportFormat,
  filter: Record<string, unknown>,
  sort?: { field: string; order: string },
) => `${path}?${new URLSearchParams([['format', format], ...new URLSearchParams(listQueryString({ filter, sort }))])}`;

interface ExportMenuButtonProps {
  /** Translation keys `${messages}.label`, `${messages}.xlsx` and `${messages}.csv`. */
  messages: string;
  /** Where to download from, given the list's current filters and sort. */
  url: (format: ExportFormat, filter: Record<string, unknown>, sort: { field: string; order: string }) => string;
  fileName: (format: ExportFormat) => string;
  /** The message (or translation key) shown when the download fails. */
  failure: (error: unknown) => string;
}

/**
 * A list's "export" button, replacing react-admin's exporter (which would page through the API and build the file in
 * the browser): a menu of Excel or CSV, then one download of the whole filtered list; off while busy or the list is empty.
 */
export const ExportMenuButton = ({ messages, url, fileName, failure }: ExportMenuButtonProps) => {
  const { filterValues, sort, total } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (format: ExportFormat) => {
    setAnchor(null);
    setBusy(true);
    try {
      await downloadFile(url(format, filterValues, sort), fileName(format));
    } catch (error) {
      notify(failure(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label={`${messages}.label`}
        onClick={(event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget)}
        disabled={busy || total === 0}
        aria-haspopup="menu"
      >
        <DownloadIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => download('xlsx')}>{translate(`${messages}.xlsx`)}</MenuItem>
        <MenuItem onClick={() => download('csv')}>{translate(`${messages}.csv`)}</MenuItem>
      </Menu>
    </>
  );
};
