import { TextInput, useTranslate, type TextInputProps, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatDateTime } from '../common/vietnamTime';
import { fromVietnamInput, toVietnamInput } from './vietnamTime';

/**
 * A date and time on a Vietnamese wall clock, whatever the browser's time zone (react-admin's DateTimeInput
 * would use the browser's). The form holds the UTC instant; the helper repeats it as dd/MM/yyyy HH:mm.
 */
export const VietnamDateTimeInput = ({ source, validate, ...rest }: { source: string; validate?: Validator | Validator[] } & Omit<TextInputProps, 'source' | 'validate'>) => {
  const translate = useTranslate();
  const value = useWatch({ name: source }) as string | null | undefined;
  return (
    <TextInput
      source={source}
      type="datetime-local"
      format={toVietnamInput}
      parse={fromVietnamInput}
      validate={validate}
      helperText={value ? translate('resources.campaigns.form.vietnam_time_value', { value: formatDateTime(value) }) : 'resources.campaigns.form.vietnam_time'}
      slotProps={{ inputLabel: { shrink: true } }}
      {...rest}
    />
  );
};
