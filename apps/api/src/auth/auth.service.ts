import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { authConfig } from '../config/auth.config';
import { sqlTimestamp } from '../database/sql-values';
import { Officer } from '../officers/officer.entity';
import { AccountsRepository, normalizeUsername } from './accounts.repository';
import { AuthErrors } from './auth-errors';
import { ClientInfo, LoginEventsService } from './login-events.service';
import { PasswordHasher } from './password-hasher';
import { assertPasswordPolicy } from './password-policy';
import { hashActivationCode } from './activation-code';
import { IssuedSession, SessionsService } from './sessions.service';
import { TwoFactorService } from './two-factor.service';

export type LoginResult = { kind: 'session'; officerId: number; session: IssuedSession } | { kind: 'otp'; otpToken: string };

interface OtpTokenPayload {
  sub: number;
  typ: 'otp';
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly loginEvents: LoginEventsService,
    private readonly twoFactor: TwoFactorService,
    private readonly jwt: JwtService,
  ) {}

  async login(username: string, password: string, client: ClientInfo): Promise<LoginResult> {
    const officer = await this.accounts.findForLogin(username);
    if (!officer) {
      await this.hasher.verify(null, password);
      await this.loginEvents.record(normalizeUsername(username), null, 'unknown_user', client);
      throw AuthErrors.invalidCredentials();
    }
    if (officer.lockedUntil && officer.lockedUntil.getTime() > Date.now()) {
      await this.loginEvents.record(officer.username, officer.id, 'locked', client);
      throw AuthErrors.locked(officer.lockedUntil);
    }
    const passwordMatches = await this.hasher.verify(officer.passwordHash, password);
    if (!passwordMatches) {
      await this.loginEvents.record(officer.username, officer.id, officer.status === 'pending_activation' ? 'not_activated' : 'wrong_password', client);
      await this.countFailure(officer.id);
      throw AuthErrors.invalidCredentials();
    }
    await this.assertMaySignIn(officer, client);
    await this.clearFailures(officer);
    if (this.hasher.needsRehash(officer.passwordHash ?? '')) {
      await this.dataSource.manager.update(Officer, officer.id, { passwordHash: await this.hasher.hash(password) });
    }
    if (officer.totpEnabled) {
      const payload: OtpTokenPayload = { sub: officer.id, typ: 'otp' };
      return { kind: 'otp', otpToken: await this.jwt.signAsync(payload, { expiresIn: 300 }) };
    }
    await this.loginEvents.record(officer.username, officer.id, 'success', client);
    return { kind: 'session', officerId: officer.id, session: await this.sessions.issue(officer) };
  }

  async completeOtp(otpToken: string, code: string, client: ClientInfo): Promise<LoginResult> {
    const payload = await this.jwt.verifyAsync<OtpTokenPayload>(otpToken).catch(() => null);
    if (!payload || payload.typ !== 'otp') throw AuthErrors.sessionExpired();
    const officer = await this.accounts.findWithSecrets(payload.sub);
    if (!officer || !officer.totpEnabled) throw AuthErrors.sessionExpired();
    if (officer.lockedUntil && officer.lockedUntil.getTime() > Date.now()) throw AuthErrors.locked(officer.lockedUntil);
    await this.assertMaySignIn(officer, client);
    if (!(await this.twoFactor.verifyLoginCode(officer, code))) {
      await this.loginEvents.record(officer.username, officer.id, 'otp_failed', client);
      await this.countFailure(officer.id);
      throw AuthErrors.otpInvalid();
    }
    await this.clearFailures(officer);
    await this.loginEvents.record(officer.username, officer.id, 'success', client);
    return { kind: 'session', officerId: officer.id, session: await this.sessions.issue(officer) };
  }

  async refresh(refreshToken: string | undefined, client: ClientInfo): Promise<{ officerId: number; session: IssuedSession }> {
    if (!refreshToken) throw AuthErrors.sessionExpired();
    const result = await this.sessions.rotate(refreshToken);
    if (result.kind === 'rotated') return result;
    if (result.kind === 'reused') {
      const officer = await this.dataSource.manager.findOneBy(Officer, { id: result.officerId });
      await this.loginEvents.record(officer?.username ?? '', result.officerId, 'refresh_reuse', client);
    }
    throw AuthErrors.sessionExpired();
  }

  async changePassword(officerId: number, currentPassword: string, newPassword: string): Promise<IssuedSession> {
    const officer = await this.accounts.findWithSecrets(officerId);
    if (!officer || !(await this.hasher.verify(officer.passwordHash, currentPassword))) throw AuthErrors.wrongCurrentPassword();
    assertPasswordPolicy(newPassword, { username: officer.username });
    const passwordHash = await this.hasher.hash(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Officer, officer.id, { passwordHash, mustChangePassword: false });
      await this.sessions.revokeAll(officer.id, manager);
      return this.sessions.issue({ id: officer.id, sessionEpoch: officer.sessionEpoch + 1 }, manager);
    });
  }

  /** First sign-in of an account created by an admin or an import: the one-time code sets the password. */
  async activate(username: string, code: string, newPassword: string, client: ClientInfo): Promise<{ officerId: number; session: IssuedSession }> {
    const officer = await this.accounts.findForLogin(username);
    const valid =
      officer?.status === 'pending_activation' &&
      officer.activationCodeHash === hashActivationCode(code) &&
      (officer.activationExpiresAt?.getTime() ?? 0) > Date.now();
    if (!officer || !valid) {
      if (officer) await this.countFailure(officer.id);
      throw AuthErrors.activationInvalid();
    }
    assertPasswordPolicy(newPassword, { username: officer.username });
    const passwordHash = await this.hasher.hash(newPassword);
    const session = await this.dataSource.transaction(async (manager: EntityManager) => {
      const claimed = await manager.update(
        Officer,
        { id: officer.id, status: 'pending_activation', activationCodeHash: officer.activationCodeHash },
        { status: 'active', passwordHash, mustChangePassword: false, activationCodeHash: null, activationExpiresAt: null, failedAttempts: 0 },
      );
      if (!claimed.affected) throw AuthErrors.activationInvalid();
      return this.sessions.issue(officer, manager);
    });
    await this.loginEvents.record(officer.username, officer.id, 'success', client);
    return { officerId: officer.id, session };
  }

  /**
   * A successful sign-in forgets earlier failures. Only when there are any: the write bumps the record's version,
   * which would turn the officer's own profile form, open in another tab, into an edit conflict at every login.
   */
  private async clearFailures(officer: Pick<Officer, 'id' | 'failedAttempts' | 'lockedUntil'>): Promise<void> {
    if (!officer.failedAttempts && !officer.lockedUntil) return;
    await this.dataSource.manager.update(Officer, officer.id, { failedAttempts: 0, lockedUntil: null });
  }

  private async assertMaySignIn(officer: Officer, client: ClientInfo): Promise<void> {
    if (officer.status === 'active') return;
    const outcome = officer.status === 'disabled' ? 'disabled' : officer.status === 'locked' ? 'locked' : 'not_activated';
    await this.loginEvents.record(officer.username, officer.id, outcome, client);
    if (officer.status === 'disabled') throw AuthErrors.disabled();
    if (officer.status === 'locked') throw AuthErrors.lockedByAdmin();
    throw AuthErrors.invalidCredentials();
  }

  /**
   * One atomic statement, so instances sharing the database count one limit: the failure that reaches the
   * threshold sets the lock and restarts the count.
   */
  private async countFailure(officerId: number): Promise<void> {
    const until = new Date(Date.now() + this.config.lockoutMinutes * 60_000);
    await this.dataSource
      .createQueryBuilder()
      .update(Officer)
      .set({
        failedAttempts: () => `CASE WHEN failed_attempts + 1 >= :threshold THEN 0 ELSE failed_attempts + 1 END`,
        lockedUntil: () => `CASE WHEN failed_attempts + 1 >= :threshold THEN :until ELSE locked_until END`,
      })
      .where('id = :id', { id: officerId })
      .setParameters({ threshold: this.config.maxFailedLogins, until: sqlTimestamp(this.dataSource, until) })
      .updateEntity(false)
      .execute();
    const officer = await this.dataSource.manager.findOneBy(Officer, { id: officerId });
    if (officer?.lockedUntil && officer.lockedUntil.getTime() > Date.now() && officer.failedAttempts === 0) throw AuthErrors.locked(officer.lockedUntil);
  }
}
