import { Box, Typography } from '@mui/material';
import { auditFieldLabel } from '@motcua/contracts';
import { useLocaleState, useTranslate } from 'react-admin';
import type { AuditChange } from './auditApi';
import { sideText } from './auditText';

/** Each changed field as "Số điện thoại: 0912345678 → 0987654321", wrapping rather than widening the page. */
export const AuditChanges = ({ changes }: { changes: AuditChange[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = locale === 'en' ? 'en' : 'vi';
  if (!changes.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.audit.no_fields')}
      </Typography>
    );
  const empty = translate('resources.audit.empty_value');
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', overflowWrap: 'anywhere' }}>
      {changes.map((change) => (
        <Typography component="li" variant="body2" key={change.field} data-field={change.field}>
          <Box component="span" sx={{ fontWeight: 600 }}>
            {auditFieldLabel(change.field, lang)}:
          </Box>{' '}
          <Box component="span" data-side="before" sx={{ color: 'text.secondary' }}>
            {sideText(change, 'before', lang) || empty}
          </Box>
          {' → '}
          <Box component="span" data-side="after">
            {sideText(change, 'after', lang) || empty}
          </Box>
        </Typography>
      ))}
    </Box>
  );
};
