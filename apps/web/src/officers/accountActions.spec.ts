import { describe, expect, it } from 'vitest';
import { actionsFor } from './officerApi';

describe('the account buttons an admin sees', () => {
  const inAMinute = new Date(Date.now() + 60_000).toISOString();
  const aMinuteAgo = new Date(Date.now() - 60_000).toISOString();

  it('offer to unlock an active account that failed attempts have temporarily locked', () => {
    expect(actionsFor({ status: 'active', lockedUntil: inAMinute })).toEqual(['unlock', 'lock', 'disable']);
  });

  it('do not once the temporary lock has ended, and follow the status otherwise', () => {
    expect(actionsFor({ status: 'active', lockedUntil: aMinuteAgo })).toEqual(['lock', 'disable']);
    expect(actionsFor({ status: 'active', lockedUntil: null })).toEqual(['lock', 'disable']);
    expect(actionsFor({ status: 'locked', lockedUntil: null })).toEqual(['unlock', 'disable']);
  });
});
