import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import RadioButtonUnchecked from '@mui/icons-material/RadioButtonUnchecked';
import VerifiedIcon from '@mui/icons-material/Verified';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatRuleError } from '@motcua/domain';
import { Fragment } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import {
  checklistOf,
  deadlineWording,
  hasOpenItems,
  STATUS_COLORS,
  type ChecklistRow,
  type Tone,
} from './completeness';
import { formatVietnamDateTime } from '@motcua/contracts';
import { SendBackNotice, VerificationDetails } from './VerificationStatus';
import type { Completeness, Profile } from './profileApi';

const TONE_COLOR: Record<Tone, string> = { default: 'text.secondary', warning: 'warning.main', error: 'error.main' };

const ROW_ICON = {
  done: <CheckCircle color="success" fontSize="small" />,
  missing: <RadioButtonUnchecked color="disabled" fontSize="small" />,
  invalid: <ErrorOutline color="error" fontSize="small" />,
};

/** An item still to do: what it is, and why (missing, or the rule it breaks in the server's words). */
const OpenItem = ({ row }: { row: ChecklistRow }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const messages = row.errors.map((error) => formatRuleError(error, locale === 'en' ? 'en' : 'vi')).join(' ');
  return (
    <ListItem disableGutters dense sx={{ alignItems: 'flex-start', py: 0.25 }} data-state={row.state}>
      <ListItemIcon sx={{ minWidth: 30, mt: 0.5 }}>{ROW_ICON[row.state]}</ListItemIcon>
      <ListItemText
        primary={translate(`profile.fields.${row.item}`)}
        secondary={row.state === 'invalid' ? messages : translate(`profile.completeness.state.${row.state}`)}
        slotProps={{ secondary: { color: row.state === 'invalid' ? 'error' : 'text.secondary' } }}
      />
    </ListItem>
  );
};

/** Open items first with their reason, then the done ones as compact ticks, so the card stays short on a phone. */
const Checklist = ({ rows }: { rows: ChecklistRow[] }) => {
  const translate = useTranslate();
  const open = rows.filter((row) => row.state !== 'done');
  const done = rows.filter((row) => row.state === 'done');
  return (
    <Box>
      {open.length > 0 && (
        <List dense disablePadding>
          {open.map((row) => (
            <OpenItem key={row.item} row={row} />
          ))}
        </List>
      )}
      {done.length > 0 && (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1, display: 'flex', flexWrap: 'wrap', gap: 0.75 }}>
          {done.map((row) => (
            <Box component="li" key={row.item} data-state="done" sx={{ maxWidth: '100%' }}>
              <Chip
                size="small"
                variant="outlined"
                color="success"
                icon={ROW_ICON.done}
                label={translate(`profile.fields.${row.item}`)}
                title={translate('profile.completeness.state.done')}
                sx={{ maxWidth: '100%' }}
              />
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
};

const CampaignProgress = ({ entry, profile }: { entry: Completeness; profile: Profile }) => {
  const translate = useTranslate();
  const wording = deadlineWording(entry.daysLeft, entry.status);
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {entry.name}
        </Typography>
        <Chip
          size="small"
          color={STATUS_COLORS[entry.status]}
          label={translate(`profile.completeness.status.${entry.status}`)}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('profile.completeness.deadline', { deadline: formatVietnamDateTime(entry.deadline) })}
      </Typography>
      <Typography
        variant="body2"
        sx={{ color: TONE_COLOR[wording.tone], fontWeight: wording.tone === 'default' ? 400 : 600 }}
        data-tone={wording.tone}
      >
        {translate(wording.key, wording.count === undefined ? {} : { smart_count: wording.count })}
      </Typography>
      <Checklist rows={checklistOf(entry, profile)} />
    </Box>
  );
};

interface CompletenessCardProps {
  profile: Profile;
  /** Unsaved edits: the checklist shows the stored record, and confirming would confirm something else. */
  dirty: boolean;
  confirming: boolean;
  onConfirm: () => void;
}

/** What the province still expects, by campaign, and the officer's confirmation. */
export const CompletenessCard = ({ profile, dirty, confirming, onConfirm }: CompletenessCardProps) => {
  const translate = useTranslate();
  const open = hasOpenItems(profile);
  const blockedBy = open
    ? 'profile.completeness.confirm_when_complete'
    : dirty
      ? 'profile.completeness.confirm_when_saved'
      : undefined;
  return (
    <Card component="section" aria-labelledby="profile-completeness-title">
      <CardContent>
        <Stack spacing={2}>
          <Stack
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
          >
            <Typography id="profile-completeness-title" variant="h6" component="h2">
              {translate('profile.completeness.title')}
            </Typography>
            {profile.verifiedAt && (
              <Chip
                icon={<VerifiedIcon />}
                color="success"
                label={translate('profile.completeness.verified')}
                title={translate('profile.completeness.verified_at', { at: formatVietnamDateTime(profile.verifiedAt) })}
              />
            )}
          </Stack>
          {profile.sendBack && <SendBackNotice sendBack={profile.sendBack} forOfficer />}
          {profile.verification && <VerificationDetails verification={profile.verification} />}
          {dirty && <Alert severity="info">{translate('profile.completeness.unsaved')}</Alert>}
          {profile.completeness.map((entry, index) => (
            <Fragment key={entry.campaignId ?? `default-${index}`}>
              {index > 0 && <Divider />}
              <CampaignProgress entry={entry} profile={profile} />
            </Fragment>
          ))}
          <Divider />
          {profile.confirmedAt && (
            <Typography variant="body2" color="success.main">
              {translate('profile.completeness.confirmed_at', { at: formatVietnamDateTime(profile.confirmedAt) })}
            </Typography>
          )}
          <Button
            variant="outlined"
            color="primary"
            onClick={onConfirm}
            disabled={Boolean(blockedBy) || confirming}
            fullWidth
            sx={{ textTransform: 'none' }}
          >
            {translate('profile.completeness.confirm')}
          </Button>
          {blockedBy && (
            <Typography variant="caption" color="text.secondary">
              {translate(blockedBy)}
            </Typography>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};
