import { Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ComplianceSummary, StatusCounts } from '@motcua/contracts';

type Child = ComplianceSummary['children'][number];

/** A sub-unit opens when it has officers or sub-units of its own. */
export const canOpen = (unit: Child) => unit.hasChildren || unit.total > 0;

/** The table under the chart (shown when there are sub-units): one row per sub-unit (click to open it), then the officers directly in the unit. */
export const UnitBreakdown = ({
  summary,
  onSelect,
}: {
  summary: ComplianceSummary;
  onSelect: (unit: Child) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const percent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  const cells = (counts: StatusCounts) => (
    <>
      <TableCell align="right">{counts.total}</TableCell>
      <TableCell align="right">{counts.complete}</TableCell>
      <TableCell align="right">{counts.completeLate}</TableCell>
      <TableCell align="right" sx={{ color: counts.overdue > 0 ? 'error.main' : undefined }}>
        {counts.incomplete + counts.overdue}
      </TableCell>
      <TableCell align="right">{`${percent.format(counts.percentComplete)}%`}</TableCell>
    </>
  );
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={translate('compliance.chart.units_title')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ minWidth: 180 }}>{translate('compliance.units.unit')}</TableCell>
            <TableCell align="right">{translate('compliance.units.total')}</TableCell>
            <TableCell align="right">{translate('compliance.units.complete')}</TableCell>
            <TableCell align="right">{translate('compliance.units.complete_late')}</TableCell>
            <TableCell align="right">{translate('compliance.units.not_done')}</TableCell>
            <TableCell align="right">{translate('compliance.units.percent')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {summary.children.map((unit) => (
            <TableRow
              key={unit.unitId}
              hover={canOpen(unit)}
              onClick={canOpen(unit) ? () => onSelect(unit) : undefined}
              sx={{ cursor: canOpen(unit) ? 'pointer' : 'default' }}
            >
              <TableCell component="th" scope="row">
                {canOpen(unit) ? (
                  <Link
                    component="button"
                    type="button"
                    underline="hover"
                    title={translate('compliance.units.open', { name: unit.name })}
                    onClick={(event: React.MouseEvent) => {
                      event.stopPropagation();
                      onSelect(unit);
                    }}
                    sx={{ textAlign: 'left' }}
                  >
                    {unit.name}
                  </Link>
                ) : (
                  unit.name
                )}
              </TableCell>
              {cells(unit)}
            </TableRow>
          ))}
          {summary.direct.total > 0 && (
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontStyle: 'italic' }}>
                {translate('compliance.units.direct', { name: summary.unit.name })}
              </TableCell>
              {cells(summary.direct)}
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
};
