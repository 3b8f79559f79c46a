import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { authConfig } from '../config/auth.config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Officer } from '../accounts/officer.entity';
import { officerFromSqlRow } from '../accounts/officer-view';
import type { Role } from '../accounts/roles';
import type { AuthUser } from '../common/access/auth-user';
import { placeholders } from '../database/sql-values';

// Every authenticated request runs this, so it is one constant statement with bound parameters: the query builder
// cost more than the statement, and TypeORM's SQLite driver writes numbers into the SQL text, which made a new
// prepared statement per officer.
const ACTIVE_USER_SQL = `SELECT o.id AS id, o.username AS username, o.full_name AS full_name, o.unit_id AS unit_id, u.path AS path,
  o.must_change_password AS must_change_password, o.totp_enabled AS totp_enabled, o.two_factor_exempt AS two_factor_exempt,
  o.default_page AS default_page, r.role AS role
FROM officers o INNER JOIN units u ON u.id = o.unit_id LEFT JOIN officer_roles r ON r.officer_id = o.id
WHERE o.id = ? AND o.status = ?`;

const AUTH_USER_COLUMNS = [
  'id',
  'username',
  'fullName',
  'unitId',
  'mustChangePassword',
  'totpEnabled',
  'twoFactorExempt',
  'defaultPage',
] as const;

/** The reads authentication needs, each one query. */
@Injectable()
export class AccountsRepository {
  private readonly activeUserSql: string;
  private readonly activeUserInSessionSql: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {
    this.activeUserSql = placeholders(dataSource, ACTIVE_USER_SQL);
    this.activeUserInSessionSql = placeholders(
      dataSource,
      `${ACTIVE_USER_SQL} AND o.session_epoch = ? AND EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = ? AND t.officer_id = o.id AND t.revoked_at IS NULL)`,
    );
  }

  /** The account with its secrets, for verifying a login; null when the username is unknown. */
  findForLogin(username: string, manager: EntityManager = this.dataSource.manager): Promise<Officer | null> {
    return manager
      .createQueryBuilder(Officer, 'officer')
      .addSelect([
        'officer.passwordHash',
        'officer.totpSecretEncrypted',
        'officer.totpLastStep',
        'officer.activationCodeHash',
        'officer.activationExpiresAt',
      ])
      .where('officer.username = :username', { username: normalizeUsername(username) })
      .getOne();
  }

  findWithSecrets(id: number, manager: EntityManager = this.dataSource.manager): Promise<Officer | null> {
    return manager
      .createQueryBuilder(Officer, 'officer')
      .addSelect(['officer.passwordHash', 'officer.totpSecretEncrypted', 'officer.totpLastStep'])
      .where('officer.id = :id', { id })
      .getOne();
  }

  /** The caller as guards see them, or null when the account no longer may act (inactive, sessions revoked, or this session ended). */
  async findActiveUser(id: number, sessionEpoch: number, sessionId: string): Promise<AuthUser | null> {
    if (!Number.isInteger(sessionEpoch)) return null;
    return this.authUserOf(
      await this.dataSource.query(this.activeUserInSessionSql, [id, 'active', sessionEpoch, sessionId]),
    );
  }

  /** The account that has just signed in (its new session carries the current epoch), or null when inactive. */
  async findSignedInUser(id: number): Promise<AuthUser | null> {
    return this.authUserOf(await this.dataSource.query(this.activeUserSql, [id, 'active']));
  }

  private authUserOf(rows: Record<string, unknown>[]): AuthUser | null {
    const [first] = rows;
    if (!first) return null;
    const officer = officerFromSqlRow(first, AUTH_USER_COLUMNS);
    const roles = rows.flatMap((row) => (row.role ? [row.role as Role] : [])).sort();
    return {
      id: officer.id,
      username: officer.username,
      fullName: officer.fullName,
      unitId: officer.unitId,
      unitPath: String(first.path),
      mustChangePassword: officer.mustChangePassword,
      twoFactorEnabled: officer.totpEnabled,
      defaultPage: officer.defaultPage,
      twoFactorSetupRequired:
        this.config.requireAdminTwoFactor &&
        roles.includes('admin') &&
        !officer.totpEnabled &&
        !officer.twoFactorExempt,
      roles,
    };
  }
}

export const normalizeUsername = (username: string) => username.trim().toLowerCase();
