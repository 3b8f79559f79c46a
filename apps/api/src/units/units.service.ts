import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { foldVietnamese } from '@motcua/domain';
import { ApiError } from '../common/errors/api-error';
import { ListQuery, Page } from '../common/list-query/list-query';
import { Unit } from './unit.entity';
import { subtreeRange } from './unit-path';

export type UnitFilter = 'id' | 'parentId' | 'kind' | 'subtreeOf';

@Injectable()
export class UnitsService {
  constructor(@InjectRepository(Unit) private readonly units: Repository<Unit>) {}

  async findOne(id: number): Promise<Unit> {
    const unit = await this.units.findOneBy({ id });
    if (!unit) throw ApiError.notFound('Không tìm thấy đơn vị.');
    return unit;
  }

  async list(query: ListQuery<UnitFilter>): Promise<Page<Unit>> {
    const builder = this.units.createQueryBuilder('unit');
    if (query.filters.id !== undefined) builder.andWhere('unit.id IN (:...ids)', { ids: query.filters.id });
    if (query.filters.parentId !== undefined)
      builder.andWhere('unit.parentId = :parentId', { parentId: query.filters.parentId });
    if (query.filters.kind !== undefined) builder.andWhere('unit.kind = :kind', { kind: query.filters.kind });
    if (query.filters.subtreeOf !== undefined)
      await this.restrictToSubtree(builder, 'unit', query.filters.subtreeOf as number);
    if (query.q)
      builder.andWhere("unit.nameFolded LIKE :q ESCAPE '\\'", { q: `%${escapeLike(foldVietnamese(query.q))}%` });
    const [data, total] = await builder
      .orderBy(`unit.${query.sort}`, query.order)
      .addOrderBy('unit.id', 'ASC')
      .skip(query.offset)
      .take(query.perPage)
      .getManyAndCount();
    return { data, total };
  }

  /** Every "this unit and below" filter and scope check goes through here: one indexed range on `path`. */
  async restrictToSubtree<T extends object>(builder: SelectQueryBuilder<T>, unitAlias: string, rootUnitId: number) {
    const root = await this.findOne(rootUnitId);
    const { from, to } = subtreeRange(root.path);
    const suffix = `${unitAlias}_${rootUnitId}`;
    builder.andWhere(`${unitAlias}.path >= :from_${suffix} AND ${unitAlias}.path < :to_${suffix}`, {
      [`from_${suffix}`]: from,
      [`to_${suffix}`]: to,
    });
  }
}

export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
