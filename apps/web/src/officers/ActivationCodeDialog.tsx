import { useState } from 'react';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import KeyIcon from '@mui/icons-material/Key';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface ActivationCodeDialogProps {
  /** The code the API just issued; the dialog is open while there is one. */
  code: string | null;
  fullName: string;
  username: string;
  /** The parent forgets the code here: closing is the only way out, so it is shown exactly once. */
  onClose: () => void;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Shows an activation code the API will never show again. The dialog has no onClose, so neither a backdrop click
 * nor Escape dismisses it: the officer's access depends on the admin writing the code down, so leaving is an
 * explicit "I have saved the code".
 */
export const ActivationCodeDialog = ({ code, fullName, username, onClose }: ActivationCodeDialogProps) => {
  const translate = useTranslate();
  const [copy, setCopy] = useState<CopyState>('idle');

  const copyCode = async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  const close = () => {
    setCopy('idle');
    onClose();
  };

  return (
    <Dialog open={code !== null} aria-labelledby="activation-code-title" maxWidth="sm" fullWidth>
      <DialogTitle id="activation-code-title" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <KeyIcon color="primary" />
        {translate('admin.activation.title')}
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          <strong>{translate('admin.activation.once')}</strong>
        </Alert>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('admin.activation.hint', { name: fullName, username })}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Box
            component="output"
            aria-label={translate('admin.activation.code_label')}
            sx={{
              fontFamily: 'monospace',
              fontSize: '1.75rem',
              letterSpacing: '0.15em',
              px: 2,
              py: 1,
              borderRadius: 1,
              bgcolor: 'action.hover',
              userSelect: 'all',
            }}
          >
            {code}
          </Box>
          <Button variant="outlined" startIcon={<ContentCopyIcon />} onClick={copyCode}>
            {translate('admin.activation.copy')}
          </Button>
        </Box>
        {copy !== 'idle' && (
          <Typography
            aria-live="polite"
            variant="body2"
            color={copy === 'copied' ? 'success.main' : 'error'}
            sx={{ mt: 1 }}
          >
            {translate(copy === 'copied' ? 'admin.activation.copied' : 'admin.activation.copy_failed')}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={close}>
          {translate('admin.activation.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
