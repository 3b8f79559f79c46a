import { foldVietnamese, validatePhone } from '@motcua/domain';
import { LRUCache } from 'lru-cache';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../units/units.service';

/** A search term as the search column stores it: folded text, and a typed phone number in its normalised form. */
export function searchTermOf(q: string): string {
  const phone = validatePhone(q);
  return phone.ok ? phone.value.number : foldVietnamese(q);
}

/** Above this many candidates a term is "common": walking the name order finds a page sooner than sorting them all. */
const COMMON_TERM = 2000;
const TRIGRAM = 3;
/**
 * Terms the FTS count found common, per database, for a few minutes: the most searched terms are the common
 * surnames and given names, and counting their candidates again costs more than the rest of the search. Only
 * the choice of plan is remembered, never a result, so an instance that has not seen a term (or one whose
 * memory expired) answers exactly the same rows. A rare term is not remembered: its count is cheap, and a term
 * that became common through an import is noticed at once.
 */
const commonTerms = new WeakMap<DataSource, LRUCache<string, true>>();
const COMMON_TERMS_REMEMBERED = 1000;
const COMMON_TERM_TTL_MS = 10 * 60_000;

/** Digits, @, dots and underscores: a CCCD, phone, e-mail or username fragment, which few officers share. */
const IDENTIFIER_LIKE = /[\d@._]/;

/** How `q` narrows a query on `officers` (as `alias`), resolved once per request by officerSearch. */
export type OfficerSearch = <T extends ObjectLiteral>(
  builder: SelectQueryBuilder<T>,
  alias: string,
) => SelectQueryBuilder<T>;

/**
 * The search for `q`. A rare term is read from the engine's trigram index (migration 1763900006000); a common one
 * is tested on each entry of the name-order index (name_sort_key, id, unit_id, search_text), where a page of matches
 * is found within a few hundred entries and no index could help anyway. How "rare" is decided:
 * - SQLite: by counting up to COMMON_TERM candidates in the FTS5 trigram table (a fraction of a millisecond;
 *   a common verdict is remembered, see commonTerms);
 * - PostgreSQL: by the term's shape. pg_trgm cannot say cheaply how many rows a pattern matches and the planner
 *   assumes every `LIKE '%…%'` is rare, so identifier fragments go to the GIN index and names are tested in order.
 */
export async function officerSearch(dataSource: DataSource, q: string): Promise<OfficerSearch> {
  const term = searchTermOf(q);
  const postgres = dataSource.options.type === 'postgres';
  const contains: OfficerSearch = (builder, alias) =>
    builder.andWhere(
      postgres ? `strpos(${alias}.search_text, :searchTerm) > 0` : `instr(${alias}.search_text, :searchTerm) > 0`,
      { searchTerm: term },
    );
  if (term.length < TRIGRAM) return contains;
  if (postgres) {
    if (!IDENTIFIER_LIKE.test(term)) return contains;
    return (builder, alias) =>
      builder.andWhere(`${alias}.search_text LIKE :searchLike ESCAPE '\\'`, { searchLike: `%${escapeLike(term)}%` });
  }
  const searchPhrase = `"${term.replace(/"/g, '""')}"`;
  if (await isCommonTerm(dataSource, searchPhrase)) return contains;
  return (builder, alias) =>
    builder.andWhere(`${alias}.id IN (SELECT rowid FROM officers_search WHERE officers_search MATCH :searchPhrase)`, {
      searchPhrase,
    });
}

async function isCommonTerm(dataSource: DataSource, searchPhrase: string): Promise<boolean> {
  let remembered = commonTerms.get(dataSource);
  if (remembered?.has(searchPhrase)) return true;
  const [{ n }]: { n: number }[] = await dataSource.query(
    `SELECT COUNT(*) AS n FROM (SELECT 1 FROM officers_search WHERE officers_search MATCH ? LIMIT ${COMMON_TERM + 1})`,
    [searchPhrase],
  );
  if (Number(n) <= COMMON_TERM) return false;
  if (!remembered)
    commonTerms.set(dataSource, (remembered = new LRUCache({ max: COMMON_TERMS_REMEMBERED, ttl: COMMON_TERM_TTL_MS })));
  remembered.set(searchPhrase, true);
  return true;
}
