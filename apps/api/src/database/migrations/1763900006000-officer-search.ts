import { foldVietnamese, officerNameSortKey } from '@motcua/domain';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { isPostgres } from '../migration-helpers';

const BATCH = 500;

/**
 * Province-scale officer lists:
 * - the name column becomes the list's sort key, given name first ("hoa nguyen thi", see officerNameSortKey),
 *   indexed with the id tie-breaker so a sorted page is read in index order and stops after one page;
 * - substring search gets a trigram index: pg_trgm's GIN on PostgreSQL (used by `LIKE '%…%'`), an FTS5 trigram
 *   table on SQLite kept in step with `officers.search_text` by triggers, so every write path (the API, imports,
 *   the benchmark's bulk loader) updates it.
 *
 * On SQLite the triggers live on `officers`: a later migration that rebuilds that table must recreate them.
 */
export class OfficerSearch1763900006000 implements MigrationInterface {
  name = 'OfficerSearch1763900006000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX idx_officers_name_folded');
    await runner.query('ALTER TABLE officers RENAME COLUMN full_name_folded TO name_sort_key');
    await rewriteNameKeys(runner, officerNameSortKey);
    // The walk in name order tests the unit and the search text on the index entry itself, fetching a row only
    // for the page it returns (SQLite defers the seek; PostgreSQL reads the page ids by an index-only scan).
    await runner.query(
      isPostgres(runner)
        ? 'CREATE INDEX idx_officers_name_sort ON officers (name_sort_key, id) INCLUDE (unit_id, search_text)'
        : 'CREATE INDEX idx_officers_name_sort ON officers (name_sort_key, id, unit_id, search_text)',
    );
    if (isPostgres(runner)) {
      const schema = await trigramSchema(runner);
      await runner.query(
        `CREATE INDEX idx_officers_search_trgm ON officers USING gin (search_text ${quote(schema)}.gin_trgm_ops)`,
      );
    } else {
      await runner.query(
        `CREATE VIRTUAL TABLE officers_search USING fts5(search_text, content='officers', content_rowid='id', tokenize='trigram')`,
      );
      await runner.query(`INSERT INTO officers_search (officers_search) VALUES ('rebuild')`);
      await runner.query(`CREATE TRIGGER officers_search_insert AFTER INSERT ON officers BEGIN
        INSERT INTO officers_search (rowid, search_text) VALUES (new.id, new.search_text); END`);
      await runner.query(`CREATE TRIGGER officers_search_delete AFTER DELETE ON officers BEGIN
        INSERT INTO officers_search (officers_search, rowid, search_text) VALUES ('delete', old.id, old.search_text); END`);
      await runner.query(`CREATE TRIGGER officers_search_update AFTER UPDATE OF search_text ON officers BEGIN
        INSERT INTO officers_search (officers_search, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO officers_search (rowid, search_text) VALUES (new.id, new.search_text); END`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (isPostgres(runner)) {
      // The extension stays: other schemas of the database may use it.
      await runner.query('DROP INDEX idx_officers_search_trgm');
    } else {
      for (const trigger of ['officers_search_insert', 'officers_search_delete', 'officers_search_update'])
        await runner.query(`DROP TRIGGER ${trigger}`);
      await runner.query('DROP TABLE officers_search');
    }
    await runner.query('DROP INDEX idx_officers_name_sort');
    await runner.query('ALTER TABLE officers RENAME COLUMN name_sort_key TO full_name_folded');
    await rewriteNameKeys(runner, foldVietnamese);
    await runner.query('CREATE INDEX idx_officers_name_folded ON officers (full_name_folded)');
  }
}

/** Recomputes the sort column of every officer, a batch at a time. */
async function rewriteNameKeys(runner: QueryRunner, key: (fullName: string) => string): Promise<void> {
  const column = (await runner.hasColumn('officers', 'name_sort_key')) ? 'name_sort_key' : 'full_name_folded';
  const p = (n: number) => (isPostgres(runner) ? `$${n}` : '?');
  for (let lastId = 0; ;) {
    const rows: { id: number; full_name: string }[] = await runner.query(
      `SELECT id, full_name FROM officers WHERE id > ${p(1)} ORDER BY id LIMIT ${BATCH}`,
      [lastId],
    );
    if (!rows.length) return;
    const cases = rows.map((_, i) => `WHEN ${p(2 * i + 1)} THEN ${p(2 * i + 2)}`).join(' ');
    const params = rows.flatMap((row) => [row.id, key(row.full_name)]);
    await runner.query(
      `UPDATE officers SET ${column} = CASE id ${cases} END WHERE id IN (${rows.map((r) => Number(r.id)).join(',')})`,
      params,
    );
    lastId = Number(rows[rows.length - 1].id);
  }
}

/** The schema holding pg_trgm, installing it into `public` when the database does not have it yet (trusted since PostgreSQL 13). */
async function trigramSchema(runner: QueryRunner): Promise<string> {
  const installed = async (): Promise<string | undefined> =>
    (
      await runner.query(
        `SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'`,
      )
    )[0]?.schema;
  const existing = await installed();
  if (existing) return existing;
  await runner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public');
  return (await installed()) ?? 'public';
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
