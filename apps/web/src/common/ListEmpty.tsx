import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { CreateButton, useCanAccess, useResourceContext, useTranslate } from 'react-admin';

/**
 * An empty list. Unlike react-admin's default, it invites to create only those who may (the authProvider's
 * canAccess), and in the resource's own words (resources.<name>.empty / .invite).
 */
export const ListEmpty = () => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'create', resource });
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, color: 'text.secondary' }}>
      <InboxIcon sx={{ fontSize: 64 }} aria-hidden />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate(`resources.${resource}.empty`, { _: translate('ra.page.empty', { name: resource }) })}
      </Typography>
      {canAccess && (
        <>
          <Typography variant="body1" sx={{ mt: 1 }}>
            {translate(`resources.${resource}.invite`, { _: translate('ra.page.invite') })}
          </Typography>
          <CreateButton variant="contained" sx={{ mt: 2 }} />
        </>
      )}
    </Box>
  );
};
