import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface ThrottlerStorageRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * Rate-limit counters in the shared database, so every API instance behind the load balancer counts the same
 * hits. One atomic upsert per request (SQLite ≥ 3.35 and PostgreSQL both speak ON CONFLICT … RETURNING).
 */
@Injectable()
export class DatabaseThrottlerStorage implements ThrottlerStorage {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    const postgres = this.dataSource.options.type === 'postgres';
    const [p1, p2, p3] = postgres ? ['$1', '$2', '$3'] : ['?', '?', '?'];
    const rows: { hits: number | string; expires_at: number | string }[] = await this.dataSource.query(
      `INSERT INTO rate_limits (key, hits, expires_at) VALUES (${p1}, 1, ${p2})
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limits.expires_at <= ${p3} THEN 1 ELSE rate_limits.hits + 1 END,
         expires_at = CASE WHEN rate_limits.expires_at <= ${p3} THEN excluded.expires_at ELSE rate_limits.expires_at END
       RETURNING hits, expires_at`,
      postgres ? [`${throttlerName}:${key}`, now + ttl, now] : [`${throttlerName}:${key}`, now + ttl, now, now],
    );
    const totalHits = Number(rows[0].hits);
    const timeToExpire = Math.max(0, Math.ceil((Number(rows[0].expires_at) - now) / 1000));
    const isBlocked = totalHits > limit;
    return { totalHits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
  }
}
