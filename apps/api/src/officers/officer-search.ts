import { foldVietnamese, validatePhone } from '@motcua/domain';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../units/units.service';
import { subtreeRange } from '../units/unit-path';

/** A search term as the search column stores it: folded text, and a typed phone number in its normalised form. */
export function searchTermOf(q: string): string {
  const phone = validatePhone(q);
  return phone.ok ? phone.value.number : foldVietnamese(q);
}

/** Above this many candidates a term is "common": walking the name order finds a page sooner than sorting them all. */
const COMMON_TERM = 2000;
/** A subtree with more officers than this reaches the capped count sooner through the trigram table than unit by unit. */
const LARGE_SUBTREE = 5000;
const TRIGRAM = 3;
/** Digits, @, dots and underscores: a CCCD, phone, e-mail or username fragment, which few officers share. */
const IDENTIFIER_LIKE = /[\d@._]/;

/**
 * How `q` narrows a query on `officers`, resolved once per request (officerSearch) and applied to the page query and
 * to the count query, which may read the same set in a different order.
 */
export interface OfficerSearch {
  apply<T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, alias: string, purpose: 'rows' | 'count'): SelectQueryBuilder<T>;
}

/**
 * The search for `q` within the subtree at `unitPath`. A rare term is read from the engine's trigram index
 * (migration 1763900006000); a common one is tested on each entry of the name-order index
 * (name_sort_key, id, unit_id, search_text), where a page of matches is found within a few hundred entries and no
 * index can help anyway. How "rare" is decided:
 * - SQLite: by counting up to COMMON_TERM candidates in the FTS5 trigram table (a fraction of a millisecond).
 *   A common term's capped count goes through that table when the subtree is large (the first 1,000 matches come
 *   quickly) and unit by unit when it is small.
 * - PostgreSQL: by the term's shape. pg_trgm cannot say cheaply how many rows a pattern matches and the planner
 *   assumes every `LIKE '%…%'` is rare, so identifier fragments go to the GIN index and names are tested in order.
 */
export async function officerSearch(dataSource: DataSource, q: string, unitPath: string | undefined): Promise<OfficerSearch> {
  const term = searchTermOf(q);
  const postgres = dataSource.options.type === 'postgres';
  const contains: OfficerSearch = {
    apply: (builder, alias) => builder.andWhere(postgres ? `strpos(${alias}.search_text, :searchTerm) > 0` : `instr(${alias}.search_text, :searchTerm) > 0`, { searchTerm: term }),
  };
  if (postgres) {
    if (!IDENTIFIER_LIKE.test(term) || term.length < TRIGRAM) return contains;
    return { apply: (builder, alias) => builder.andWhere(`${alias}.search_text LIKE :searchLike ESCAPE '\\'`, { searchLike: `%${escapeLike(term)}%` }) };
  }
  if (term.length < TRIGRAM) return contains;
  const searchPhrase = `"${term.replace(/"/g, '""')}"`;
  const candidates = await countUpTo(dataSource, 'SELECT 1 FROM officers_search WHERE officers_search MATCH ?', [searchPhrase], COMMON_TERM);
  if (candidates <= COMMON_TERM) {
    return { apply: (builder, alias) => builder.andWhere(`${alias}.id IN (SELECT rowid FROM officers_search WHERE officers_search MATCH :searchPhrase)`, { searchPhrase }) };
  }
  if (!(await isLargeSubtree(dataSource, unitPath))) return contains;
  return {
    apply: (builder, alias, purpose) =>
      purpose === 'rows'
        ? contains.apply(builder, alias, purpose)
        : builder.innerJoin('officers_search', 'search', `search.rowid = ${alias}.id`).andWhere('search.officers_search MATCH :searchPhrase', { searchPhrase }),
  };
}

async function isLargeSubtree(dataSource: DataSource, unitPath: string | undefined): Promise<boolean> {
  if (!unitPath) return (await countUpTo(dataSource, 'SELECT 1 FROM officers', [], LARGE_SUBTREE)) > LARGE_SUBTREE;
  const { from, to } = subtreeRange(unitPath);
  const officers = await countUpTo(dataSource, 'SELECT 1 FROM officers o JOIN units u ON u.id = o.unit_id WHERE u.path >= ? AND u.path < ?', [from, to], LARGE_SUBTREE);
  return officers > LARGE_SUBTREE;
}

/** How many rows `sql` yields, reading at most `limit + 1` of them (SQLite placeholders). */
async function countUpTo(dataSource: DataSource, sql: string, parameters: unknown[], limit: number): Promise<number> {
  const [{ n }]: { n: number }[] = await dataSource.query(`SELECT COUNT(*) AS n FROM (${sql} LIMIT ${limit + 1})`, parameters);
  return Number(n);
}
