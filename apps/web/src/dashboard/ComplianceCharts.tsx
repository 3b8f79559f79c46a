import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslate } from 'react-admin';
import { dayMonth, formatIsoDate, todayInVietnam, type ComplianceSummary } from '@motcua/contracts';
import { axisLabels } from './unitLabels';

/**
 * The dashboard's two charts, in their own module so that @mui/x-charts is loaded (React.lazy) only when a
 * supervisor opens the dashboard, never in the main bundle.
 */

type Child = ComplianceSummary['children'][number];

/** Cumulative completions against the straight line from zero at the start to everyone at the deadline. */
export const ProgressChart = ({ series }: { series: ComplianceSummary['series'] }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const today = todayInVietnam();
  const dates = series.map((point) => point.date);
  return (
    <LineChart
      height={280}
      skipAnimation
      localeText={{ noData: translate('compliance.chart.no_data') }}
      xAxis={[
        {
          scaleType: 'point',
          data: dates,
          valueFormatter: (date: string, context) =>
            context.location === 'tick' ? dayMonth(date) : formatIsoDate(date),
          tickLabelInterval: 'auto',
        },
      ]}
      yAxis={[{ min: 0, width: 48 }]}
      series={[
        {
          id: 'completed',
          label: translate('compliance.chart.completed'),
          // Days still to come have no completions yet: the line stops today instead of running flat.
          data: series.map((point) => (point.date <= today ? point.completed : null)),
          color: theme.palette.success.main,
          showMark: false,
          area: true,
        },
        {
          id: 'ideal',
          label: translate('compliance.chart.ideal'),
          data: series.map((point) => point.ideal),
          color: theme.palette.text.secondary,
          showMark: false,
        },
      ]}
      sx={{ '& [data-series="ideal"]': { strokeDasharray: '6 4' }, '& .MuiAreaElement-root': { fillOpacity: 0.15 } }}
    />
  );
};

/** One stacked bar per sub-unit (complete, late, not done); clicking a unit's band opens it. */
export const UnitsChart = ({
  units,
  past,
  onSelect,
}: {
  units: readonly Child[];
  past: boolean;
  onSelect: (unit: Child) => void;
}) => {
  const translate = useTranslate();
  const theme = useTheme();
  // The band axis keys on unit ids (names may repeat); ticks show a short name or code, the tooltip the full name.
  const ids = units.map((unit) => unit.unitId);
  const short = axisLabels(units);
  const labels = new Map(ids.map((id, i) => [id, short[i]]));
  const names = new Map(units.map((unit) => [unit.unitId, unit.name]));
  return (
    <BarChart
      layout="horizontal"
      height={Math.max(200, 64 + units.length * 34)}
      skipAnimation
      localeText={{ noData: translate('compliance.chart.no_data') }}
      yAxis={[
        {
          scaleType: 'band',
          data: ids,
          width: 160,
          valueFormatter: (id: number, context) => (context.location === 'tick' ? labels.get(id) : names.get(id)) ?? '',
        },
      ]}
      xAxis={[{ min: 0 }]}
      series={[
        {
          id: 'complete',
          stack: 'status',
          label: translate('compliance.statuses.complete'),
          data: units.map((u) => u.complete),
          color: theme.palette.success.main,
        },
        {
          id: 'completeLate',
          stack: 'status',
          label: translate('compliance.statuses.complete_late'),
          data: units.map((u) => u.completeLate),
          color: theme.palette.warning.main,
        },
        {
          id: 'notDone',
          stack: 'status',
          label: translate(past ? 'compliance.statuses.overdue' : 'compliance.statuses.incomplete'),
          data: units.map((u) => u.incomplete + u.overdue),
          color: past ? theme.palette.error.main : theme.palette.grey[400],
        },
      ]}
      onAxisClick={(_event, data) => {
        const unit = data ? units[data.dataIndex] : undefined;
        if (unit) onSelect(unit);
      }}
      sx={{ cursor: 'pointer' }}
    />
  );
};
