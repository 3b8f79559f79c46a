import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Two independent ways for a test to see whether the database changed, over every table the database itself lists
 * (no hard-coded list, so a table added by a new migration is covered the day it lands):
 * - a change log: triggers record each committed INSERT, DELETE and UPDATE that changes a value, per table, so a
 *   test learns in one indexed query what the last request wrote (a rolled-back write leaves no entry);
 * - a fingerprint: row count and digest of every row of every table, to compare two moments directly.
 * Column groups split columns a caller expects to change (e.g. failed-login counters) into entries of their own,
 * `table.group`, so the rest of the row stays checked; inserting or deleting a row counts for all its entries.
 *
 * Not covered: SQLite virtual tables and their shadow tables (the officers full-text index, derived from
 * `officers`, which is covered), and the change log's own table.
 */
export type Fingerprint = Record<string, string>;
export type ColumnGroups = Record<string, Record<string, readonly string[]>>;

export const CHANGE_LOG_TABLE = 'test_change_log';

interface Table {
  name: string;
  columns: string[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const isPostgres = (dataSource: DataSource) => dataSource.options.type === 'postgres';

async function tablesOf(dataSource: DataSource): Promise<Table[]> {
  const rows: { table: string; column: string }[] = isPostgres(dataSource)
    ? await dataSource.query(
        `SELECT c.table_name AS "table", c.column_name AS "column" FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`,
      )
    : await dataSource.query(
        `SELECT t.name AS "table", p.name AS "column" FROM pragma_table_list t JOIN pragma_table_info(t.name) p
          WHERE t.schema = 'main' AND t.type = 'table' AND t.name NOT LIKE 'sqlite_%' ORDER BY t.name, p.cid`,
      );
  const tables = new Map<string, string[]>();
  for (const { table, column } of rows)
    if (table !== CHANGE_LOG_TABLE) tables.set(table, [...(tables.get(table) ?? []), column]);
  return [...tables].map(([name, columns]) => ({ name, columns }));
}

/** Each table's entries: the whole row minus grouped columns under the table's name, each group under `table.group`. */
function entriesOf(table: Table, groups: ColumnGroups): { key: string; columns: readonly string[] }[] {
  const split = groups[table.name] ?? {};
  const grouped = new Set(Object.values(split).flat());
  return [
    { key: table.name, columns: table.columns.filter((c) => !grouped.has(c)) },
    ...Object.entries(split).map(([group, columns]) => ({ key: `${table.name}.${group}`, columns })),
  ];
}

/** Returns a function that fingerprints the whole database in one round trip (PostgreSQL digests server-side). */
export async function databaseFingerprinter(
  dataSource: DataSource,
  groups: ColumnGroups = {},
): Promise<() => Promise<Fingerprint>> {
  const postgres = isPostgres(dataSource);
  const rowText = (names: readonly string[]) =>
    postgres
      ? `concat_ws(',', ${names.map((n) => `quote_nullable(${quote(n)}::text)`).join(', ')})`
      : names.map((n) => `quote(${quote(n)})`).join(` || ',' || `);
  const parts = (await tablesOf(dataSource)).flatMap((table) =>
    entriesOf(table, groups).map(({ key, columns }) =>
      postgres
        ? `SELECT ${literal(key)} AS key, COUNT(*) || ':' || md5(COALESCE(string_agg(${rowText(columns)}, '|' ORDER BY ${rowText(columns)}), '')) AS value FROM ${quote(table.name)}`
        : `SELECT ${literal(key)} AS key, COUNT(*) || ':' || COALESCE(group_concat(r, '|'), '') AS value FROM (SELECT ${rowText(columns)} AS r FROM ${quote(table.name)} ORDER BY r)`,
    ),
  );
  const sql = parts.join('\nUNION ALL\n');
  return async () => {
    const rows: { key: string; value: string }[] = await dataSource.query(sql);
    return Object.fromEntries(
      rows.map(({ key, value }) => [key, postgres ? value : createHash('sha256').update(value).digest('hex')]),
    );
  };
}

/** The entries of `after` that differ from `before` (a table that appeared or vanished counts too). */
export function changedEntries(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((key) => before[key] !== after[key])
    .sort();
}

export interface ChangeLog {
  /** The entries written (and committed) since the previous call, each once, sorted. */
  take(): Promise<string[]>;
}

/** Installs the change-log triggers on every table of a database the test owns. */
export async function installChangeLog(dataSource: DataSource, groups: ColumnGroups = {}): Promise<ChangeLog> {
  const postgres = isPostgres(dataSource);
  const tables = await tablesOf(dataSource);
  const statements: string[] = postgres
    ? [
        `CREATE TABLE ${CHANGE_LOG_TABLE} (id bigserial PRIMARY KEY, entry text NOT NULL)`,
        `CREATE FUNCTION ${CHANGE_LOG_TABLE}_record() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ${CHANGE_LOG_TABLE} (entry) VALUES (TG_ARGV[0]); RETURN NULL; END $$`,
      ]
    : [`CREATE TABLE ${CHANGE_LOG_TABLE} (id INTEGER PRIMARY KEY AUTOINCREMENT, entry TEXT NOT NULL)`];
  let n = 0;
  for (const table of tables) {
    for (const { key, columns } of entriesOf(table, groups)) {
      const name = (kind: string) => quote(`${CHANGE_LOG_TABLE}_${++n}_${kind}`);
      const on = quote(table.name);
      if (postgres) {
        const changed = `(${columns.map((c) => `OLD.${quote(c)}::text`).join(', ')}, NULL) IS DISTINCT FROM (${columns.map((c) => `NEW.${quote(c)}::text`).join(', ')}, NULL)`;
        statements.push(
          `CREATE TRIGGER ${name('write')} AFTER INSERT OR DELETE ON ${on} FOR EACH ROW EXECUTE FUNCTION ${CHANGE_LOG_TABLE}_record(${literal(key)})`,
        );
        statements.push(
          `CREATE TRIGGER ${name('truncate')} AFTER TRUNCATE ON ${on} FOR EACH STATEMENT EXECUTE FUNCTION ${CHANGE_LOG_TABLE}_record(${literal(key)})`,
        );
        statements.push(
          `CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${on} FOR EACH ROW WHEN (${changed}) EXECUTE FUNCTION ${CHANGE_LOG_TABLE}_record(${literal(key)})`,
        );
      } else {
        const record = `BEGIN INSERT INTO ${CHANGE_LOG_TABLE} (entry) VALUES (${literal(key)}); END`;
        statements.push(`CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${on} ${record}`);
        statements.push(`CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${on} ${record}`);
        statements.push(
          `CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${on} WHEN ${columns.map((c) => `OLD.${quote(c)} IS NOT NEW.${quote(c)}`).join(' OR ')} ${record}`,
        );
      }
    }
  }
  for (const statement of statements) await dataSource.query(statement);
  let seen = 0;
  return {
    async take() {
      const rows: { id: number | string; entry: string }[] = await dataSource.query(
        `SELECT id, entry FROM ${CHANGE_LOG_TABLE} WHERE id > ${seen} ORDER BY id`,
      );
      if (rows.length) seen = Number(rows[rows.length - 1].id);
      return [...new Set(rows.map((row) => row.entry))].sort();
    },
  };
}
