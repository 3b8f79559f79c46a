import { Injectable, Logger } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { foldVietnamese } from '@motcua/domain';
import { newActivationCode } from '../auth/activation-code';
import { PasswordHasher } from '../auth/password-hasher';
import { assertPasswordPolicy } from '../auth/password-policy';
import { validateEnvironment } from '../config/environment';
import { Officer, OfficerRole } from '../accounts/officer.entity';
import { Unit } from '../units/unit.entity';
import { childPath } from '../units/unit-path';

export type InitialAdmin = { username: string; activationCode?: string };

/**
 * Production start (SEED_DEMO=false) on an empty database: one root unit and one admin, with the password from
 * ADMIN_PASSWORD or, without it, a one-time activation code printed once to the operator's console.
 */
@Injectable()
export class InitialAdminSeeder {
  private readonly logger = new Logger(InitialAdminSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async createIfEmpty(): Promise<InitialAdmin | null> {
    const env = validateEnvironment(process.env);
    if (env.ADMIN_PASSWORD) assertPasswordPolicy(env.ADMIN_PASSWORD, { username: env.ADMIN_USERNAME });
    const passwordHash = env.ADMIN_PASSWORD ? await this.hasher.hash(env.ADMIN_PASSWORD) : null;
    const activation = passwordHash ? null : newActivationCode();
    const created = await this.dataSource.transaction(async (manager) => {
      if ((await manager.count(Officer)) > 0) return false;
      let root = await manager.findOne(Unit, { where: { parentId: IsNull() }, order: { id: 'ASC' } });
      if (!root) {
        root = await manager.save(
          manager.create(Unit, {
            code: env.ROOT_UNIT_CODE,
            name: env.ROOT_UNIT_NAME,
            nameFolded: foldVietnamese(env.ROOT_UNIT_NAME),
            kind: 'province',
            parentId: null,
            path: '/pending/',
            depth: 0,
            sortOrder: 1,
          }),
        );
        await manager.update(Unit, root.id, { path: childPath(null, root.id) });
      }
      const admin = await manager.save(
        manager.create(Officer, {
          username: env.ADMIN_USERNAME.toLowerCase(),
          fullName: 'Quản trị hệ thống',
          unitId: root.id,
          status: passwordHash ? 'active' : 'pending_activation',
          mustChangePassword: false,
          passwordHash,
          activationCodeHash: activation?.hash ?? null,
          activationExpiresAt: activation?.expiresAt ?? null,
          failedAttempts: 0,
          sessionEpoch: 0,
          totpEnabled: false,
          twoFactorExempt: false,
        }),
      );
      await manager.insert(OfficerRole, [{ officerId: admin.id, role: 'admin' }]);
      return true;
    });
    if (!created) return null;
    this.logger.log(`Đã tạo tài khoản quản trị ${env.ADMIN_USERNAME}`);
    return { username: env.ADMIN_USERNAME.toLowerCase(), activationCode: activation?.code };
  }
}
