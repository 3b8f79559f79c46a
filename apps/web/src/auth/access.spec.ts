import { describe, expect, it } from 'vitest';
import { canRolesAccess } from './access';

describe('what each role may open', () => {
  it('gives an officer their own pages only', () => {
    expect(canRolesAccess(['officer'], 'list', 'login-history')).toBe(true);
    expect(canRolesAccess(['officer'], 'edit', 'profile')).toBe(true);
    expect(canRolesAccess(['officer'], 'list', 'notifications')).toBe(true);
    expect(canRolesAccess(['officer'], 'list', 'dashboard')).toBe(false);
    expect(canRolesAccess(['officer'], 'list', 'officers')).toBe(false);
  });

  it('lets a supervisor follow the dashboard and read officers, not change them', () => {
    expect(canRolesAccess(['officer', 'supervisor'], 'list', 'dashboard')).toBe(true);
    expect(canRolesAccess(['supervisor'], 'show', 'officers')).toBe(true);
    expect(canRolesAccess(['supervisor'], 'edit', 'officers')).toBe(false);
    expect(canRolesAccess(['supervisor'], 'list', 'units')).toBe(false);
  });

  it('lets unit admins manage officers and campaigns, and only admins change units or read the sign-in log and audit', () => {
    expect(canRolesAccess(['unit_admin'], 'create', 'officers')).toBe(true);
    expect(canRolesAccess(['unit_admin'], 'edit', 'campaigns')).toBe(true);
    expect(canRolesAccess(['unit_admin'], 'list', 'units')).toBe(true);
    expect(canRolesAccess(['unit_admin'], 'edit', 'units')).toBe(false);
    expect(canRolesAccess(['admin'], 'edit', 'units')).toBe(true);
    expect(canRolesAccess(['unit_admin'], 'list', 'login-events')).toBe(false);
    expect(canRolesAccess(['admin'], 'list', 'login-events')).toBe(true);
    expect(canRolesAccess(['admin'], 'list', 'audit')).toBe(true);
    expect(canRolesAccess(['admin'], 'delete', 'audit')).toBe(false);
  });

  it('refuses everything to an account without roles', () => {
    expect(canRolesAccess([], 'list', 'login-history')).toBe(false);
  });
});
