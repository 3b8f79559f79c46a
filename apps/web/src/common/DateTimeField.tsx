import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatVietnamDateTime } from '@motcua/contracts';

interface DateTimeFieldProps {
  source: string;
  /** Shown (translated) when the record has no such moment. */
  emptyText?: string;
  /** Read by react-admin's Labeled for the field's label. */
  label?: string;
}

/**
 * A record's instant as dd/MM/yyyy HH:mm in Việt Nam time. react-admin's DateField with showTime goes through
 * the browser's vi-VN format, which puts the time first ("14:35 23/11/2026").
 */
export const DateTimeField = ({ source, emptyText }: DateTimeFieldProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {value ? formatVietnamDateTime(value) : emptyText ? translate(emptyText, { _: emptyText }) : ''}
    </Typography>
  );
};
