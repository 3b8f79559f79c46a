import { describe, expect, it } from 'vitest';
import { checklistOf, deadlineWording, hasOpenItems } from './completeness';
import { testI18nProvider } from '../test/TestAdmin';
import { sampleProfile } from './testing';

describe('how long is left before the deadline', () => {
  const vi = testI18nProvider('vi');
  const en = testI18nProvider('en');
  const say = (
    provider: ReturnType<typeof testI18nProvider>,
    daysLeft: number,
    status: Parameters<typeof deadlineWording>[1] = 'incomplete',
  ) => {
    const wording = deadlineWording(daysLeft, status);
    return provider.translate(wording.key, wording.count === undefined ? {} : { smart_count: wording.count });
  };

  it('counts the days left', () => {
    expect(say(vi, 12)).toBe('Còn 12 ngày');
    expect(say(vi, 1)).toBe('Còn 1 ngày');
    expect(say(en, 1)).toBe('1 day left');
    expect(say(en, 12)).toBe('12 days left');
  });

  it('says when today is the deadline', () => {
    expect(say(vi, 0)).toBe('Hôm nay là hạn chót');
    expect(deadlineWording(0, 'incomplete').tone).toBe('warning');
  });

  it('turns red and counts the days overdue when the record is not complete', () => {
    expect(say(vi, -3, 'overdue')).toBe('Quá hạn 3 ngày');
    expect(say(en, -1, 'overdue')).toBe('Overdue by 1 day');
    expect(deadlineWording(-3, 'overdue').tone).toBe('error');
  });

  it('does not call a complete record overdue once the deadline has passed', () => {
    expect(say(vi, -3, 'complete')).toBe('Đã qua hạn chót');
    expect(deadlineWording(-3, 'complete').tone).toBe('default');
    expect(deadlineWording(-3, 'complete_late').tone).toBe('default');
  });

  it('warns a few days before the deadline, not weeks before', () => {
    expect(deadlineWording(2, 'incomplete').tone).toBe('warning');
    expect(deadlineWording(20, 'incomplete').tone).toBe('default');
  });
});

describe('the completeness checklist', () => {
  it('marks filled fields done, lists what is missing and what breaks a rule', () => {
    const profile = sampleProfile({ address: null, receiptAccount: null, receiptPasswordSet: false });
    const [entry] = profile.completeness;
    const rows = checklistOf(
      {
        ...entry,
        missing: ['avatar'],
        invalid: [{ field: 'phone', errors: [{ code: 'PHONE_PREFIX_UNKNOWN', params: { prefix: '010' } }] }],
      },
      profile,
    );
    expect(rows.map((row) => [row.item, row.state])).toEqual([
      ['fullName', 'done'],
      ['gender', 'done'],
      ['birthDate', 'done'],
      ['email', 'done'],
      ['avatar', 'missing'],
      ['citizenId', 'done'],
      ['phone', 'invalid'],
      ['defaultPage', 'done'],
    ]);
  });

  it('lists exactly the required items when the API sends them', () => {
    const profile = sampleProfile();
    const rows = checklistOf(
      {
        ...profile.completeness[0],
        requiredItems: ['fullName', 'avatar', 'confirmed'],
        missing: ['avatar', 'confirmed'],
      },
      profile,
    );
    expect(rows.map((row) => [row.item, row.state])).toEqual([
      ['fullName', 'done'],
      ['avatar', 'missing'],
      ['confirmed', 'missing'],
    ]);
  });

  it('does not hold back the confirmation for the confirmation itself or the supervisor’s verification', () => {
    const entry = sampleProfile().completeness[0];
    expect(hasOpenItems(sampleProfile({ completeness: [{ ...entry, missing: ['confirmed', 'verified'] }] }))).toBe(
      false,
    );
    expect(hasOpenItems(sampleProfile({ completeness: [{ ...entry, missing: ['avatar'] }] }))).toBe(true);
  });
});
