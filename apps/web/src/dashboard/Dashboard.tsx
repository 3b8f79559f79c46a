import FileDownloadIcon from '@mui/icons-material/FileDownload';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  ListSubheader,
  MenuItem,
  Skeleton,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { useCan } from '../auth/useCan';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import type { Campaign } from '@motcua/contracts';
import { fetchReportableCampaigns } from '../campaigns/campaignApi';
import { useFollowedCampaign } from '../campaigns/useFollowedCampaign';
import { downloadFile } from '../common/fileTransfer';
import { formatVietnamDateTime } from '@motcua/contracts';
import { exportUrl, fetchSummary, isForbidden, isPastDeadline, retryUnlessRefused } from './complianceApi';
import type { ComplianceSummary } from '@motcua/contracts';
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

const CampaignPicker = ({
  campaigns,
  value,
  onChange,
}: {
  campaigns: readonly Campaign[];
  value: number;
  onChange: (id: number) => void;
}) => {
  const translate = useTranslate();
  const groups = (['active', 'closed'] as const).map((status) => ({
    status,
    items: campaigns.filter((campaign) => campaign.status === status),
  }));
  return (
    <TextField
      select
      size="small"
      label={translate('compliance.campaign')}
      value={value}
      onChange={(event) => onChange(Number(event.target.value))}
      // A long campaign name wraps rather than widening the page.
      sx={{
        minWidth: { xs: '100%', sm: 320 },
        maxWidth: '100%',
        '& .MuiSelect-select.MuiSelect-select': { whiteSpace: 'normal', overflowWrap: 'anywhere' },
      }}
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
      notify('compliance.export.failed', {
        type: 'error',
        messageArgs: { message: translate(message, { _: message }) },
      });
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
  <Card variant="outlined" sx={{ minWidth: 0 }}>
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

/** The dashboard's place in the URL: ?campaign=3&unit=9, so a drill-down can be shared and Back goes up. */
const useDashboardParams = () => {
  const [params, setParams] = useSearchParams();
  const number = (key: string) => {
    const value = Number(params.get(key));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const set = (changes: Record<string, number | undefined>) =>
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) next.delete(key);
        else next.set(key, String(value));
      }
      return next;
    });
  return { campaignId: number('campaign'), unitId: number('unit'), set };
};

/**
 * No campaign yet: a supervisor learns what that means for them, an admin (or unit admin) how to start one.
 */
const NoCampaign = ({ title, canStart }: { title: React.ReactNode; canStart: boolean }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      {title}
      <CardContent>
        <Typography variant="h6" component="p" gutterBottom>
          {translate('compliance.no_campaign')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(canStart ? 'compliance.no_campaign_admin' : 'compliance.no_campaign_supervisor')}
        </Typography>
        {canStart ? (
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1 }}>
            <Button variant="contained" component={RouterLink} to="/campaigns/create">
              {translate('compliance.create_campaign')}
            </Button>
            <Button component={RouterLink} to="/campaigns">
              {translate('compliance.open_campaigns')}
            </Button>
          </Stack>
        ) : (
          <Button variant="outlined" component={RouterLink} to="/profile">
            {translate('compliance.open_profile')}
          </Button>
        )}
      </CardContent>
    </Card>
  );
};

