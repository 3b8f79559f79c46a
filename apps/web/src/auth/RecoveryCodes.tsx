import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslate, useNotify } from 'react-admin';
import { copyText } from './copyText';

/** The ten single-use recovery codes, shown once right after enrolment, with a copy button. */
export const RecoveryCodes = ({ codes, onDone }: { codes: readonly string[]; onDone(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    const copied = await copyText(codes.join('\n'));
    notify(copied ? 'app.auth.two_factor.copied' : 'app.auth.two_factor.copy_failed', {
      type: copied ? 'info' : 'warning',
    });
  };
  return (
    <Box>
      <Typography variant="subtitle1" component="h2" gutterBottom>
        {translate('app.auth.two_factor.recovery_title')}
      </Typography>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('app.auth.two_factor.recovery_intro')}
      </Alert>
      <Box
        component="ol"
        aria-label={translate('app.auth.two_factor.recovery_title')}
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
          gap: 1,
          pl: 3,
          my: 2,
          fontFamily: 'monospace',
          fontSize: '1.05rem',
        }}
      >
        {codes.map((code) => (
          <li key={code} data-recovery-code>
            {code}
          </li>
        ))}
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copy}>
          {translate('app.auth.two_factor.copy')}
        </Button>
        <Button variant="contained" onClick={onDone}>
          {translate('app.auth.two_factor.saved')}
        </Button>
      </Stack>
    </Box>
  );
};
