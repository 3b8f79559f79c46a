import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface, InsertEvent, UpdateEvent } from 'typeorm';
import { Officer } from './officer.entity';
import { derivedColumnsOf, touchesDerivedColumns, type DerivedFrom } from './officer-derived-columns';

/**
 * Every TypeORM write of an officer row (save, insert, query-builder insert and update) passes here: inserts get
 * their derived columns, saves of a loaded entity have them rewritten, and a partial update that changes a name or
 * contact without them (one that bypassed updateOfficer) is refused rather than left to store a stale search text.
 */
@Injectable()
export class OfficerDerivedColumnsSubscriber implements EntitySubscriberInterface<Officer> {
  constructor(@InjectDataSource() dataSource: DataSource) {
    if (!dataSource.subscribers.some((subscriber) => subscriber instanceof OfficerDerivedColumnsSubscriber))
      dataSource.subscribers.push(this);
  }

  listenTo() {
    return Officer;
  }

  beforeInsert({ entity }: InsertEvent<Officer>): void {
    Object.assign(entity, derivedColumnsOf(entity));
  }

  beforeUpdate({ entity, databaseEntity }: UpdateEvent<Officer>): void {
    if (!entity || !touchesDerivedColumns(entity)) return;
    if (databaseEntity) {
      Object.assign(entity, derivedColumnsOf({ ...databaseEntity, ...entity } as DerivedFrom));
    } else if (entity.nameSortKey === undefined || entity.searchText === undefined) {
      throw new Error(
        `An officer's ${Object.keys(entity).join(', ')} changed without its derived columns: write it with updateOfficer`,
      );
    }
  }
}
