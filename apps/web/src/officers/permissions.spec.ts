import { describe, expect, it } from 'vitest';
import { abilitiesOf } from './permissions';

describe('what each role may do on the officers screens', () => {
  it('lets admins do everything', () => {
    expect(abilitiesOf(['officer', 'admin'])).toEqual({ manageAccounts: true, isAdmin: true, verifyRecords: true });
  });

  it('lets unit admins manage accounts but not grant the Administrator role nor verify records', () => {
    expect(abilitiesOf(['officer', 'unit_admin'])).toEqual({
      manageAccounts: true,
      isAdmin: false,
      verifyRecords: false,
    });
  });

  it('gives supervisors read-only lists plus verification', () => {
    expect(abilitiesOf(['officer', 'supervisor'])).toEqual({
      manageAccounts: false,
      isAdmin: false,
      verifyRecords: true,
    });
  });

  it('gives nothing while permissions are unknown', () => {
    expect(abilitiesOf(undefined)).toEqual({ manageAccounts: false, isAdmin: false, verifyRecords: false });
  });
});
