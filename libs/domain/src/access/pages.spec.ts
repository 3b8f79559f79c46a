import { canOpenPage, pagesForRoles } from './pages';

describe('pages an officer may choose as default page', () => {
  it('offers an officer only their own pages', () => {
    expect(pagesForRoles(['officer']).map((p) => p.path)).toEqual(['/profile', '/login-history']);
  });

  it('adds the dashboard and officer list for a supervisor', () => {
    expect(canOpenPage(['officer', 'supervisor'], '/')).toBe(true);
    expect(canOpenPage(['officer', 'supervisor'], '/units')).toBe(false);
    expect(canOpenPage(['admin'], '/units')).toBe(true);
  });

  it('refuses a path no role can open', () => {
    expect(canOpenPage(['admin'], '/khong-co')).toBe(false);
  });
});
