import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { DataSource, EntityManager } from 'typeorm';
import { foldVietnamese } from '@motcua/domain';
import { DEMO_ACCOUNTS, DEMO_UNITS, generateOfficers, seededRandom } from '@motcua/seed';
import { PasswordHasher } from '../auth/password-hasher';
import { CampaignStatusService } from '../campaigns/campaign-status.service';
import { mailConfig } from '../notifications/mail.config';
import { validateEnvironment } from '../config/environment';
import { Officer, OfficerRole } from '../accounts/officer.entity';
import { Unit } from '../units/unit.entity';
import { childPath } from '../units/unit-path';
import { seedDemoCampaigns } from './demo-campaigns';

const DEMO_SEED = 20231110;

/** Fills an empty database with the demo province: units, accounts, running campaigns with their progress. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly campaignStatus: CampaignStatusService,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
  ) {}

  async seedIfEmpty(): Promise<boolean> {
    const passwordHashes = new Map<string, string>();
    for (const password of new Set(DEMO_ACCOUNTS.map((a) => a.password)))
      passwordHashes.set(password, await this.hasher.hash(password));
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(Unit)) > 0) return false;
      const units = await this.insertUnits(manager);
      await this.insertAccounts(manager, units, passwordHashes);
      const generated = await this.insertGeneratedOfficers(
        manager,
        units,
        passwordHashes.get(DEMO_ACCOUNTS[0].password)!,
      );
      const campaigns = validateEnvironment(process.env).DEMO_CAMPAIGNS
        ? await seedDemoCampaigns(manager, this.campaignStatus, units, `${this.mail.publicUrl}/profile`)
        : [];
      this.logger.log(
        `Đã tạo dữ liệu mẫu: ${DEMO_UNITS.length} đơn vị, ${DEMO_ACCOUNTS.length + generated} tài khoản, ${campaigns.length} đợt cập nhật đang diễn ra`,
      );
      return true;
    });
  }

  private async insertAccounts(
    manager: EntityManager,
    units: Map<string, Unit>,
    passwordHashes: Map<string, string>,
  ): Promise<void> {
    for (const demo of DEMO_ACCOUNTS) {
      const officer = await manager.save(
        manager.create(Officer, {
          username: demo.username,
          fullName: demo.fullName,
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
      await manager.insert(
        OfficerRole,
        demo.roles.map((role) => ({ officerId: officer.id, role })),
      );
    }
  }

  /** About 300 officers with realistic gaps and mistakes, all signing in with the demo password. */
  private async insertGeneratedOfficers(
    manager: EntityManager,
    units: Map<string, Unit>,
    passwordHash: string,
  ): Promise<number> {
    const random = seededRandom(DEMO_SEED + 1);
    const unitCodes = [...units.values()].filter((u) => u.depth > 0).map((u) => u.code);
    const count = validateEnvironment(process.env).DEMO_OFFICERS;
    const officers = generateOfficers({ seed: DEMO_SEED, count, unitCodes }).filter(
      (o) => !DEMO_ACCOUNTS.some((a) => a.username === o.username),
    );
    if (!officers.length) return 0;
    for (let i = 0; i < officers.length; i += 200) {
      const part = officers.slice(i, i + 200);
      const rows = part.map((o) => {
        const confirmed = Boolean(o.citizenId && o.phone) && random.chance(0.6);
        const confirmedAt = confirmed
          ? new Date(Date.now() - random.int(1, 20) * 86_400_000 - random.int(0, 8 * 60) * 60_000)
          : null;
        return {
          ...o,
          roles: undefined,
          unitCode: undefined,
          unitId: units.get(o.unitCode)!.id,
          status: random.chance(0.9)
            ? ('active' as const)
            : random.chance(0.7)
              ? ('pending_activation' as const)
              : ('locked' as const),
          passwordHash,
          confirmedAt,
          // A few records the supervisor has already checked, a day after the officer confirmed them.
          verifiedAt:
            confirmedAt && random.chance(0.15)
              ? new Date(Math.min(Date.now(), confirmedAt.getTime() + 86_400_000))
              : null,
        };
      });
      await manager
        .createQueryBuilder()
        .insert()
        .into(Officer)
        .values(rows.map(({ roles: _r, unitCode: _u, ...row }) => row))
        .updateEntity(false)
        .execute();
      const ids = await manager.find(Officer, {
        where: part.map((o) => ({ username: o.username })),
        select: { id: true, username: true },
      });
      const idOf = new Map(ids.map((o) => [o.username, o.id]));
      await manager
        .createQueryBuilder()
        .insert()
        .into(OfficerRole)
        .values(part.flatMap((o) => o.roles.map((role) => ({ officerId: idOf.get(o.username)!, role }))))
        .updateEntity(false)
        .execute();
    }
    return officers.length;
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
