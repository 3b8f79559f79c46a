import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { AdapterDateFns } from '@mui/x-date-pickers/AdapterDateFns';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS as pickerEn, viVN as pickerVi } from '@mui/x-date-pickers/locales';
import { format, isValid, parse } from 'date-fns';
import { enUS, vi } from 'date-fns/locale';
import { useInput, useLocaleState, useTranslate } from 'react-admin';

/** The filter's value is a calendar day, yyyy-MM-dd; the API reads it as that day in Việt Nam. */
const DAY = 'yyyy-MM-dd';

export const dayOf = (date: Date | null): string | null => (date && isValid(date) ? format(date, DAY) : null);
export const dateOf = (day: unknown): Date | null =>
  typeof day === 'string' && day ? parse(day, DAY, new Date()) : null;

/**
 * A day filter shown and typed as dd/MM/yyyy in either language (MUI X's picker with date-fns), rather than the
 * browser's native input, which follows the browser's locale ("mm/dd/yyyy"). Incomplete typing is not sent.
 */
export const VietnamDateFilterInput = ({ source, label }: { source: string; label: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { field } = useInput({ source });
  const english = locale === 'en';
  return (
    <LocalizationProvider
      dateAdapter={AdapterDateFns}
      adapterLocale={english ? enUS : vi}
      localeText={(english ? pickerEn : pickerVi).components.MuiLocalizationProvider.defaultProps.localeText}
    >
      <DatePicker
        label={translate(label)}
        format="dd/MM/yyyy"
        value={dateOf(field.value)}
        onChange={(date) => {
          const day = dayOf(date);
          if (day !== null || date === null) field.onChange(day ?? '');
        }}
        slotProps={{
          textField: { name: source, size: 'small', variant: 'filled', onBlur: field.onBlur, sx: { width: 190 } },
        }}
      />
    </LocalizationProvider>
  );
};
