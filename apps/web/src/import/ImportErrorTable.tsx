import { useMemo, useState } from 'react';
import {
  Alert,
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { alpha } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { PagePicker } from '../common/PagePicker';
import type { ImportRowError } from './importApi';

export interface SheetRowErrors {
  row: number;
  errors: ImportRowError[];
}

/** The errors of each spreadsheet row together, rows in sheet order (a row is never split across pages). */
export function groupBySheetRow(errors: readonly ImportRowError[]): SheetRowErrors[] {
  const byRow = new Map<number, ImportRowError[]>();
  for (const error of errors) byRow.set(error.row, [...(byRow.get(error.row) ?? []), error]);
  return [...byRow.entries()].sort(([a], [b]) => a - b).map(([row, rowErrors]) => ({ row, errors: rowErrors }));
}

const ROWS_PER_PAGE = 50;

/**
 * Every failing cell by spreadsheet row number, with the column as the template names it and the API's message.
 * Paged by sheet row, since a 20,000-row file can report thousands of errors.
 */
export const ImportErrorTable = ({ errors }: { errors: readonly ImportRowError[] }) => {
  const translate = useTranslate();
  const rows = useMemo(() => groupBySheetRow(errors), [errors]);
  const [page, setPage] = useState(0);
  if (rows.length === 0) return <Alert severity="success">{translate('admin.import.errors.none')}</Alert>;
  const shown = rows.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE);
  return (
    <>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
        {translate('admin.import.errors.title')}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('admin.import.errors.caption')}
      </Typography>
      <TableContainer>
        <Table size="small" aria-label={translate('admin.import.errors.title')}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 80 }}>{translate('admin.import.errors.row')}</TableCell>
              <TableCell sx={{ width: 200 }}>{translate('admin.import.errors.column')}</TableCell>
              <TableCell>{translate('admin.import.errors.message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.flatMap(({ row, errors: rowErrors }) =>
              rowErrors.map((error, index) => (
                <TableRow
                  key={`${row}-${index}`}
                  data-sheet-row={row}
                  data-severity="error"
                  sx={{
                    bgcolor: (theme) => alpha(theme.palette.error.main, 0.08),
                    '& td': { borderColor: (theme) => alpha(theme.palette.error.main, 0.2) },
                  }}
                >
                  {index === 0 && (
                    <TableCell rowSpan={rowErrors.length} sx={{ fontWeight: 600, verticalAlign: 'top' }}>
                      {row}
                    </TableCell>
                  )}
                  <TableCell>
                    <Chip
                      size="small"
                      color="error"
                      variant="outlined"
                      label={translate(`admin.import.columns.${error.field}`, { _: error.field })}
                    />
                  </TableCell>
                  <TableCell sx={{ color: 'error.main' }}>{error.message}</TableCell>
                </TableRow>
              )),
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <PagePicker total={rows.length} page={page} perPage={ROWS_PER_PAGE} onPage={setPage} />
    </>
  );
};
