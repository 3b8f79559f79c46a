import type { DataSource } from 'typeorm';

/** A timestamp as a raw-SQL parameter: PostgreSQL takes a Date; SQLite stores TypeORM's UTC text form. */
export const sqlTimestamp = (dataSource: DataSource, date: Date): Date | string =>
  dataSource.options.type === 'postgres' ? date : date.toISOString().replace('T', ' ').replace('Z', '');
