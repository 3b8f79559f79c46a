import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ListQuery, Page } from '../common/list-query/list-query';
import { insertRows } from '../database/insert-rows';
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

  /** Several entries in multi-row inserts (bulk actions, imports). */
  async recordMany(manager: EntityManager, context: AuditContext, entries: AuditInput[]): Promise<void> {
    const rows = entries.map((entry) => {
      const changes = entry.changes ?? [];
      const fields = changes.length ? `,${changes.map((c) => c.field).join(',')},`.slice(0, 500) : '';
      return [context.actorId, context.ip, context.requestId, entry.targetType, entry.targetId, entry.action, JSON.stringify(changes), fields];
    });
    await insertRows(manager, 'audit_entries', ['actor_id', 'ip', 'request_id', 'target_type', 'target_id', 'action', 'changes', 'fields'], rows);
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
