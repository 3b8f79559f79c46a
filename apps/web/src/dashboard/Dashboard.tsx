import { Card, CardContent, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';

export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.short_title" />
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('app.dashboard.welcome')}
        </Typography>
        <Typography variant="body1">{translate('app.dashboard.intro')}</Typography>
      </CardContent>
    </Card>
  );
};

export default Dashboard;
