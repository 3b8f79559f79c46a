import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { Alert, Box, Button, Card, CardContent, LinearProgress, ListSubheader, MenuItem, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Title, useNotify, useStore, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { fetchReportableCampaigns, type Campaign } from '../campaigns/campaignApi';
import { useCampaignAbilities } from '../campaigns/permissions';
import { downloadFile } from '../import/fileTransfer';
import { formatVietnamDateTime } from '../profile/dates';
import { DASHBOARD_CAMPAIGN_KEY, exportUrl, fetchSummary, isForbidden, isPastDeadline, retryUnlessRefused, type ComplianceSummary } from './complianceApi';
import { LaggingOfficers } from './LaggingOfficers';
import { MissingItems } from './MissingItems';
import { SummaryCards } from './SummaryCards';
import { UnitBreadcrumb, type UnitStep } from './UnitBreadcrumb';
import { canOpen, UnitBreakdown } from './UnitBreakdown';

// @mui/x-charts stays out of the main bundle: both charts come from one lazily loaded chunk.
const ProgressChart = lazy(() => import('./ComplianceCharts').then((module) => ({ default: module.ProgressChart })));
const UnitsChart = lazy(() => import('./ComplianceCharts').then((module) => ({ default: module.UnitsChart })));

const ChartFallback = ({ height }: { height: number }) => <Skeleton variant="rounded" height={height} />;

type Child = ComplianceSummary['children'][number];

/** Shown to users whose role may not see the figures (the API answers 403): the welcome text and their own page. */
const NotForYourRole = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.short_title" />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('app.dashboard.welcome')}
        </Typography>
        <Typography variant="body1" gutterBottom>
          {translate('app.dashboard.intro')}
        </Typography>
        <Alert severity="info" sx={{ my: 2 }}>
          {translate('compliance.forbidden')}
        </Alert>
        <Button variant="contained" component={RouterLink} to="/profile">
          {translate('compliance.open_profile')}
        </Button>
      </CardContent>
    </Card>
  );
};

const CampaignPicker = ({ campaigns, value, onChange }: { campaigns: readonly Campaign[]; value: number; onChange: (id: number) => void }) => {
  const translate = useTranslate();
  const groups = (['active', 'closed'] as const).map((status) => ({ status, items: campaigns.filter((campaign) => campaign.status === status) }));
  return (
    <TextField
      select
      size="small"
      label={translate('compliance.campaign')}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
      sx={{ minWidth: { xs: '100%', sm: 320 }, maxWidth: '100%' }}
    >
      {groups.flatMap(({ status, items }) =>
        items.length === 0
          ? []
          : [
              <ListSubheader key={`group-${status}`}>{translate(`compliance.campaign_group.${status}`)}</ListSubheader>,
              ...items.map((campaign) => (
                <MenuItem key={campaign.id} value={campaign.id}>
                  {campaign.name}
                </MenuItem>
              )),
            ],
      )}
    </TextField>
  );
};

const ExportButton = ({ campaignId, unitId }: { campaignId: number; unitId: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const name = await downloadFile(exportUrl(campaignId, unitId), `bao-cao-tien-do-${campaignId}.xlsx`);
      notify('compliance.export.done', { type: 'success', messageArgs: { name } });
    } catch (error) {
      const message = (error as Error).message;
      notify('compliance.export.failed', { type: 'error', messageArgs: { message: translate(message, { _: message }) } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="outlined" startIcon={<FileDownloadIcon />} onClick={download} disabled={busy}>
      {translate('compliance.export.label')}
    </Button>
  );
};

const Section = ({ title, children, hint }: { title: string; hint?: string; children: React.ReactNode }) => (
  <Card variant="outlined" sx={{ height: '100%', minWidth: 0 }}>
    <CardContent>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {hint}
        </Typography>
      )}
      {children}
    </CardContent>
  </Card>
);

