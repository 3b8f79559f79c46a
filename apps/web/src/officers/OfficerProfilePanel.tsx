import {
  Alert,
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  List,
  ListItem,
  ListItemText,
  Skeleton,
  Stack,
  Typography,
} from '@mui/material';
import { formatRuleError } from '@motcua/domain';
import { useQuery } from '@tanstack/react-query';
import {
  DateField,
  FunctionField,
  Labeled,
  RecordContextProvider,
  TextField,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { SendBackNotice, VerificationDetails } from '../profile/VerificationStatus';
import { formatVietnamDateTime } from '@motcua/contracts';
import { COMPLETENESS_COLORS, OfficerAvatar } from './OfficerChips';
import type { Officer } from '@motcua/contracts';
import { getOfficerProfile, type CompletenessEntry, type OfficerProfile } from './officerApi';
import { OptionalTextField } from './OptionalTextField';

/** Dates as the province writes them: dd/MM/yyyy. */
const VI_DATE = { locales: 'vi-VN', options: { day: '2-digit', month: '2-digit', year: 'numeric' } } as const;

const ProfileFields = () => {
  const translate = useTranslate();
  const empty = translate('admin.officers.not_provided');
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
      <Labeled source="fullName">
        <TextField source="fullName" />
      </Labeled>
      <Labeled source="gender">
        <FunctionField
          source="gender"
          render={(p: OfficerProfile) => (p.gender ? translate(`admin.gender.${p.gender}`) : empty)}
        />
      </Labeled>
      <Labeled source="birthDate">
        <DateField source="birthDate" locales={VI_DATE.locales} options={VI_DATE.options} emptyText={empty} />
      </Labeled>
      <OptionalTextField source="citizenId" />
      <OptionalTextField source="phone" />
      <OptionalTextField source="email" />
      <OptionalTextField source="address" sx={{ gridColumn: { sm: '1 / -1' } }} />
      <OptionalTextField source="receiptAccount" />
      <Labeled source="receiptPasswordSet">
        <FunctionField
          source="receiptPasswordSet"
          render={(p: OfficerProfile) =>
            translate(
              p.receiptPasswordSet ? 'admin.officers.receipt_password_set' : 'admin.officers.receipt_password_not_set',
            )
          }
        />
      </Labeled>
    </Box>
  );
};

const CompletenessEntryView = ({ entry }: { entry: CompletenessEntry }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = locale === 'en' ? 'en' : 'vi';
  const deadline = formatVietnamDateTime(entry.deadline);
  const nothingOpen = entry.missing.length === 0 && entry.invalid.length === 0;
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">{entry.name}</Typography>
        <Chip
          size="small"
          color={COMPLETENESS_COLORS[entry.status]}
          label={translate(`admin.officers.completeness.${entry.status}`)}
        />
        <Typography variant="body2" color="text.secondary">
          {translate('admin.officers.checklist.deadline', { date: deadline })}
          {' · '}
          {entry.daysLeft >= 0
            ? translate('admin.officers.checklist.days_left', { smart_count: entry.daysLeft })
            : translate('admin.officers.checklist.overdue_by', { smart_count: -entry.daysLeft })}
        </Typography>
      </Stack>
      {nothingOpen ? (
        <Typography variant="body2" color="success.main" sx={{ mt: 1 }}>
          {translate('admin.officers.checklist.nothing_missing')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {entry.missing.map((item) => (
            <ListItem key={`missing-${item}`} disableGutters>
              <ListItemText
                primary={translate(`admin.officers.items.${item}`, { _: item })}
                secondary={translate('admin.officers.checklist.missing')}
              />
            </ListItem>
          ))}
          {entry.invalid.map(({ field, errors }) => (
            <ListItem key={`invalid-${field}`} disableGutters>
              <ListItemText
                primary={translate(`admin.officers.items.${field}`, { _: field })}
                secondary={`${translate('admin.officers.checklist.invalid')}: ${errors.map((error) => formatRuleError(error, language)).join(' ')}`}
                slotProps={{ secondary: { color: 'error' } }}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};

/** The officer's personal record and completeness, read from GET /api/officers/:id/profile (read-only here). */
export const OfficerProfilePanel = () => {
  const officer = useRecordContext<Officer>();
  const translate = useTranslate();
  const {
    data: profile,
    isPending,
    error,
  } = useQuery({
    queryKey: ['officers', 'profile', officer?.id],
    queryFn: ({ signal }) =>
      officer ? getOfficerProfile(officer.id, signal) : Promise.reject(new Error('no officer')),
    enabled: officer !== undefined,
  });
  if (!officer) return null;
  return (
    <Stack spacing={2}>
      <Card variant="outlined">
        <CardHeader
          avatar={<OfficerAvatar officer={profile ?? officer} size={56} />}
          title={translate('admin.officers.sections.profile')}
        />
        <CardContent>
          {error ? (
            <Alert severity="error">{error.message || translate('admin.officers.profile_unavailable')}</Alert>
          ) : isPending ? (
            <Skeleton variant="rectangular" height={160} />
          ) : (
            <RecordContextProvider value={profile}>
              <ProfileFields />
            </RecordContextProvider>
          )}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardHeader title={translate('admin.officers.sections.completeness')} />
        <CardContent>
          {isPending || error ? (
            <Skeleton variant="rectangular" height={60} />
          ) : (
            <>
              {profile.sendBack && (
                <Box sx={{ mb: 2 }}>
                  <SendBackNotice sendBack={profile.sendBack} />
                </Box>
              )}
              {profile.verification && (
                <Box sx={{ mb: 2 }}>
                  <VerificationDetails verification={profile.verification} />
                </Box>
              )}
              {profile.completeness.map((entry) => (
                <CompletenessEntryView key={entry.campaignId ?? 'default'} entry={entry} />
              ))}
            </>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
};
