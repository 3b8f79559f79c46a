import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ReadQueries } from './read-queries';
import type { ListQuery } from '../common/list-query/list-query';

/** Lists count their matches exactly up to this many; past it they say "more than" (as large trackers do). */
export const EXACT_COUNT_LIMIT = 1000;

export interface ListTotal {
  total: number;
  /** Set when there are more than `total` matches: counting them all would cost as much as reading them all. */
  moreThanTotal?: true;
}

/**
 * The total of a list query, counted up to EXACT_COUNT_LIMIT or to the end of the requested page if that is further,
 * so the cost of the count is bounded by the page asked for, not by the size of the province. It selects a constant,
 * so an index holding the filtered columns answers it alone. An ORDER BY on `builder` is kept: ordered like the page,
 * the planner reads the count the way it reads the page (in index order across a whole province, unit by unit in a
 * small one) instead of guessing.
 */
export async function cappedTotal<T extends ObjectLiteral>(
  reads: ReadQueries,
  builder: SelectQueryBuilder<T>,
  query: Pick<ListQuery, 'offset' | 'perPage'>,
): Promise<ListTotal> {
  const cap = countCap(query);
  const [sql, parameters] = upToCap(builder.clone().select('1'), cap);
  const [{ n }] = await reads.query<{ n: number | string }>(`SELECT COUNT(*) AS n FROM (${sql}) capped`, parameters);
  return totalOf(Number(n), cap);
}

/**
 * The ids of one page and the capped total, read in one walk of the list's order: the walk that counts passes
 * over the page anyway, so reading the page separately would walk its start twice. For lists whose page is
 * read as ids and then loaded whole (a deferred join); `idColumn` is the selected id, e.g. `officer.id`.
 */
export async function cappedIdPage<T extends ObjectLiteral>(
  reads: ReadQueries,
  builder: SelectQueryBuilder<T>,
  idColumn: string,
  query: Pick<ListQuery, 'offset' | 'perPage'>,
): Promise<ListTotal & { ids: number[] }> {
  const cap = countCap(query);
  const [sql, parameters] = upToCap(builder.clone().select(idColumn, 'id'), cap);
  const { count, rows } = await reads.querySlice<{ id: number | string }>(sql, parameters, query.offset, query.perPage);
  return { ids: rows.map((row) => Number(row.id)), ...totalOf(count, cap) };
}

/** The list's statement from its first match to one past the cap: enough to tell "exactly n" from "more than". */
const upToCap = <T extends ObjectLiteral>(builder: SelectQueryBuilder<T>, cap: number) =>
  builder
    .offset(undefined)
    .limit(cap + 1)
    .getQueryAndParameters();

const countCap = (query: Pick<ListQuery, 'offset' | 'perPage'>) =>
  Math.max(EXACT_COUNT_LIMIT, query.offset + query.perPage);

const totalOf = (counted: number, cap: number): ListTotal =>
  counted > cap ? { total: cap, moreThanTotal: true } : { total: counted };
