// Roles and pages are domain rules; the apps read them from the contract with everything else on the wire.
export { ROLES, ROLE_LABELS, isRole, type Role } from '@motcua/domain';
export { APP_PAGES, pagesForRoles, canOpenPage, type AppPage } from '@motcua/domain';
