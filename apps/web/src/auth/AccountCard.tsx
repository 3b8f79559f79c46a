import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';

/** A signed-in user's own security page: the window title and a card headed by the same title. */
export const AccountCard = ({
  title,
  maxWidth,
  children,
}: {
  title: string;
  maxWidth: number;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, maxWidth }}>
      <Title title={title} />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate(title)}
          </Typography>
          {children}
        </CardContent>
      </Card>
    </Box>
  );
};
