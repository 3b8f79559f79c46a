import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Request } from 'express';
import { EntityManager, Repository } from 'typeorm';
import { clientIpOf } from '../common/client-ip';
import { insertRows } from '../database/insert-rows';
import { ListQuery, Page } from '../common/list-query/list-query';
import { LoginEvent, LoginOutcome } from './session-records.entity';

export interface ClientInfo {
  ip: string;
  userAgent: string;
}

export const clientOf = (req: Request): ClientInfo => ({
  ip: clientIpOf(req) ?? 'unknown',
  userAgent: (req.headers['user-agent'] ?? '').slice(0, 255),
});

export type LoginEventFilter = 'officerId' | 'username' | 'outcome' | 'from' | 'to';

@Injectable()
export class LoginEventsService {
  constructor(@InjectRepository(LoginEvent) private readonly events: Repository<LoginEvent>) {}

  async record(
    username: string,
    officerId: number | null,
    outcome: LoginOutcome,
    client: ClientInfo,
    manager?: EntityManager,
  ) {
    await insertRows(
      manager ?? this.events.manager,
      'login_events',
      ['username', 'officer_id', 'outcome', 'ip', 'user_agent'],
      [[username.slice(0, 64), officerId, outcome, client.ip, client.userAgent]],
    );
  }

  async list(query: ListQuery<LoginEventFilter>): Promise<Page<LoginEvent>> {
    const builder = this.events.createQueryBuilder('event');
    const { officerId, username, outcome, from, to } = query.filters;
    if (officerId !== undefined) builder.andWhere('event.officerId = :officerId', { officerId });
    if (username !== undefined)
      builder.andWhere('event.username = :username', { username: String(username).toLowerCase() });
    if (outcome !== undefined) builder.andWhere('event.outcome = :outcome', { outcome });
    if (from !== undefined) builder.andWhere('event.createdAt >= :from', { from });
    if (to !== undefined) builder.andWhere('event.createdAt < :to', { to });
    const [data, total] = await builder
      .orderBy(`event.${query.sort}`, query.order)
      .addOrderBy('event.id', query.order)
      .skip(query.offset)
      .take(query.perPage)
      .getManyAndCount();
    return { data, total };
  }
}
