import { Button } from '@mui/material';
import { capitalizeFullName, normalizeFullName, validateFullName } from '@motcua/domain';
import { TextInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { validateOfficerName } from './officerRules';

/** The capitalised form worth offering ("đỗ thị lan" → "Đỗ Thị Lan"), or undefined when the name is written so already. */
export function capitalisationSuggestion(typed: unknown): string | undefined {
  if (typeof typed !== 'string' || !validateFullName(typed).ok) return undefined;
  const written = capitalizeFullName(typed);
  return written === normalizeFullName(typed) ? undefined : written;
}

/** The officer's full name; a name typed in lower (or all upper) case is offered in its capitalised form, one click away. */
export const FullNameInput = () => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const suggestion = capitalisationSuggestion(useWatch({ name: 'fullName' }));
  const helperText = suggestion ? (
    <Button
      size="small"
      sx={{ p: 0, minWidth: 0, textTransform: 'none', textAlign: 'left' }}
      onClick={() => setValue('fullName', suggestion, { shouldDirty: true, shouldValidate: true })}
    >
      {translate('admin.officers.capitalise_name', { name: suggestion })}
    </Button>
  ) : undefined;
  return <TextInput source="fullName" validate={validateOfficerName} fullWidth helperText={helperText} />;
};
