import InsightsIcon from '@mui/icons-material/Insights';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import { Button, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import type { Campaign } from '@motcua/contracts';
import { transitionCampaign } from './campaignApi';
import { useFollowedCampaign } from './useFollowedCampaign';

/** "Bắt đầu đợt" for a draft, "Kết thúc đợt" for an active campaign, each after a confirmation. */
export const CampaignTransitionButton = ({ action }: { action: 'activate' | 'close' }) => {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const from = action === 'activate' ? 'draft' : 'active';
  if (!record || record.status !== from) return null;
  // The API refuses to start a campaign whose deadline has passed; say so before the click, not after.
  const deadlinePassed = action === 'activate' && Date.parse(record.deadlineAt) <= Date.now();

  const confirm = async () => {
    setBusy(true);
    try {
      await transitionCampaign(record.id, action);
      notify(`resources.campaigns.actions.${action}.done`, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        color={action === 'activate' ? 'primary' : 'warning'}
        startIcon={action === 'activate' ? <PlayArrowIcon /> : <StopIcon />}
        onClick={() => setOpen(true)}
        disabled={busy || deadlinePassed}
        aria-describedby={deadlinePassed ? 'campaign-deadline-passed' : undefined}
      >
        {translate(`resources.campaigns.actions.${action}.label`)}
      </Button>
      {deadlinePassed && (
        <Typography id="campaign-deadline-passed" variant="body2" color="error" sx={{ alignSelf: 'center' }}>
          {translate('resources.campaigns.actions.activate.deadline_passed')}
        </Typography>
      )}
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate(`resources.campaigns.actions.${action}.title`, { name: record.name })}
        content={`resources.campaigns.actions.${action}.content`}
        confirm={`resources.campaigns.actions.${action}.label`}
        confirmColor={action === 'activate' ? 'primary' : 'warning'}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Opens the dashboard on this campaign. */
export const CampaignProgressButton = () => {
  const record = useRecordContext<Campaign>();
  const translate = useTranslate();
  const redirect = useRedirect();
  const [, setCampaignId] = useFollowedCampaign();
  if (!record || record.status === 'draft') return null;
  return (
    <Button
      size="small"
      startIcon={<InsightsIcon />}
      onClick={(event) => {
        event.stopPropagation();
        setCampaignId(record.id);
        redirect('/');
      }}
    >
      {translate('resources.campaigns.actions.progress')}
    </Button>
  );
};
