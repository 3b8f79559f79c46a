import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { cappedTotal } from '../database/capped-total';
import { ListQuery, Page } from '../common/list-query/list-query';
import { ReadQueries } from '../database/read-queries';
import { insertRows } from '../database/insert-rows';
import type { AuditContext } from './audit-context';
import { AuditEntry, FieldChange } from './audit-entry.entity';
import { AuditEntryView, describeEntries } from './audit-view';

export interface AuditInput {
  targetType: AuditEntry['targetType'];
  targetId: number;
  action: string;
  changes?: FieldChange[];
}

/** `officerId`: entries about that officer (whose record), the same as targetType=officer with targetId. */
export type AuditFilter = 'actorId' | 'targetType' | 'targetId' | 'officerId' | 'field' | 'action' | 'from' | 'to';

export interface AuditSink {
  open(): void | Promise<void>;
  write(entries: AuditEntryView[]): Promise<void>;
  end(): Promise<void>;
}

const EXPORT_BATCH = 1000;

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    private readonly reads: ReadQueries,
  ) {}

  /** Written in the caller's transaction, so the change and its trail commit or roll back together. */
  record(manager: EntityManager, context: AuditContext, entry: AuditInput): Promise<void> {
    return this.recordMany(manager, context, [entry]);
  }

  /** Several entries in multi-row inserts (bulk actions, imports). */
  async recordMany(manager: EntityManager, context: AuditContext, entries: AuditInput[]): Promise<void> {
    const rows = entries.map((entry) => {
      const changes = entry.changes ?? [];
      const fields = changes.length ? `,${changes.map((c) => c.field).join(',')},`.slice(0, 500) : '';
      return [
        context.actorId,
        context.ip,
        context.requestId,
        entry.targetType,
        entry.targetId,
        entry.action,
        JSON.stringify(changes),
        fields,
      ];
    });
    await insertRows(
      manager,
      'audit_entries',
      ['actor_id', 'ip', 'request_id', 'target_type', 'target_id', 'action', 'changes', 'fields'],
      rows,
    );
  }

  /**
   * A page of entries, newest first, each with the names of who did it and whose record it is. The trail is the
   * fastest-growing table (an import writes one entry per row), so its total is counted up to a cap, as the officers'.
   */
  async list(query: ListQuery<AuditFilter>, options: { withNetwork: boolean }): Promise<Page<AuditEntryView>> {
    const ordered = this.matching(query.filters)
      .orderBy(`entry.${query.sort}`, query.order)
      .addOrderBy('entry.id', query.order);
    const [data, total] = await Promise.all([
      ordered.clone().offset(query.offset).limit(query.perPage).getMany(),
      cappedTotal(this.reads, ordered, query),
    ]);
    return { data: await describeEntries(this.entries.manager, data, options), ...total };
  }

  /** Every matching entry, newest first, a batch at a time (keyset on the id, so memory stays flat). */
  async exportTo(query: ListQuery<AuditFilter>, sink: AuditSink): Promise<void> {
    await sink.open();
    let lastId: number | undefined;
    for (;;) {
      const builder = this.matching(query.filters).orderBy('entry.id', 'DESC').take(EXPORT_BATCH);
      if (lastId !== undefined) builder.andWhere('entry.id < :lastId', { lastId });
      const batch = await builder.getMany();
      if (!batch.length) break;
      await sink.write(await describeEntries(this.entries.manager, batch, { withNetwork: true }));
      lastId = batch[batch.length - 1].id;
    }
    await sink.end();
  }

  private matching(filters: ListQuery<AuditFilter>['filters']): SelectQueryBuilder<AuditEntry> {
    const builder = this.entries.createQueryBuilder('entry');
    const { actorId, targetType, targetId, officerId, field, action, from, to } = filters;
    if (actorId !== undefined) builder.andWhere('entry.actorId = :actorId', { actorId });
    if (targetType !== undefined) builder.andWhere('entry.targetType = :targetType', { targetType });
    if (targetId !== undefined) builder.andWhere('entry.targetId = :targetId', { targetId });
    if (officerId !== undefined)
      builder.andWhere("entry.targetType = 'officer' AND entry.targetId = :officerId", { officerId });
    if (action !== undefined) builder.andWhere('entry.action = :action', { action });
    if (field !== undefined) builder.andWhere('entry.fields LIKE :field', { field: `%,${field},%` });
    if (from !== undefined) builder.andWhere('entry.createdAt >= :from', { from });
    if (to !== undefined) builder.andWhere('entry.createdAt < :to', { to });
    return builder;
  }
}
