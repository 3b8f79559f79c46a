import VerifiedIcon from '@mui/icons-material/Verified';
import { Avatar, Box, Chip, Stack, Tooltip, Typography, type ChipProps } from '@mui/material';
import type { Role } from '@motcua/domain';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatVietnamDateTime } from '@motcua/contracts';
import { STATUS_COLORS as COMPLETENESS_STATUS_COLORS } from '../profile/completeness';
import type { AccountStatus, ComplianceStatus, Officer } from '@motcua/contracts';

type ChipColor = ChipProps['color'];

export const STATUS_COLORS: Record<AccountStatus, ChipColor> = {
  pending_activation: 'info',
  active: 'success',
  locked: 'warning',
  disabled: 'default',
};

export const COMPLETENESS_COLORS: Record<ComplianceStatus, ChipColor> = COMPLETENESS_STATUS_COLORS;

/** Admins first: the most powerful role is the one a reader needs to notice. */
const ROLE_ORDER: readonly Role[] = ['admin', 'unit_admin', 'supervisor', 'officer'];

export const StatusChip = ({ status }: { status: AccountStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[status] ?? 'default'}
      label={translate(`admin.officers.statuses.${status}`, { _: status })}
    />
  );
};

export const RoleChips = ({ roles }: { roles: readonly Role[] }) => {
  const translate = useTranslate();
  const sorted = [...roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {sorted.map((role) => (
        <Chip
          key={role}
          size="small"
          variant={role === 'officer' ? 'outlined' : 'filled'}
          color={role === 'admin' ? 'secondary' : 'default'}
          label={translate(`admin.roles.${role}`, { _: role })}
        />
      ))}
    </Stack>
  );
};

export const CompletenessChip = ({ completeness }: { completeness: Officer['completeness'] }) => {
  const translate = useTranslate();
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={COMPLETENESS_COLORS[completeness.status] ?? 'default'}
      label={translate(`admin.officers.completeness.${completeness.status}`, { _: completeness.status })}
    />
  );
  if (completeness.missing.length === 0) return chip;
  const fields = completeness.missing
    .map((field) => translate(`admin.officers.items.${field}`, { _: field }))
    .join(', ');
  return (
    <Tooltip title={translate('admin.officers.completeness.missing', { fields })}>
      <span>{chip}</span>
    </Tooltip>
  );
};

/** "Đã xác thực" with when and by whom: in a tooltip in the list, written out on the officer's page. */
export const VerifiedBadge = ({
  verifiedAt,
  verifiedByName,
  detailed = false,
}: {
  verifiedAt: string | null;
  verifiedByName?: string | null;
  detailed?: boolean;
}) => {
  const translate = useTranslate();
  if (!verifiedAt)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('admin.officers.not_verified')}
      </Typography>
    );
  const detail = translate('admin.officers.verified_detail', {
    at: formatVietnamDateTime(verifiedAt),
    name: verifiedByName ?? '—',
  });
  const badge = (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: 'success.main' }}>
      <VerifiedIcon fontSize="small" aria-hidden />
      <Typography variant="body2" component="span">
        {translate('admin.officers.verified')}
      </Typography>
    </Box>
  );
  if (!detailed) return <Tooltip title={detail}>{badge}</Tooltip>;
  return (
    <Box>
      {badge}
      <Typography variant="body2" color="text.secondary">
        {detail}
      </Typography>
    </Box>
  );
};

const initials = (fullName: string) => {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[words.length - 1][0] : (words[0] ?? '?').slice(0, 2)).toUpperCase();
};

export const OfficerAvatar = ({
  officer,
  size = 32,
}: {
  officer: Pick<Officer, 'fullName' | 'avatarUrl'>;
  size?: number;
}) => (
  <Avatar
    src={officer.avatarUrl ?? undefined}
    alt={officer.fullName}
    sx={{ width: size, height: size, fontSize: size * 0.4 }}
  >
    {initials(officer.fullName)}
  </Avatar>
);

/** Record-context fields for the Datagrid and the show page. */
export const OfficerNameField = (_props: { source?: string; label?: string; sortBy?: string }) => {
  const officer = useRecordContext<Officer>();
  if (!officer) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <OfficerAvatar officer={officer} />
      <span>{officer.fullName}</span>
    </Stack>
  );
};

export const StatusField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const officer = useRecordContext<Officer>();
  return officer ? <StatusChip status={officer.status} /> : null;
};

export const RolesField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const officer = useRecordContext<Officer>();
  return officer ? <RoleChips roles={officer.roles} /> : null;
};

export const CompletenessField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const officer = useRecordContext<Officer>();
  return officer ? <CompletenessChip completeness={officer.completeness} /> : null;
};

export const VerifiedField = ({
  detailed,
}: {
  source?: string;
  label?: string;
  sortable?: boolean;
  detailed?: boolean;
}) => {
  const officer = useRecordContext<Officer>();
  return officer ? (
    <VerifiedBadge verifiedAt={officer.verifiedAt} verifiedByName={officer.verifiedByName} detailed={detailed} />
  ) : null;
};
