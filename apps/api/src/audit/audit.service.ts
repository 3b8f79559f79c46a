import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ListQuery, Page } from '../common/list-query/list-query';
import type { AuditContext } from './audit-context';
import { AuditEntry, FieldChange } from './audit-entry.entity';

export interface AuditInput {
  targetType: AuditEntry['targetType'];
  targetId: number;
  action: string;
  changes?: FieldChange[];
}

export type AuditFilter = 'actorId' | 'targetType' | 'targetId' | 'field' | 'action' | 'from' | 'to';

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /** Written in the caller's transaction, so the change and its trail commit or roll back together. */
  record(manager: EntityManager, context: AuditContext, entry: AuditInput): Promise<void> {
    return this.recordMany(manager, context, [entry]);
  }

  /** Several entries in one multi-row insert (bulk actions, imports). */
  async recordMany(manager: EntityManager, context: AuditContext, entries: AuditInput[]): Promise<void> {
    if (!entries.length) return;
    const rows = entries.map((entry) => {
      const changes = entry.changes ?? [];
      return {
        actorId: context.actorId,
        ip: context.ip,
        requestId: context.requestId,
        targetType: entry.targetType,
        targetId: entry.targetId,
        action: entry.action,
        changes,
        fields: changes.length ? `,${changes.map((c) => c.field).join(',')},`.slice(0, 500) : '',
      };
    });
    await manager.createQueryBuilder().insert().into(AuditEntry).values(rows).updateEntity(false).execute();
  }

  async list(query: ListQuery<AuditFilter>): Promise<Page<AuditEntry>> {
    const builder = this.entries.createQueryBuilder('entry');
    const { actorId, targetType, targetId, field, action, from, to } = query.filters;
    if (actorId !== undefined) builder.andWhere('entry.actorId = :actorId', { actorId });
    if (targetType !== undefined) builder.andWhere('entry.targetType = :targetType', { targetType });
    if (targetId !== undefined) builder.andWhere('entry.targetId = :targetId', { targetId });
    if (action !== undefined) builder.andWhere('entry.action = :action', { action });
    if (field !== undefined) builder.andWhere('entry.fields LIKE :field', { field: `%,${field},%` });
    if (from !== undefined) builder.andWhere('entry.createdAt >= :from', { from });
    if (to !== undefined) builder.andWhere('entry.createdAt < :to', { to });
    const [data, total] = await builder
      .orderBy(`entry.${query.sort}`, query.order)
      .addOrderBy('entry.id', query.order)
      .skip(query.offset)
      .take(query.perPage)
      .getManyAndCount();
    return { data, total };
  }
}
