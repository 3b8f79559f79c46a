import { QueryRunner, TableColumnOptions } from 'typeorm';

/** The few places where SQLite and PostgreSQL need different column definitions, kept in one file. */
export const isPostgres = (runner: QueryRunner) => runner.connection.options.type === 'postgres';

export const idColumn = (): TableColumnOptions => ({
  name: 'id',
  type: 'integer',
  isPrimary: true,
  isGenerated: true,
  generationStrategy: 'increment',
});

export const timestampColumn = (
  runner: QueryRunner,
  name: string,
  options: { nullable?: boolean; defaultNow?: boolean } = {},
): TableColumnOptions => ({
  name,
  type: isPostgres(runner) ? 'timestamptz' : 'datetime',
  isNullable: options.nullable ?? false,
  default: options.defaultNow ? (isPostgres(runner) ? 'now()' : "datetime('now')") : undefined,
});

/** Audit-style created/updated columns every mutable table has. */
export const createdUpdatedColumns = (runner: QueryRunner): TableColumnOptions[] => [
  timestampColumn(runner, 'created_at', { defaultNow: true }),
  timestampColumn(runner, 'updated_at', { defaultNow: true }),
];

export const versionColumn = (): TableColumnOptions => ({ name: 'version', type: 'integer', default: 1 });

/**
 * A text column compared byte-wise. Materialised paths and folded search keys rely on prefix range scans
 * (`path >= '/1/' AND path < '/10'`), which need binary ordering: SQLite's default, PostgreSQL's "C" collation.
 */
export const binaryTextColumn = (
  runner: QueryRunner,
  name: string,
  length: number,
  nullable = false,
): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
  collation: isPostgres(runner) ? 'C' : undefined,
});

export const binaryColumn = (runner: QueryRunner, name: string): TableColumnOptions => ({
  name,
  type: isPostgres(runner) ? 'bytea' : 'blob',
});
