import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { LoginOutcome } from './authApi';
import { OUTCOME_COLORS } from './loginEvents';

export const LoginOutcomeChip = ({ outcome }: { outcome: LoginOutcome }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={OUTCOME_COLORS[outcome] ?? 'default'}
      label={translate(`app.auth.outcomes.${outcome}`, { _: outcome })}
    />
  );
};
