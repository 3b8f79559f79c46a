import type { DataSource } from 'typeorm';
import { Officer } from '../accounts/officer.entity';
import { derivedColumnsOf } from '../accounts/officer-derived-columns';

/** Officers (all, or those named) whose stored search text or name sort key is not what their row derives. */
export async function staleDerivedColumns(dataSource: DataSource, usernames?: string[]) {
  const builder = dataSource
    .createQueryBuilder(Officer, 'o')
    .select(['o.id', 'o.username', 'o.fullName', 'o.email', 'o.phone', 'o.citizenId'])
    .addSelect(['o.nameSortKey', 'o.searchText']);
  if (usernames) builder.where('o.username IN (:...usernames)', { usernames });
  const officers = await builder.getMany();
  if (usernames)
    expectAll(
      officers.map((o) => o.username),
      usernames,
    );
  return officers
    .map((o) => ({
      username: o.username,
      stored: { nameSortKey: o.nameSortKey, searchText: o.searchText },
      derived: derivedColumnsOf(o),
    }))
    .filter((o) => o.stored.nameSortKey !== o.derived.nameSortKey || o.stored.searchText !== o.derived.searchText);
}

function expectAll(found: string[], wanted: string[]): void {
  const missing = wanted.filter((username) => !found.includes(username));
  if (missing.length) throw new Error(`no officer ${missing.join(', ')}`);
}
