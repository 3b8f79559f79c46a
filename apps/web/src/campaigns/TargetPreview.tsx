import GroupsIcon from '@mui/icons-material/Groups';
import { Alert, CircularProgress } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { CampaignTarget } from '@motcua/contracts';
import { previewTargets, targetsBody } from './campaignApi';

/** How long the picker must stay still before the count is asked for (one request per burst of clicks). */
export const PREVIEW_DEBOUNCE_MS = 400;

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** "Đợt này áp dụng cho N cán bộ", recounted by the API while the targets are being picked. */
export const TargetPreview = ({ source = 'targets' }: { source?: string }) => {
  const translate = useTranslate();
  const watched = useWatch({ name: source }) as CampaignTarget[] | null | undefined;
  const key = JSON.stringify(targetsBody(watched));
  const debouncedKey = useDebounced(key, PREVIEW_DEBOUNCE_MS);
  const targets = JSON.parse(debouncedKey) as CampaignTarget[];
  const { data, isFetching, error } = useQuery({
    queryKey: ['motcua', 'campaigns', 'preview', debouncedKey],
    queryFn: ({ signal }) => previewTargets(targets, signal),
    enabled: targets.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
  });

  if (key === '[]')
    return (
      <Alert severity="info" icon={<GroupsIcon />}>
        {translate('resources.campaigns.preview.pick_units')}
      </Alert>
    );
  if (error)
    return (
      <Alert severity="warning">
        {translate('resources.campaigns.preview.failed', { message: translate(error.message, { _: error.message }) })}
      </Alert>
    );
  const settling = key !== debouncedKey || isFetching;
  return (
    <Alert
      severity="info"
      icon={settling ? <CircularProgress size={20} /> : <GroupsIcon />}
      role="status"
      aria-live="polite"
    >
      {data === undefined
        ? translate('resources.campaigns.preview.counting')
        : translate('resources.campaigns.preview.applies_to', { smart_count: data })}
    </Alert>
  );
};
