import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

interface ReceiptPasswordFieldProps {
  /** The new password being typed; the stored one is never sent to the browser. */
  value: string;
  /** The officer asked to remove the stored password (sent as ''). */
  clearing: boolean;
  passwordSet: boolean;
  onChange: (change: { receiptPassword: string; clearReceiptPassword: boolean }) => void;
  onBlur: () => void;
  error?: string;
  disabled?: boolean;
}

/** Mật khẩu liên kết biên lai/hóa đơn: write-only. Empty means "keep"; "Xóa mật khẩu" sends ''. */
export const ReceiptPasswordField = ({
  value,
  clearing,
  passwordSet,
  onChange,
  onBlur,
  error,
  disabled,
}: ReceiptPasswordFieldProps) => {
  const translate = useTranslate();
  const [visible, setVisible] = useState(false);
  const status =
    passwordSet && !clearing
      ? translate('profile.receipt_password.set')
      : translate('profile.receipt_password.not_set');
  const hint = clearing
    ? translate('profile.receipt_password.will_clear')
    : passwordSet
      ? translate('profile.receipt_password.keep_hint')
      : undefined;
  return (
    <Box>
      <TextField
        id="profile-receiptPassword"
        name="receiptPassword"
        label={translate('profile.fields.receiptPassword')}
        type={visible ? 'text' : 'password'}
        autoComplete="new-password"
        fullWidth
        value={value}
        disabled={disabled}
        onChange={(event) => onChange({ receiptPassword: event.target.value, clearReceiptPassword: false })}
        onBlur={onBlur}
        error={Boolean(error)}
        helperText={
          error ?? (
            <Box component="span" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
              <Chip
                component="span"
                size="small"
                color={passwordSet && !clearing ? 'success' : 'default'}
                variant="outlined"
                label={status}
              />
              {hint && <span>{hint}</span>}
            </Box>
          )
        }
        slotProps={{
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  aria-label={translate(visible ? 'profile.receipt_password.hide' : 'profile.receipt_password.show')}
                  onClick={() => setVisible((shown) => !shown)}
                  edge="end"
                  size="small"
                >
                  {visible ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      {passwordSet && (
        <Button
          size="small"
          color={clearing ? 'primary' : 'error'}
          disabled={disabled}
          onClick={() => onChange({ receiptPassword: '', clearReceiptPassword: !clearing })}
          sx={{ mt: 0.5 }}
        >
          {translate(clearing ? 'profile.receipt_password.undo_clear' : 'profile.receipt_password.clear')}
        </Button>
      )}
    </Box>
  );
};
