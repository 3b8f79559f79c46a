import WarningAmberIcon from '@mui/icons-material/WarningAmber';
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
      <Chip
        color="success"
        variant={totals.create ? 'filled' : 'outlined'}
        label={translate('admin.import.totals.create', count(totals.create))}
      />
      {/* The theme's info blue is too light for white (or blue) 13 px text: its dark shade keeps 4.5:1. */}
      <Chip
        color={totals.update ? 'info' : 'default'}
        variant={totals.update ? 'filled' : 'outlined'}
        sx={totals.update ? { bgcolor: 'info.dark' } : undefined}
        label={translate('admin.import.totals.update', count(totals.update))}
      />
      <Chip variant="outlined" label={translate('admin.import.totals.unchanged', count(totals.unchanged))} />
      <Chip
        color={totals.errors ? 'error' : 'default'}
        variant={totals.errors ? 'filled' : 'outlined'}
        label={translate('admin.import.totals.errors', count(totals.errors))}
      />
      {/* Amber behind text never reaches 4.5:1 with white: the warning colour goes to the icon and the border. */}
      <Chip
        variant="outlined"
        icon={totals.flagged ? <WarningAmberIcon /> : undefined}
        sx={
          totals.flagged
            ? {
                borderColor: 'warning.main',
                borderWidth: 2,
                fontWeight: 600,
                '& .MuiChip-icon': { color: 'warning.main' },
              }
            : undefined
        }
        data-flagged={totals.flagged ? 'true' : undefined}
        label={translate('admin.import.totals.flagged', count(totals.flagged))}
      />
    </Stack>
  );
};
