import { Button, CircularProgress, type ButtonProps } from '@mui/material';

/** A contained button that is disabled, with a spinner, while its request runs. */
export const BusyButton = ({ busy, ...props }: ButtonProps & { busy: boolean }) => (
  <Button
    variant="contained"
    disabled={busy}
    startIcon={busy ? <CircularProgress size={16} color="inherit" /> : undefined}
    {...props}
  />
);
