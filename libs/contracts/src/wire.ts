/**
 * An instant on the wire is an ISO 8601 UTC string. Response types take the instant type as a parameter so the API
 * can type what it returns before JSON turns its Dates into strings (`Officer<Date>`), and the SPA reads `Officer`.
 */
export type Instant = string | Date;

/** A list page as the API answers it: the rows, and the total (exact, or "more than" past the count it stops at). */
export interface ListPage<T> {
  data: T[];
  total: number;
  moreThanTotal?: boolean;
}
