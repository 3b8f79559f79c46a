import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { TextFieldProps } from '@mui/material/TextField';
import type { Gender } from '@motcua/domain';
import { useTranslate } from 'react-admin';
import { ErrorSummary, focusElement, type SummaryEntry } from '../common/ErrorSummary';
import { AvatarField } from './AvatarField';
import { BirthDateField } from './BirthDateField';
import { phoneHint, REQUIRED_FIELDS, type FormField, type TextField as TextFieldName } from './profileForm';
import { ReceiptPasswordField } from './ReceiptPasswordField';
import type { ProfileEditor } from './useProfileEditor';

export interface PageOption {
  path: string;
  label: string;
}

/** Nữ before Nam, as on the province form. */
const GENDER_ORDER: readonly Gender[] = ['female', 'male'];

/** The form's fields in the order they appear, for the error summary. */
const FIELD_ORDER: readonly FormField[] = [
  'fullName',
  'gender',
  'address',
  'birthDate',
  'email',
  'citizenId',
  'phone',
  'receiptAccount',
  'receiptPassword',
  'defaultPage',
];

interface ProfileFormProps {
  editor: ProfileEditor;
  pageOptions: readonly PageOption[];
}

/** The province's "Thông tin cá nhân" form, one full-width column so it fits a 390-px phone. */
export const ProfileForm = ({ editor, pageOptions }: ProfileFormProps) => {
  const translate = useTranslate();
  const { values, errorOf, edit, blur, saving, base } = editor;

  const text = (field: TextFieldName, props: Partial<TextFieldProps> = {}) => {
    const error = errorOf(field);
    return (
      <TextField
        id={`profile-${field}`}
        name={field}
        label={translate(`profile.fields.${field}`)}
        fullWidth
        value={values[field]}
        onChange={(event) => edit(field, { [field]: event.target.value })}
        onBlur={() => blur(field)}
        error={Boolean(error)}
        disabled={saving}
        required={REQUIRED_FIELDS.includes(field)}
        {...props}
        helperText={error ?? props.helperText}
      />
    );
  };

  const genderError = errorOf('gender');
  const summary: SummaryEntry[] = FIELD_ORDER.flatMap((field) => {
    const message = errorOf(field);
    if (!message) return [];
    // A radio group has no one input with the field's id: its first choice takes the focus.
    const focus =
      field === 'gender' ? () => focusElement(document.querySelector<HTMLElement>('input[name="gender"]')) : undefined;
    return [{ field, label: translate(`profile.fields.${field}`), message, targetId: `profile-${field}`, focus }];
  });
  return (
    <Stack
      component="form"
      noValidate
      spacing={2.5}
      onSubmit={(event) => {
        event.preventDefault();
        void editor.submit();
      }}
    >
      <ErrorSummary entries={summary} attempt={editor.attempts} />
      {text('fullName', { autoComplete: 'name' })}
      <FormControl error={Boolean(genderError)} disabled={saving} required={REQUIRED_FIELDS.includes('gender')}>
        <FormLabel id="profile-gender-label">{translate('profile.fields.gender')}</FormLabel>
        <RadioGroup
          row
          id="profile-gender"
          aria-labelledby="profile-gender-label"
          aria-invalid={Boolean(genderError)}
          aria-describedby={genderError ? 'profile-gender-helper-text' : undefined}
          name="gender"
          value={values.gender}
          onChange={(event) => edit('gender', { gender: event.target.value })}
        >
          {GENDER_ORDER.map((gender) => (
            <FormControlLabel
              key={gender}
              value={gender}
              control={<Radio />}
              label={translate(`profile.gender.${gender}`)}
            />
          ))}
        </RadioGroup>
        {genderError && <FormHelperText id="profile-gender-helper-text">{genderError}</FormHelperText>}
      </FormControl>
      {text('address', { autoComplete: 'street-address', multiline: true, minRows: 1, maxRows: 4 })}
      <BirthDateField
        value={values.birthDate}
        onChange={(birthDate) => edit('birthDate', { birthDate })}
        onBlur={() => blur('birthDate')}
        error={errorOf('birthDate')}
        disabled={saving}
      />
      {text('email', { type: 'email', autoComplete: 'email', slotProps: { htmlInput: { inputMode: 'email' } } })}
      <AvatarField avatarUrl={base.avatarUrl} fullName={values.fullName} onChanged={editor.refresh} disabled={saving} />
      {text('citizenId', {
        helperText: translate('profile.helpers.citizenId'),
        slotProps: { htmlInput: { inputMode: 'numeric', autoComplete: 'off' } },
      })}
      {text('phone', {
        type: 'tel',
        autoComplete: 'tel-national',
        helperText: phoneHint(values.phone) ?? translate('profile.helpers.phone'),
      })}
      {text('receiptAccount', { autoComplete: 'off' })}
      <ReceiptPasswordField
        value={values.receiptPassword}
        clearing={values.clearReceiptPassword}
        passwordSet={base.receiptPasswordSet}
        onChange={(change) => edit('receiptPassword', change)}
        onBlur={() => blur('receiptPassword')}
        error={errorOf('receiptPassword')}
        disabled={saving}
      />
      {text('defaultPage', {
        select: true,
        children: [
          <MenuItem key="" value="">
            <em>{translate('profile.default_page.none')}</em>
          </MenuItem>,
          ...pageOptions.map((page) => (
            <MenuItem key={page.path} value={page.path}>
              {page.label}
            </MenuItem>
          )),
        ],
      })}
      <div>
        <Button
          type="submit"
          variant="contained"
          disabled={saving}
          startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
          sx={{ width: { xs: '100%', sm: 'auto' } }}
        >
          {translate('profile.actions.save')}
        </Button>
      </div>
    </Stack>
  );
};
