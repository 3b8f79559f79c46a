import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import { createElement, lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { Loading } from 'react-admin';

/**
 * The authentication pages load on demand: they carry the password policy's common-password dictionary
 * (~400 KB) and the QR code generator, which must stay out of the main bundle.
 */
const LazyLoginPage = lazy(() => import('./LoginPage'));
const LazyActivatePage = lazy(() => import('./ActivatePage'));

/** Pages rendered outside the layout have no Suspense boundary above them: they bring their own. */
const suspended = (Page: LazyExoticComponent<ComponentType>) =>
  function Suspended() {
    return createElement(Suspense, { fallback: createElement(Loading) }, createElement(Page));
  };

export const LoginPage = suspended(LazyLoginPage);
export const ActivatePage = suspended(LazyActivatePage);

// Inside the layout, react-admin's own Suspense boundary shows the loader.
export const ChangePasswordPage = lazy(() => import('./ChangePasswordPage'));
export const TwoFactorPage = lazy(() => import('./TwoFactorPage'));
export const LoginHistoryList = lazy(() => import('./LoginHistoryList'));

/** The admins' resource "login-events": every sign-in attempt, filterable by username and outcome. */
export const loginEvents = {
  list: lazy(() => import('./LoginHistoryList').then((module) => ({ default: module.LoginEventList }))),
  icon: ManageSearchIcon,
};
