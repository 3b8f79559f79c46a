import { Chip, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CampaignStatus } from '@motcua/contracts';

const COLORS: Record<CampaignStatus, ChipProps['color']> = { draft: 'default', active: 'success', closed: 'info' };

/** Nháp / Đang diễn ra / Đã kết thúc. */
export const CampaignStatusChip = ({ status }: { status: CampaignStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[status] ?? 'default'}
      label={translate(`resources.campaigns.statuses.${status}`)}
    />
  );
};
