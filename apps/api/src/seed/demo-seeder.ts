import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { foldVietnamese } from '@motcua/domain';
import { DEMO_UNITS } from '@motcua/seed';
import { Unit } from '../units/unit.entity';
import { childPath } from '../units/unit-path';

/** Fills an empty database with the demo province (units now; accounts arrive with their features). */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(private readonly dataSource: DataSource) {}

  async seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if ((await manager.count(Unit)) > 0) return false;
      await this.insertUnits(manager);
      this.logger.log(`Đã tạo dữ liệu mẫu: ${DEMO_UNITS.length} đơn vị`);
      return true;
    });
  }

  private async insertUnits(manager: EntityManager): Promise<void> {
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
  }
}
