import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ApiError } from './errors/api-error';

/**
 * Optimistic locking for PATCH: the update applies only if the row still has the version the client read.
 * TypeORM bumps the @VersionColumn itself. Stale → 409 with the current record, so the client can show the
 * difference and reload without losing what the user typed.
 */
export async function updateVersioned<T extends ObjectLiteral & { id: number; version: number }>(
  manager: EntityManager,
  target: EntityTarget<T>,
  id: number,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<T>,
  current: () => Promise<unknown>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set(changes)
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .updateEntity(false)
    .execute();
  if (!result.affected) throw ApiError.staleVersion(await current());
}
