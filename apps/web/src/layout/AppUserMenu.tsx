import HistoryIcon from '@mui/icons-material/History';
import KeyIcon from '@mui/icons-material/Key';
import PhonelinkLockIcon from '@mui/icons-material/PhonelinkLock';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import type { ReactNode } from 'react';
import { Logout, UserMenu, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';

const UserMenuLink = ({ to, label, icon }: { to: string; label: string; icon: ReactNode }) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to={to} onClick={userMenu?.onClose}>
      <ListItemIcon>{icon}</ListItemIcon>
      <ListItemText>{translate(label)}</ListItemText>
    </MenuItem>
  );
};

/** The account menu in the app bar: the user's own security pages, then sign out. */
export const AppUserMenu = () => (
  <UserMenu>
    <UserMenuLink to="/change-password" label="app.auth.menu.change_password" icon={<KeyIcon fontSize="small" />} />
    <UserMenuLink to="/2fa" label="app.auth.menu.two_factor" icon={<PhonelinkLockIcon fontSize="small" />} />
    <UserMenuLink to="/login-history" label="app.auth.menu.login_history" icon={<HistoryIcon fontSize="small" />} />
    <Logout />
  </UserMenu>
);
