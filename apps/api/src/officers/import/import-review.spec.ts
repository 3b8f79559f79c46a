import type { Role } from '@motcua/domain';
import type { ImportRow } from './import-row';
import { reviewRow, type MatchedAccount } from './import-review';

const SYT = { code: 'T15-SYT', name: 'Sở Y tế' };
const row = (roles: Role[], changes: Partial<ImportRow> = {}): ImportRow => ({
  row: 2,
  username: 'lan.tt',
  fullName: 'Trần Thị Lan',
  gender: 'female',
  birthDate: '1988-03-02',
  citizenId: '010188100001',
  phone: '0912111222',
  email: null,
  unitCode: SYT.code,
  roles,
  ...changes,
});
const account = (roles: Role[], username = 'lan.tt'): MatchedAccount => ({
  officer: {
    id: 7,
    username,
    fullName: 'Trần Thị Lan',
    gender: 'female',
    birthDate: '1988-03-02',
    citizenId: '010188100001',
    phone: '0912111222',
    email: null,
  },
  roles,
  unitLabel: 'Sở Y tế (T15-SYT)',
});

describe('what an import row would do to an account', () => {
  it('changes nothing and flags nothing when the row repeats the account', () => {
    expect(reviewRow(row(['officer', 'supervisor']), SYT, account(['supervisor', 'officer']))).toMatchObject({
      action: 'unchanged',
      changes: [],
      flags: [],
      grantedRoles: [],
    });
  });

  it('shows a role taken away as a change, with nothing to flag', () => {
    expect(reviewRow(row(['officer']), SYT, account(['officer', 'supervisor']))).toMatchObject({
      action: 'update',
      changes: [{ field: 'roles', before: ['officer', 'supervisor'], after: ['officer'] }],
      flags: [],
    });
  });

  it('flags a leader’s role as a grant and a unit admin’s as an administrator’s, for new accounts too', () => {
    expect(reviewRow(row(['officer', 'supervisor']), SYT, account(['officer']))).toMatchObject({
      flags: ['role_grant'],
      grantedRoles: ['supervisor'],
    });
    expect(reviewRow(row(['officer', 'unit_admin']), SYT)).toMatchObject({
      action: 'create',
      flags: ['admin_role_grant'],
      grantedRoles: ['unit_admin'],
    });
    expect(reviewRow(row(['officer']), SYT)).toMatchObject({ action: 'create', flags: [] });
  });

  it('flags an account found by its CCCD under another username, which keeps its own', () => {
    const review = reviewRow(row(['officer'], { username: 'lan.khac', phone: null }), SYT, account(['officer']));
    expect(review).toMatchObject({
      username: 'lan.khac',
      account: { id: 7, username: 'lan.tt' },
      flags: ['citizen_id_match'],
      changes: [{ field: 'phone', before: '0912111222', after: null }],
    });
  });
});
