import { pagesForRoles, type Role } from '@motcua/domain';
import { describe, expect, it } from 'vitest';
import { canRolesAccess, GRANT_ADMIN_ROLE, VERIFY_RECORDS } from './access';

/**
 * What each demo account (tools/seed accounts.ts) may see and do in the console, cell by cell. The table was
 * written from the behaviour before the permission models were merged into one: a change to any cell is a
 * change users see, and must be a deliberate one (the API refuses the same things again).
 */
const ACCOUNTS: Record<string, readonly Role[]> = {
  officer: ['officer'],
  supervisor: ['supervisor', 'officer'],
  unitadmin: ['unit_admin', 'officer'],
  admin: ['admin', 'officer'],
  'no role': [],
};
type Account = keyof typeof ACCOUNTS;

/** '-': hidden; 'r': list, show and export; 'w': also create, edit and delete. */
type Level = '-' | 'r' | 'w';
const READS = ['list', 'show', 'export'];
const WRITES = ['create', 'edit', 'delete'];

/** react-admin resources and custom pages, as the menu, the routes and the buttons ask canAccess about them. */
const RESOURCES: Record<string, Record<Account, Level>> = {
  profile: { officer: 'w', supervisor: 'w', unitadmin: 'w', admin: 'w', 'no role': '-' },
  'login-history': { officer: 'r', supervisor: 'r', unitadmin: 'r', admin: 'r', 'no role': '-' },
  'me/logins': { officer: 'r', supervisor: 'r', unitadmin: 'r', admin: 'r', 'no role': '-' },
  notifications: { officer: 'w', supervisor: 'w', unitadmin: 'w', admin: 'w', 'no role': '-' },
  'two-factor': { officer: 'w', supervisor: 'w', unitadmin: 'w', admin: 'w', 'no role': '-' },
  dashboard: { officer: '-', supervisor: 'r', unitadmin: 'r', admin: 'r', 'no role': '-' },
  compliance: { officer: '-', supervisor: 'r', unitadmin: 'r', admin: 'r', 'no role': '-' },
  officers: { officer: '-', supervisor: 'r', unitadmin: 'w', admin: 'w', 'no role': '-' },
  campaigns: { officer: '-', supervisor: 'r', unitadmin: 'w', admin: 'w', 'no role': '-' },
  units: { officer: '-', supervisor: '-', unitadmin: 'r', admin: 'w', 'no role': '-' },
  'login-events': { officer: '-', supervisor: '-', unitadmin: '-', admin: 'r', 'no role': '-' },
  audit: { officer: '-', supervisor: '-', unitadmin: '-', admin: 'r', 'no role': '-' },
  outbox: { officer: '-', supervisor: '-', unitadmin: '-', admin: 'r', 'no role': '-' },
  'khong-co': { officer: '-', supervisor: '-', unitadmin: '-', admin: '-', 'no role': '-' },
};

/** What the screens show beyond react-admin's own buttons, as the canAccess questions those screens ask. */
const SCREEN_CHECKS: Record<string, readonly { action: string; resource: string }[]> = {
  'create, edit, lock, reset and import officer accounts': [
    { action: 'create', resource: 'officers' },
    { action: 'edit', resource: 'officers' },
    { action: 'import', resource: 'officers' },
  ],
  'grant the Administrator role': [GRANT_ADMIN_ROLE],
  'verify, send back and unverify officer records': [VERIFY_RECORDS],
  'create, edit, start and close campaigns': [
    { action: 'create', resource: 'campaigns' },
    { action: 'edit', resource: 'campaigns' },
  ],
  'create and edit units': [
    { action: 'create', resource: 'units' },
    { action: 'edit', resource: 'units' },
  ],
};
const SCREENS: Record<string, Record<Account, boolean>> = {
  'create, edit, lock, reset and import officer accounts': {
    officer: false,
    supervisor: false,
    unitadmin: true,
    admin: true,
    'no role': false,
  },
  'grant the Administrator role': {
    officer: false,
    supervisor: false,
    unitadmin: false,
    admin: true,
    'no role': false,
  },
  'verify, send back and unverify officer records': {
    officer: false,
    supervisor: true,
    unitadmin: false,
    admin: true,
    'no role': false,
  },
  'create, edit, start and close campaigns': {
    officer: false,
    supervisor: false,
    unitadmin: true,
    admin: true,
    'no role': false,
  },
  'create and edit units': { officer: false, supervisor: false, unitadmin: false, admin: true, 'no role': false },
};

/** The pages offered as "Trang mặc định" on the profile page. */
const DEFAULT_PAGES: Record<Account, string[]> = {
  officer: ['/profile', '/login-history'],
  supervisor: ['/profile', '/', '/officers', '/login-history'],
  unitadmin: ['/profile', '/', '/officers', '/units', '/login-history'],
  admin: ['/profile', '/', '/officers', '/units', '/login-history'],
  'no role': [],
};

const accounts = Object.keys(ACCOUNTS) as Account[];
const allows = (level: Level, action: string) => (WRITES.includes(action) ? level === 'w' : level !== '-');

describe('what each demo account may open and change', () => {
  const cells = Object.entries(RESOURCES).flatMap(([resource, levels]) =>
    accounts.flatMap((account) =>
      [...READS, ...WRITES].map((action) => ({ account, action, resource, allowed: allows(levels[account], action) })),
    ),
  );
  it.each(cells)('$account: $action $resource → $allowed', ({ account, action, resource, allowed }) => {
    expect(canRolesAccess(ACCOUNTS[account], action, resource)).toBe(allowed);
  });

  const screenCells = Object.entries(SCREENS).flatMap(([ability, byAccount]) =>
    accounts.map((account) => ({ account, ability, allowed: byAccount[account] })),
  );
  it.each(screenCells)('$account: $ability → $allowed', ({ account, ability, allowed }) => {
    for (const { action, resource } of SCREEN_CHECKS[ability])
      expect(canRolesAccess(ACCOUNTS[account], action, resource), `${action} ${resource}`).toBe(allowed);
  });

  it.each(accounts)('%s: default page choices', (account) => {
    expect(pagesForRoles(ACCOUNTS[account]).map((page) => page.path)).toEqual(DEFAULT_PAGES[account]);
  });
});
