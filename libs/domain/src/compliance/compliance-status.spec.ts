import {
  COMPLIANCE_STATUS_LABELS,
  COMPLIANCE_STATUSES,
  complianceStatus,
  isCompleted,
  mostPressing,
} from './compliance-status';

const deadline = new Date('2026-12-31T10:00:00Z');

describe('complianceStatus', () => {
  it('is complete when the record was complete by the deadline, late after it', () => {
    expect(complianceStatus(new Date('2026-12-30T00:00:00Z'), deadline)).toBe('complete');
    expect(complianceStatus(deadline, deadline)).toBe('complete');
    expect(complianceStatus(new Date('2027-01-02T00:00:00Z'), deadline)).toBe('complete_late');
  });

  it('is not complete before the deadline and overdue after it while nothing is complete', () => {
    expect(complianceStatus(null, deadline, new Date('2026-12-01T00:00:00Z'))).toBe('incomplete');
    expect(complianceStatus(null, deadline, new Date('2026-12-31T10:00:01Z'))).toBe('overdue');
  });
});

describe('one wording per status', () => {
  it('labels every status in both languages, each label different', () => {
    for (const locale of ['vi', 'en'] as const) {
      const labels = COMPLIANCE_STATUSES.map((status) => COMPLIANCE_STATUS_LABELS[locale][status]);
      expect(labels.every(Boolean)).toBe(true);
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(COMPLIANCE_STATUS_LABELS.vi).toEqual({
      complete: 'Hoàn thành',
      complete_late: 'Hoàn thành muộn',
      incomplete: 'Chưa hoàn thành',
      overdue: 'Quá hạn',
    });
  });

  it('counts on-time and late completion as done', () => {
    expect(COMPLIANCE_STATUSES.filter(isCompleted)).toEqual(['complete', 'complete_late']);
  });
});

describe('mostPressing', () => {
  it('picks the status that needs attention most, the first one on a tie', () => {
    const a = { id: 1, status: 'complete' as const };
    const b = { id: 2, status: 'overdue' as const };
    const c = { id: 3, status: 'overdue' as const };
    expect(mostPressing([a, b, c])).toBe(b);
    expect(mostPressing([a])).toBe(a);
    expect(mostPressing([])).toBeUndefined();
  });
});
