import HistoryIcon from '@mui/icons-material/History';
import PersonIcon from '@mui/icons-material/Person';
import { CanAccess, Menu } from 'react-admin';

/**
 * The sidebar: the dashboard for those who supervise, the resources each role may list (react-admin asks
 * canAccess for every one), and the pages every signed-in user has.
 */
export const AppMenu = () => (
  <Menu>
    <CanAccess action="list" resource="dashboard">
      <Menu.DashboardItem />
    </CanAccess>
    <Menu.Item to="/profile" primaryText="profile.title" leftIcon={<PersonIcon />} />
    <Menu.ResourceItems />
    <CanAccess action="list" resource="login-history">
      <Menu.Item to="/login-history" primaryText="app.auth.menu.login_history" leftIcon={<HistoryIcon />} />
    </CanAccess>
  </Menu>
);
