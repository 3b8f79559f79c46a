import { Box, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ComplianceSummary } from '@motcua/contracts';

/** The items most officers still miss, most first, as a share of everyone in the unit. */
export const MissingItems = ({ items, total }: { items: ComplianceSummary['missingItems']; total: number }) => {
  const translate = useTranslate();
  const shown = items.filter((item) => item.count > 0);
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('compliance.missing.title')}
        </Typography>
        {shown.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('compliance.missing.none')}
          </Typography>
        ) : (
          <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
            {shown.map(({ item, count }) => (
              <Box component="li" key={item}>
                <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
                  <Typography variant="body2" id={`missing-${item}`}>
                    {translate(`compliance.items.${item}`, { _: item })}
                  </Typography>
                  <Typography
                    variant="body2"
                    id={`missing-${item}-count`}
                    color="text.secondary"
                    sx={{ whiteSpace: 'nowrap' }}
                  >
                    {translate('compliance.missing.count', { smart_count: count })}
                  </Typography>
                </Box>
                <LinearProgress
                  aria-labelledby={`missing-${item} missing-${item}-count`}
                  variant="determinate"
                  color="warning"
                  value={total ? Math.min(100, (count / total) * 100) : 0}
                  sx={{ height: 6, borderRadius: 3 }}
                />
              </Box>
            ))}
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
