import { ACCOUNT_ACTIONS, ACCOUNT_STATUSES, ACCOUNT_TRANSITIONS, actionsFromStatus } from './account-status';

describe('account transitions', () => {
  it('offers from each status exactly the actions the API accepts', () => {
    expect(Object.fromEntries(ACCOUNT_STATUSES.map((status) => [status, actionsFromStatus(status)]))).toEqual({
      pending_activation: ['lock', 'disable'],
      active: ['lock', 'disable'],
      locked: ['unlock', 'disable'],
      disabled: ['enable'],
    });
  });

  it('leads every action somewhere it does not start from, ending sessions only when access is taken away', () => {
    for (const action of ACCOUNT_ACTIONS) {
      const { from, to, revokes } = ACCOUNT_TRANSITIONS[action];
      expect(from).not.toContain(to);
      expect(revokes).toBe(to === 'locked' || to === 'disabled');
    }
  });

  it('lets every status but active be left again and every status be reached', () => {
    const reached = new Set(ACCOUNT_ACTIONS.map((action) => ACCOUNT_TRANSITIONS[action].to));
    expect([...reached].sort()).toEqual(['active', 'disabled', 'locked']);
    for (const status of ACCOUNT_STATUSES) expect(actionsFromStatus(status).length).toBeGreaterThan(0);
  });
});
