import { foldVietnamese, validatePhone } from '@motcua/domain';
import type { DataSource } from 'typeorm';
import { escapeLike } from '../units/units.service';

/** A search term as the search column stores it: folded text, and a typed phone number in its normalised form. */
export function searchTermOf(q: string): string {
  const phone = validatePhone(q);
  return phone.ok ? phone.value.number : foldVietnamese(q);
}

/** Above this many candidates a term is "common": walking the name order finds a page sooner than sorting them all. */
const COMMON_TERM = 2000;
const TRIGRAM = 3;

export interface SearchCondition {
  where: string;
  parameters: Record<string, string>;
}

/**
 * The condition that narrows a query on `officers` (as `alias`) to those whose search text contains `q`, written
 * so each engine uses its trigram index (migration 1763900006000):
 * - PostgreSQL: `LIKE '%term%'`, which pg_trgm's GIN index serves and the planner weighs against the name order;
 * - SQLite: a rare term (up to COMMON_TERM candidates, counted on the FTS5 trigram table) becomes the candidate set
 *   from that table; a common or short one stays a `LIKE` filter, so the page is read in name order and stops early.
 */
export async function officerSearchCondition(dataSource: DataSource, alias: string, q: string): Promise<SearchCondition> {
  const term = searchTermOf(q);
  const like: SearchCondition = { where: `${alias}.search_text LIKE :searchLike ESCAPE '\\'`, parameters: { searchLike: `%${escapeLike(term)}%` } };
  if (dataSource.options.type === 'postgres' || term.length < TRIGRAM) return like;
  const phrase = `"${term.replace(/"/g, '""')}"`;
  const [{ candidates }]: { candidates: number }[] = await dataSource.query(
    `SELECT COUNT(*) AS candidates FROM (SELECT 1 FROM officers_search WHERE officers_search MATCH ? LIMIT ${COMMON_TERM + 1})`,
    [phrase],
  );
  if (Number(candidates) > COMMON_TERM) return like;
  return { where: `${alias}.id IN (SELECT rowid FROM officers_search WHERE officers_search MATCH :searchPhrase)`, parameters: { searchPhrase: phrase } };
}
