import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { foldVietnamese } from '@motcua/domain';
import { ApiError } from '../common/errors/api-error';
import { updateVersioned } from '../common/versioned-update';
import { placeholders } from '../database/sql-values';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';
import { Unit } from './unit.entity';
import { childPath, isWithin, subtreeRange } from './unit-path';

const fieldError = (field: string, code: string, message: string) => ApiError.badRequest([{ field, code, message }]);

/** Creating, editing, moving and deleting units, keeping every descendant's path consistent. */
@Injectable()
export class UnitsAdmin {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(dto: CreateUnitDto): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertCodeFree(manager, dto.code);
      const parent = dto.parentId === null ? null : await this.parentOrFail(manager, dto.parentId);
      const unit = await manager.save(
        manager.create(Unit, {
          code: dto.code,
          name: dto.name.trim(),
          nameFolded: foldVietnamese(dto.name),
          kind: dto.kind,
          parentId: parent?.id ?? null,
          path: '/pending/',
          depth: parent ? parent.depth + 1 : 0,
          sortOrder: dto.sortOrder ?? 0,
        }),
      );
      await manager
        .createQueryBuilder()
        .update(Unit)
        .set({ path: childPath(parent?.path ?? null, unit.id) })
        .where('id = :id', { id: unit.id })
        .updateEntity(false)
        .execute();
      return manager.findOneByOrFail(Unit, { id: unit.id });
    });
  }

  update(id: number, dto: UpdateUnitDto): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOneBy(Unit, { id });
      if (!unit) throw ApiError.notFound('Không tìm thấy đơn vị.');
      if (dto.code !== undefined && dto.code !== unit.code) await this.assertCodeFree(manager, dto.code);
      const changes: Partial<Unit> = {};
      if (dto.code !== undefined) changes.code = dto.code;
      if (dto.name !== undefined)
        Object.assign(changes, { name: dto.name.trim(), nameFolded: foldVietnamese(dto.name) });
      if (dto.kind !== undefined) changes.kind = dto.kind;
      if (dto.sortOrder !== undefined) changes.sortOrder = dto.sortOrder;
      const moving = dto.parentId !== undefined && dto.parentId !== unit.parentId;
      const current = () => manager.findOneBy(Unit, { id });
      await updateVersioned(manager, Unit, id, dto.version, changes, current);
      if (moving) await this.move(manager, unit, dto.parentId ?? null);
      return manager.findOneByOrFail(Unit, { id });
    });
  }

  async remove(id: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const unit = await manager.findOneBy(Unit, { id });
      if (!unit) throw ApiError.notFound('Không tìm thấy đơn vị.');
      if (await manager.countBy(Unit, { parentId: id })) {
        throw new ApiError(
          400,
          'UNIT_HAS_CHILDREN',
          'Không thể xóa đơn vị còn đơn vị trực thuộc. Hãy chuyển hoặc xóa các đơn vị con trước.',
        );
      }
      const [{ count }] = await manager.query(
        placeholders(this.dataSource, 'SELECT COUNT(*) AS count FROM officers WHERE unit_id = ?'),
        [id],
      );
      if (Number(count) > 0)
        throw new ApiError(
          400,
          'UNIT_HAS_OFFICERS',
          'Không thể xóa đơn vị còn tài khoản cán bộ. Hãy chuyển các tài khoản sang đơn vị khác trước.',
        );
      await manager.delete(Unit, id);
    });
  }

  /** Re-parents a unit: one UPDATE rewrites the path prefix and depth of the unit and all its descendants. */
  private async move(manager: EntityManager, unit: Unit, parentId: number | null): Promise<void> {
    const parent = parentId === null ? null : await this.parentOrFail(manager, parentId);
    if (parent && isWithin(parent.path, unit.path)) {
      throw fieldError('parentId', 'UNIT_CYCLE', 'Không thể chuyển đơn vị vào chính nó hoặc đơn vị cấp dưới của nó.');
    }
    const newPath = childPath(parent?.path ?? null, unit.id);
    const depthDelta = (parent ? parent.depth + 1 : 0) - unit.depth;
    const { from, to } = subtreeRange(unit.path);
    await manager
      .createQueryBuilder()
      .update(Unit)
      .set({
        path: () => `CAST(:newPath AS VARCHAR(1000)) || SUBSTR(path, CAST(:cut AS INTEGER))`,
        depth: () => `depth + CAST(:depthDelta AS INTEGER)`,
      })
      .where('path >= :from AND path < :to', { from, to })
      .setParameters({ newPath, cut: unit.path.length + 1, depthDelta })
      .updateEntity(false)
      .execute();
    await manager
      .createQueryBuilder()
      .update(Unit)
      .set({ parentId: parent?.id ?? null })
      .where('id = :id', { id: unit.id })
      .updateEntity(false)
      .execute();
  }

  private async parentOrFail(manager: EntityManager, parentId: number): Promise<Unit> {
    const parent = await manager.findOneBy(Unit, { id: parentId });
    if (!parent) throw fieldError('parentId', 'PARENT_NOT_FOUND', 'Không tìm thấy đơn vị cấp trên.');
    return parent;
  }

  private async assertCodeFree(manager: EntityManager, code: string): Promise<void> {
    if (await manager.countBy(Unit, { code })) {
      throw new ApiError(409, 'UNIT_CODE_TAKEN', 'Mã đơn vị đã tồn tại.', [
        { field: 'code', code: 'UNIT_CODE_TAKEN', message: 'Mã đơn vị đã tồn tại.' },
      ]);
    }
  }
}
