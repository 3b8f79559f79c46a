import { Box, Card, CardContent, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatVietnamDateTime } from '@motcua/contracts';
import type { ComplianceSummary } from '@motcua/contracts';
import { isPastDeadline } from './complianceApi';

type Tone = 'default' | 'success' | 'warning' | 'error';
const TONE_COLOR: Record<Tone, string> = {
  default: 'text.primary',
  success: 'success.main',
  warning: 'warning.main',
  error: 'error.main',
};

const Stat = ({
  label,
  value,
  caption,
  tone = 'default',
}: {
  label: string;
  value: string;
  caption?: string;
  tone?: Tone;
}) => (
  <Card
    variant="outlined"
    role="group"
    aria-label={label}
    data-tone={tone}
    sx={{ borderColor: tone === 'error' ? 'error.main' : undefined, height: '100%' }}
  >
    <CardContent sx={{ '&:last-child': { pb: 2 } }}>
      <Typography variant="overline" component="h2" color="text.secondary" sx={{ lineHeight: 1.5 }}>
        {label}
      </Typography>
      <Typography variant="h4" component="p" color={TONE_COLOR[tone]} sx={{ fontWeight: 600 }}>
        {value}
      </Typography>
      {caption && (
        <Typography variant="body2" color={tone === 'error' ? 'error.main' : 'text.secondary'}>
          {caption}
        </Typography>
      )}
    </CardContent>
  </Card>
);

/**
 * Tổng số, Hoàn thành, Hoàn thành muộn, Quá hạn (after the deadline) or Chưa hoàn thành (before it), and the
 * days left, red once the deadline has passed. They stack on a phone.
 */
export const SummaryCards = ({ summary }: { summary: ComplianceSummary }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  const { totals, campaign } = summary;
  const past = isPastDeadline(campaign);
  const share = (count: number) =>
    totals.total
      ? translate('compliance.cards.share', { percent: numbers.format((count / totals.total) * 100) })
      : undefined;
  const notDone = past ? totals.overdue : totals.incomplete;
  // Past the deadline the card counts the days since, never a negative "days left".
  const overdueDays = Math.max(0, -campaign.daysLeft);
  const daysCaption =
    overdueDays > 0
      ? translate('compliance.cards.overdue_by', { smart_count: overdueDays })
      : campaign.daysLeft === 0
        ? translate('compliance.cards.due_today')
        : translate('compliance.deadline', { date: formatVietnamDateTime(campaign.deadline) });
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)', lg: 'repeat(5, 1fr)' },
      }}
    >
      <Stat
        label={translate('compliance.cards.total')}
        value={numbers.format(totals.total)}
        caption={translate('compliance.cards.percent_done', { percent: numbers.format(totals.percentComplete) })}
      />
      <Stat
        label={translate('compliance.cards.complete')}
        value={numbers.format(totals.complete)}
        caption={share(totals.complete)}
        tone="success"
      />
      <Stat
        label={translate('compliance.cards.complete_late')}
        value={numbers.format(totals.completeLate)}
        caption={share(totals.completeLate)}
        tone={totals.completeLate > 0 ? 'warning' : 'default'}
      />
      <Stat
        label={translate(past ? 'compliance.cards.overdue' : 'compliance.cards.incomplete')}
        value={numbers.format(notDone)}
        caption={share(notDone)}
        tone={past && notDone > 0 ? 'error' : 'default'}
      />
      <Stat
        label={translate(overdueDays > 0 ? 'compliance.cards.days_overdue' : 'compliance.cards.days_left')}
        value={numbers.format(overdueDays > 0 ? overdueDays : campaign.daysLeft)}
        caption={daysCaption}
        tone={overdueDays > 0 ? 'error' : 'default'}
      />
    </Box>
  );
};
