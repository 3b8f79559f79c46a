import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Officer } from '../accounts/officer.entity';
import { AccountsRepository, normalizeUsername } from './accounts.repository';
import { AuthErrors } from './auth-errors';
import { ClientInfo, LoginEventsService } from './login-events.service';
import { PasswordHasher } from './password-hasher';
import { assertPasswordPolicy } from './password-policy';
import { hashActivationCode } from './activation-code';
import { LockoutService } from './lockout.service';
import { IssuedSession, SessionsService } from './sessions.service';
import { TwoFactorService } from './two-factor.service';

export type LoginResult =
  { kind: 'session'; officerId: number; session: IssuedSession } | { kind: 'otp'; otpToken: string };

interface OtpTokenPayload {
  sub: number;
  typ: 'otp';
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountsRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly loginEvents: LoginEventsService,
    private readonly twoFactor: TwoFactorService,
    private readonly lockout: LockoutService,
    private readonly jwt: JwtService,
  ) {}

  /**
   * While a temporary lock holds, a wrong password gets exactly the wrong-password answer (same status, body and
   * work), so the lock confirms nothing to a caller who does not know the password; the officer who does is told
   * it is locked and until when.
   */
  async login(username: string, password: string, client: ClientInfo): Promise<LoginResult> {
    const officer = await this.accounts.findForLogin(username);
    const name = officer?.username ?? normalizeUsername(username);
    const passwordMatches = await this.hasher.verify(officer?.passwordHash ?? null, password);
    const lockedUntil = await this.lockout.lockedUntil(name, client.ip, officer);
    if (!officer || !passwordMatches) {
      const outcome = !officer
        ? 'unknown_user'
        : lockedUntil
          ? 'locked'
          : officer.status === 'pending_activation'
            ? 'not_activated'
            : 'wrong_password';
      await this.loginEvents.record(name, officer?.id ?? null, outcome, client);
      await this.lockout.countFailure(name, officer, client.ip);
      throw AuthErrors.invalidCredentials();
    }
    if (lockedUntil) {
      await this.loginEvents.record(officer.username, officer.id, 'locked', client);
      throw AuthErrors.locked(lockedUntil);
    }
    await this.assertMaySignIn(officer, client);
    await this.lockout.clear(officer, client.ip);
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
    const lockedUntil = await this.lockout.lockedUntil(officer.username, client.ip, officer);
    if (lockedUntil) throw AuthErrors.locked(lockedUntil);
    await this.assertMaySignIn(officer, client);
    if (!(await this.twoFactor.verifyLoginCode(officer, code))) {
      await this.loginEvents.record(officer.username, officer.id, 'otp_failed', client);
      await this.lockout.countFailure(officer.username, officer, client.ip);
      throw AuthErrors.otpInvalid();
    }
    await this.lockout.clear(officer, client.ip);
    await this.loginEvents.record(officer.username, officer.id, 'success', client);
    return { kind: 'session', officerId: officer.id, session: await this.sessions.issue(officer) };
  }

  async refresh(
    refreshToken: string | undefined,
    client: ClientInfo,
  ): Promise<{ officerId: number; session: IssuedSession }> {
    if (!refreshToken) throw AuthErrors.sessionExpired();
    const result = await this.sessions.rotate(refreshToken);
    if (result.kind === 'rotated') return result;
    if (result.kind === 'reused') {
      const officer = await this.dataSource.manager.findOneBy(Officer, { id: result.officerId });
      await this.loginEvents.record(officer?.username ?? '', result.officerId, 'refresh_reuse', client);
    }
    throw AuthErrors.sessionExpired();
  }

  /**
   * A signed-in officer proving the password again (changing it, turning off the second factor): a wrong one
   * counts in the same shared count as a sign-in, and a lock in force refuses before the password is even tried.
   */
  async reauthenticate(
    officerId: number,
    password: string,
    client: ClientInfo,
    field = 'currentPassword',
  ): Promise<Officer> {
    const officer = await this.accounts.findWithSecrets(officerId);
    if (!officer) throw AuthErrors.sessionExpired();
    const lockedUntil = await this.lockout.lockedUntil(officer.username, client.ip, officer);
    if (lockedUntil) throw AuthErrors.locked(lockedUntil);
    if (!(await this.hasher.verify(officer.passwordHash, password))) {
      await this.loginEvents.record(officer.username, officer.id, 'wrong_password', client);
      await this.lockout.countFailure(officer.username, officer, client.ip);
      throw AuthErrors.wrongCurrentPassword(field);
    }
    return officer;
  }

  async changePassword(
    officerId: number,
    currentPassword: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<IssuedSession> {
    const officer = await this.reauthenticate(officerId, currentPassword, client);
    assertPasswordPolicy(newPassword, { username: officer.username });
    const passwordHash = await this.hasher.hash(newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(Officer, officer.id, { passwordHash, mustChangePassword: false });
      await this.sessions.revokeAll(officer.id, manager);
      return this.sessions.issue({ id: officer.id, sessionEpoch: officer.sessionEpoch + 1 }, manager);
    });
  }

  /** First sign-in of an account created by an admin or an import: the one-time code sets the password. */
  async activate(
    username: string,
    code: string,
    newPassword: string,
    client: ClientInfo,
  ): Promise<{ officerId: number; session: IssuedSession }> {
    const officer = await this.accounts.findForLogin(username);
    const valid =
      officer?.status === 'pending_activation' &&
      officer.activationCodeHash === hashActivationCode(code) &&
      (officer.activationExpiresAt?.getTime() ?? 0) > Date.now();
    if (!officer || !valid) {
      await this.lockout.countFailure(officer?.username ?? normalizeUsername(username), officer, client.ip);
      throw AuthErrors.activationInvalid();
    }
    assertPasswordPolicy(newPassword, { username: officer.username });
    const passwordHash = await this.hasher.hash(newPassword);
    const session = await this.dataSource.transaction(async (manager: EntityManager) => {
      const claimed = await manager.update(
        Officer,
        { id: officer.id, status: 'pending_activation', activationCodeHash: officer.activationCodeHash },
        {
          status: 'active',
          passwordHash,
          mustChangePassword: false,
          activationCodeHash: null,
          activationExpiresAt: null,
          failedAttempts: 0,
        },
      );
      if (!claimed.affected) throw AuthErrors.activationInvalid();
      return this.sessions.issue(officer, manager);
    });
    await this.loginEvents.record(officer.username, officer.id, 'success', client);
    return { officerId: officer.id, session };
  }

  private async assertMaySignIn(officer: Officer, client: ClientInfo): Promise<void> {
    if (officer.status === 'active') return;
    const outcome =
      officer.status === 'disabled' ? 'disabled' : officer.status === 'locked' ? 'locked' : 'not_activated';
    await this.loginEvents.record(officer.username, officer.id, outcome, client);
    if (officer.status === 'disabled') throw AuthErrors.disabled();
    if (officer.status === 'locked') throw AuthErrors.lockedByAdmin();
    throw AuthErrors.invalidCredentials();
  }
}
