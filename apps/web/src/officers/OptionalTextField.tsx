import type { SxProps, Theme } from '@mui/material';
import { Labeled, TextField, useTranslate } from 'react-admin';

/** A labelled text of an officer's record, worded "not provided" while the officer has not filled it in. */
export const OptionalTextField = ({ source, sx }: { source: string; sx?: SxProps<Theme> }) => {
  const translate = useTranslate();
  return (
    <Labeled source={source} sx={sx}>
      <TextField source={source} emptyText={translate('admin.officers.not_provided')} />
    </Labeled>
  );
};
