import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { authConfig } from '../config/auth.config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Officer } from '../officers/officer.entity';
import type { Role } from '../officers/roles';
import type { AuthUser } from './auth-user';

/** The reads authentication needs, each one query. */
@Injectable()
export class AccountsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /** The account with its secrets, for verifying a login; null when the username is unknown. */
  findForLogin(username: string, manager: EntityManager = this.dataSource.manager): Promise<Officer | null> {
    return manager
      .createQueryBuilder(Officer, 'officer')
      .addSelect(['officer.passwordHash', 'officer.totpSecretEncrypted', 'officer.totpLastStep', 'officer.activationCodeHash', 'officer.activationExpiresAt'])
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

  /** The caller as guards see them, or null when the account no longer may act (inactive or sessions revoked). */
  async findActiveUser(id: number, sessionEpoch: number): Promise<AuthUser | null> {
    const rows: { id: number; username: string; full_name: string; unit_id: number; path: string; must_change_password: boolean | number; totp_enabled: boolean | number; two_factor_exempt: boolean | number; default_page: string | null; role: Role | null }[] =
      await this.dataSource
        .createQueryBuilder()
        .select(['o.id AS id', 'o.username AS username', 'o.full_name AS full_name', 'o.unit_id AS unit_id', 'u.path AS path'])
        .addSelect(['o.must_change_password AS must_change_password', 'o.totp_enabled AS totp_enabled', 'o.two_factor_exempt AS two_factor_exempt', 'o.default_page AS default_page', 'r.role AS role'])
        .from('officers', 'o')
        .innerJoin('units', 'u', 'u.id = o.unit_id')
        .leftJoin('officer_roles', 'r', 'r.officer_id = o.id')
        .where('o.id = :id AND o.session_epoch = :epoch AND o.status = :status', { id, epoch: sessionEpoch, status: 'active' })
        .getRawMany();
    const [first] = rows;
    if (!first) return null;
    const roles = rows.flatMap((row) => (row.role ? [row.role] : [])).sort();
    const twoFactorEnabled = Boolean(first.totp_enabled);
    return {
      id: first.id,
      username: first.username,
      fullName: first.full_name,
      unitId: first.unit_id,
      unitPath: first.path,
      mustChangePassword: Boolean(first.must_change_password),
      twoFactorEnabled,
      defaultPage: first.default_page,
      twoFactorSetupRequired: this.config.requireAdminTwoFactor && roles.includes('admin') && !twoFactorEnabled && !first.two_factor_exempt,
      roles,
    };
  }
}

export const normalizeUsername = (username: string) => username.trim().toLowerCase();