/**
 * The supervisor's home: progress of the chosen campaign for their unit (the province for admins), drilling
 * down the unit tree, with the officers still behind and reminders to send them.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const { manageCampaigns } = useCampaignAbilities();
  const [storedId, setStoredId] = useStore<number | null>(DASHBOARD_CAMPAIGN_KEY, null);
  // The drill path from the start unit down; empty means the caller's default unit.
  const [steps, setSteps] = useState<UnitStep[]>([]);

  const campaigns = useQuery({
    queryKey: ['motcua', 'campaigns', 'reportable'],
    queryFn: ({ signal }) => fetchReportableCampaigns(signal),
    retry: retryUnlessRefused,
  });
  const list = campaigns.data ?? [];
  const campaign = list.find((c) => c.id === storedId) ?? list[0];
  const unitId = steps.length > 1 ? steps[steps.length - 1].id : undefined;

  const summary = useQuery({
    queryKey: ['motcua', 'compliance', 'summary', campaign?.id, unitId],
    queryFn: ({ signal }) => fetchSummary(campaign?.id ?? 0, unitId, signal),
    enabled: campaign !== undefined,
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });

  if (isForbidden(campaigns.error) || isForbidden(summary.error)) return <NotForYourRole />;

  const title = <Title title="compliance.title" />;
  if (campaigns.isPending)
    return (
      <Box sx={{ mt: 2 }}>
        {title}
        <LinearProgress />
      </Box>
    );
  if (campaigns.error)
    return (
      <Box sx={{ mt: 2 }}>
        {title}
        <Alert severity="error" action={<Button onClick={() => campaigns.refetch()}>{translate('compliance.retry')}</Button>}>
          {translate('compliance.load_failed', { message: translate(campaigns.error.message, { _: campaigns.error.message }) })}
        </Alert>
      </Box>
    );
  if (!campaign)
    return (
      <Card sx={{ mt: 2 }}>
        {title}
        <CardContent>
          <Typography gutterBottom>{translate('compliance.no_campaign')}</Typography>
          {manageCampaigns && (
            <Button variant="contained" component={RouterLink} to="/campaigns/create">
              {translate('compliance.create_campaign')}
            </Button>
          )}
        </CardContent>
      </Card>
    );

  const data = summary.data;
  const shownUnit = data?.unit;
  const crumbs: UnitStep[] = steps.length ? steps : shownUnit ? [shownUnit] : [];
  const past = data ? isPastDeadline(data.campaign) : false;

  const open = (child: Child) => {
    if (!canOpen(child) || !shownUnit) return;
    const next = { id: child.unitId, name: child.name };
    setSteps((previous) => (previous.length ? [...previous, next] : [shownUnit, next]));
  };
  const goTo = (index: number) => setSteps((previous) => (index === 0 ? [] : previous.slice(0, index + 1)));

  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2, minWidth: 0 }}>
      {title}
      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <CampaignPicker campaigns={list} value={campaign.id} onChange={setStoredId} />
        {data && <ExportButton campaignId={campaign.id} unitId={data.unit.id} />}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('compliance.deadline', { date: formatVietnamDateTime(campaign.deadlineAt) })}
      </Typography>
      {crumbs.length > 0 && <UnitBreadcrumb steps={crumbs} onGo={goTo} />}
      {summary.isFetching && <LinearProgress aria-hidden />}
      {summary.error && (
        <Alert severity="error" action={<Button onClick={() => summary.refetch()}>{translate('compliance.retry')}</Button>}>
          {translate('compliance.load_failed', { message: translate(summary.error.message, { _: summary.error.message }) })}
        </Alert>
      )}
      {data && (
        <>
          <SummaryCards summary={data} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 7fr) minmax(0, 5fr)' } }}>
            <Section title={translate('compliance.chart.progress_title')}>
              <Suspense fallback={<ChartFallback height={280} />}>
                <ProgressChart series={data.series} />
              </Suspense>
            </Section>
            <MissingItems items={data.missingItems} total={data.totals.total} />
          </Box>
          <Section title={translate('compliance.chart.units_title')} hint={data.children.length ? translate('compliance.chart.units_hint') : undefined}>
            {data.children.length > 0 && (
              <Suspense fallback={<ChartFallback height={240} />}>
                <UnitsChart units={data.children} past={past} onSelect={open} />
              </Suspense>
            )}
            <UnitBreakdown summary={data} onSelect={open} />
          </Section>
          <LaggingOfficers
            key={`${campaign.id}-${data.unit.id}`}
            campaignId={campaign.id}
            unit={data.unit}
            past={past}
            canRemind={data.campaign.status === 'active'}
            notDone={data.totals.incomplete + data.totals.overdue}
          />
        </>
      )}
    </Stack>
  );
};

export default Dashboard;
