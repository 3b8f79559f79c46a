import type { SxProps, Theme } from '@mui/material';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS as pickerEn, viVN as pickerVi } from '@mui/x-date-pickers/locales';
import { enGB, vi } from 'date-fns/locale';
import { FieldTitle, InputHelperText, useInput, useLocaleState, useTranslate, type Validator } from 'react-admin';
import { fromWallClock, toWallClock } from './pickerClock';

/** Vietnamese order and 24-hour clock in both languages: the one way dates are shown across the console. */
const FORMAT = 'dd/MM/yyyy HH:mm';

const PICKER_LOCALES = {
  vi: { dateFns: vi, text: pickerVi.components.MuiLocalizationProvider.defaultProps.localeText },
  en: { dateFns: enGB, text: pickerEn.components.MuiLocalizationProvider.defaultProps.localeText },
};

/**
 * A date and time on a Vietnamese wall clock (dd/MM/yyyy HH:mm), whatever the browser's time zone or language.
 * The picker edits a local Date carrying Vietnam's wall-clock fields; the form holds the UTC instant the API stores.
 */
export const VietnamDateTimeInput = ({
  source,
  validate,
  disabled,
  sx,
}: {
  source: string;
  validate?: Validator | Validator[];
  disabled?: boolean;
  sx?: SxProps<Theme>;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const picker = PICKER_LOCALES[locale === 'en' ? 'en' : 'vi'];
  const { field, fieldState, formState, isRequired, id } = useInput({ source, validate, disabled });
  const invalid = Boolean(fieldState.error) && (fieldState.isTouched || formState.isSubmitted);
  return (
    <LocalizationProvider dateAdapter={AdapterDateFns} adapterLocale={picker.dateFns} localeText={picker.text}>
      <DateTimePicker
        value={toWallClock(field.value as string | null | undefined)}
        onChange={(value) => field.onChange(value && !Number.isNaN(value.getTime()) ? fromWallClock(value) : null)}
        onClose={field.onBlur}
        format={FORMAT}
        ampm={false}
        disabled={disabled}
        label={<FieldTitle source={source} resource="campaigns" isRequired={isRequired} />}
        sx={sx}
        slotProps={{
          textField: {
            id,
            name: field.name,
            onBlur: field.onBlur,
            error: invalid,
            size: 'small',
            margin: 'dense',
            helperText: invalid ? (
              <InputHelperText error={fieldState.error?.message} />
            ) : (
              translate('resources.campaigns.form.vietnam_time')
            ),
          },
        }}
      />
    </LocalizationProvider>
  );
};
