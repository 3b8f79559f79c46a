import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { authConfig } from '../config/auth.config';
import { placeholders, sqlTimestamp } from '../database/sql-values';
import { Notification, OutboxEmail } from '../notifications/notification.entity';
import { Officer } from '../accounts/officer.entity';
import { lockoutNotice } from './lockout-notice';

export type LockoutAccount = Pick<Officer, 'id' | 'username' | 'fullName' | 'email' | 'lockedUntil'>;

const SOURCE_FAILURE_SQL = `INSERT INTO login_failures (key, username, failures, locked_until) VALUES (?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
  failures = CASE WHEN login_failures.failures + 1 >= ? THEN 0 ELSE login_failures.failures + 1 END,
  locked_until = CASE WHEN login_failures.failures + 1 >= ? THEN ? ELSE login_failures.locked_until END
RETURNING failures, locked_until`;

const ACCOUNT_FAILURE_SQL = `UPDATE officers SET
  failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END,
  locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END
WHERE id = ?`;

/**
 * Failed attempts (wrong password at sign-in or at any re-authentication, wrong second factor, wrong activation
 * code) in one shared count, kept in the database so every instance sees it. A temporary lock is keyed on the
 * account and the source address, so an attacker elsewhere cannot lock an officer out of the office's network;
 * the account's own counter is the ceiling that still stops a guess spread over many addresses.
 */
@Injectable()
export class LockoutService {
  private readonly sourceFailureSql: string;
  private readonly sourceLockSql: string;
  private readonly accountFailureSql: string;

  constructor(
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.sourceFailureSql = placeholders(dataSource, SOURCE_FAILURE_SQL);
    this.sourceLockSql = placeholders(dataSource, 'SELECT locked_until FROM login_failures WHERE key = ?');
    this.accountFailureSql = placeholders(dataSource, ACCOUNT_FAILURE_SQL);
  }

  /** When the lock in force for this account from this address ends, or null when there is none. */
  async lockedUntil(username: string, ip: string, account: Pick<Officer, 'lockedUntil'> | null): Promise<Date | null> {
    const rows: { locked_until: number | string | null }[] = await this.dataSource.query(this.sourceLockSql, [
      sourceKey(username, ip),
    ]);
    const ends = [Number(rows[0]?.locked_until ?? 0), account?.lockedUntil?.getTime() ?? 0].filter(
      (end) => end > Date.now(),
    );
    return ends.length ? new Date(Math.max(...ends)) : null;
  }

  /** Counts one failure; the one that reaches a threshold sets the lock and tells the officer. Unknown usernames count too, so their answer costs the same. */
  async countFailure(username: string, account: LockoutAccount | null, ip: string): Promise<void> {
    const until = new Date(Date.now() + this.config.lockoutMinutes * 60_000);
    const threshold = this.config.maxFailedLogins;
    const first = threshold <= 1 ? [0, until.getTime()] : [1, null];
    const rows: { failures: number | string; locked_until: number | string | null }[] = await this.dataSource.query(
      this.sourceFailureSql,
      [sourceKey(username, ip), username.slice(0, 64), ...first, threshold, threshold, until.getTime()],
    );
    const sourceLocked = Number(rows[0]?.locked_until) === until.getTime();
    // An unknown username runs the same statements (on no row), so its answer takes as long as a known one's.
    const accountLocked = await this.countAccountFailure(account?.id ?? 0, until);
    if (account && (sourceLocked || accountLocked)) await this.notify(account, until, ip, accountLocked);
  }

  /** A successful sign-in from this address forgets its failures, and the account's own count. */
  async clear(account: Pick<Officer, 'id' | 'username' | 'failedAttempts' | 'lockedUntil'>, ip: string): Promise<void> {
    await this.dataSource.query(placeholders(this.dataSource, 'DELETE FROM login_failures WHERE key = ?'), [
      sourceKey(account.username, ip),
    ]);
    // Only when there are any: the write bumps the record's version, which would turn the officer's own profile
    // form, open in another tab, into an edit conflict at every login.
    if (!account.failedAttempts && !account.lockedUntil) return;
    await this.dataSource.manager.update(Officer, account.id, { failedAttempts: 0, lockedUntil: null });
  }

  /**
   * Lifts every temporary lock of the account, from every address, and forgets its failures (an admin's unlock).
   * Returns when the latest lock lifted would have ended, or null when none was in force.
   */
  async lift(
    account: Pick<Officer, 'id' | 'username' | 'failedAttempts' | 'lockedUntil'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Date | null> {
    const rows: { until: number | string | null }[] = await manager.query(
      placeholders(
        this.dataSource,
        'SELECT MAX(locked_until) AS until FROM login_failures WHERE username = ? AND locked_until > ?',
      ),
      [account.username, Date.now()],
    );
    const ends = [Number(rows[0]?.until ?? 0), account.lockedUntil?.getTime() ?? 0].filter((end) => end > Date.now());
    await manager.query(placeholders(this.dataSource, 'DELETE FROM login_failures WHERE username = ?'), [
      account.username,
    ]);
    if (account.failedAttempts || account.lockedUntil)
      await manager.update(Officer, account.id, { failedAttempts: 0, lockedUntil: null });
    return ends.length ? new Date(Math.max(...ends)) : null;
  }

  /**
   * One atomic statement, so instances sharing the database count one limit; true when this failure set the lock.
   * Raw SQL: TypeORM's update would bump the record's version, turning the officer's open profile form into an
   * edit conflict because someone else typed a wrong password.
   */
  private async countAccountFailure(officerId: number, until: Date): Promise<boolean> {
    const threshold = this.config.maxAccountFailedLogins;
    await this.dataSource.query(this.accountFailureSql, [
      threshold,
      threshold,
      sqlTimestamp(this.dataSource, until),
      officerId,
    ]);
    const officer = await this.dataSource.manager.findOneBy(Officer, { id: officerId });
    return officer?.lockedUntil?.getTime() === until.getTime();
  }

  private async notify(account: LockoutAccount, lockedUntil: Date, ip: string, wholeAccount: boolean): Promise<void> {
    const message = lockoutNotice({ fullName: account.fullName, lockedUntil, ip, wholeAccount });
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(Notification, {
        officerId: account.id,
        kind: 'account_locked',
        title: message.title,
        body: message.body,
        campaignId: null,
      });
      if (account.email) {
        await manager.insert(OutboxEmail, {
          officerId: account.id,
          toAddress: account.email,
          subject: message.subject,
          body: message.body,
          nextAttemptAt: new Date(),
        });
      }
    });
  }
}

const sourceKey = (username: string, ip: string) => `${username.slice(0, 64)}|${ip.slice(0, 64)}`;
