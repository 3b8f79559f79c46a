import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportReport } from './importApi';

/** The report's counts as chips: what would be created, updated, left alone, how many rows are wrong and how many to review. */
export const ImportTotals = ({ totals }: { totals: ImportReport['totals'] }) => {
  const translate = useTranslate();
  const count = (value: number) => ({ count: value.toLocaleString('vi-VN') });
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-live="polite">
      <Chip label={translate('admin.import.totals.rows', count(totals.rows))} />
      <Chip color="success" variant={totals.create ? 'filled' : 'outlined'} label={translate('admin.import.totals.create', count(totals.create))} />
      <Chip color="info" variant={totals.update ? 'filled' : 'outlined'} label={translate('admin.import.totals.update', count(totals.update))} />
      <Chip variant="outlined" label={translate('admin.import.totals.unchanged', count(totals.unchanged))} />
      <Chip color={totals.errors ? 'error' : 'default'} variant={totals.errors ? 'filled' : 'outlined'} label={translate('admin.import.totals.errors', count(totals.errors))} />
      <Chip color={totals.flagged ? 'warning' : 'default'} variant={totals.flagged ? 'filled' : 'outlined'} label={translate('admin.import.totals.flagged', count(totals.flagged))} />
    </Stack>
  );
};
