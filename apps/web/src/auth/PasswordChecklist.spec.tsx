import { formatRuleError, PASSWORD_RULES } from '@motcua/domain';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TestAdmin } from '../test/TestAdmin';
import { PasswordChecklist } from './PasswordChecklist';

const renderChecklist = (password: string, locale: 'vi' | 'en' = 'vi') =>
  render(
    <TestAdmin locale={locale}>
      <PasswordChecklist password={password} context={{ username: 'newofficer' }} />
    </TestAdmin>,
  );

/** rule code → 'pending' | 'met' | 'failed', as the list shows it. */
const states = (container: HTMLElement) =>
  Object.fromEntries(
    [...container.querySelectorAll<HTMLElement>('[data-rule]')].map((item) => [item.dataset.rule, item.dataset.state]),
  );

afterEach(cleanup);

describe('the live password checklist', () => {
  it('lists every rule of the password policy in Vietnamese, none ticked before typing', () => {
    const { container } = renderChecklist('');
    for (const rule of PASSWORD_RULES) expect(screen.getByText(formatRuleError(rule, 'vi'))).toBeTruthy();
    expect(Object.values(states(container))).toEqual(PASSWORD_RULES.map(() => 'pending'));
  });

  it('ticks the rules a weak password already satisfies and flags the others', () => {
    const { container } = renderChecklist('matkhau');
    expect(states(container)).toMatchObject({
      PASSWORD_MIN_LENGTH: 'failed',
      PASSWORD_LOWERCASE: 'met',
      PASSWORD_UPPERCASE: 'failed',
      PASSWORD_DIGIT: 'failed',
      PASSWORD_SPECIAL: 'failed',
      PASSWORD_CONTAINS_USERNAME: 'met',
    });
    expect(screen.getAllByTitle('Đã đạt').length).toBeGreaterThan(0);
    expect(screen.getAllByTitle('Chưa đạt').length).toBeGreaterThan(0);
  });

  it('refuses a password containing the username, and one from the common-password list', () => {
    expect(states(renderChecklist('Newofficer@2026').container).PASSWORD_CONTAINS_USERNAME).toBe('failed');
    cleanup();
    expect(states(renderChecklist('Password@123').container).PASSWORD_COMMON).toBe('failed');
  });

  it('ticks every rule for a strong password', () => {
    const { container } = renderChecklist('Moi-An-Toan-2026');
    expect(Object.values(states(container))).toEqual(PASSWORD_RULES.map(() => 'met'));
  });

  it('speaks English when the user picked English', async () => {
    renderChecklist('', 'en');
    // react-admin switches the catalog to the stored language before rendering.
    await screen.findByText('The new password must:');
    for (const rule of PASSWORD_RULES) expect(screen.getByText(formatRuleError(rule, 'en'))).toBeTruthy();
  });
});
