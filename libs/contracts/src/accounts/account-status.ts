import type { Locale } from '@motcua/domain';

/** An account's life: created awaiting activation, active, locked by an admin, or disabled. */
export const ACCOUNT_STATUSES = ['pending_activation', 'active', 'locked', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

export const ACCOUNT_STATUS_LABELS: Record<Locale, Record<AccountStatus, string>> = {
  vi: { pending_activation: 'Chờ kích hoạt', active: 'Đang hoạt động', locked: 'Đã khóa', disabled: 'Đã vô hiệu hóa' },
  en: { pending_activation: 'Awaiting activation', active: 'Active', locked: 'Locked', disabled: 'Disabled' },
};

/** What an admin can do to an account's status (POST /api/officers/:id/<action>). */
export const ACCOUNT_ACTIONS = ['lock', 'unlock', 'disable', 'enable'] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

export interface AccountTransition {
  /** The statuses the action applies to (anything else is a 409 STATUS_TRANSITION). */
  from: readonly AccountStatus[];
  to: AccountStatus;
  /** Whether the account's sessions end. */
  revokes: boolean;
}

/** The one table of account transitions: the API enforces it, the SPA offers the buttons it allows. */
export const ACCOUNT_TRANSITIONS: Record<AccountAction, AccountTransition> = {
  lock: { from: ['active', 'pending_activation'], to: 'locked', revokes: true },
  unlock: { from: ['locked'], to: 'active', revokes: false },
  disable: { from: ['active', 'locked', 'pending_activation'], to: 'disabled', revokes: true },
  enable: { from: ['disabled'], to: 'active', revokes: false },
};

/** The actions the table allows from a status, in ACCOUNT_ACTIONS order. */
export const actionsFromStatus = (status: AccountStatus): AccountAction[] =>
  ACCOUNT_ACTIONS.filter((action) => ACCOUNT_TRANSITIONS[action].from.includes(status));

export const isAccountStatus = (value: unknown): value is AccountStatus =>
  typeof value === 'string' && (ACCOUNT_STATUSES as readonly string[]).includes(value);
