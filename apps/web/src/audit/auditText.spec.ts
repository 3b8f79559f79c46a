import { describe, expect, it } from 'vitest';
import { personText, sideText, targetText } from './auditText';
import { AUDIT_ENTRIES } from './testing';

describe('audit texts', () => {
  it('names people with their username, and a record that is gone by its id', () => {
    expect(personText({ fullName: 'Lê Thị Quản Trị', username: 'admin' })).toBe('Lê Thị Quản Trị (admin)');
    expect(personText({ name: 'Sở Y tế' })).toBe('Sở Y tế');
    expect(targetText({ ...AUDIT_ENTRIES[0], target: null, targetId: 42 })).toBe('#42');
  });

  it('prefers the unit name the API gives to a bare id, and labels everything else', () => {
    const [, move] = AUDIT_ENTRIES[0].changes;
    expect(sideText(move, 'after', 'vi')).toBe('Sở Tài chính');
    expect(sideText({ field: 'unitId', before: 4, after: 9 }, 'after', 'vi')).toBe('9');
    expect(sideText({ field: 'roles', before: null, after: 'officer,supervisor' }, 'after', 'en')).toBe(
      'Officer, Supervisor',
    );
    expect(sideText({ field: 'receiptPassword', before: null, after: 'đã thay đổi' }, 'before', 'vi')).toBe('');
  });
});
