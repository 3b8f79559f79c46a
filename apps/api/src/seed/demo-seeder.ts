import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { foldVietnamese } from '@motcua/domain';
import { DEMO_ACCOUNTS, DEMO_UNITS } from '@motcua/seed';
import { PasswordHasher } from '../auth/password-hasher';
import { Officer, OfficerRole } from '../officers/officer.entity';
import { searchTextOf } from '../officers/search-text';
import { Unit } from '../units/unit.entity';
import { childPath } from '../units/unit-path';

/** Fills an empty database with the demo province (units now; accounts arrive with their features). */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    const passwordHashes = new Map<string, string>();
    for (const password of new Set(DEMO_ACCOUNTS.map((a) => a.password))) passwordHashes.set(password, await this.hasher.hash(password));
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(Unit)) > 0) return false;
      const units = await this.insertUnits(manager);
      await this.insertAccounts(manager, units, passwordHashes);
      this.logger.log(`Đã tạo dữ liệu mẫu: ${DEMO_UNITS.length} đơn vị, ${DEMO_ACCOUNTS.length} tài khoản`);
      return true;
    });
  }

  private async insertAccounts(manager: EntityManager, units: Map<string, Unit>, passwordHashes: Map<string, string>): Promise<void> {
    for (const demo of DEMO_ACCOUNTS) {
      const officer = await manager.save(
        manager.create(Officer, {
          username: demo.username,
          fullName: demo.fullName,
          fullNameFolded: foldVietnamese(demo.fullName),
          searchText: searchTextOf(demo),
          unitId: units.get(demo.unitCode)!.id,
          status: 'active',
          mustChangePassword: demo.mustChangePassword,
          passwordHash: passwordHashes.get(demo.password)!,
          failedAttempts: 0,
          sessionEpoch: 0,
          totpEnabled: false,
          twoFactorExempt: demo.twoFactorExempt ?? false,
        }),
      );
      await manager.insert(OfficerRole, demo.roles.map((role) => ({ officerId: officer.id, role })));
    }
  }

  private async insertUnits(manager: EntityManager): Promise<Map<string, Unit>> {
    const byCode = new Map<string, Unit>();
    const siblings = new Map<string | null, number>();
    for (const demo of DEMO_UNITS) {
      const parent = demo.parentCode ? byCode.get(demo.parentCode)! : null;
      const order = (siblings.get(demo.parentCode) ?? 0) + 1;
      siblings.set(demo.parentCode, order);
      const unit = await manager.save(
        manager.create(Unit, {
          code: demo.code,
          name: demo.name,
          nameFolded: foldVietnamese(demo.name),
          kind: demo.kind,
          parentId: parent?.id ?? null,
          path: '/pending/',
          depth: parent ? parent.depth + 1 : 0,
          sortOrder: order,
        }),
      );
      unit.path = childPath(parent?.path ?? null, unit.id);
      await manager.update(Unit, unit.id, { path: unit.path });
      byCode.set(demo.code, unit);
    }
    return byCode;
  }
}
