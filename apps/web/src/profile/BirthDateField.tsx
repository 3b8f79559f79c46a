import TextField from '@mui/material/TextField';
import { useTranslate } from 'react-admin';
import { maskDateTyping } from './dates';

interface BirthDateFieldProps {
  /** The text as shown: dd/MM/yyyy, possibly still being typed. */
  value: string;
  onChange: (text: string) => void;
  onBlur: () => void;
  error?: string;
  disabled?: boolean;
}

/** Ngày sinh: typed as dd/MM/yyyy, slashes added as the officer types; no date-picker library is installed. */
export const BirthDateField = ({ value, onChange, onBlur, error, disabled }: BirthDateFieldProps) => {
  const translate = useTranslate();
  return (
    <TextField
      id="profile-birthDate"
      name="birthDate"
      label={translate('profile.fields.birthDate')}
      required
      fullWidth
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(maskDateTyping(event.target.value))}
      onBlur={onBlur}
      error={Boolean(error)}
      helperText={error ?? translate('profile.helpers.birthDate')}
      placeholder="dd/mm/yyyy"
      autoComplete="bday"
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 10 } }}
    />
  );
};