/**
 * The supervisor's home: progress of the chosen campaign for their unit (the province for admins), drilling
 * down the unit tree, with the officers still behind and reminders to send them.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const mayStartCampaign = useCan().can({ action: 'create', resource: 'campaigns' });
  const [storedId, setStoredId] = useFollowedCampaign();
  const params = useDashboardParams();

  const campaigns = useQuery({
    queryKey: ['motcua', 'campaigns', 'reportable'],
    queryFn: ({ signal }) => fetchReportableCampaigns(signal),
    retry: retryUnlessRefused,
  });
  const list = campaigns.data ?? [];
  const campaign = list.find((c) => c.id === (params.campaignId ?? storedId)) ?? list[0];
  const unitId = params.unitId;

  const summary = useQuery({
    queryKey: ['motcua', 'compliance', 'summary', campaign?.id, unitId],
    queryFn: ({ signal }) => fetchSummary(campaign?.id ?? 0, unitId, signal),
    enabled: campaign !== undefined,
    placeholderData: keepPreviousData,
    retry: retryUnlessRefused,
  });

  // A shared link to a unit outside the caller's subtree: say so, and offer their own unit, rather than "not for your role".
  const unitRefused = unitId !== undefined && isForbidden(summary.error);
  if (isForbidden(campaigns.error) || (isForbidden(summary.error) && !unitRefused)) return <NotForYourRole />;

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
        <Alert
          severity="error"
          action={<Button onClick={() => campaigns.refetch()}>{translate('compliance.retry')}</Button>}
        >
          {translate('compliance.load_failed', {
            message: translate(campaigns.error.message, { _: campaigns.error.message }),
          })}
        </Alert>
      </Box>
    );
  if (!campaign) return <NoCampaign title={title} canStart={mayStartCampaign} />;

  const data = unitRefused ? undefined : summary.data;
  const past = data ? isPastDeadline(data.campaign) : false;

  const open = (child: Child) => {
    if (canOpen(child)) params.set({ campaign: campaign.id, unit: child.unitId });
  };
  const goTo = (step: UnitStep, index: number) => params.set({ unit: index === 0 ? undefined : step.id });
  const pick = (id: number) => {
    setStoredId(id);
    params.set({ campaign: id });
  };

  return (
    // inline-size containment: the wide tables scroll inside their cards instead of widening the page on a phone.
    <Stack spacing={2} sx={{ mt: 2, mb: 2, minWidth: 0, contain: 'inline-size' }}>
      {title}
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        sx={{ gap: 2, alignItems: { sm: 'center' }, justifyContent: 'space-between', flexWrap: 'wrap', minWidth: 0 }}
      >
        <CampaignPicker campaigns={list} value={campaign.id} onChange={pick} />
        {data && <ExportButton campaignId={campaign.id} unitId={data.unit.id} />}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('compliance.deadline', { date: formatVietnamDateTime(campaign.deadlineAt) })}
      </Typography>
      {data && <UnitBreadcrumb steps={data.trail} onGo={goTo} />}
      {summary.isFetching && <LinearProgress aria-hidden />}
      {unitRefused && (
        <Alert
          severity="warning"
          action={<Button onClick={() => params.set({ unit: undefined })}>{translate('compliance.own_unit')}</Button>}
        >
          {translate('compliance.unit_refused')}
        </Alert>
      )}
      {summary.error && !unitRefused && (
        <Alert
          severity="error"
          action={<Button onClick={() => summary.refetch()}>{translate('compliance.retry')}</Button>}
        >
          {translate('compliance.load_failed', {
            message: translate(summary.error.message, { _: summary.error.message }),
          })}
        </Alert>
      )}
      {data && (
        <>
          <SummaryCards summary={data} />
          <Box
            sx={{
              display: 'grid',
              gap: 2,
              gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 7fr) minmax(0, 5fr)' },
            }}
          >
            <Section title={translate('compliance.chart.progress_title')}>
              <Suspense fallback={<ChartFallback height={280} />}>
                <ProgressChart series={data.series} />
              </Suspense>
            </Section>
            <MissingItems items={data.missingItems} total={data.totals.total} />
          </Box>
          {data.children.length > 0 ? (
            <Section title={translate('compliance.chart.units_title')} hint={translate('compliance.chart.units_hint')}>
              <Suspense fallback={<ChartFallback height={240} />}>
                <UnitsChart units={data.children} past={past} onSelect={open} />
              </Suspense>
              <UnitBreakdown summary={data} onSelect={open} />
            </Section>
          ) : (
            <Typography variant="body2" color="text.secondary" data-testid="no-sub-units">
              {translate('compliance.units.none', { name: data.unit.name })}
            </Typography>
          )}
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
