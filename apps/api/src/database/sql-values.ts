import type { DataSource } from 'typeorm';

/** A timestamp as a raw-SQL parameter: PostgreSQL takes a Date; SQLite stores TypeORM's UTC text form. */
export const sqlTimestamp = (dataSource: DataSource, date: Date): Date | string =>
  dataSource.options.type === 'postgres' ? date : date.toISOString().replace('T', ' ').replace('Z', '');

/** Raw SQL written with `?` placeholders, numbered `$1…` for PostgreSQL. */
export const placeholders = (dataSource: DataSource, sql: string): string => {
  if (dataSource.options.type !== 'postgres') return sql;
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

/** A timestamp read by raw SQL: PostgreSQL gives a Date, SQLite TypeORM's UTC text form. */
export const fromSqlTimestamp = (value: unknown): Date | null => {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
};
